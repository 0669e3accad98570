import { describe, expect, it } from '@jest/globals';
import { findQuoteMarks } from '../../../src/stages/quotes/marks.js';

const quoted = (text: string) => findQuoteMarks(text).map((q) => text.slice(q.start, q.end));

describe('quotes: marks', () => {
  it('test_marks_straight_and_curly_quotes_without_trailing_comma', () => {
    expect(quoted('"We will talk," he said. “We agree,” she said.')).toEqual(['We will talk', 'We agree']);
  });

  it('test_marks_quote_running_over_paragraphs_with_an_opening_mark_each', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph.\n\n“Third and last.”\n\nAfter.';
    const [quote] = findQuoteMarks(text);
    expect(text.slice(quote?.start, quote?.end)).toBe('First paragraph of the quote.\n\n“Second paragraph.\n\n“Third and last.');
    expect(quote?.closed).toBe(true);
  });

  it('test_marks_a_paragraph_in_curly_marks_starts_a_new_quote_after_straight_ones', () => {
    const text = 'McCrummen reports:\n\n"The first time she saw him, she was in a box labeled “medical problem.”\n\n“It never crossed my mind,” she said.';
    expect(quoted(text)).toEqual(['The first time she saw him, she was in a box labeled “medical problem.”', 'It never crossed my mind']);
  });

  it('test_marks_a_closing_mark_that_opens_a_paragraph_opens_a_quote', () => {
    const text = 'Barabak noted that Pence was calm.\n\n” … he delivered a mix of orthodoxy and rejoinders,” Barabak wrote.';
    expect(quoted(text)).toEqual(['… he delivered a mix of orthodoxy and rejoinders']);
    expect(quoted('She said “yes ” and left.')).toEqual(['yes']);
  });

  it('test_marks_stray_mark_is_cut_at_the_paragraph_end_not_the_article_end', () => {
    const text = 'He called it "a disaster and left.\n\nThe next paragraph is plain prose.\n\n"Here," she said.';
    const quotes = findQuoteMarks(text);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.closed])).toEqual([
      ['a disaster and left.', false],
      ['Here', true],
    ]);
  });

  it('test_marks_nested_and_mixed_marks_give_the_outer_quote', () => {
    expect(quoted('"The question was: “Do you agree?” Forty-three said yes." Then he left.')).toEqual(['The question was: “Do you agree?” Forty-three said yes.']);
    expect(quoted("''This isn't tax reform,'' said Douglas Holtz-Eakin.")).toEqual(["This isn't tax reform"]);
    expect(quoted('”Fear. I am truly afraid.” ― Edwin G. Monroy')).toEqual(['Fear. I am truly afraid.']);
  });

  it('test_marks_a_direction_mark_before_a_quote_takes_no_place', () => {
    // Comments pasted from social media open with U+202A before a mark turned the wrong way.
    const text = 'Her post drew replies.\n\n\u202a”Sorry Sarah, you should have said it!!” posted Sharon Geyer.\n\n\u202a”This is why,” wrote Pete Hidalgo.';
    expect(quoted(text)).toEqual(['Sorry Sarah, you should have said it!!', 'This is why']);
  });

  it('test_marks_only_quote_marks_give_no_quote_and_no_error', () => {
    expect(quoted('"""""""\n“”“”\n""')).toEqual([]);
    expect(quoted("It's the candidates' day.")).toEqual([]);
  });

  it('test_marks_single_marks_quote_as_british_papers_and_headlines_do', () => {
    expect(quoted('‘We are ready,’ he said. ‘He told me “never”,’ she added.')).toEqual(['We are ready', 'He told me “never”']);
    expect(quoted('Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’')).toEqual(['You Should Be Criminally Investigated.']);
    expect(quoted("'Personal Insult' if Blacks Don't Rally")).toEqual(['Personal Insult']);
  });

  it('test_marks_apostrophes_never_open_or_close_a_quote', () => {
    expect(quoted('And how ‘bout this: “Surge in robberies alters residents’ routines.” Then the ’90s.')).toEqual(['Surge in robberies alters residents’ routines.']);
    expect(quoted('On CBS‘ Face the Nation she stated, “When I look at this,” adding more.')).toEqual(['When I look at this']);
    expect(quoted('said Sophie in \'t Veld. "It\'s a risk everywhere."')).toEqual(["It's a risk everywhere."]);
    expect(quoted('<tweet id="672138489358585856" author="@AP">BREAKING: "We are safe," police said.</tweet>')).toEqual(['We are safe']);
  });
});
