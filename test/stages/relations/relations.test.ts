import { describe, expect, it } from '@jest/globals';
import type { AnalysedArticle } from '../../../src/core/types.js';
import { rosterText } from '../../../src/bench/corpus.js';
import { meetings } from '../../../src/stages/relations/met.js';
import { createTokenizer } from '../../../src/stages/tokenize/index.js';
import { analyseArticle, testModels } from '../../helpers.js';

const triples = (analysed: AnalysedArticle, predicate: string) =>
  analysed.relations.filter((r) => r.predicate === predicate).map((r) => [r.subject, r.object, r.qualifier]);

describe('relations', () => {
  it('test_relations_said_for_every_quote_and_reported_for_outlets', () => {
    const analysed = analyseArticle({
      text: '"They will always be a priority," RIA cited Andrei Rudenko as saying. Iran plans to hold talks in Geneva, Japan\'s Kyodo news agency reported. A senior official said the meeting would go ahead.',
    });
    const said = analysed.relations.filter((r) => r.predicate === 'SAID');
    expect(said).toHaveLength(analysed.quotes.filter((q) => q.speaker !== '').length);
    expect(said.map((r) => [r.subject, r.subjectType])).toEqual([
      ['Andrei Rudenko', 'PERSON'],
      ['Kyodo', 'ORGANIZATION'],
      ['A senior official', 'SOURCE'],
    ]);
    expect(triples(analysed, 'REPORTED').map(([subject]) => subject)).toEqual(['RIA', 'Kyodo']);
    for (const r of analysed.relations) expect(analysed.article[r.field].slice(r.evidenceStart, r.evidenceEnd)).toBe(r.evidence);
  });

  it('test_relations_a_government_agency_that_says_something_reports_nothing', () => {
    const analysed = analyseArticle({ text: 'The National Security Agency said the program had ended. The CIA said it would not comment.' });
    expect(triples(analysed, 'SAID').map(([subject]) => subject)).toEqual(['National Security Agency', 'Central Intelligence Agency']);
    expect(triples(analysed, 'REPORTED')).toEqual([]);
    // Outlets named in full by organization-aliases.tsv stay outlets.
    const outlets = analyseArticle({ text: 'The economy grew, AFP reported. The talks failed, the BBC reported.' });
    expect(triples(outlets, 'REPORTED').map(([subject]) => subject)).toEqual(['Agence France-Presse', 'British Broadcasting Corporation']);
  });

  it('test_relations_has_role_with_the_place_it_is_of', () => {
    const analysed = analyseArticle({ text: "Russian Deputy Foreign Minister Andrei Rudenko met Iran's Supreme Leader Ali Khamenei. Governor Jane Okafor did not." });
    expect(triples(analysed, 'HAS_ROLE')).toEqual([
      ['Andrei Rudenko', 'Deputy Foreign Minister', 'Russia'],
      ['Ali Khamenei', 'Supreme Leader', 'Iran'],
      ['Jane Okafor', 'Governor', ''],
    ]);
  });

  it('test_relations_met_for_people_meeting_and_not_for_people_merely_named_together', () => {
    const met = (text: string) => triples(analyseArticle({ text }), 'MET').map(([a, b]) => [a, b]);
    expect(met("China's Foreign Minister Wang Yi and Russian Deputy Foreign Minister Andrei Rudenko discussed the Ukraine crisis.")).toEqual([['Wang Yi', 'Andrei Rudenko']]);
    expect(met('Joe Biden met with Olaf Scholz in Berlin.')).toEqual([['Joe Biden', 'Olaf Scholz']]);
    expect(met('Emmanuel Macron held talks with Xi Jinping on Friday.')).toEqual([['Emmanuel Macron', 'Xi Jinping']]);
    expect(met('Donald Trump criticized Joe Biden on Friday.')).toEqual([]);
    expect(met('Joe Biden and Donald Trump will both address voters.')).toEqual([]);
  });

  it('test_relations_met_needs_who_was_met_as_the_verbs_object_and_them_to_meet_each_other', () => {
    const met = (text: string) => triples(analyseArticle({ text }), 'MET').map(([a, b]) => [a, b]);
    expect(met('Donald Trump received 37 percent, Hillary Clinton had 36 percent.')).toEqual([]);
    expect(met('Bernie Sanders and Hillary Clinton both visited Wilmington on Monday.')).toEqual([]);
    expect(met('Al Sharpton also talked about Donald Trump in the interview.')).toEqual([]);
    expect(met('John Kerry negotiates with Russia over Syria, Adam Schiff said.')).toEqual([]);
    expect(met('Mike Crapo and Jim Risch have already met with Mitch McConnell.')).toEqual([
      ['Mike Crapo', 'Mitch McConnell'],
      ['Jim Risch', 'Mitch McConnell'],
    ]);
    expect(met('President Barack Obama had a talk this week with Francois Hollande.')).toEqual([['Barack Obama', 'Francois Hollande']]);
    expect(met('Senator Bob Corker, a Tennessee Republican who has met privately with Donald Trump, said nothing.')).toEqual([['Bob Corker', 'Donald Trump']]);
  });

  it('test_relations_a_roster_of_2400_people_names_each_and_meets_only_who_met', () => {
    const text = `${rosterText(2400)} Later, Angela Merkel met Emmanuel Macron in Paris.`;
    const analysed = analyseArticle({ text });
    const people = analysed.mentions.filter((m) => m.type === 'PERSON');
    expect(people.length).toBeGreaterThan(2350);
    expect(people.slice(0, 3).map((m) => m.text)).toEqual(['James Smith', 'Maria Smith', 'Robert Smith']);
    expect(triples(analysed, 'MET').map(([a, b]) => [a, b])).toEqual([['Angela Merkel', 'Emmanuel Macron']]);
    // Every pair of a roster's names was once tried for a meeting, each from the first token: 20 s for this
    // article. The token offsets meetings read are counted: a few per name, not one per pair of names.
    const { lexicon, pos } = testModels();
    const tokens = createTokenizer(lexicon, pos)(text);
    let reads = 0;
    const counted = new Proxy(tokens.ends, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/u.test(key) && ++reads > 100 * people.length) throw new Error(`${reads} reads of token offsets for ${people.length} people`);
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const met = meetings({ ...tokens, ends: counted }, people.filter((m) => m.form === 'name'), lexicon);
    expect(met.map(({ first, second }) => [first.text, second.text])).toEqual([['Angela Merkel', 'Emmanuel Macron']]);
  });

  it('test_relations_mentioned_in_once_per_entity', () => {
    const analysed = analyseArticle({ title: 'Iran talks', text: 'Iran and Japan spoke. Iran agreed.' });
    expect(triples(analysed, 'MENTIONED_IN').map(([subject]) => subject).sort()).toEqual(['Iran', 'Japan']);
  });
});
