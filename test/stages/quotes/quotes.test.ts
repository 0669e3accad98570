import { describe, expect, it } from '@jest/globals';
import type { AnalysedArticle } from '../../../src/core/types.js';
import { analyseArticle } from '../../helpers.js';

/** The article's quotes as `[kind, text, speaker, cue, via]`. */
function quotesOf(analysed: AnalysedArticle): string[][] {
  return analysed.quotes.map((q) => [q.kind, q.text, q.speaker, q.cue, q.via]);
}

/** The article's quotes as `[kind, text, speaker]`: who said what. */
function whoSaidWhat(analysed: AnalysedArticle): string[][] {
  return analysed.quotes.map((q) => [q.kind, q.text, q.speaker]);
}

describe('quotes: direct quotes and their speakers', () => {
  it('test_quotes_speaker_named_after_before_and_inverted', () => {
    const analysed = analyseArticle({
      text: [
        '"The talks went well," Foreign Minister Wang Yi said on Monday.',
        '"We will meet again," said Andrei Rudenko.',
        'Masoud Pezeshkian told reporters: "Iran has never left the talks."',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).filter(([kind]) => kind === 'direct')).toEqual([
      ['direct', 'The talks went well', 'Wang Yi', 'said', ''],
      ['direct', 'We will meet again', 'Andrei Rudenko', 'said', ''],
      ['direct', 'Iran has never left the talks.', 'Masoud Pezeshkian', 'told', ''],
    ]);
  });

  it('test_quotes_a_quote_that_opens_a_wire_story_past_its_dateline_is_direct', () => {
    const analysed = analyseArticle({ text: 'LONDON (Reuters) - "We\'re not there yet," a source familiar with the talks told Reuters.' });
    expect(whoSaidWhat(analysed)).toEqual([['direct', "We're not there yet", 'a source familiar with the talks']]);
  });

  it('test_quotes_the_second_part_of_a_quote_an_attribution_splits_is_direct_however_short', () => {
    const analysed = analyseArticle({ text: '"And to those who doubt us," Biden continued, "watch us."' });
    expect(whoSaidWhat(analysed)).toEqual([
      ['direct', 'And to those who doubt us', 'Biden'],
      ['direct', 'watch us.', 'Biden'],
    ]);
  });

  it('test_quotes_outlet_form_gives_speaker_and_via', () => {
    const analysed = analyseArticle({
      text: 'Andrei Rudenko spoke in Moscow.\n\n"They will always be a priority," RIA cited Rudenko as saying in December 2021.',
    });
    const quote = analysed.quotes.find((q) => q.kind === 'direct');
    expect([quote?.speaker, quote?.cue, quote?.via]).toEqual(['Andrei Rudenko', 'cited as saying', 'RIA']);
    expect(quote?.viaId).not.toBe('');
    expect(quote?.speakerId).toBe(analysed.entities.find((e) => e.name === 'Andrei Rudenko')?.id);
  });

  it('test_quotes_pronoun_resolves_to_the_person_and_gender_is_respected', () => {
    const analysed = analyseArticle({
      text: 'Wang Yi met Hillary Clinton in Beijing.\n\n"Both sides should cooperate," he said.\n\n"We agree," she said.',
    });
    const direct = analysed.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Wang Yi', 'he'],
      ['Hillary Clinton', 'she'],
    ]);
    for (const q of direct) expect(analysed.article.text.slice(q.speakerStart ?? 0, q.speakerEnd ?? 0)).toBe(q.speakerMention);
  });

  it('test_quotes_a_speech_verb_read_as_a_noun_and_an_outlet_described_keep_their_speaker', () => {
    const analysed = analyseArticle({
      text: 'Senator Maria Lopez spoke in Austin on Monday. The Daily Mail ran the story.\n\n“The budget is a disgrace,” Lopez adds.\n\n“The plan is dead,” the daily wrote.',
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Maria Lopez', 'Lopez'],
      ['Daily Mail', 'the daily'],
    ]);
  });

  it('test_quotes_a_noun_before_a_name_tells_the_gender_a_first_name_does_not', () => {
    const analysed = analyseArticle({
      text: '“The veto is un-American,” said 9/11 widow Terry Strada, who met Senator John Cornyn on Monday.\n\n“We have waited fifteen years for a day in court,” she said.',
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Terry Strada', '9/11 widow Terry Strada'],
      ['Terry Strada', 'she'],
    ]);
  });

  it('test_quotes_a_pronoun_after_a_subject_tells_its_gender_where_the_name_does_not', () => {
    const analysed = analyseArticle({
      text: [
        'President Barack Obama spoke at the White House on Friday.',
        '"We will not accept a nuclear North Korea," he said.',
        'Secretary General Ban Ki-moon condemned what he called a brazen breach of the resolutions.',
        '"I count on the Security Council to remain united," he told reporters.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Barack Obama', 'he'],
      ['Ban Ki-moon', 'he'],
    ]);
  });

  it('test_quotes_a_modifier_the_tagger_read_as_a_verb_or_adverb_stays_in_the_speaker_phrase', () => {
    const analysed = analyseArticle({
      text: [
        '“David is a longtime friend of mine,” said Clinton ally James Carville.',
        '“I have never been prouder,” former State policy planning director Anne-Marie Slaughter wrote to her.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['James Carville', 'Anne-Marie Slaughter']);
  });

  it('test_quotes_a_speaker_phrase_runs_through_its_title_to_the_name_and_a_role_of_a_place_is_a_role', () => {
    const analysed = analyseArticle({
      text: [
        'Colombian President Juan Manuel Santos met rebels in Havana.',
        '“It was fantastic,” said Republican party boss Reince Priebus.',
        '“We are all props,” said Virginia delegate Beau Correll.',
        'Former Secretary of State Madeleine Albright spoke, saying, “There is a special place for us.”',
        '“We won,” said the president of Colombia.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Reince Priebus', 'Beau Correll', 'Madeleine Albright', 'Juan Manuel Santos']);
  });

  it('test_quotes_descriptions_go_to_who_the_article_gave_that_role_place_or_type', () => {
    const analysed = analyseArticle({
      text: 'Florida Sen. Marco Rubio met Apple chief executive Tim Cook in Washington.\n\n“We will not back down,” the senator said.\n\n“Privacy is a human right,” the company said.\n\n“This is a fight,” the Florida senator added.\n\n“We agree,” the chief executive said.',
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Marco Rubio', 'Apple', 'Marco Rubio', 'Tim Cook']);
  });

  it('test_quotes_an_organization_described_is_the_latest_of_its_kind_and_a_campaign_stays_as_written', () => {
    const analysed = analyseArticle({
      text: [
        'The Orlando Sentinel reported that the Foreign Ministry had called in the ambassador, as the Senate met.',
        '“It was a long meeting,” the newspaper said.',
        '“We protest,” the ministry said.',
        '“We will win,” the campaign said.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['Orlando Sentinel', false],
      ['Foreign Ministry', false],
      ['the campaign', true],
    ]);
    // A news outlet reports what others say: it is no bank.
    const reported = analyseArticle({ text: 'Kyodo News reported on Monday that prices rose again.\n\n“Prices will keep rising,” the central bank said.' });
    expect(reported.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([['the central bank', true]]);
  });

  it('test_quotes_continuation_paragraph_keeps_the_speaker_with_no_cue', () => {
    const analysed = analyseArticle({
      text: '"Wherever these countries go, they will be a priority," Andrei Rudenko said.\n\n"This is part of our former common Soviet past."',
    });
    expect(quotesOf(analysed).filter(([kind]) => kind === 'direct')).toEqual([
      ['direct', 'Wherever these countries go, they will be a priority', 'Andrei Rudenko', 'said', ''],
      ['direct', 'This is part of our former common Soviet past.', 'Andrei Rudenko', '', ''],
    ]);
  });

  it('test_quotes_unnamed_source_is_kept_as_written_without_id', () => {
    const analysed = analyseArticle({
      text: 'A senior Iranian official confirmed that the meeting would go ahead next Friday, adding that "Tehran has always believed in diplomacy."',
    });
    expect(analysed.quotes.map((q) => [q.kind, q.speaker, q.speakerId, q.cue])).toEqual([
      ['indirect', 'A senior Iranian official', '', 'confirmed'],
      ['direct', 'A senior Iranian official', '', 'adding'],
    ]);
  });

  it('test_quotes_a_member_of_parliament_unnamed_is_kept_as_written_and_no_organization', () => {
    const analysed = analyseArticle({ text: "'It's a mess,' one Tory MP told the Guardian. Labour MP Jess Phillips said she was appalled." });
    expect(analysed.mentions.map((m) => m.text)).not.toContain('MP');
    expect(analysed.quotes.map((q) => [q.kind, q.speaker, q.speakerId === ''])).toEqual([
      ['direct', 'one Tory MP', true],
      ['indirect', 'Jess Phillips', false],
    ]);
  });

  it('test_quotes_a_description_with_a_name_in_apposition_is_that_person', () => {
    const analysed = analyseArticle({
      text: [
        '"He was quiet," said a neighbor, Mary Jones.',
        '"We will appeal," the White House spokesman, Josh Earnest, said on Thursday.',
        '"This changes everything," one fan, 34-year-old Mike Dunn of Boston, told the Globe.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Mary Jones', 'a neighbor'],
      ['Josh Earnest', 'the White House spokesman'],
      ['Mike Dunn', 'one fan'],
    ]);
  });

  it('test_quotes_a_role_of_a_place_the_article_never_gave_goes_to_the_one_holder_of_that_role', () => {
    const one = analyseArticle({ text: 'Sen. Bernie Sanders spoke on Monday.\n\n"We will win," the Vermont senator said.' });
    expect(one.quotes.map((q) => q.speaker)).toEqual(['Bernie Sanders']);
    // Two senators, and neither the subject of the sentence before alone: no one.
    const two = analyseArticle({ text: 'Sen. Ted Cruz and Sen. Bernie Sanders met on Monday.\n\n"We will win," the Vermont senator said.' });
    expect(two.quotes.map((q) => [q.speaker, q.speakerId])).toEqual([['the Vermont senator', '']]);
  });

  it('test_quotes_someone_from_a_place_is_not_the_place', () => {
    const analysed = analyseArticle({ text: 'Voters lined up early in Kampala.\n\n"We came to vote," said an immigrant from Uganda.' });
    expect(analysed.quotes.map((q) => [q.speaker, q.speakerId])).toEqual([['an immigrant from Uganda', '']]);
  });

  it('test_quotes_an_age_names_a_speaker_kept_as_written', () => {
    const analysed = analyseArticle({ text: 'Melania Trump spoke on Monday.\n\n"Donald is an amazing leader," said the 46-year-old.\n\nThe 70-year-old said he would run again.' });
    expect(analysed.quotes.map((q) => [q.kind, q.speaker, q.speakerId])).toEqual([
      ['direct', 'the 46-year-old', ''],
      ['indirect', 'The 70-year-old', ''],
    ]);
  });

  it('test_quotes_a_line_that_signs_the_quote_before_it_gives_its_speaker', () => {
    const analysed = analyseArticle({
      text: [
        'Economists disagree.',
        // A line of abbreviations alone signs nothing.
        '"What is this?"',
        'X.',
        'Trump spoke next.',
        '"We need to do stimulus."',
        'Josh Bivens, Economic Policy Institute.',
        '"Cut the taxes."',
        '- Bernie Sanders.',
        // Some pages close the marks after the signature; an abbreviated title and place may open it.
        '"That could create real problems for her here.\nS.C. Rep. Jim Clyburn."',
      ].join('\n\n'),
    });
    expect(analysed.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['What is this?', ''],
      ['We need to do stimulus.', 'Josh Bivens'],
      ['Cut the taxes.', 'Bernie Sanders'],
      ['That could create real problems for her here.', 'Jim Clyburn'],
    ]);
  });

  it('test_quotes_a_source_familiar_with_or_close_to_someone_is_the_source_not_whom_it_knows', () => {
    const analysed = analyseArticle({
      text: [
        'Donald Trump arrived on Monday.',
        '"We are done," said one person close to Mr. Trump.',
        'Sources familiar with the matter said the deal was close to being done.',
        'Those close to him say he would veto the bill.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.map((q) => [q.kind, q.speaker, q.speakerId])).toEqual([
      ['direct', 'one person close to Mr. Trump', ''],
      ['indirect', 'Sources familiar with the matter', ''],
      ['indirect', 'Those close to him', ''],
    ]);
  });

  it('test_quotes_partial_quotes_need_a_speech_verb_scare_quotes_do_not_count', () => {
    const analysed = analyseArticle({
      text: 'Ali Khamenei said Hamas and other "leaders of the resistance" are "still fighting". The so-called "peace plan" was dropped.',
    });
    const partial = analysed.quotes.filter((q) => q.kind === 'partial');
    expect(partial.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['leaders of the resistance', 'Ali Khamenei', 'said'],
      ['still fighting', 'Ali Khamenei', 'said'],
    ]);
    // The verbs of British papers name what was said too.
    const branded = analyseArticle({ text: 'Another parent branded the decision "shameful".' }).quotes;
    expect(branded.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['partial', 'shameful', 'Another parent', 'branded']]);
  });

  it('test_quotes_a_quoted_clause_that_ends_its_sentence_after_a_comma_is_a_quotation_not_a_scare_quote', () => {
    const analysed = analyseArticle({
      text: [
        '"This used to be Russia\'s back yard," said Raffaello Pantucci, a director at the institute, "but it is increasingly coming into China\'s thrall."',
        'Ava DuVernay spoke after the screening. She gives credit to black storytellers because to her, "there\'s nothing more important than telling the story right."',
        'The so-called "peace plan," which was dropped, is "dead."',
      ].join('\n\n'),
    });
    expect(analysed.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.kind, q.text])).toEqual([
      ['direct', "This used to be Russia's back yard"],
      ['direct', "but it is increasingly coming into China's thrall."],
      ['direct', "there's nothing more important than telling the story right."],
    ]);
    expect(analysed.quotes[1]?.speaker).toBe('Raffaello Pantucci');
  });

  it('test_quotes_a_verb_that_only_quotes_claims_the_quote_it_takes_as_object_but_not_in_the_passive', () => {
    const analysed = analyseArticle({
      text: 'Ted Cruz called Donald Trump a "pathological liar" on Tuesday. Mike Pence was asked about the "not there yet" comment.',
    });
    const partial = analysed.quotes.filter((q) => q.kind === 'partial');
    expect(partial.map((q) => [q.text, q.speaker, q.cue])).toEqual([['pathological liar', 'Ted Cruz', 'called']]);
  });

  it('test_quotes_a_headline_signed_by_a_name_and_a_colon_quotes_without_a_speech_verb', () => {
    const analysed = analyseArticle({
      text: 'John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\nSenator John McCain spoke on Sunday about the campaign.\n\nVoters Rally for ‘Better Schools’ Across the State',
    });
    expect(analysed.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['partial', 'Bad Angels Of Our Nature.', 'John McCain']]);
  });

  it('test_quotes_a_partial_quote_after_according_to_is_its_sources_but_not_one_in_the_sources_name', () => {
    const analysed = analyseArticle({
      text: 'Maria Ruiz toured the plant.\n\nAccording to Ruiz, the plant will reopen "within a month."\n\nThe plan costs $1 trillion, according to the "Medicare for all" document.',
    });
    expect(analysed.quotes.filter((q) => q.kind === 'partial').map((q) => [q.text, q.speaker, q.cue])).toEqual([['within a month.', 'Maria Ruiz', 'according to']]);
  });

  it('test_quotes_a_quote_that_according_to_and_a_comma_open_is_its_sources_whoever_speaks_next', () => {
    const analysed = analyseArticle({ text: 'Stock prices fell, traders said. According to one trader, "The market is nervous." Ford Motor Co. and General Motors Corp. both said sales declined.' });
    expect(analysed.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.cue])).toEqual([['one trader', 'according to']]);
  });

  it('test_quotes_offsets_point_at_their_text_in_every_field', () => {
    const analysed = analyseArticle({
      title: 'Minister: "We Will Talk"',
      text: '😀 “We will talk,” Wang Yi said. Officials said the talks would go on, according to state media.',
    });
    for (const quote of analysed.quotes) {
      expect(analysed.article[quote.field].slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speakerStart !== null) expect(analysed.article[quote.field].slice(quote.speakerStart, quote.speakerEnd ?? 0)).toBe(quote.speakerMention);
    }
  });
});

describe('quotes: indirect speech', () => {
  it('test_quotes_a_quote_after_a_label_and_a_colon_is_direct_and_no_indirect_row', () => {
    const analysed = analyseArticle({ text: 'ARRAF: "The situation here is very tense," one officer told me.' });
    expect(whoSaidWhat(analysed)).toEqual([['direct', 'The situation here is very tense', 'one officer']]);
  });

  it('test_quotes_words_with_no_verb_and_a_colon_after_a_cue_introduce_the_quote_and_are_no_indirect_row', () => {
    const analysed = analyseArticle({ text: 'Harry Reid spoke on Monday. He put it flatly: “I don’t think it matters.” He added in English: «We are ready.»' });
    expect(whoSaidWhat(analysed)).toEqual([
      ['direct', 'I don’t think it matters.', 'Harry Reid'],
      ['direct', 'We are ready.', 'Harry Reid'],
    ]);
  });

  it('test_quotes_a_speech_verbs_infinitive_after_appear_try_or_go_on_is_its_subjects_speech', () => {
    const analysed = analyseArticle({
      text: 'Smith went on to say that the plan was doomed. The senator later appeared to suggest that the deal was dead. Jones spent the week trying to tell voters that the race was close.',
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'the plan was doomed', 'Smith'],
      ['indirect', 'the deal was dead', 'The senator'],
    ]);
  });

  it('test_quotes_indirect_forms_with_their_content', () => {
    const analysed = analyseArticle({
      text: [
        'Rudenko said that countries of the post-Soviet space will always be among its priorities.',
        'Wang reaffirmed Beijing\'s strong ties with Moscow, the Chinese foreign ministry said.',
        'According to Kyodo, Iran plans to hold talks with three European powers.',
        'Khamenei said Thursday the alliance remains strong.',
        "Trump brags that's good news for Republicans.",
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue])).toEqual([
      ['indirect', 'countries of the post-Soviet space will always be among its priorities', 'Rudenko', 'said'],
      ['indirect', "Wang reaffirmed Beijing's strong ties with Moscow", 'Chinese foreign ministry', 'said'],
      ['indirect', 'Iran plans to hold talks with three European powers', 'Kyodo', 'according to'],
      ['indirect', 'the alliance remains strong', 'Khamenei', 'said'],
      ['indirect', "that's good news for Republicans", 'Trump', 'brags'],
    ]);
  });

  it('test_quotes_indirect_what_a_speech_verb_says_of_someone_is_an_adjunct_of_the_saying', () => {
    const analysed = analyseArticle({ text: 'The measure is dead on arrival, Senator John Smith said of the Republican bill on Monday.' });
    expect(quotesOf(analysed).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue])).toEqual([['indirect', 'The measure is dead on arrival', 'John Smith', 'said']]);
  });

  it('test_quotes_indirect_adding_that_after_a_quote_goes_back_to_the_speaker_named_after_its_verb', () => {
    const analysed = analyseArticle({ text: '"The two sides should respect each other," said Wang Yi, adding that China was ready to work with Japan.' });
    expect(quotesOf(analysed).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue])).toEqual([
      ['direct', 'The two sides should respect each other', 'Wang Yi', 'said'],
      ['indirect', 'China was ready to work with Japan', 'Wang Yi', 'adding'],
    ]);
    // A quoted word inside the sentence is no quote the verb after it attributes: no one is named after it.
    const listed = analyseArticle({ text: 'Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said she should not even be allowed to run for office.' });
    expect(listed.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).not.toContain('her record');
  });

  it('test_quotes_indirect_a_clause_of_a_past_participle_before_the_speaker_is_no_content', () => {
    const analysed = analyseArticle({
      text: [
        'Asked whether he would run again, Smith said: "Never."',
        'Asked a direct question about this in the debate, Clinton said, "I do take responsibility."',
        'When asked about the plan, Jones said it would work.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text, speaker]) => [kind, text, speaker])).toEqual([
      ['direct', 'Never.', 'Smith'],
      ['direct', 'I do take responsibility.', 'Clinton'],
      ['indirect', 'it would work', 'Jones'],
    ]);
  });

  it('test_quotes_indirect_a_statement_noun_after_a_possessive_reports_what_its_possessor_said', () => {
    const analysed = analyseArticle({
      text: [
        "Video footage contradicted Tulsa police's earlier claim that Crutcher had refused to keep his hands up, the lawyer added.",
        "Sanders's claim that he can still win would depend on the superdelegates.",
      ].join('\n\n'),
    });
    // The lawyer said the whole sentence; the police claimed what it holds.
    expect(quotesOf(analysed).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue])).toEqual([
      ['indirect', "Video footage contradicted Tulsa police's earlier claim that Crutcher had refused to keep his hands up", 'the lawyer', 'added'],
      ['indirect', 'Crutcher had refused to keep his hands up', 'Tulsa police', 'claim'],
    ]);
  });

  it('test_quotes_indirect_and_joining_a_subject_is_no_second_attribution', () => {
    const analysed = analyseArticle({
      text: 'According to the FBI summary, Mills and another aide asked the employee to delete emails in December.\n\nCruz said both he and Rubio promised to lead the fight against amnesty.',
    });
    expect(quotesOf(analysed).map(([kind, text, speaker]) => [kind, text, speaker])).toEqual([
      ['indirect', 'Mills and another aide asked the employee to delete emails in December', 'the FBI summary'],
      ['indirect', 'both he and Rubio promised to lead the fight against amnesty', 'Cruz'],
    ]);
  });

  it('test_quotes_indirect_according_to_a_source_with_a_slash_or_a_long_one_after_but_or_an_opener', () => {
    const analysed = analyseArticle({
      text: [
        'According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.',
        'According to early results of exit polls conducted for The Associated Press and television networks by Edison Research, at least 8 in 10 voters feel down.',
        'But according to reports in the news media, he could not convince the family.',
        'Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.',
        'Now, according to the recent 50-state poll, some states are swinging toward Clinton.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text, speaker]) => [kind, text, speaker])).toEqual([
      ['indirect', 'the two candidates are in a dead heat nationally', 'Reuters/Ipsos'],
      ['indirect', 'at least 8 in 10 voters feel down', 'early results of exit polls conducted for The Associated Press and television networks by Edison Research'],
      ['indirect', 'he could not convince the family', 'reports in the news media'],
      ['indirect', 'Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters', 'Human Rights Watch'],
      ['indirect', 'some states are swinging toward Clinton', 'the recent 50-state poll'],
    ]);
  });

  it('test_quotes_indirect_a_judgement_with_as_or_for_after_the_object_is_what_was_said', () => {
    const analysed = analyseArticle({
      text: [
        'Campaign chair Paul Manafort dismissed the whole kerfuffle as absurd on Sunday.',
        'Donald Trump has criticized free-trade deals such as NAFTA.',
        'Bernie Sanders has criticized Hillary Clinton for accepting speaking fees from Wall Street firms.',
        'Donald Trump described her plans for new regulations on Monday.',
        'Mike Pence was described as a steady hand by his allies.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue])).toEqual([
      ['indirect', 'the whole kerfuffle as absurd on Sunday', 'Paul Manafort', 'dismissed'],
      ['indirect', 'Hillary Clinton for accepting speaking fees from Wall Street firms', 'Bernie Sanders', 'criticized'],
    ]);
  });

  it('test_quotes_indirect_speech_goes_on_past_an_attribution_inside_it_and_starts_at_a_name', () => {
    const analysed = analyseArticle({
      text: [
        'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.',
        'Talks will resume, Kyodo reported on Sunday, days after the watchdog passed a resolution.',
        'The governor said Democrats and the media are to blame for the crisis.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999', 'Clarke'],
      ['indirect', 'Talks will resume', 'Kyodo'],
      ['indirect', 'Democrats and the media are to blame for the crisis', 'The governor'],
    ]);
  });

  it('test_quotes_a_participle_of_saying_goes_back_to_a_subject_past_its_aside_a_dash_or_a_closing_mark', () => {
    const analysed = analyseArticle({
      text: [
        'Erin Brockovich, the environmental activist and lawyer, endorsed the plan on Saturday, saying she had not called for his resignation.',
        'Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on the right to bear arms.',
        'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.',
        'Donald Trump delivered a defense of "New York values," saying the city embodied the soul of America.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'she had not called for his resignation', 'Erin Brockovich'],
      ['indirect', 'they infringe on the right to bear arms', 'Republicans'],
      ['indirect', 'he was rooting for Peyton Manning', 'Marco Rubio'],
      ['indirect', 'the city embodied the soul of America', 'Donald Trump'],
    ]);
  });

  it('test_quotes_the_subject_of_a_speech_verb_past_an_aside_that_ends_in_a_quote_a_stray_comma_or_a_name_in_apposition', () => {
    const analysed = analyseArticle({
      text: [
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in Pennsylvania.",
        "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.",
        'And a third, Daniel Traynor, said that he was only supporting Cruz for now.',
        'Yet, "it is hard to make a causal link," added Zarate, the former adviser.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'the candidate could win in Pennsylvania', 'Manafort'],
      ['indirect', 'he had not read the plan', 'Jack Reed'],
      ['indirect', 'he was only supporting Cruz for now', 'Daniel Traynor'],
      ['indirect', 'Yet, "it is hard to make a causal link,"', 'Zarate'],
    ]);
  });

  it('test_quotes_a_verb_that_also_keeps_wins_adds_or_writes_things_reports_only_a_clause_with_a_verb', () => {
    const analysed = analyseArticle({
      text: [
        'Clinton maintains a commanding lock on the party leadership among superdelegates.',
        'Rubio still boasts an overwhelming lead in congressional endorsements this year.',
        'Sanders conceded the race in Nevada in a phone call with Clinton.',
        'Newcombe conceded his players would be hard-pressed to beat the Croatian.',
        'Carter maintained that he had done nothing wrong.',
        'The admiral has added another facet to his job as a communicator for the fleet.',
        'The company wrote a detailed, six-page letter to the president of the university.',
        'Warren added that the bank had failed its customers.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'his players would be hard-pressed to beat the Croatian', 'Newcombe'],
      ['indirect', 'he had done nothing wrong', 'Carter'],
      ['indirect', 'the bank had failed its customers', 'Warren'],
    ]);
  });

  it('test_quotes_that_before_an_auxiliary_is_the_subject_of_what_was_said', () => {
    const analysed = analyseArticle({
      text: ['Governor Fallin said that is his intent, and she trusts him.', 'Paul said that reducing the deficit is more important than defense.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'that is his intent, and she trusts him', 'Fallin'],
      ['indirect', 'reducing the deficit is more important than defense', 'Paul'],
    ]);
  });

  it('test_quotes_indirect_speech_holds_an_aside_between_two_dashes_and_ends_at_a_dash_alone', () => {
    const analysed = analyseArticle({
      text: [
        'Griffin said that the obliteration — a word used by several observers — was changing black attitudes.',
        'Sanders said closed primaries -- those open only to registered Democrats -- keep independents away from the polls.',
        'Devine said the senator will have enough delegates to file minority reports -- or dissents from the majority.',
        'The mayor said the plan would cost $2 billion — and voters agreed.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'the obliteration — a word used by several observers — was changing black attitudes', 'Griffin'],
      ['indirect', 'closed primaries -- those open only to registered Democrats -- keep independents away from the polls', 'Sanders'],
      ['indirect', 'the senator will have enough delegates to file minority reports', 'Devine'],
      ['indirect', 'the plan would cost $2 billion', 'The mayor'],
    ]);
  });

  it('test_quotes_indirect_speech_ends_at_a_comma_inside_a_closing_mark_as_at_one_outside', () => {
    const analysed = analyseArticle({
      text: [
        'Trump said things “should be wrapped up by Cleveland,” referring to the convention.',
        'Voters said the plan is “about right,” though most want more.',
        'Smith said the plan, which he called “a disaster,” would cost $5 billion.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'things “should be wrapped up by Cleveland,”', 'Trump'],
      ['indirect', 'the plan is “about right,”', 'Voters'],
      ['indirect', 'the plan, which he called “a disaster,” would cost $5 billion', 'Smith'],
    ]);
  });

  it('test_quotes_indirect_speech_subject_past_a_bracket_an_aside_in_dashes_a_relative_who_and_or_but_with_its_prepositions_or_a_share', () => {
    const analysed = analyseArticle({
      text: [
        'Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members will help him raise cash.',
        "Kall -- co-editor of a book on Trump's debates -- said the candidate tended to make announcements.",
        'Trump refused to pay an architect who said he was stiffed after he designed a clubhouse.',
        'Machado promised to continue supporting Clinton and said she would stand up to the attacks.',
        'House Republican Thomas Massie used to support Rand Paul, but now said Trump had the chance to unite the party.',
        'Some delegates at the convention in Philadelphia said they would walk out.',
        'Until the announcement, most of them said they had loved working there. Among many said to agree, few spoke.',
        'Virginia Gov. Terry McAuliffe on Friday announced that he had signed an executive order.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'members will help him raise cash', 'Gregory W. Meeks'],
      ['indirect', 'the candidate tended to make announcements', 'Kall'],
      ['indirect', 'he was stiffed after he designed a clubhouse', 'an architect'],
      ['indirect', 'she would stand up to the attacks', 'Machado'],
      ['indirect', 'Trump had the chance to unite the party', 'Thomas Massie'],
      ['indirect', 'they would walk out', 'Some delegates at the convention in Philadelphia'],
      ['indirect', 'they had loved working there', 'most of them'],
      ['indirect', 'he had signed an executive order', 'Terry McAuliffe'],
    ]);
  });

  it('test_quotes_indirect_speech_past_a_year_a_number_subject_and_an_adjunct_before_an_aside', () => {
    const analysed = analyseArticle({
      text: [
        'He met McConnell, now the majority leader, who in 2010 said the most important goal was to make Obama a one-term president.',
        'The company said 2010 was a good year for its shareholders.',
        'McAuliffe has said about 20 people have indicated an interest in the seat.',
        'During his seven years in office, Mr. Obama said, a majority of Americans have come to believe it.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'the most important goal was to make Obama a one-term president', 'McConnell'],
      ['indirect', '2010 was a good year for its shareholders', 'The company'],
      ['indirect', 'about 20 people have indicated an interest in the seat', 'McAuliffe'],
      ['indirect', 'a majority of Americans have come to believe it', 'Obama'],
    ]);
  });

  it('test_quotes_indirect_speech_after_a_clause_of_as_a_subject_with_a_relative_clause_without_that_and_a_numbers_compound', () => {
    const analysed = analyseArticle({
      text: [
        'As many tax experts, including Mr. Goldberg, have pointed out, Mr. Trump is free to disclose his returns.',
        'The scholars I interviewed this week said a compromise was unlikely.',
        'The aides Trump hired say the plan failed.',
        'Democrats highlighted comments Trump made in 2006 saying he hoped the bubble would burst.',
        'Judge Amy Berman Jackson wrote in a 40-page opinion that the agency had failed.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Mr. Trump is free to disclose his returns', 'many tax experts'],
      ['indirect', 'a compromise was unlikely', 'The scholars'],
      ['indirect', 'the plan failed', 'The aides'],
      ['indirect', 'the agency had failed', 'Amy Berman Jackson'],
    ]);
  });

  it('test_quotes_indirect_speech_ends_before_an_attribution_that_introduces_a_quotation', () => {
    const analysed = analyseArticle({ text: 'In a memo, Robby Mook acknowledged Clinton and Sanders had split the first two contests, which is an outcome, he said, "we have long anticipated."' });
    expect(whoSaidWhat(analysed).filter(([kind]) => kind === 'indirect')).toEqual([['indirect', 'Clinton and Sanders had split the first two contests, which is an outcome', 'Robby Mook']]);
  });

  it('test_quotes_indirect_speech_goes_on_past_but_with_the_same_subject_and_ends_before_a_new_one', () => {
    const analysed = analyseArticle({
      text: [
        'Rubio said he does support an exception for the life of the mother, but not for cases of rape.',
        'Trump said he was once part of the establishment, but is now its worst enemy.',
        'Clinton said the emails were personal, but for Republicans, it is a smoking gun.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'he does support an exception for the life of the mother, but not for cases of rape', 'Rubio'],
      ['indirect', 'he was once part of the establishment, but is now its worst enemy', 'Trump'],
      ['indirect', 'the emails were personal', 'Clinton'],
    ]);
  });

  it('test_quotes_the_object_of_a_speech_verb_and_a_second_verb_is_no_reported_speech', () => {
    const analysed = analyseArticle({
      text: 'Turnout is rising, says Ana Ruiz, a pollster who advised the mayor in 2008 and is a strategist for the party.\n\nRuiz said the mayor would win the primary in June.',
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Turnout is rising', 'Ana Ruiz'],
      ['indirect', 'the mayor would win the primary in June', 'Ana Ruiz'],
    ]);
  });

  it('test_quotes_a_participle_and_its_agent_after_a_speech_verb_are_no_reported_speech', () => {
    const analysed = analyseArticle({
      text: 'Zucker said at a discussion on Thursday hosted by the Paley Center for Media.\n\nZucker said the network would not pay candidates.',
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'the network would not pay candidates', 'Zucker']]);
  });

  it('test_quotes_a_time_that_ends_a_source_or_opens_the_sentence_is_no_speaker', () => {
    const analysed = analyseArticle({
      text: [
        'Employees at the regulator covered up the intrusions, according to a congressional report on Wednesday.',
        'Russians admire the president more as a protector than as a provider, a study concluded this year.',
        'Voters want change, a study by a Russian sociologist, Mikhail Dmitriyev, concluded this year.',
        'Last month, the Independent, a British newspaper, revealed that most of the clothing was made in Vietnam.',
        'Governor Scott Walker will speak at the convention, according to a report Tuesday from WKOW, a local station.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Employees at the regulator covered up the intrusions', 'a congressional report'],
      ['indirect', 'Russians admire the president more as a protector than as a provider', 'a study'],
      ['indirect', 'most of the clothing was made in Vietnam', 'Independent'],
      // The report's author, the station, not "Tuesday".
      ['indirect', 'Governor Scott Walker will speak at the convention', 'WKOW'],
    ]);
  });

  it('test_quotes_you_asks_or_supposes_and_reports_no_speech', () => {
    const analysed = analyseArticle({
      text: 'Q: Do you think a socialist can win a general election?\n\nIf you believe the polls, the race is tied.\n\nSanders said a socialist can win.',
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'a socialist can win', 'Sanders']]);
  });

  it('test_quotes_here_and_a_clause_of_time_between_the_audience_and_what_was_said_are_no_part_of_it', () => {
    const analysed = analyseArticle({
      text: 'Rubio told supporters here Sunday that he would keep hammering at the president.\n\nClinton told a crowd of 1,300 here on Tuesday after she took the stage to loud music.',
    });
    // "after she took the stage" is a clause of time, not what was said.
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'he would keep hammering at the president', 'Rubio']]);
  });

  it('test_quotes_a_speech_verbs_noun_twin_before_a_verb_is_its_subject_not_a_cue', () => {
    const analysed = analyseArticle({
      text: 'The ethnic vote in several battleground states could be decisive in a close election.\n\nThe government claims Gulen runs a terrorist network.',
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'Gulen runs a terrorist network', 'The government']]);
  });

  it('test_quotes_a_subject_past_a_reflexive_and_past_an_adverb_between_commas', () => {
    const analysed = analyseArticle({
      text: ['Murphy, though, said he is with Hillary Clinton in the primary.', 'Cruz himself said that the only way to win the state is to go and ask.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'he is with Hillary Clinton in the primary', 'Murphy'],
      ['indirect', 'the only way to win the state is to go and ask', 'Cruz'],
    ]);
  });

  it('test_quotes_a_share_of_those_polled_says_what_they_said', () => {
    const analysed = analyseArticle({ text: 'Two in three said they are less likely to vote for the party in November.' });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'they are less likely to vote for the party in November', 'Two in three']]);
  });

  it('test_quotes_an_unresolved_source_is_named_by_its_head_not_by_what_it_knows_of', () => {
    const analysed = analyseArticle({ text: '“It starts to disappear,” said one well-connected Democrat familiar with the Clinton campaign’s organization.' });
    expect(whoSaidWhat(analysed)).toEqual([['direct', 'It starts to disappear', 'Democrat']]);
  });

  it('test_quotes_a_subject_joined_by_of_or_for_is_one_phrase_but_a_time_after_at_or_a_noun_after_and_is_not_the_subject', () => {
    const analysed = analyseArticle({
      text: [
        'The leader of the rebel group said the talks had failed again.',
        'Their relatives watched the video on Thursday, attorneys for the family said.',
        'Trump at the time said he had asked his people to look into it.',
        'Maria Lopez, a developer and spokeswoman for the Investment Coalition, which is made up of investors, said the program would survive the vote.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'the talks had failed again', 'The leader of the rebel group'],
      ['indirect', 'Their relatives watched the video on Thursday', 'attorneys for the family'],
      ['indirect', 'he had asked his people to look into it', 'Trump'],
      ['indirect', 'the program would survive the vote', 'Maria Lopez'],
    ]);
  });

  it('test_quotes_a_subject_with_appositives_before_the_verb_is_not_what_an_inverted_speaker_said', () => {
    const analysed = analyseArticle({
      text: ['Dick Dever, who was listed on the Cruz slate, told POLITICO.', "Ivanka Trump, the nominee's eldest daughter, noted the rule in an interview last week."].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'the rule in an interview last week', 'Ivanka Trump']]);
  });

  it('test_quotes_what_a_relative_clause_verb_takes_is_no_subject_the_relative_pronoun_stands_for_it', () => {
    const analysed = analyseArticle({
      text: ['Two other women who have accused Clinton of sexual assault said they also received calls.', 'People who know him well say he will run again next year.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'they also received calls', 'Two other women'],
      ['indirect', 'he will run again next year', 'People'],
    ]);
  });

  it('test_quotes_a_person_or_a_named_organization_of_a_place_is_that_one_and_people_in_a_place_are_the_people', () => {
    const analysed = analyseArticle({
      text: [
        'Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote on four measures on Monday.',
        'Democrats in Iowa said they were unfazed by the flap.',
        'The government in Beijing said the talks would resume soon.',
        'The Asian Development Bank in Manila said growth in the region would slow.',
        // Before an aside too.
        'Lawmakers from both parties, including Sen. John McCain, said the strike was justified.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'the chamber will vote on four measures on Monday', 'John Cornyn'],
      ['indirect', 'they were unfazed by the flap', 'Democrats in Iowa'],
      ['indirect', 'the talks would resume soon', 'Beijing'],
      ['indirect', 'growth in the region would slow', 'Asian Development Bank'],
      ['indirect', 'the strike was justified', 'Lawmakers from both parties'],
    ]);
  });

  it('test_quotes_according_to_after_a_dash_a_closing_mark_and_as_an_aside_inside_the_statement', () => {
    const analysed = analyseArticle({
      text: [
        'In 2014, the city had 115 violent crimes — including two murders — according to the FBI.',
        "The visit became ''the high point of the year,'' according to Mr. Rhodes.",
        'The real problem, according to Dennis Ross, a former envoy, was a decision by the president to keep his distance.',
        'The tax cut emissions by 5 percent, according to a Duke study, which was published in May.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).filter(([kind]) => kind === 'indirect').map(([, text, speaker]) => [text, speaker])).toEqual([
      ['In 2014, the city had 115 violent crimes — including two murders', 'Federal Bureau of Investigation'],
      ["The visit became ''the high point of the year,''", 'Rhodes'],
      ['The real problem, according to Dennis Ross, a former envoy, was a decision by the president to keep his distance', 'Dennis Ross'],
      ['The tax cut emissions by 5 percent', 'a Duke study'],
    ]);
  });

  it('test_quotes_a_source_according_to_and_a_noun_read_as_a_verb_give_no_second_row_of_one_span', () => {
    const analysed = analyseArticle({
      text: 'According to White House pool reports, Obama said there is love in Orlando.\n\nWasserman Schultz said in her opening remarks that the platform should name Israel.',
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Obama said there is love in Orlando', 'White House pool reports'],
      ['indirect', 'there is love in Orlando', 'Obama'],
      ['indirect', 'the platform should name Israel', 'Wasserman Schultz'],
    ]);
    expect(new Set(analysed.quotes.map((q) => q.id)).size).toBe(analysed.quotes.length);
  });

  it('test_quotes_a_statement_put_out_says_what_its_author_said', () => {
    const analysed = analyseArticle({
      text: 'Black Lives Matter issued a statement saying it took the action because of the unsafe conditions.\n\nDonald Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment.',
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'it took the action because of the unsafe conditions', 'Black Lives Matter'],
      ['indirect', 'rival Hillary Clinton had shown bad judgment', 'Donald Trump'],
    ]);
  });

  it('test_quotes_a_day_between_the_subject_and_its_verb_is_never_the_speaker', () => {
    const analysed = analyseArticle({
      text: [
        'Sen. Chuck Grassley on Wednesday downplayed the attack and said it was the same thing.',
        'Israel on Wednesday sent Syria a message, via Washington, saying it was committed to peace.',
        'Donald Trump on Tuesday dismissed Scott Walker as a weak leader, arguing that the governor had failed.',
        'Carly Fiorina on Monday warned the party, saying conservatives need to band together.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'it was the same thing', 'Chuck Grassley'],
      ['indirect', 'it was committed to peace', 'Israel'],
      ['indirect', 'Scott Walker as a weak leader', 'Donald Trump'],
      ['indirect', 'the governor had failed', 'Donald Trump'],
      ['indirect', 'conservatives need to band together', 'Carly Fiorina'],
    ]);
  });

  it('test_quotes_a_speech_verb_the_tagger_read_as_a_noun_before_that_still_reports_but_a_relative_that_does_not', () => {
    const analysed = analyseArticle({ text: 'Strategists predict that turnout will fall.\n\nA Senate report that was released Monday found problems.' });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'turnout will fall', 'Strategists']]);
  });

  it('test_quotes_a_speech_verbs_twin_after_an_article_is_a_noun_and_a_participle_after_it_goes_back_to_the_subject', () => {
    const analysed = analyseArticle({ text: 'Abe spoke first.\n\nA Clinton campaign official later walked back the comments, saying that Clinton had no video in mind.' });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'Clinton had no video in mind', 'A Clinton campaign official']]);
  });

  it('test_quotes_the_cue_of_a_quote_is_the_speech_verb_before_its_speaker_not_a_participle_after_it', () => {
    const { quotes } = analyseArticle({ text: '"Every morning I get up at four," says Maria Ortiz, 58, wiping flour from her hands.' });
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Maria Ortiz', 'says']]);
  });

  it('test_quotes_a_participle_after_an_attribution_aside_is_the_speakers_next_act_not_more_of_what_was_said', () => {
    const analysed = analyseArticle({ text: 'The new rules are a mistake, Hollande said Tuesday in Paris, noting that the campaign had gone too far.' });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'The new rules are a mistake', 'Hollande'],
      ['indirect', 'the campaign had gone too far', 'Hollande'],
    ]);
  });

  it('test_quotes_a_participle_or_adjunct_is_not_what_was_said_but_a_gerund_subject_is', () => {
    const analysed = analyseArticle({
      text: [
        '“We will win,” Trump said, referring to the debate.',
        'Weighing in on the debate, Mike Huckabee agreed, praising his rival as gifted.',
        'Playing a woman, Butz said, feels right at this time.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['direct', 'We will win', 'Trump'],
      ['indirect', 'Playing a woman, Butz said, feels right at this time', 'Butz'],
    ]);
  });

  it('test_quotes_a_relative_clause_that_ends_the_sentence_is_the_reporters_aside', () => {
    const analysed = analyseArticle({
      text: [
        'Fowler said he expects Clinton to recover from her bout with pneumonia, which forced her to leave a ceremony.',
        'He said the plan, which costs a billion dollars, is bad for the city.',
        'The FBI said it had secured the cooperation of Bryan Pagliano, who worked on the campaign in 2008.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text]) => [kind, text])).toEqual([
      ['indirect', 'he expects Clinton to recover from her bout with pneumonia'],
      ['indirect', 'the plan, which costs a billion dollars, is bad for the city'],
      ['indirect', 'it had secured the cooperation of Bryan Pagliano'],
    ]);
  });

  it('test_quotes_a_time_an_audience_or_an_aside_between_the_subject_the_verb_and_that_is_neither_speaker_nor_what_was_said', () => {
    const analysed = analyseArticle({
      text: [
        'The State Department less than two weeks ago said for the first time that secret intelligence had passed through the server.',
        'Her campaign has said for months that it sees no reason to break with the president.',
        'He argued for a new name for the movement.',
        'Peter Welch said on Friday to Vermont Edition that he planned to vote for Sanders.',
        // A name is no time and no modal verb, whatever its word is.
        'Prime Minister Theresa May and Kristen Day met on Monday. Mrs. May said the deal was done. Day said the talks would go on.',
        'The budget office said about half of the adjustment in its projections reflected revenue losses.',
        'A court document filed Thursday says that the campaign manager will not be prosecuted.',
        'His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.',
        'Scott McClellan told reporters aboard Air Force One that the president was disappointed.',
        'Lawrence Joyce said, however, that he hopes somebody else takes up the cause.',
        'The ambassador said in an interview with the Financial Times published on Thursday that sanctions were working.',
        'Abe told reporters afterward that the meeting was a first step.',
        // A number before a noun counts what was said; before a time or as a year it is when.
        'The Red Cross said 28 people were killed. The mayor said in a 2012 email that he would act.',
        // A "that" a verb follows is a relative pronoun: no speech.
        'Cruz pointed to the poll that shows him beating Trump.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'secret intelligence had passed through the server', 'State Department'],
      ['indirect', 'it sees no reason to break with the president', 'Her campaign'],
      ['indirect', 'he planned to vote for Sanders', 'Peter Welch'],
      ['indirect', 'the deal was done', 'Theresa May'],
      ['indirect', 'the talks would go on', 'Kristen Day'],
      ['indirect', 'about half of the adjustment in its projections reflected revenue losses', 'The budget office'],
      ['indirect', 'the campaign manager will not be prosecuted', 'A court document'],
      ['indirect', 'Trump raised $4 million that day', 'Paul Manafort'],
      ['indirect', 'the president was disappointed', 'Scott McClellan'],
      ['indirect', 'he hopes somebody else takes up the cause', 'Lawrence Joyce'],
      ['indirect', 'sanctions were working', 'The ambassador'],
      ['indirect', 'the meeting was a first step', 'Abe'],
      ['indirect', '28 people were killed', 'Red Cross'],
      ['indirect', 'he would act', 'The mayor'],
    ]);
  });

  it('test_quotes_words_that_go_on_an_adjunct_before_that_are_no_part_of_what_was_said', () => {
    const analysed = analyseArticle({
      text: [
        'Sanders said at a rally ahead of the Illinois primary that he would not want the endorsement.',
        'The bank’s board announced two days earlier that it was beginning to consider candidates.',
        // A "that" a verb follows is a relative pronoun; after a comma the adjunct is over.
        'Cruz spoke at a rally ahead of the primary that decides the race.',
        'As the newspaper has reported, cases that have led to charges were different.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'he would not want the endorsement', 'Sanders'],
      ['indirect', 'it was beginning to consider candidates', 'The bank’s board'],
      ['indirect', 'cases that have led to charges were different', 'the newspaper'],
    ]);
  });

  it('test_quotes_an_aside_in_commas_between_the_verb_and_that_is_no_part_of_what_was_said', () => {
    const analysed = analyseArticle({
      text: [
        'Corey Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be held to account.',
        'Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid for veterans programs.',
        'Sanders has told friends since the spring, at fundraisers and in private huddles, that he is worried about the attacks.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Manafort should be held to account', 'Corey Lewandowski'],
      ['indirect', 'it means Trump never paid for veterans programs', 'Clinton'],
      ['indirect', 'he is worried about the attacks', 'Sanders'],
    ]);
    // A "that" inside the commas opens what was said: the commas hold no aside before the second "that".
    const listed = analyseArticle({ text: 'The winning arguments, Greenberg says his research shows, include convincing voters that Trump is an egomaniac, that he cannot be trusted.' });
    expect(listed.quotes.map((q) => q.text)).not.toContain('he cannot be trusted');
  });

  it('test_quotes_a_verb_after_a_quote_whose_comma_is_inside_the_marks_attributes_that_quote_and_reports_nothing_else', () => {
    const analysed = analyseArticle({
      text: [
        '“We have come a long way in nine months,” he told cheering supporters in Nashua on Monday morning.',
        'Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name in his book was wrong.',
      ].join('\n\n'),
    });
    expect(quotesOf(analysed).map(([kind, text]) => [kind, text])).toEqual([
      ['direct', 'We have come a long way in nine months'],
      ['indirect', 'the course name in his book was wrong'],
    ]);
  });

  it('test_quotes_a_speech_verb_in_a_clause_that_opens_the_sentence_reports_only_that_clause', () => {
    const analysed = analyseArticle({
      text: [
        'While Sanders has said he would back the nominee, he has not endorsed her.',
        'When Obama said the economy had recovered, many voters disagreed.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'he would back the nominee', 'Sanders'],
      ['indirect', 'the economy had recovered', 'Obama'],
    ]);
  });

  it('test_quotes_a_speech_verb_in_a_relative_clause_between_commas_reports_up_to_the_main_verb', () => {
    const analysed = analyseArticle({
      text: [
        'Juanita Broaddrick, who said Clinton raped her in 1978, recounted the incident on the radio.',
        'The Russians, who said they overpowered the guards, left the capital for home on Sunday.',
        // The comma closes an aside of what was said, which has no verb of its own yet.
        'Kraft, who said Mr. Jäger, under fire for the failures in Cologne, would do better to keep quiet, left.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'Clinton raped her in 1978', 'Juanita Broaddrick'],
      ['indirect', 'they overpowered the guards', 'Russians'],
      ['indirect', 'Mr. Jäger, under fire for the failures in Cologne, would do better to keep quiet', 'Kraft'],
    ]);
  });

  it('test_quotes_a_spaced_hyphen_sets_off_a_relative_clause_an_aside_and_a_participle_as_a_dash_does', () => {
    const analysed = analyseArticle({
      text: [
        'GOP front-runner Donald Trump - who previously said he would "bomb" the oil fields - said at a Saturday rally that he would win.',
        'He struggles with a basic task in politics - bragging - conceding that he feels the presence of his mother.',
        'Clinton listed 95 retired generals -- most of whom had announced their support -- who cited her years as secretary of State.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'he would "bomb" the oil fields', 'Donald Trump'],
      ['partial', 'bomb', 'Donald Trump'],
      ['indirect', 'he would win', 'Donald Trump'],
      ['indirect', 'he feels the presence of his mother', 'Donald Trump'],
      ['indirect', 'her years as secretary of State', '95 retired generals'],
    ]);
  });

  it('test_quotes_who_before_a_speech_verb_stands_for_what_a_place_is_the_place_of', () => {
    const analysed = analyseArticle({
      text: [
        'Alan Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with the family, declined to comment.',
        'Residents of Flint, Michigan, who said the water was brown, sued the city.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'he is friendly with the family', 'Alan Berger'],
      ['indirect', 'the water was brown', 'Residents'],
    ]);
  });

  it('test_quotes_a_speech_verb_that_introduces_a_quote_after_a_comma_reports_nothing_besides', () => {
    const analysed = analyseArticle({
      text: [
        'Biden weighed in as well, telling Mic in an interview published on Monday, “But gosh almighty, they’re both qualified,” he said.',
        'Sanders told reporters, “We’ll see,” when asked whether he would raise money for others.',
        'Biden told Mic in an interview published on Monday that they were both qualified.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).map(([kind, text]) => [kind, text])).toEqual([
      ['direct', 'But gosh almighty, they’re both qualified'],
      ['direct', 'We’ll see'],
      ['indirect', 'they were both qualified'],
    ]);
  });

  it('test_quotes_as_and_an_attribution_that_end_the_sentence_report_what_stands_before', () => {
    const analysed = analyseArticle({
      text: [
        'The numbers changed over the summer, as Sanders has sometimes acknowledged.',
        'Bridging that gap means cutting costs wherever savings can be found, as Mr. McDonough suggested at the meeting.',
        // Of a clause that "whether" or "how" opens, that clause was said.
        'The video does not answer whether Scott had a gun, as police have said.',
        // Inside the sentence, "as" opens an aside; what was said comes after it.
        'However, as Politico has reported, cases that led to charges were different.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'The numbers changed over the summer', 'Sanders'],
      ['indirect', 'Bridging that gap means cutting costs wherever savings can be found', 'McDonough'],
      ['indirect', 'Scott had a gun', 'police'],
      ['indirect', 'cases that led to charges were different', 'Politico'],
    ]);
  });

  it('test_quotes_the_subject_of_a_poll_or_a_report_may_be_a_share_or_a_noun_a_participle_follows', () => {
    const analysed = analyseArticle({
      text: [
        'Among Republicans, 26% say they are conservative.',
        'By big margins, those surveyed say the economy should be the first priority.',
        'Officials contacted by Reuters said the plan had failed.',
        'He says 31,000 to 160,000 of them could be lost under the agreement.',
      ].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'they are conservative', '26%'],
      ['indirect', 'the economy should be the first priority', 'those surveyed'],
      ['indirect', 'the plan had failed', 'Officials'],
      ['indirect', '31,000 to 160,000 of them could be lost under the agreement', 'He'],
    ]);
  });

  it('test_quotes_a_time_its_possessive_follows_opens_what_was_said', () => {
    const analysed = analyseArticle({
      text: ["Police said Monday's attack killed four people.", "He said last week's vote was a sham.", 'The mayor said Friday that the road would reopen.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed).map(([kind, text]) => [kind, text])).toEqual([
      ['indirect', "Monday's attack killed four people"],
      ['indirect', "last week's vote was a sham"],
      ['indirect', 'the road would reopen'],
    ]);
  });

  it('test_quotes_what_the_audience_was_told_to_do_is_reported_speech_an_intention_is_not', () => {
    const analysed = analyseArticle({
      text: ['Mr. Obama told his advisers to find a way around Congress.', 'Machado promised to continue supporting Clinton.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'to find a way around Congress', 'Obama']]);
  });

  it('test_quotes_a_passive_speech_verb_reports_what_its_agent_or_no_one_said_never_its_subject', () => {
    const analysed = analyseArticle({
      text: [
        'Senator Maria Lopez was told by aides that the vote had been delayed.',
        'It was widely reported that Mr. Trump paid $100 million for the jet.',
        'Bernie Sanders was declared the winner in Rhode Island on Tuesday night.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.map((q) => [q.kind, q.text, q.speaker, q.speakerMention, q.cue])).toEqual([
      ['indirect', 'the vote had been delayed', 'aides', 'aides', 'told'],
      ['indirect', 'Mr. Trump paid $100 million for the jet', '', '', 'reported'],
    ]);
  });

  it('test_quotes_a_relative_clause_on_the_audience_is_not_what_was_said_but_a_question_is', () => {
    const analysed = analyseArticle({
      text: ['Mr. Bush tells voters who wonder about his temper that he was not brought up that way.', 'Mr. Lopez did not say who made the apology.'].join('\n\n'),
    });
    expect(whoSaidWhat(analysed)).toEqual([['indirect', 'who made the apology', 'Lopez']]);
  });

  it('test_quotes_said_that_and_a_quotation_is_reported_speech_in_the_speakers_words_and_a_partial_quote', () => {
    const analysed = analyseArticle({ text: 'Cruz says that “when you live by the pen, you die by the pen.”' });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', '“when you live by the pen, you die by the pen.”', 'Cruz'],
      ['partial', 'when you live by the pen, you die by the pen.', 'Cruz'],
    ]);
  });

  it('test_quotes_a_sentence_that_ends_in_the_speakers_words_is_reported_speech_and_a_partial_quote', () => {
    const analysed = analyseArticle({ text: 'The country "has made dramatic changes for the better," McConnell said in June 2012. "We agree," Lopez said.' });
    expect(whoSaidWhat(analysed)).toEqual([
      ['indirect', 'The country "has made dramatic changes for the better,"', 'McConnell'],
      ['partial', 'has made dramatic changes for the better', 'McConnell'],
      ['direct', 'We agree', 'Lopez'],
    ]);
  });

  it('test_quotes_reported_through_an_outlet_keeps_the_inner_speaker', () => {
    const analysed = analyseArticle({ text: 'Kyodo said the government was seeking a solution to the impasse, Reuters reported.' });
    expect(analysed.quotes.map((q) => [q.speaker, q.cue, q.via, q.text])).toEqual([['Kyodo', 'said', 'Reuters', 'the government was seeking a solution to the impasse']]);
  });

  it('test_quotes_reported_speech_of_one_an_outlet_quotes_as_saying_is_theirs_through_the_outlet', () => {
    const analysed = analyseArticle({
      text: [
        'Lee Hsien Loong was quoted by the Straits Times on Monday as saying that the economy would recover.',
        'Kyodo quoted Abe as saying Japan would act.',
        '"It is over," Newcombe was quoted as saying in Sydney\'s Daily Telegraph newspaper.',
      ].join('\n\n'),
    });
    expect(analysed.quotes.map((q) => [q.kind, q.speaker, q.via, q.text])).toEqual([
      ['indirect', 'Lee Hsien Loong', 'Straits Times', 'the economy would recover'],
      ['indirect', 'Abe', 'Kyodo', 'Japan would act'],
      ['direct', 'Newcombe', '', 'It is over'],
    ]);
  });

  it('test_quotes_a_speaker_who_says_it_twice_passes_nothing_on', () => {
    const analysed = analyseArticle({
      text: 'In a memo, campaign manager Robby Mook acknowledged the two had split the first two contests, which is an outcome, he said, that the campaign had long anticipated.',
    });
    const inner = analysed.quotes.find((q) => q.kind === 'indirect');
    expect([inner?.speaker, inner?.via]).toEqual(['Robby Mook', '']);
  });
});
