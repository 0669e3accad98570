import { describe, expect, it } from '@jest/globals';
import type { Quote } from '../../../src/core/types.js';
import { analyseArticle } from '../../helpers.js';

/** The quotes of a text as `[kind, text, speaker]`, and the quotes themselves. */
function attributed(text: string): { rows: string[][]; quotes: readonly Quote[] } {
  const analysed = analyseArticle({ text });
  return { rows: analysed.quotes.map((q) => [q.kind, q.text, q.speaker]), quotes: analysed.quotes };
}

/** The speaker of every quote of the paragraphs, in text order. */
function speakersOf(...paragraphs: string[]): string[] {
  return analyseArticle({ text: paragraphs.join('\n\n') }).quotes.map((q) => q.speaker);
}

describe('quotes: speakers on unseen news', () => {
  it('test_speakers_a_verb_in_s_read_as_a_noun_after_a_name_ends_the_speakers_phrase', () => {
    const speakers = speakersOf(
      "Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'",
      'Biden hits Trump on taxes: "Pay up."',
      '"We are fine," Clinton aides Huma Abedin and Cheryl Mills said.',
    );
    expect(speakers).toEqual(['Sarah Silverman', 'Biden', 'Clinton aides Huma Abedin and Cheryl Mills']);
    // A headline label in title case: its verb is capitalised too, but not a title before a name.
    const labels = speakersOf(
      "Trump Addresses Munich Attack: 'This Cannot Continue.'",
      'Donald Trump spoke on Saturday.',
      'Clinton Communications Director Jennifer Palmieri: "We are confident."',
    );
    expect(labels).toEqual(['Donald Trump', 'Jennifer Palmieri']);
  });

  it('test_speakers_a_participle_of_speech_before_a_quote_goes_back_to_the_subject_past_its_audience', () => {
    const { rows } = attributed(
      [
        'Donald Trump spoke on Thursday. Trump took a risk by winking at Jewish stereotypes, telling the crowd, “I’m a negotiator like you, folks.”',
        'Katie Couric has praised humility, telling American University\'s class of 2014, "If you\'re too big for a small job, you\'re too small for a big one."',
        // The speech verb of a relative clause is not the one the participle goes back to.
        'Trump was defensive about not paying an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”',
      ].join('\n\n'),
    );
    expect(rows.filter(([kind]) => kind === 'direct').map(([, , speaker]) => speaker)).toEqual(['Donald Trump', 'Katie Couric', 'Donald Trump']);
  });

  it('test_speakers_a_text_after_a_possessive_speaks_for_its_owner', () => {
    const speakers = speakersOf(
      'Jeb Bush endorsed Ted Cruz on Wednesday. From Bush\'s Facebook post: "We must move to overcome the divisiveness."',
      '"Crooked Hillary is a disaster," Donald Trump\'s tweet said.',
      '"We will win," the Cruz campaign said. "We disagree," the statement said.',
    );
    expect(speakers).toEqual(['Jeb Bush', 'Donald Trump', 'Ted Cruz', 'the statement']);
  });

  it('test_speakers_a_verb_of_the_voice_is_a_speech_verb_before_a_colon', () => {
    const text = 'As the crowd cheered Sanders in California, The Washington Post\'s Robert Costa reported, his wife whispered to him: "They are still with you."';
    expect(attributed(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.cue])).toEqual([['his wife', 'whispered']]);
  });

  it('test_speakers_a_pronoun_of_quantity_alone_is_an_unnamed_source_kept_as_written', () => {
    const quotes = analyseArticle({ text: 'Two voters spoke after the rally.\n\n"We are done," said one.\n\nYet another said, "We will be back."' }).quotes;
    expect(quotes.map((q) => [q.speaker, q.speakerId, q.cue])).toEqual([
      ['one', '', 'said'],
      ['another', '', 'said'],
    ]);
  });

  it('test_speakers_at_one_point_is_a_time_that_speaks_for_no_one', () => {
    const speakers = speakersOf('The partner was supportive of her, at one point even admonishing the client: "You have to look at her."');
    expect(speakers).not.toContain('one point');
  });

  it('test_speakers_an_organization_phrase_that_names_its_owner_is_no_other_organization', () => {
    const quotes = analyseArticle({
      text: 'The Labor Department issued new overtime rules on Monday.\n\nThe department said the rules would help workers.\n\nThe Obama administration said the rules would raise wages.',
    }).quotes;
    expect(quotes.map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['Labor Department', false],
      ['The Obama administration', true],
    ]);
  });

  it('test_speakers_a_time_is_never_a_speaker', () => {
    const quotes = analyseArticle({
      text: 'Sen. Bernie Sanders said he will release his medical records.\n\n“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy. It is not a problem.”',
    }).quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });

  it('test_speakers_a_speech_verb_after_several_asides_is_the_speakers_cue', () => {
    const quote = attributed('Ohio voters went to the polls.\n\n“We will win,” Smith, 45, a teacher from Ohio, told reporters.').quotes[0];
    expect([quote?.speaker, quote?.cue]).toEqual(['Smith', 'told']);
  });

  it('test_speakers_a_verb_outside_the_list_keeps_the_speaker_at_a_lower_confidence', () => {
    const listed = attributed('Maria Lopez spoke in Madrid.\n\n"We will win this," Maria Lopez said.').quotes.find((q) => q.kind === 'direct');
    const unlisted = attributed('Maria Lopez spoke in Madrid.\n\n"We will win this," Maria Lopez beamed.').quotes.find((q) => q.kind === 'direct');
    expect([listed?.speaker, unlisted?.speaker, unlisted?.cue]).toEqual(['Maria Lopez', 'Maria Lopez', 'beamed']);
    expect(unlisted?.confidence).toBeLessThan(listed?.confidence ?? 0);
  });

  it('test_speakers_a_pronoun_that_stands_for_no_one_found_is_kept_at_a_low_confidence', () => {
    const unresolved = attributed('The crowd ran from the stage.\n\n"We saw people hit and bits of debris flying around," he said.').quotes[0];
    const resolved = attributed('John Smith ran from the stage.\n\n"We saw people hit and bits of debris flying around," he said.').quotes[0];
    expect([unresolved?.speaker, unresolved?.speakerId, resolved?.speaker]).toEqual(['he', '', 'John Smith']);
    expect(unresolved?.confidence).toBeLessThan(0.5);
    expect(resolved?.confidence).toBeGreaterThan(0.5);
  });

  it('test_speakers_a_speech_verb_the_tagger_read_as_a_noun_after_a_quote_and_its_subject_is_the_verb', () => {
    const { quotes } = attributed(
      'Joe Conason wrote a book.\n\n“She ignored the advice,” Conason writes in his book. “It was a mistake,” the IMF report stated. “She should come to Louisiana,” the editorial read.',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.cue])).toEqual([
      ['Joe Conason', 'writes'],
      ['International Monetary Fund', 'stated'],
      ['the editorial', 'read'],
    ]);
    // A verb in the past tense after names joined by "and", or after a name and before "of".
    const past = attributed('"We will not back down," Lopez and Smith wrote.\n\n"My father made the donation," Eric Trump wrote of the 2010 gift.').quotes;
    expect(past.map((q) => [q.speaker, q.cue])).toEqual([
      ['Lopez and Smith', 'wrote'],
      ['Eric Trump', 'wrote'],
    ]);
  });

  it('test_speakers_as_x_put_it_claims_the_quote_for_x_but_put_it_on_sale_claims_nothing', () => {
    const { rows } = attributed(
      [
        'Marc Trevidic was a prosecutor. As Trevidic put it, "there was not much to complain about."',
        'The store put it on sale as "a great deal" for buyers.',
      ].join('\n\n'),
    );
    expect(rows).toEqual([['direct', 'there was not much to complain about.', 'Marc Trevidic']]);
  });

  it('test_speakers_two_names_joined_by_and_are_the_speaker_together_with_no_one_entity', () => {
    const { quotes } = attributed(
      '"We will win this fight," Bernie Sanders and Elizabeth Warren wrote.\n\nGovs. Jeb Bush and Chris Christie say Marco Rubio has not been tested.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker, q.speakerId, q.cue])).toEqual([
      ['direct', 'Bernie Sanders and Elizabeth Warren', '', 'wrote'],
      ['indirect', 'Jeb Bush and Chris Christie', '', 'say'],
    ]);
  });

  it('test_speakers_they_is_the_group_that_spoke_last_in_its_paragraph_or_the_one_before', () => {
    expect(speakersOf('Several aides said it had been a difficult night. The candidate left the hall early. The debate would be quickly forgotten, they argued.')).toEqual(['Several aides', 'Several aides']);
  });

  it('test_speakers_he_after_a_name_that_modifies_a_noun_is_the_head_of_that_phrase_not_the_name', () => {
    const speakers = speakersOf(
      'Barack Obama won Iowa on Thursday. "This was the moment," Obama said in his victory speech. Obama thanked his staff.',
      'Obama consultant Cornell Belcher picked up a similar thread at the time. "Voters are beginning to see it," he said.',
    );
    expect(speakers).toEqual(['Barack Obama', 'Cornell Belcher']);
  });

  it('test_speakers_the_speech_verb_of_a_relative_clause_on_a_name_makes_the_name_the_speaker', () => {
    const speakers = speakersOf(
      'Any decision would involve Attorney General Loretta Lynch, who told Congress last month: "That matter is being handled by career prosecutors."',
      'The row triggered a damning reaction from President Barack Obama, who called the Republican nominee "unfit to serve" as president.',
      // "who" is the object here: Beck called Bannon so.
      'Much of Glenn Beck\'s ire was directed at Stephen Bannon, who Beck on Wednesday called "a horrible human being."',
    );
    expect(speakers).toEqual(['Loretta Lynch', 'Barack Obama', 'Glenn Beck']);
  });

  it('test_speakers_a_person_described_by_whom_they_work_for_or_where_they_are_from_is_not_that_organization_or_place', () => {
    const speakers = speakersOf(
      'Peter Thiel spoke at the convention. "The network is failing," said a columnist for the tech news site Pando.',
      'Barack Obama was silent. "The plan will fail," a top adviser for President Obama said.',
      '"It is over," said one Republican of Arizona.',
    );
    expect(speakers).toEqual(['a columnist for the tech news site Pando', 'a top adviser for President Obama', 'Republican']);
  });

  it('test_speakers_the_email_is_who_sent_out_a_fundraising_email_before_it', () => {
    const speakers = speakersOf(
      'Bernie Sanders spoke on Friday. On Saturday, his campaign sent out a fundraising email stressing the impact of his bid. "Our political revolution has already forced a change," read the email.',
    );
    expect(speakers).toEqual(['Bernie Sanders']);
  });

  it('test_speakers_an_adverb_between_the_name_and_its_speech_verb_is_no_part_of_the_name', () => {
    expect(speakersOf('Donald Trump won two endorsements on Sunday.', 'Trump jokingly said, "I hate to say it, I am becoming mainstream."')).toEqual(['Donald Trump']);
  });

  it('test_speakers_a_text_in_or_by_an_organization_speaks_for_it', () => {
    const speakers = speakersOf(
      'Grassley was criticized. "There are invertebrates that have shown more spine," reads a Wednesday editorial in The Des Moines Register.',
      '"It is a disgrace," said an editorial by the Chicago Tribune.',
    );
    expect(speakers).toEqual(['Des Moines Register', 'Chicago Tribune']);
  });

  it('test_speakers_the_senator_is_the_person_the_article_gave_that_role', () => {
    const { quotes } = attributed('Senator Marco Rubio visited Ohio on Monday.\n\n"The economy is strong," the senator said.');
    const quote = quotes.find((q) => q.kind === 'direct');
    expect([quote?.speaker, quote?.speakerMention]).toEqual(['Marco Rubio', 'the senator']);
    expect(quote?.speakerId).not.toBe('');
    // A role given in apposition is given too.
    const appositive = attributed('The mayor of Chicago, Rahm Emanuel, met police chief Garry McCarthy.\n\n"The shooting was a tragedy," the mayor said.');
    expect(appositive.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Rahm Emanuel');
  });

  it('test_speakers_a_role_of_more_words_than_the_description_is_not_its_holder_but_one_that_differs_by_an_office_word_is', () => {
    const speakers = speakersOf(
      'Former Vice President Joe Biden spoke in Scranton. Ohio Secretary of State Jon Husted spoke too. Bill Clinton joined them.',
      '"He is running against me," the former president said.',
      '"We added a week," the state said.',
      'Senate Minority Leader Harry Reid was there.',
      '"It does not matter," the leader said.',
    );
    // Not Joe Biden, a former vice president: the epithet is the subject of the sentence before it.
    expect(speakers).toEqual(['Bill Clinton', 'the state', 'Harry Reid']);
  });

  it('test_speakers_an_epithet_with_a_roles_modifier_is_the_subject_before_or_whom_the_sentence_before_ends_by_quoting', () => {
    const speakers = speakersOf(
      'Bill Clinton got in on the game, bashing Sanders during a rally in Brooklyn on Monday. "Sometimes I get the feeling that he is wrong," the former president said.',
      'Harry M. Reid (D-Nev.) blasted Rubio in an interview. "It is one of the worst machinations," the Senate minority leader said.',
      'Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday. "It is not the whole story," the former executive added.',
      // "said Trump's nomination …" is no sentence that ends by saying whose it was.
      'One of the authors, Ari Fleischer, said Trump’s nomination will test their conclusions. "Trump has gone the other way," said the former top aide to President George W. Bush.',
    );
    expect(speakers).toEqual(['Bill Clinton', 'Harry M. Reid', 'Carly Fiorina', 'Carly Fiorina', 'Ari Fleischer', 'the former top aide']);
  });

  it('test_speakers_the_businessman_no_role_resolves_is_the_main_person_a_pronoun_there_would_be_but_never_a_passing_name', () => {
    const quotes = analyseArticle({
      text: 'Mark Levin, a radio host, spoke on Sunday. Donald Trump spoke to ABC later. Trump met Israeli leaders.\n\n"I don\'t know one person who doesn\'t want a deal," the businessman said.',
    }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump']);
    // The people of other news are described by what they do too.
    const singer = speakersOf('Taylor Swift took to Instagram on Sunday to thank fans. Swift posted a photo of her cats. "You guys are the best," the singer wrote.');
    expect(singer).toEqual(['Taylor Swift']);
    // And by a noun for one that no role list holds ("tycoon", "mogul").
    const tycoon = speakersOf('Sheldon Adelson met Donald Trump this week. Adelson did not disclose his backing.', '"It was very nice," the gambling tycoon told Reuters.');
    expect(tycoon).toEqual(['Sheldon Adelson']);
    const passing = speakersOf('Mark Levin, a radio host, spoke on Sunday.', '"We want a deal," the candidate said.');
    expect(passing).toEqual(['the candidate']);
  });

  it('test_speakers_an_epithet_no_role_resolves_is_the_subject_of_the_sentence_before_unless_a_gender_or_a_name_in_it_differs', () => {
    const direct = (text: string) => attributed(text).rows.filter(([kind]) => kind === 'direct').map(([, , speaker]) => speaker);
    expect(direct('Marco Rubio still believes that Trump is unfit.\n\n"I stand by everything I said," the Florida senator told reporters.')).toEqual(['Marco Rubio']);
    expect(direct('Ben Carson says he is under attack.\n\n"There is no question," the presumptive Republican presidential nominee told CBS.')).toEqual(['Ben Carson']);
    expect(direct('Paul Ryan spoke in Madison on Monday.\n\n"We will act," the Wisconsin Republican said.')).toEqual(['Paul Ryan']);
    expect(direct('Hillary Clinton spoke in Iowa on Monday.\n\n"We need change," the New York businessman said.')).toEqual(['the New York businessman']);
    expect(direct('Ed Henry read the tweet on the air.\n\n"It violates the rules," the Sanders aide said.')).toEqual(['the Sanders aide']);
    // The sentence before opens with a pronoun: its person.
    expect(direct('Vladimir Putin held his annual news conference. And he even inserted himself into the primary. "He is a very bright man," the Russian leader said.')).toEqual(['Vladimir Putin']);
    // A subject whose role is of another state is not the one the epithet places: the one whose role is of it.
    expect(direct('Sen. Ron Johnson (R-Wis.) spoke on Monday. Sen. Ted Cruz (R-Texas) agreed. "We will win," the Wisconsin Republican said.')).toEqual(['Ron Johnson']);
    // Of several whose roles are of that place, the one the sentence before names.
    const floridians = 'Gov. Rick Scott of Florida spoke first. Sen. Marco Rubio of Florida came later.\n\nStill, in a sign of caution, Mr. Rubio declined to attack Mr. Trump.';
    expect(direct(`${floridians} "He is wrong," the Florida Republican said.`)).toEqual(['Marco Rubio']);
    // A parent by their children, of the subject's gender.
    expect(direct('Mary Jones said prices had risen.\n\n"Everything costs more now," said the mother of two.')).toEqual(['Mary Jones']);
    expect(direct('Mary Jones said prices had risen.\n\n"Everything costs more now," said the father of three.')).toEqual(['the father of three']);
  });

  it('test_speakers_the_subject_of_a_first_sentence_stands_after_its_dateline_after_a_byline_too', () => {
    expect(speakersOf('MADISON, Wis. (AP) — Paul Ryan spoke at a union hall on Monday.', '"We will act," the Wisconsin Republican said.')).toEqual(['Paul Ryan']);
    expect(speakersOf('WASHINGTON — Hillary Clinton spoke in Iowa on Monday.', '"We need change," the former Democratic senator said.')).toEqual(['Hillary Clinton']);
    // Reported speech and its speaker start after the dateline too, a wire date's as well.
    const reported = (text: string) => analyseArticle({ text }).quotes.map((q) => [q.text, q.speakerMention]);
    expect(reported('JERUSALEM - Benjamin Netanyahu will meet Donald Trump this month, Israeli officials said.')).toEqual([['Benjamin Netanyahu will meet Donald Trump this month', 'Israeli officials']]);
    expect(reported('LONDON 1996-08-22 Manchester United manager Alex Ferguson said he would not sell Eric Cantona.')).toEqual([['he would not sell Eric Cantona', 'Manchester United manager Alex Ferguson']]);
    // A dateline in capitals may end in a colon, and a byline may stand before it.
    expect(reported('By Siddharth Varadarajan, Senior Editor\nKATHMANDU: Maoist rebels in Nepal called off a strike on Friday, a spokesman for the rebels said.')).toEqual([
      ['Maoist rebels in Nepal called off a strike on Friday', 'a spokesman for the rebels'],
    ]);
  });

  it('test_speakers_a_title_of_several_words_is_only_its_holders', () => {
    const text = [
      '"It is a disaster," said Nicola Sturgeon, the first minister.',
      'Foreign Minister Wang Yi met Deputy Prime Minister Li Qiang in Beijing.',
      '"We will not back down," the prime minister said.',
      '"We agree," the foreign minister said.',
    ].join('\n\n');
    const direct = attributed(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker)).toEqual(['Nicola Sturgeon', 'the prime minister', 'Wang Yi']);
  });

  it('test_speakers_the_nominee_is_the_person_the_article_described_so_and_a_candidate_is_no_one_named', () => {
    const text = [
      'Republican nominee Maria Lopez and Zoe Patel, the Democratic nominee, met voters in Ohio on Monday.',
      '"The economy is strong," the Democratic nominee said.',
      '"We will win," the Republican nominee said.',
      '"Nobody knows," a candidate said.',
    ].join('\n\n');
    const direct = attributed(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['Zoe Patel', false],
      ['Maria Lopez', false],
      ['a candidate', true],
    ]);
  });

  it('test_speakers_the_46_year_old_is_the_person_the_article_gave_that_age', () => {
    const text = 'John Smith, 46, and Mary Jones, 52, spoke to reporters in Ohio on Monday.\n\n"We will win," the 46-year-old said.';
    const direct = attributed(text).quotes.find((q) => q.kind === 'direct');
    expect([direct?.speaker, direct?.speakerMention]).toEqual(['John Smith', 'the 46-year-old']);
  });

  it('test_speakers_a_dateline_is_where_the_story_was_filed_not_who_spoke_but_a_headline_above_it_may_speak', () => {
    const filed = "LOS ANGELES -- ''The stories begin. The stories end.'' So says a booming voice at the end of ''Hail, Caesar!'' -- a movie set for release.";
    expect(speakersOf(filed)[0]).toBe('');
    expect(speakersOf("Ted Cruz: 'Physically Assaulting A Reporter Is A Fireable Offense'\nWASHINGTON -- The senator spoke on Monday.")).toEqual(['Ted Cruz']);
  });

  it('test_speakers_the_company_is_the_organization_named_before_it', () => {
    const { quotes } = attributed('Siemens Energy cut its forecast on Tuesday.\n\n"Demand has fallen sharply," the company said.');
    expect(quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Siemens Energy');
    // Not an organization whose name says it is another kind: an administration is no company.
    const regulated = attributed(
      'In Home Health Inc said the Health Care Financing Administration reversed a decision on its costs.\n\n"We are disappointed," the company said.',
    );
    expect(regulated.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('In Home Health Inc');
  });

  it('test_speakers_a_players_position_is_a_role_its_epithet_the_subject_before', () => {
    const speakers = speakersOf('Captain Bruno Fernandes admitted the team had let the fans down. "We have to look at ourselves," the Portugal midfielder said.');
    expect(speakers).toEqual(['Bruno Fernandes', 'Bruno Fernandes']);
  });

  it('test_speakers_a_nationality_for_one_person_is_an_epithet_of_the_subject_before_titled_by_a_name_and_a_role', () => {
    const speakers = speakersOf(
      'Liverpool coach Jurgen Klopp praised his side. "It was a perfect performance," the German said.',
      'The British government said no. "We refuse," the British said.',
    );
    expect(speakers).toEqual(['Jurgen Klopp', 'the British']);
  });

  it('test_speakers_an_epithet_after_a_subject_titled_by_lower_case_nouns_is_that_subject_whatever_the_tagger_says', () => {
    // "manager" is no role word, "boss" is read as a verb, and "ten" in a name too: a title still.
    const speakers = speakersOf(
      'Manchester United manager Erik ten Hag said the club would appeal. "We will fight this decision," the Dutchman said.',
      'Brighton boss Roberto De Zerbi was delighted with the win. "The team played with courage," the Italian told reporters.',
    );
    expect(speakers).toEqual(['Erik ten Hag', 'Erik ten Hag', 'Roberto De Zerbi']);
  });

  it('test_speakers_a_description_with_a_name_in_apposition_is_that_person_when_the_comma_before_the_verb_is_left_out', () => {
    const speakers = speakersOf(
      'Amira Saleh had lived in Paris for years.',
      '"She is a mother of three young boys," another friend, Mariam Emara told CNN.',
      'According to pool reports, Obama said the nation would heal.',
    );
    expect(speakers).toEqual(['Mariam Emara', 'pool reports', 'Obama']);
  });

  it('test_speakers_a_name_in_apposition_may_have_a_former_title_before_it_and_a_party_and_state_after_it', () => {
    const speakers = speakersOf(
      'Another Connecticut former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated his intention to vote for Clinton.',
      '"We lost," said a longtime adviser, former Rep. Tom Davis.',
    );
    expect(speakers).toEqual(['Joe Lieberman', 'Tom Davis']);
  });

  it('test_speakers_titles_joined_by_and_before_one_name_are_that_persons', () => {
    const speakers = speakersOf(
      '"That is what he did in 2008," said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.',
      '"We will win," said Senate Majority Leader and Kentucky Republican Mitch McConnell.',
      '"No comment," said a spokesman and his lawyer, John Doe.',
    );
    expect(speakers).toEqual(['Ed Rendell', 'Mitch McConnell', 'a spokesman']);
  });

  it('test_speakers_an_aside_between_dashes_stands_between_the_speaker_and_the_speech_verb', () => {
    const said = (text: string) => analyseArticle({ text }).quotes.map((q) => [q.speaker, q.cue]);
    expect(said('The minister — who has faced calls to resign — insisted: "I have done nothing wrong."')).toEqual([['The minister', 'insisted']]);
    expect(said('On Friday, Newt Gingrich — mentioned as a leading choice for running mate — told Fox News that "you have to look at it very seriously."')).toContainEqual(['Newt Gingrich', 'told']);
  });

  it('test_speakers_an_age_or_a_count_of_titles_describes_the_subject_before', () => {
    const speakers = speakersOf(
      'Erling Haaland scored twice on Saturday. "It was easy," the 22-year-old said.',
      'Lewis Hamilton finished third. "The car was difficult," the seven-time world champion said.',
      'Tiger Woods withdrew on Friday. "My back is killing me," the 15-time major winner said.',
    );
    expect(speakers).toEqual(['Erling Haaland', 'Lewis Hamilton', 'Tiger Woods']);
  });

  it('test_speakers_a_nationalitys_noun_for_one_person_is_an_epithet_and_names_no_one', () => {
    const speakers = speakersOf(
      'Arsene Wenger said his side deserved the win. "We played very well," the Frenchman said.',
      'Andy Murray lost in the final on Sunday. "It hurts," the Scot said.',
    );
    expect(speakers).toEqual(['Arsene Wenger', 'Arsene Wenger', 'Andy Murray']);
  });

  it('test_speakers_an_epithet_after_a_sentence_that_opens_with_a_quote_is_that_quotes_speaker', () => {
    const speakers = speakersOf(
      '"There is no plan B," Macron said. "Europe must wake up," the French president added.',
      '"The records must be public," said Gowdy. The South Carolina Republican admitted that the server was never central.',
    );
    expect(speakers).toEqual(['Macron', 'Macron', 'Gowdy', 'Gowdy']);
  });

  it('test_speakers_a_partys_member_alone_after_the_is_an_epithet_of_the_subject_before', () => {
    const speakers = speakersOf(
      'Presidential candidate Ben Carson suggests reducing government regulations as a step toward reducing poverty.',
      '"It might surprise you, but one of the things would be to get rid of the excessive regulation," the Republican said this week.',
    );
    expect(speakers).toEqual(['Ben Carson']);
  });

  it('test_speakers_the_company_is_the_organization_that_was_the_subject_before_not_the_last_one_named', () => {
    const { quotes } = attributed("Pinkerton's Inc. said it agreed to acquire the security business of Wells Fargo & Co. for $100 million. The company said the acquisition would add to earnings.");
    expect(quotes.map((q) => q.speaker)).toEqual(["Pinkerton's Inc.", "Pinkerton's Inc."]);
  });

  it('test_speakers_the_party_is_only_an_organization_whose_name_holds_party_and_the_editorial_board_a_papers', () => {
    const quotes = analyseArticle({
      text: 'The Associated Press reported the results on Tuesday.\n\n"Citizens abroad voted by internet," the party said.\n\nThe Republican Party met in Ohio. "We are united," the party said.\n\nThe Wall Street Journal defended Haley. "She is a serious leader," the editorial board wrote.',
    }).quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['the party', true],
      ['Republican Party', false],
      ['Wall Street Journal', false],
    ]);
  });

  it('test_speakers_a_generic_group_stays_as_written_with_no_id', () => {
    const { quotes } = attributed('"The talks will fail," officials said on Friday.');
    const quote = quotes.find((q) => q.kind === 'direct');
    expect([quote?.speaker, quote?.speakerId]).toEqual(['officials', '']);
  });

  it('test_speakers_an_idiom_names_no_speaker', () => {
    const { quotes } = attributed('Ben Carson is a famous surgeon. As they say about the storied doctor, "gifted hands."');
    expect(quotes.filter((q) => q.speaker === 'they')).toEqual([]);
  });

  it('test_speakers_a_description_is_the_person_named_after_it_with_a_title_or_an_affiliation_but_not_the_next_subject', () => {
    const speakers = speakersOf(
      'Members of the fraternity remember him well. "It was his first statement," said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.',
      'One early supporter, Representative Lee Zeldin, Republican of New York, gave it a whirl on CNN: "You can easily argue that he is wrong."',
      'According to White House pool reports, Obama said there is love in Orlando.',
    );
    expect(speakers).toEqual(['Andrew J. Pincus', 'Lee Zeldin', 'White House pool reports', 'Obama']);
  });

  it('test_speakers_a_description_with_the_name_it_is_of_before_a_cue_and_a_colon_is_the_subject_of_the_cue', () => {
    const quotes = analyseArticle({
      text: 'A spokesman for the FBI said: "Inquiries are ongoing."\n\nArchbishop Aris Shirvanian of the Armenian Patriarchate told the AP: "We have suffered the same fate."',
    }).quotes;
    expect(quotes.map((q) => [q.speakerMention, q.speaker, q.cue])).toEqual([
      ['A spokesman for the FBI', 'Federal Bureau of Investigation', 'said'],
      ['Archbishop Aris Shirvanian', 'Aris Shirvanian', 'told'],
    ]);
  });

  it('test_speakers_a_spokesman_for_someone_with_a_name_in_apposition_is_that_person', () => {
    const speakers = speakersOf(
      'He also had a voice in investments, said a former spokesman for Ukraine\'s Foreign Ministry, Oleg Voloshyn, who ran as a candidate.',
      'A spokeswoman for Downing Street, Jane Smith, said the prime minister had full confidence in the chancellor.',
      'A spokesman for the FBI said the case was closed.',
    );
    expect(speakers).toEqual(['Oleg Voloshyn', 'Jane Smith', 'Federal Bureau of Investigation']);
  });

  it('test_speakers_a_name_that_a_quote_follows_is_a_clauses_subject_not_in_apposition_to_the_source_before', () => {
    const { quotes } = attributed('According to the indictment, Smith "knowingly and willfully" lied to investigators.');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'the indictment'],
      ['partial', 'the indictment'],
    ]);
  });

  it('test_speakers_a_description_with_its_complement_and_a_name_in_apposition_is_that_person', () => {
    const speakers = speakersOf(
      '"We need answers," said the father of one of the victims, Tom Wells.',
      '"He will be cleared," said a lawyer for the family, Ben Crump, on Monday.',
      '"We were lucky," said the coach of the home side.',
    );
    expect(speakers).toEqual(['Tom Wells', 'Ben Crump', 'the coach of the home side']);
  });

  it('test_speakers_a_noun_that_names_people_keeps_its_of_or_for_phrase_before_the_speech_verb', () => {
    const said = (text: string) => analyseArticle({ text }).quotes.map((q) => [q.speaker, q.cue]);
    expect(said('"We need answers," a member of the committee said.')).toEqual([['a member of the committee', 'said']]);
    expect(said('"It was chaos," the mother of one of the students told reporters.')).toEqual([['the mother of one of the students', 'told']]);
    expect(said('"We will appeal," a lawyer for the family said.')).toEqual([['a lawyer for the family', 'said']]);
    // A role for something is that role: "the nominee" is the subject before.
    expect(said('Donald Trump spoke in Ohio on Monday. The Republican presidential nominee for the Nov. 8 election later said he was joking.')).toEqual([['Donald Trump', 'said']]);
    // A noun that names no one keeps to itself: the writer of the biography speaks.
    expect(said('Jon Meacham, in a biography of the 41st president, wrote: "The lesson is clear."')).toEqual([['Jon Meacham', 'wrote']]);
  });

  it('test_speakers_a_spokesperson_with_no_name_speaks_for_the_organization_or_the_person', () => {
    const speakers = speakersOf(
      'Intel cut its forecast on Monday. "We remain confident," an Intel spokeswoman said.',
      'A State Department spokesman said the talks would continue. A Clinton campaign spokesman said the campaign would respond on Tuesday.',
      'Donald Trump attacked the press. "The media is unfair," Trump\'s spokeswoman said.',
      "Prime Minister Tony Blair's official spokesman said Monday that Britain would not pull its troops out of Iraq.",
    );
    expect(speakers).toEqual(['Intel', 'State Department', 'Clinton', 'Donald Trump', 'Tony Blair']);
  });

  it('test_speakers_the_company_by_its_kind_or_its_place_is_the_one_named_before', () => {
    const speakers = speakersOf(
      'General Motors Co. will cut 4,000 jobs, the Detroit automaker said on Friday.',
      'EgyptAir flight 804 crashed into the sea. The co-pilot had logged 2,766 flying hours, the airline said.',
    );
    expect(speakers).toEqual(['General Motors Co.', 'EgyptAir']);
  });

  it('test_speakers_a_persons_campaign_office_or_aides_speak_for_that_person_but_not_one_aide', () => {
    const speakers = speakersOf(
      'Rep. Trey Gowdy released the report. "The findings are damning," Gowdy\'s office said.',
      'Hillary Clinton spoke in Ohio. "We won the night," her campaign said. "He was never honest," a former Clinton aide said.',
      'Hillary Clinton spoke in Buffalo. Still, Clinton campaign aides believe her record will help her upstate.',
    );
    expect(speakers).toEqual(['Trey Gowdy', 'Hillary Clinton', 'a former Clinton aide', 'Hillary Clinton']);
  });

  it('test_speakers_an_outlets_noun_the_tagger_read_as_an_adverb_stays_in_the_speaker', () => {
    const { quotes } = attributed('The Asahi daily said the plan failed after the election.');
    expect(quotes.map((q) => [q.speakerMention, q.speaker])).toEqual([['The Asahi daily', 'Asahi']]);
  });

  it('test_speakers_a_speech_verbs_bare_form_after_a_and_a_noun_is_a_noun_not_the_cue', () => {
    const { quotes } = attributed('Chief Executive Tim Cook told analysts on a conference call that China remained "a very important market."');
    expect(quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['indirect', 'China remained "a very important market."', 'Tim Cook', 'told'],
      ['partial', 'a very important market.', 'Tim Cook', 'told'],
    ]);
  });

  it('test_speakers_a_participle_between_an_article_and_a_name_describes_the_speaker_and_is_not_the_cue', () => {
    const { quotes } = attributed('"It is a sad day for America," a visibly shaken Senator Tom Daschle told reporters. The group has both endorsed Mr. Smith and criticized him.');
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Tom Daschle', 'told']]);
  });

  it('test_speakers_a_bare_role_of_something_before_a_name_is_that_person_but_an_image_of_one_is_not', () => {
    const quotes = analyseArticle({
      text: '"We are ready," said chief of staff John Smith.\n\n"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.\n\nDonald Trump tweeted an image of rival Hillary Clinton bearing the words "most corrupt candidate ever!"',
    }).quotes;
    expect(quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker)).toEqual(['John Smith', 'Asab Al-Tabchi', 'Donald Trump']);
  });

  it('test_speakers_it_after_a_text_is_that_text_unless_an_organization_is_named_after_it', () => {
    const quotes = analyseArticle({
      text: 'ESPN fired Curt Schilling on Wednesday. The post showed a man in a wig. It says: "Let him in to the restroom with your daughter."\n\nThe report was released on Monday by Democrats. The FDIC said it would respond. It added: "We take breaches seriously."',
    }).quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['The post', true],
      ['Federal Deposit Insurance Corporation', false],
    ]);
  });

  it('test_speakers_a_text_is_its_authors_where_an_aside_right_after_it_says_who_put_it_out', () => {
    const { quotes } = attributed('The report, released Thursday by the Government Accountability Office, found that the agency had failed to oversee the program.');
    expect(quotes.map((q) => [q.speakerMention, q.speaker])).toEqual([['The report', 'Government Accountability Office']]);
    // The agent's place is where it is, not who put the text out.
    expect(attributed('The report, released by the Asian Development Bank in Manila on Wednesday, said growth would slow.').quotes.map((q) => q.speaker)).toEqual(['Asian Development Bank']);
    // Not an aside that only handles it.
    expect(attributed('The report, cited Thursday by Senator Ron Wyden, found that the agency had failed.').quotes.map((q) => q.speaker)).toEqual(['The report']);
  });

  it('test_speakers_the_statement_is_its_authors_where_the_sentences_before_say_who_put_it_out', () => {
    const quotes = analyseArticle({
      text: [
        'The Security Council issued a statement on Friday. "This is a clear threat to peace," the statement said.',
        'In a statement, Apple said it would appeal. "We strongly disagree," the statement read.',
        'A spokesman for Hillary Clinton called a report about the foundation outrageous. "Donors had access," the report said.',
        'The race is close, a Quinnipiac University poll shows. "Voters are split," the poll found.',
        'The school posted a message on its Facebook page. "We grieve," the school\'s Facebook post said.',
      ].join('\n\n'),
    }).quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ['Security Council', false],
      ['Apple', false],
      ['the report', true],
      ['Quinnipiac University', false],
      ["the school's Facebook post", true],
    ]);
  });

  it('test_speakers_it_after_an_organization_no_name_gives_is_that_organization_as_its_phrase_resolves', () => {
    const quotes = analyseArticle({
      text: 'Japan\'s defence ministry said a North Korean missile landed in the sea. "This is an outrageous act," it said in a statement.\n\nThe Foreign Ministry in Tokyo protested on Monday. The ministry said the missile landed in the sea. "We will respond," it said.',
    }).quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === ''])).toEqual([
      ["Japan's defence ministry", true],
      ['Foreign Ministry', false],
    ]);
  });

  it('test_speakers_the_subject_of_a_passive_ask_or_tell_heard_the_quote_and_the_agent_said_it', () => {
    const quotes = analyseArticle({
      text: 'Blumenthal spoke on CNN on Wednesday. Blumenthal was asked, "Would you have told her it is not a good idea?" He answered, "I have no idea."\n\nThe students were told by Mr. Sexton, "You sell feelings, not products."',
    }).quotes;
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['', ''],
      ['Blumenthal', 'answered'],
      ['Sexton', 'told'],
    ]);
  });

  it('test_speakers_name_outlet_colon_line_gives_the_name', () => {
    const { rows } = attributed('Voters wrote to us about the race.\n\nChristina Lastra, HuffPost: "He is not fit to lead this country."');
    expect(rows.filter(([kind]) => kind === 'direct')).toEqual([['direct', 'He is not fit to lead this country.', 'Christina Lastra']]);
  });

  it('test_speakers_a_colon_after_the_speakers_sentence_gives_its_subject', () => {
    const { rows } = attributed('Jane Smith swiped at the mayor in a series of tweets on Sunday: "He has failed this city."');
    expect(rows.filter(([kind]) => kind === 'direct')).toEqual([['direct', 'He has failed this city.', 'Jane Smith']]);
  });

  it('test_speakers_a_participle_opening_a_sentence_is_a_speech_verb_not_a_speaker', () => {
    const { rows } = attributed('Bill Maher said the report "was not good." Adding, "That is how they work in Washington."');
    expect(rows.filter(([kind]) => kind === 'direct')).toEqual([['direct', 'That is how they work in Washington.', 'Bill Maher']]);
  });

  it('test_speakers_a_pronoun_goes_to_the_person_who_spoke_before', () => {
    const { quotes } = attributed('Angela Merkel met Emmanuel Macron in Berlin.\n\n"We agree on the budget," Merkel said.\n\n"It is a good day for Europe," she added.');
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Angela Merkel', 'Merkel'],
      ['Angela Merkel', 'she'],
    ]);
  });

  it('test_speakers_a_pronoun_goes_to_the_subject_after_an_opening_adjunct', () => {
    const direct = (opening: string) =>
      attributed(`Activist Opal Tometi spoke first. ${opening} Rhimes declared the need for strong will: “Change the world, and then change it again,” she said.`)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.speaker);
    expect(direct('In her speech,')).toEqual(['Rhimes']);
    expect(direct('Asked about the award,')).toEqual(['Rhimes']);
  });

  it('test_speakers_a_man_noun_news_also_writes_of_women_yields_to_a_first_name', () => {
    const text = [
      'Campaign co-chair Dahlys Hamilton announced the new group on Monday.',
      'Trump spokesman Hope Hicks confirmed that the group was created independently from the campaign. "They are not affiliated with the campaign," she said.',
      'Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking. "This is extremely irresponsible," he said.',
    ].join('\n\n');
    expect(attributed(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Hope Hicks', 'Lu Kang']);
  });

  it('test_speakers_a_surname_alone_tells_no_gender_the_census_gives_it_as_a_first_name', () => {
    const text = ['On Monday night, Clinton leaned in, painting Trump as a caricature. She then peppered him with attacks.', '“Why won’t he release his tax returns?” she said.'];
    expect(speakersOf(...text).at(-1)).toBe('Clinton');
  });

  it('test_speakers_she_is_not_a_man_whose_first_name_only_the_census_knows', () => {
    const text = 'Aparna Mathur, who studies tax policy at the American Enterprise Institute, said the statement did not clarify the matter, and Dante Chinni agreed.\n\n"I do not see who is eligible," she said.';
    expect(attributed(text).quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Aparna Mathur');
  });

  it('test_speakers_a_given_name_news_bears_of_both_sexes_tells_no_gender', () => {
    const speakers = speakersOf(
      'Sen. Lindsey Graham called out Donald Trump for alienating Hispanics.',
      '"We are losing the Hispanic vote," Graham said. He continued, "It is about repairing the damage."',
      'Tennis great Billie Jean King remembered Ali as fun to be around. "He always whispered in my ear," she said.',
    );
    expect(speakers).toEqual(['Lindsey Graham', 'Lindsey Graham', 'Billie Jean King']);
  });

  it('test_speakers_they_is_the_people_named_as_the_subject_before_but_never_things', () => {
    const people = attributed('McConnell aides met the press on Monday. But they emphasized that the policy would not change.');
    expect(people.rows).toEqual([['indirect', 'the policy would not change', 'McConnell aides']]);
    expect(people.quotes[0]?.speakerId).toBe('');
    const party = attributed('Senate Democrats blocked the bill because they said the language was a poison pill.');
    expect(party.rows).toEqual([['indirect', 'the language was a poison pill', 'Senate Democrats']]);
    const companies = attributed('Several companies met the regulators on Monday. They said the rules would hurt users.');
    expect(companies.rows).toEqual([['indirect', 'the rules would hurt users', 'Several companies']]);
    const things = attributed('Other changes are needed in the program. They said the rules would stay.');
    expect(things.rows).toEqual([['indirect', 'the rules would stay', 'They']]);
    // A family is a few people together; a member of it is one.
    const family = attributed('The victim\'s family paid tribute to her. They said she was the light of their lives.');
    expect(family.rows).toEqual([['indirect', 'she was the light of their lives', "The victim's family"]]);
    const member = attributed('A member of the family met the press. They said the rules would stay.');
    expect(member.rows).toEqual([['indirect', 'the rules would stay', 'They']]);
    // Two named and joined by "and" are the two.
    const authors = attributed('Professors Foner and Alba suggest this has less to do with Islam.\n\nIn the United States, they write, "to be religious is to be in sync with mainstream norms."');
    expect(authors.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Foner and Alba');
  });

  it('test_speakers_a_subject_with_three_asides_age_town_and_state_is_the_name_before_them', () => {
    const { rows } = attributed('Cory James, 22, of Flint, Mich., said he had not given up hope.');
    expect(rows).toEqual([['indirect', 'he had not given up hope', 'Cory James']]);
  });

  it('test_speakers_a_place_alone_between_commas_is_an_aside_of_the_name_before_it', () => {
    const speakers = speakersOf(
      'Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.',
      "Even China, Pyongyang's only ally, said it was firmly opposed to the test.",
    );
    expect(speakers).toEqual(['Donna Sampson Rawlings', 'China']);
  });

  it('test_speakers_the_object_of_a_participle_after_the_subject_is_not_the_subject', () => {
    const { rows } = attributed('House Republicans supporting the bill have said they have enough votes.');
    expect(rows).toEqual([['indirect', 'they have enough votes', 'House Republicans']]);
  });

  it('test_speakers_a_speech_verbs_noun_twin_after_a_modifier_is_a_noun_not_a_cue', () => {
    const { rows } = attributed(
      [
        'Dan Tripp, South Carolina state director of the group, was unsure why the battle started.',
        'He won in coastal states, such as Maryland and New Jersey.',
        'The document states that workers get six weeks of leave.',
      ].join('\n\n'),
    );
    expect(rows).toEqual([['indirect', 'workers get six weeks of leave', 'The document']]);
  });

  it('test_speakers_examples_of_a_noun_are_never_what_was_said', () => {
    const { rows } = attributed('It gives Republicans a boost in battleground states like Ohio, Michigan and Wisconsin, all of which Mr. Obama won twice.');
    expect(rows).toEqual([]);
  });

  it('test_speakers_a_plural_noun_twin_before_a_relative_clause_is_no_cue', () => {
    const { rows } = attributed(
      'Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered from the loss of jobs. Sanders, meanwhile, hopes that winning the state will give him momentum.',
    );
    expect(rows).toEqual([['indirect', 'winning the state will give him momentum', 'Sanders']]);
  });

  it('test_speakers_a_nickname_in_title_case_is_quoted_but_a_title_of_a_work_is_not', () => {
    const { rows } = attributed('Within minutes, Trump called Rubio "Little Marco" again. He watched "Game of Thrones" on Sunday.');
    expect(rows).toEqual([['partial', 'Little Marco', 'Trump']]);
  });

  it('test_speakers_a_name_a_thing_is_given_is_no_quote_but_a_name_someone_gives_it_is', () => {
    const { rows } = attributed(
      [
        'Carson shared a syllabus for a 2002 psychology class called “Perception” on Sunday.',
        'The work could be termed "influence peddling" by his critics.',
        'It was what critics called “a witch hunt.”',
        'Europe wants the taxes, which Apple’s chief executive, Tim Cook, called “total political crap.”',
      ].join('\n\n'),
    );
    expect(rows).toEqual([
      ['partial', 'a witch hunt.', 'critics'],
      ['partial', 'total political crap.', 'Tim Cook'],
    ]);
  });

  it('test_speakers_a_pronoun_after_sentences_that_open_with_it_stands_for_the_subject_before_them', () => {
    const speakers = speakersOf(
      'Representative Mo Brooks, who has welcomed support from the Tea Party, does not mince words. "We are going to have to act," he said.',
      'Mr. Autor, like most economists, is still persuaded of the benefits that trade confers. But he recognizes that angry voters have valid reasons to be frustrated.',
      '"It is a matter of diffuse benefits and concentrated costs," he said.',
      'With the primary contests over, Sanders has tapered his campaign. He has not held any big rallies of late. He even revealed that he would vote for Hillary Clinton.',
    );
    expect(speakers).toEqual(['Mo Brooks', 'Autor', 'Sanders']);
  });

  it('test_speakers_an_unresolved_description_keeps_every_word_of_the_name_it_holds', () => {
    const { rows } = attributed('“If Hillary does win New Hampshire, it will be by a margin as close as Iowa,” said one New Hampshire Democrat.');
    expect(rows.filter(([kind]) => kind === 'direct').map(([, , speaker]) => speaker)).toEqual(['New Hampshire Democrat']);
  });

  it('test_speakers_an_epithet_after_a_quote_of_several_sentences_is_the_subject_told_before_the_quote', () => {
    const { rows } = attributed(
      'Bush went after Trump at the debate. “Donald is great at the one-liners. But he would be a chaos president,” the former Florida governor said.',
    );
    expect(rows.filter(([kind]) => kind === 'direct').map(([, , speaker]) => speaker)).toEqual(['Bush']);
  });

  it('test_speakers_the_object_of_a_participle_with_its_complements_is_no_subject', () => {
    const { rows } = attributed(
      [
        'Democrats trying to regain control of the Senate in November say they have a powerful new weapon.',
        'Ivana Trump filed papers that noted published reports alleging that she claimed he had lied.',
      ].join('\n\n'),
    );
    const said = new Map(rows.map(([, text, speaker]) => [text, speaker]));
    expect([said.get('they have a powerful new weapon'), said.get('he had lied')]).toEqual(['Democrats', 'Ivana Trump']);
  });

  it('test_speakers_a_second_participle_joined_by_and_goes_back_to_the_subject_of_the_sentence', () => {
    const speakers = speakersOf('Paul Ryan spoke first. Later that day, Trump fired back, saying he would not support the agenda and suggesting that politicians should do what is best for the people.');
    expect(speakers).toEqual(['Trump', 'Trump']);
  });

  it('test_speakers_a_noun_twin_that_ends_a_prepositional_phrase_is_no_cue', () => {
    const speakers = speakersOf(
      'The data will be used to mobilize voters in key early states, the sources said.',
      'Although O’Malley frequently notes that he was the first to put out a plan, he lags in the polls.',
    );
    expect(speakers).toEqual(['the sources', 'O’Malley']);
  });

  it('test_speakers_a_headline_a_speech_verb_introduces_is_a_quote_and_a_title_after_a_comma_is_not', () => {
    const { rows } = attributed(
      [
        'Sarah Palin posted her message under a headline that said, "ISIS Declares Death to Children With Down Syndrome."',
        'Sam Solovey, a contestant on the reality TV show, "The Apprentice," said he was cheated.',
      ].join('\n\n'),
    );
    expect(rows.filter(([kind]) => kind !== 'indirect')).toEqual([['direct', 'ISIS Declares Death to Children With Down Syndrome.', 'Sarah Palin']]);
  });

  it('test_speakers_an_exclamation_in_title_case_is_said_not_a_title', () => {
    const { rows } = attributed('Hillary Clinton won four states on Tuesday night. She declared "What a Super Tuesday!" to a cheering crowd in Miami.');
    expect(rows.filter(([kind]) => kind !== 'indirect')).toEqual([['direct', 'What a Super Tuesday!', 'Hillary Clinton']]);
  });

  it('test_speakers_a_word_linking_the_phrase_to_the_clause_before_is_not_in_the_speaker', () => {
    const speakers = speakersOf(
      'It was a lawsuit in which Democrats argued that Republicans had cheated in the election.',
      'Tunnels are so many that Border Patrol agents said they cannot count them all.',
    );
    expect(speakers).toEqual(['Democrats', 'Border Patrol agents']);
  });

  it('test_speakers_that_before_a_time_is_its_determiner_unless_the_time_is_the_subject', () => {
    const { rows } = attributed('CNN reported that night Petraeus testified the attack was terrorism. Carson noted that Saturday would have been his birthday.');
    expect(rows.map(([, text]) => text)).toContain('Petraeus testified the attack was terrorism');
    expect(rows.map(([, text]) => text)).toContain('Saturday would have been his birthday');
  });

  it('test_speakers_a_text_says_what_its_author_said_only_where_the_subject_put_it_out', () => {
    const { rows } = attributed(
      [
        'Black Lives Matter issued a statement saying it took the action because of unsafe conditions.',
        'A spokesman called a report suggesting donors were granted greater access misleading.',
      ].join('\n\n'),
    );
    expect(rows.filter(([kind]) => kind === 'indirect').map(([, , speaker]) => speaker)).toEqual(['Black Lives Matter', 'a report']);
  });

  it('test_speakers_indirect_speech_ends_with_its_sentence', () => {
    const { rows } = attributed('North Korean leader Kim Jong-un said on Monday that talks would resume. "We are ready," Kim told state media.');
    expect(rows.find(([kind]) => kind === 'indirect')?.[1]).toBe('talks would resume');
  });

  it('test_speakers_a_person_of_an_organization_whose_name_holds_of_is_the_person', () => {
    const speakers = speakersOf(
      'The drug could slow the progression of the disease, says lead author Dr Priya Natarajan of the University of Edinburgh.',
      'A living wage in California is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.',
    );
    expect(speakers).toEqual(['Priya Natarajan', 'Amy Glasmeier']);
  });

  it('test_speakers_a_role_in_apposition_to_a_name_is_that_person_but_not_a_role_after_a_clause', () => {
    const apposed = attributed(
      '"We have to vote for him," said Kristan Hawkins, president of the National Rifle Association. ". . . You\'re going to want to make sure that the next president appoints pro-life justices."',
    ).quotes;
    expect(apposed.map((q) => q.speaker)).toEqual(['Kristan Hawkins', 'Kristan Hawkins']);
    expect(speakersOf('Asked about Hawkins, the senator said the court would rule soon.')).toEqual(['the senator']);
  });

  it('test_speakers_a_description_is_the_person_named_after_it_with_a_spelt_out_role_or_an_honorific', () => {
    const speakers = speakersOf(
      'The trial was the first of its kind. Her colleague, Professor Tom Hale, cautioned that the trial was small.',
      '"He was a giant of the field," said his longtime collaborator, Dr. Susan Lee.',
    );
    expect(speakers).toEqual(['Tom Hale', 'Susan Lee']);
  });

  it('test_speakers_a_group_at_a_named_organization_speaks_for_it', () => {
    const quotes = attributed('"The economy is slowing faster than we expected," analysts at Goldman Sachs wrote in a note to clients.').quotes;
    expect(quotes.map((q) => [q.speakerMention, q.speaker, q.cue])).toEqual([['analysts at Goldman Sachs', 'Goldman Sachs', 'wrote']]);
  });

  it('test_speakers_a_statement_or_a_text_by_a_possessive_is_its_owners', () => {
    const quotes = attributed('Sen. Bernie Sanders was asked about the plan. Sanders\' response was blunt: "That\'s ridiculous." Trump\'s tweet said: "Sad!"').quotes;
    expect(quotes.map((q) => [q.speakerMention, q.speaker])).toEqual([
      ["Sanders' response", 'Bernie Sanders'],
      ["Trump's tweet", 'Trump'],
    ]);
  });

  it('test_speakers_an_inflected_speech_verb_the_tagger_read_as_a_noun_between_a_quote_and_its_speaker_is_the_cue', () => {
    const quotes = attributed('"The numbers will be fine," contends Barry Hyman, an analyst. "They always are," argues Jane Doe.').quotes;
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Barry Hyman', 'contends'],
      ['Jane Doe', 'argues'],
    ]);
  });

  it('test_speakers_a_concession_after_an_attribution_is_the_reporters', () => {
    const { rows } = attributed('The refunding was well received, traders said, although some dealers complained that prices were too high.');
    expect(rows).toEqual([
      ['indirect', 'The refunding was well received', 'traders'],
      ['indirect', 'prices were too high', 'some dealers'],
    ]);
  });

  it('test_speakers_a_subject_before_an_aside_with_no_verb_leaves_no_inverted_attribution', () => {
    expect(attributed('One after another, mining companies, including Patriot, declared bankruptcy.').rows).toEqual([]);
    expect(speakersOf('Sanders is tapping into something very deep, Simon Rosenberg, a Clinton supporter, told the New Yorker.')).toEqual(['Simon Rosenberg']);
  });

  it('test_speakers_the_audience_of_a_verb_of_telling_is_not_its_speaker', () => {
    const quotes = attributed('"Your reputation is amazing," Trump assured Jones, after Jones assured Trump that most listeners supported him. "I will not let you down."').quotes;
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Trump', 'Trump']);
  });

  it('test_speakers_he_or_she_after_a_person_brought_in_by_a_description_goes_on_with_that_speaker', () => {
    const direct = (text: string) => attributed(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.speakerId === '']);
    expect(direct('Police Chief Maria Gomez said the suspect was arrested. His sister told the Gazette he was innocent. "He would never do this," she said.')).toEqual([
      ['His sister', true],
    ]);
    expect(direct('Senator Maria Cantwell opposed the bill. A spokeswoman for the airline said the delays were caused by weather. "We apologise," she said.')).toEqual([
      ['A spokeswoman for the airline', true],
    ]);
    // Where no named person fits, any person a speaker's subject describes.
    expect(direct('The minister said he had read the report and disagreed with it. "It is a good plan," he said.')).toEqual([['The minister', true]]);
    // Not a description of the other gender.
    expect(direct('Senator Maria Cantwell opposed the bill. His brother told the Gazette he was innocent. "He would never do this," she said.')).toEqual([
      ['Maria Cantwell', false],
    ]);
  });

  it('test_speakers_a_quote_a_colon_opens_is_whole_and_no_indirect_speech_holds_it', () => {
    const { rows } = attributed('Judge Michael Mosman saw the words differently: "When he says he will die a free man, I do not take that as a threat," he wrote.');
    expect(rows).toEqual([['direct', 'When he says he will die a free man, I do not take that as a threat', 'Michael Mosman']]);
  });

  it('test_speakers_a_pronoun_weighs_the_people_last_named_not_those_first_named', () => {
    expect(
      speakersOf(
        'The gala honored Jane Fox and many others.',
        'Awards went to Mary Hill, Susan Park, Linda Moss, Karen Webb, Nancy Cole, Laura Price, Emily Stone and Sarah Lane.',
        'Fox spoke last. "Change the world," she said.',
      ),
    ).toEqual(['Jane Fox']);
  });

  it('test_speakers_a_kin_noun_of_a_number_or_of_a_person_is_the_speaker_phrase', () => {
    const direct = (text: string) => attributed(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerMention, q.cue]);
    expect(direct('"I do not know what happened," the 42-year-old mother of three told the Herald.')).toEqual([['the 42-year-old mother of three', 'told']]);
    expect(direct('"He was a good boy," the father of Trayvon Martin said.')).toEqual([['the father of Trayvon Martin', 'said']]);
    expect(speakersOf('"He was a good boy," the father of Trayvon Martin said.')).toEqual(['the father of Trayvon Martin']);
  });
});
