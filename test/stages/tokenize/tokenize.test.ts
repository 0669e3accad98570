import { describe, expect, it } from '@jest/globals';
import { createTokenizer } from '../../../src/stages/tokenize/index.js';
import { testModels } from '../../helpers.js';

const { lexicon, pos } = testModels();
const tokenize = createTokenizer(lexicon, pos);

/** The tokens of a text as written, with their part of speech and sentence. */
function tokensOf(text: string): { words: string[]; tags: string[]; sentences: string[] } {
  const tokens = tokenize(text);
  return {
    words: Array.from(tokens.starts, (start, i) => text.slice(start, tokens.ends[i])),
    tags: [...tokens.pos],
    sentences: Array.from(tokens.sentenceStarts, (start, s) => text.slice(start, tokens.sentenceEnds[s])),
  };
}

describe('tokenize: tokens, sentences and parts of speech of news text', () => {
  it('test_tokenize_keeps_acronyms_abbreviations_hyphenated_words_urls_whole_and_splits_clitics', () => {
    expect(tokensOf("Iran's minister didn't say when the U.S. talks would resume, Gen. Smith told AFP.").words).toEqual([
      'Iran', "'s", 'minister', 'did', "n't", 'say', 'when', 'the', 'U.S.', 'talks', 'would', 'resume', ',', 'Gen.', 'Smith', 'told', 'AFP', '.',
    ]);
    expect(tokensOf('See https://example.com/news?id=3 or press@un.org 🙂 — the Iran-backed group said.').words).toEqual([
      'See', 'https://example.com/news?id=3', 'or', 'press@un.org', '🙂', '—', 'the', 'Iran-backed', 'group', 'said', '.',
    ]);
  });

  it('test_tokenize_a_possessive_after_a_number_is_a_clitic', () => {
    expect(tokensOf("He told BBC Radio 4's Today programme of the 1990’s.").words).toEqual(['He', 'told', 'BBC', 'Radio', '4', "'s", 'Today', 'programme', 'of', 'the', '1990', '’s', '.']);
  });

  it('test_tokenize_an_organization_word_written_with_a_period_keeps_it', () => {
    expect(tokensOf('Philip Morris Cos., which makes Marlboro, agreed.').words).toEqual(['Philip', 'Morris', 'Cos.', ',', 'which', 'makes', 'Marlboro', ',', 'agreed', '.']);
  });

  it('test_tokenize_a_letter_mis_decoded_as_two_characters_stays_inside_its_word', () => {
    // UTF-8 read as Windows-1252, as scraped dumps hold it; also with the lead letter decomposed (A and a tilde).
    expect(tokensOf('Enrique PeÃ±a Nieto met FranÃ§ois Hollande in Ciudad JuÃ¡rez.').words).toEqual(['Enrique', 'PeÃ±a', 'Nieto', 'met', 'FranÃ§ois', 'Hollande', 'in', 'Ciudad', 'JuÃ¡rez', '.']);
    expect(tokensOf('PeA\u0303\u00b1a said ±5.').words).toEqual(['PeA\u0303\u00b1a', 'said', '±', '5', '.']);
  });

  it('test_tokenize_a_letter_mis_decoded_twice_stays_inside_its_word', () => {
    // Decoded wrongly twice, each letter is four characters: Ã, a control character, Â and a sign.
    expect(tokensOf('Hugo Ch\u00c3\u0083\u00c2\u00a1vez met Fran\u00c3\u0083\u00c2\u00a7ois Hollande.').words).toEqual(['Hugo', 'Ch\u00c3\u0083\u00c2\u00a1vez', 'met', 'Fran\u00c3\u0083\u00c2\u00a7ois', 'Hollande', '.']);
  });

  it('test_tokenize_a_time_glued_to_the_next_word_by_a_scraped_page_is_apart_from_it', () => {
    expect(tokensOf('February 6, 2016 10:57PMJeb Bush spoke at 3PM, at 9 a.m. and at 10 PM.').words).toEqual([
      'February', '6', ',', '2016', '10:57', 'PM', 'Jeb', 'Bush', 'spoke', 'at', '3', 'PM', ',', 'at', '9', 'a.m.', 'and', 'at', '10', 'PM', '.',
    ]);
  });

  it('test_tokenize_characters_that_take_no_place_are_no_tokens', () => {
    expect(tokensOf('\u202a”Sorry,” wrote\u200b Pete.').words).toEqual(['”', 'Sorry', ',', '”', 'wrote', 'Pete', '.']);
  });

  it('test_tokenize_text_printed_as_the_penn_treebank_does_tokenizes_as_the_same_text_written_plainly', () => {
    const plain = tokensOf("Clinton's aide said it. \"We're ready,\" he said.");
    const treebank = tokensOf("Clinton 's aide said it . `` We 're ready , '' he said .");
    expect(treebank.words.filter((w) => !['``', "''", '"'].includes(w))).toEqual(plain.words.filter((w) => w !== '"'));
    expect(treebank.sentences).toEqual(['Clinton \'s aide said it .', "`` We 're ready , '' he said ."]);
  });

  it('test_tokenize_sentences_end_after_an_abbreviation_only_before_a_sentence_starter_and_at_line_breaks', () => {
    expect(tokensOf('The talks were held in the U.S. The next round is in Geneva. Gen. Smith agreed with U.S. President Biden.').sentences).toEqual([
      'The talks were held in the U.S.',
      'The next round is in Geneva.',
      'Gen. Smith agreed with U.S. President Biden.',
    ]);
    expect(tokensOf('“We will not give up,” said Angela Merkel.\nBerlin is quiet\nMoscow too').sentences).toEqual([
      '“We will not give up,” said Angela Merkel.',
      'Berlin is quiet',
      'Moscow too',
    ]);
  });

  it('test_tokenize_a_sentence_of_social_text_may_open_in_lower_case_after_a_word_and_its_period', () => {
    expect(tokensOf('so tired of this. my mom says hi from texas. she was great. well done.').sentences).toEqual([
      'so tired of this.',
      'my mom says hi from texas.',
      'she was great.',
      'well done.',
    ]);
    // Not after an abbreviation, nor inside a web address.
    expect(tokensOf('pens, books, etc. and more from fivethirtyeight.com today.').sentences).toHaveLength(1);
  });

  it('test_tokenize_a_sentence_never_ends_inside_brackets_after_an_abbreviated_title_or_in_an_acronym', () => {
    expect(tokensOf('Rep. Gregory Meeks (D-N.Y.), the chairman, agreed. Del. Stacey Plaskett (D-V.I.) did not. Rain fell (it was cold). Then it stopped.').sentences).toEqual([
      'Rep. Gregory Meeks (D-N.Y.), the chairman, agreed.',
      'Del. Stacey Plaskett (D-V.I.) did not.',
      'Rain fell (it was cold).',
      'Then it stopped.',
    ]);
    // A dotted acronym after a hyphen is whole: its periods end no sentence.
    const compound = tokensOf('Wu Yi told the China-U.S. Joint Commission on Commerce that Beijing would act.');
    expect(compound.sentences).toEqual(['Wu Yi told the China-U.S. Joint Commission on Commerce that Beijing would act.']);
    expect(compound.words.slice(4, 8)).toEqual(['China', '-', 'U.S.', 'Joint']);
  });

  it('test_tokenize_no_before_a_number_is_an_abbreviation_and_ends_no_sentence_but_no_at_the_end_does', () => {
    expect(tokensOf('Cornyn, the No. 2 Republican, said no. He left.').sentences).toEqual(['Cornyn, the No. 2 Republican, said no.', 'He left.']);
    expect(tokensOf('Cornyn, the No. 2 Republican, said no.').words).toEqual(['Cornyn', ',', 'the', 'No.', '2', 'Republican', ',', 'said', 'no', '.']);
  });

  it('test_tokenize_universal_parts_of_speech_of_a_news_sentence', () => {
    const { words, tags } = tokensOf('“We will not give up,” said Angela Merkel, the former chancellor, on Tuesday in Berlin.');
    expect(words.map((word, i) => `${word}/${tags[i]}`)).toEqual([
      '“/PUNCT', 'We/PRON', 'will/AUX', 'not/ADV', 'give/VERB', 'up/PART', ',/PUNCT', '”/PUNCT', 'said/VERB', 'Angela/PROPN', 'Merkel/PROPN', ',/PUNCT',
      'the/DET', 'former/ADJ', 'chancellor/NOUN', ',/PUNCT', 'on/ADP', 'Tuesday/PROPN', 'in/ADP', 'Berlin/PROPN', './PUNCT',
    ]);
  });

  it('test_tokenize_an_adverb_made_from_an_adjective_or_a_participle_is_an_adverb_but_a_noun_in_ly_stays_a_noun', () => {
    const { words, tags } = tokensOf('Unfortunately, Trump jokingly said the rally was seemingly over.');
    const tagOf = (word: string) => tags[words.indexOf(word)];
    expect(['Unfortunately', 'jokingly', 'seemingly', 'rally'].map(tagOf)).toEqual(['ADV', 'ADV', 'ADV', 'NOUN']);
  });

  it('test_tokenize_offsets_are_utf16_and_the_same_text_tokenizes_the_same_whatever_came_before', () => {
    const text = 'Mr. Müller met 🙂 envoys in São Paulo.';
    const alone = tokenize(text);
    tokenize("Clinton's aides, Clinton's plans and O'Neill's view: a different text first.");
    const again = tokenize(text);
    expect([...again.starts]).toEqual([...alone.starts]);
    expect([...again.pos]).toEqual([...alone.pos]);
    expect(tokensOf(text).words).toEqual(['Mr.', 'Müller', 'met', '🙂', 'envoys', 'in', 'São', 'Paulo', '.']);
  });
});
