import { describe, expect, it } from '@jest/globals';
import { kindOfSource, nameWords, sameName } from '../../src/eval/polnear.js';

describe('eval: the name a PolNeAR source gives', () => {
  it('test_eval_source_name_is_the_person_not_the_title_or_the_place_they_are_of', () => {
    expect(nameWords("Hillary Clinton's campaign manager Robby Mook")).toEqual(['robby', 'mook']);
    expect(nameWords('Sen. Bernie Sanders (Vt.), who lost the primary')).toEqual(['bernie', 'sanders']);
    expect(nameWords('Mr. Morgan of the Sierra Club')).toEqual(['morgan']);
    expect(nameWords("Rep. Elijah Cummings of Maryland, the panel's ranking Democrat")).toEqual(['elijah', 'cummings']);
    expect(nameWords('Former Secretary of State Madeleine Albright')).toEqual(['madeleine', 'albright']);
    expect(nameWords('the senator')).toEqual([]);
    expect(nameWords('the White House spokesman, Josh Earnest,')).toEqual(['josh', 'earnest']);
    expect(nameWords("Rubio's deputy campaign manager, Rich Beeson, who oversaw the ground game")).toEqual(['rich', 'beeson']);
    expect(nameWords('Clinton, the former secretary of state')).toEqual(['clinton']);
    expect(nameWords('Harry B. Harris Jr.')).toEqual(['harry', 'b.', 'harris']);
    expect(nameWords('Harry Hurt III')).toEqual(['harry', 'hurt']);
  });

  it('test_eval_an_epithet_is_a_description_whatever_names_modify_it', () => {
    expect(['the Florida senator', 'The New York businessman', 'a White House official', 'the senator'].map(kindOfSource)).toEqual(['description', 'description', 'description', 'description']);
    expect(['the Vatican spokesman, Federico Lombardi', 'Sen. Marco Rubio', 'he'].map(kindOfSource)).toEqual(['name', 'name', 'pronoun']);
  });

  it('test_eval_same_name_by_surname_and_given_name', () => {
    expect(sameName('Angela Merkel', ['german', 'chancellor', 'angela', 'merkel'])).toBe(true);
    expect(sameName('Merkel', ['angela', 'merkel'])).toBe(true);
    expect(sameName('Ildefonso Guajardo Villarreal', ['guajardo', 'villarreal'])).toBe(true);
    expect(sameName('Bill Clinton', ['hillary', 'clinton'])).toBe(false);
    expect(sameName('Sierra Club', ['morgan'])).toBe(false);
    expect(sameName('he', ['morgan'])).toBe(false);
    expect(sameName('International Monetary Fund', ['imf'])).toBe(true);
    expect(sameName('Federal Bureau of Investigation', ['fbi'])).toBe(true);
    expect(sameName('Anthony Lopez', ['al'])).toBe(false);
  });

  it('test_eval_a_one_word_gold_name_may_stand_anywhere_in_a_short_resolved_name', () => {
    expect(['Tom Ebeling', 'Lou Jiwei', 'Melba Acosta Febo', 'Ban Ki-moon'].map((name, i) => sameName(name, [['tom'], ['lou'], ['acosta'], ['ban']][i] as string[]))).toEqual([true, true, true, true]);
    expect(sameName('Tom Ebeling', ['tom', 'hanks'])).toBe(false);
    expect(sameName('Trump Addresses Munich Attack', ['trump'])).toBe(false);
    expect(nameWords('Professor Alba')).toEqual(['alba']);
  });
});
