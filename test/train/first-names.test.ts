import { describe, expect, it } from '@jest/globals';
import { genderedNames, parseNameCounts } from '../../src/train/first-names.js';
import { testModels } from '../helpers.js';

describe('train: genders of given names', () => {
  it('test_first_names_a_name_tells_a_gender_only_when_nearly_all_who_bear_it_share_one', () => {
    const counts = parseNameCounts('Dante,M,900\nDante,F,10\nLeslie,F,600\nLeslie,M,400\nMegyn,F,120\nRare,M,40\nnot a record\n');
    const later = parseNameCounts('Leslie,M,300\nDante,M,100\n');
    const names = genderedNames([...counts, ...later], { minBirths: 100, minShare: 0.95 });
    expect([...names]).toEqual([
      ['dante', 'male'],
      ['megyn', 'female'],
    ]);
  });

  it('test_first_names_shipped_give_news_names_compromise_leaves_out_their_gender', () => {
    const { firstNameGender } = testModels().lexicon;
    expect(['dante', 'megyn', 'kofi', 'aparna'].map((name) => firstNameGender.get(name))).toEqual(['male', 'female', 'male', 'female']);
    // The lexicon's own list still decides: "Kim" tells no gender, "Bill" is a man's.
    expect(firstNameGender.get('kim')).toBeUndefined();
    expect(firstNameGender.get('bill')).toBe('male');
  });
});
