import type { Attribution, Attributor } from './attribution.js';
import { AUDIENCE_VERBS, isPassive } from './cue.js';
import { beforeVerb, CLOSING_MARKS, isBetweenSubjectAndVerb, namesATime, type TokenRun } from './phrases.js';
import { noOne, type Speaker } from './resolve.js';
import { DASHES, type FieldView, POSSESSIVE_S } from './view.js';

/** Reported speech found in a sentence: what was said as `[start, end)`, and who said it. */
export interface ReportedSpeech extends Attribution {
  readonly start: number;
  readonly end: number;
  /** Whether the attribution comes after what was said ("..., Reuters reported") or before it. */
  readonly trailing: boolean;
}

/** Object pronouns that can be the audience: "told them that". */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);
/** Words reported speech does not start with: it would be an adjunct or another clause, not what was said. */
const NOT_CONTENT_START = new Set(['and', 'but', 'or', 'when', 'where', 'while', 'as', 'because', 'until', 'since', 'with', 'for', 'by', 'about', 'of', 'from', 'after', 'before', 'to', 'so', 'yet']);
/** Relative pronouns that open a clause on the noun before them ("a young woman who suggested"). */
const RELATIVE_SUBJECTS = new Set(['who', 'whom', 'whose', 'which']);
/** Words that open a relative clause: after a source, the clause is the source's ("the SITE group, which ..."). */
const RELATIVE_PRONOUNS = new Set([...RELATIVE_SUBJECTS, 'where']);
/** Conjunctions after a comma that end what was said: "..., though she acknowledged ..." ("but": see continuesSubject). */
const CLAUSE_BREAKS = new Set(['though', 'although', 'whereas']);
/** Words that open a clause after "but" that shares the subject of what was said: "..., but not for cases of rape". */
const BUT_CONTINUES = new Set(['that', 'not', 'rather', 'also', 'instead']);

/** Words after an attribution's comma that tell of the saying, not of what was said: "..., he said, as he left", "..., days after". */
const ASIDE_ADJUNCTS = new Set(['as', 'when', 'while', 'although', 'though', 'whereas', 'after', 'before', 'during', 'in', 'on', 'at', 'according', 'days', 'hours', 'weeks', 'months', 'minutes', 'moments', 'shortly', 'just', 'soon']);
/** Words in -ing that are prepositions, not a participle that ends what was said. */
const ING_PREPOSITIONS = new Set(['including', 'regarding', 'concerning', 'excluding', 'following', 'considering', 'during', 'notwithstanding']);
/**
 * Conjunctions that open a sentence with a clause of its own: a speech verb there reports that clause only,
 * and the main clause after its comma is the reporter's ("While Sanders has said he would back the nominee,
 * he has not endorsed her").
 */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'when', 'after', 'as', 'if', 'because', 'since', 'once', 'before', 'until', 'unless']);
/** Particles of a phrasal speech verb: "pointed out", "spelled out". */
const PARTICLES = new Set(['out', 'up']);
/** Reported speech shorter than this is a fragment, not a statement. */
const MIN_WORDS = 3;
/** From this many words on, what follows a cue is a clause even where the tagger found no verb in it (it misses many). */
const CLAUSE_WORDS = 6;
/** Most words between a cue and what was said ("told Reuters in an interview on Monday that"). */
const MAX_GAP = 10;

/**
 * Indirect speech in one sentence (tokens `[first, end)`):
 *   SUBJECT CUE [that] CONTENT        "Rudenko said that countries ... priorities."
 *   CONTENT, SUBJECT CUE | CUE SUBJECT  "... with Moscow, the Chinese foreign ministry said."
 *   according to X, CONTENT | CONTENT, according to X
 *   ..., adding that CONTENT           (who adds is the subject of the main speech verb)
 * What was said must hold a verb; content that is a quotation in marks is left to the direct quotes.
 */
export function reportedSpeech(reader: Attributor, first: number, end: number): ReportedSpeech[] {
  const { view } = reader;
  const found: ReportedSpeech[] = [];
  // Statements a noun names are held in what someone said, never an outer report holding them.
  const statements: ReportedSpeech[] = [];
  for (let t = first; t < end; t++) {
    if (view.insideQuote[t] !== -1) continue;
    const according = reader.accordingTo(t, end);
    if (according !== undefined) {
      // "According to X, ...", also after an opening "But" or bracket.
      const leading = view.words.slice(first, t).every((word) => SENTENCE_OPENERS.has(word)) && view.words[according.last + 1] === ',';
      const content = leading ? span(reader, according.last + 2, clauseEnd(reader, according.last + 2, end)) : accordingContent(reader, first, t, according.last + 1, end);
      const source = reader.withoutTime(according);
      if (content !== undefined && source !== undefined) found.push({ ...content, speaker: reader.speaker(source), cue: 'according to', trailing: !leading });
      // Its source is no speaker of a verb: "According to White House pool reports, Obama said".
      t = according.last;
      continue;
    }
    const statement = possessedStatement(reader, t, first, end);
    if (statement !== undefined) {
      statements.push(statement);
      continue;
    }
    const cue = reader.cueAt(t);
    if (cue?.frame === 'quote') {
      const words = reader.lexicon.cues.judgements.get(cue.lemma);
      const judgement = words === undefined ? undefined : characterisation(reader, t, first, end, words);
      if (judgement !== undefined) found.push(judgement);
      continue;
    }
    if (cue === undefined || reader.isOutletForm(t, end)) continue;
    // "RIA cited Rudenko as saying that ...", "Lee was quoted by the Straits Times as saying ...".
    const quoted = view.word(t - 1) === 'as' ? quotedAs(reader, t - 1, first) : undefined;
    if (quoted !== undefined) {
      const after = afterAdjuncts(reader, t + 1, end);
      const from = view.words[after] === 'that' ? after + 1 : after;
      const content = NOT_CONTENT_START.has(view.word(from)) ? undefined : span(reader, from, clauseEnd(reader, from, end), from > after);
      const via = quoted.outlet === undefined ? {} : { via: reader.speaker(quoted.outlet) };
      if (content !== undefined) found.push({ ...content, speaker: reader.speaker(quoted.speaker), ...via, cue: `${view.word(quoted.verb)} as ${view.word(t)}`, trailing: false });
      continue;
    }
    const participial = reader.isParticipial(t);
    const subject = reader.sayerOf(t, first);
    const word = view.word(t);
    // "Trump was told that ...", "It was widely reported that ...": the subject of a passive speech verb is its
    // audience or an empty "it", never who spoke; that is the agent after "by", or no one.
    const passive = !participial && isPassive(view, t);
    const agent = passive && view.word(t + 1) === 'by' ? reader.phraseAt(t + 2, end) : undefined;
    // Only "that" makes a passive report speech: not "Sanders was declared the winner", "was confirmed by the
    // Eagle Forum, the organization she founded".
    if (passive && view.words[afterAdjuncts(reader, (agent?.last ?? t) + 1, end)] !== 'that') continue;
    const sayer = (run: TokenRun): Speaker => (!passive ? reader.speaker(run) : agent === undefined ? noOne(view, t) : reader.speaker(agent));
    // '"...," Melanie said' and '"...," said Melanie': the verb attributes the quote before it. When the
    // sentence began outside that quote ('The country "has made dramatic changes," McConnell said'), the
    // whole sentence is what was said, partly in the speaker's words.
    const attributionStart = subject === undefined || participial ? t : subject.first;
    if (closesQuote(reader, attributionStart, first)) {
      const speaker = participial ? undefined : (subject ?? reader.phraseAt(t + 1, end));
      const content = speaker !== undefined && view.insideQuote[first] === -1 ? span(reader, first, attributionStart) : undefined;
      if (speaker !== undefined && content !== undefined) found.push({ ...content, speaker: sayer(speaker), cue: word, trailing: true });
      continue;
    }
    const afterCue = passive ? (agent?.last ?? t) + 1 : AUDIENCE_VERBS.has(cue.lemma) ? afterAudience(reader, t + 1, end) : t + 1;
    // CONTENT, CUE SUBJECT.  ("..., said one GOP source in the room.")
    const beforeCue = contentEnd(reader, t);
    // "Dick Dever, who was listed on the Cruz slate, told POLITICO.": what stands before the verb is its subject
    // and his appositives, not what POLITICO said.
    // Nor is it where the verb's subject stands before an aside with no verb: "mining companies, including
    // Patriot, declared bankruptcy" (the aside's closing comma is no attribution's).
    const subjectOpens = subject !== undefined && (subject.first === first || isVerblessAside(view, subject.last + 1, t - 1));
    if (!participial && beforeCue !== undefined && !subjectOpens) {
      const inverted = reader.phraseAt(t + 1, end);
      // "..., a study by a sociologist, Mikhail Dmitriyev, concluded this year": a time after the verb is no speaker.
      const timeOnly = inverted !== undefined && reader.withoutTime(inverted) === undefined;
      if (inverted !== undefined && !timeOnly && restIsAdjuncts(reader, inverted.last + 1, nextComma(reader, inverted.last + 1, end))) {
        // Unless too little stands before to be a statement: "Murphy, though, said he is with Clinton".
        const content = span(reader, first, beforeCue);
        if (content !== undefined) {
          found.push({ ...content, speaker: reader.speaker(inverted), cue: word, trailing: true });
          continue;
        }
      }
    }
    // "…, as David Dayen noted in The Intercept.": "as" and the attribution end the sentence (not "However, as
    // POLITICO has reported, cases …", which the verb's own content after the comma reports).
    const asAttribution = subject !== undefined && view.words[subject.first - 1] === 'as' && view.words[subject.first - 2] === ',';
    const beforeSubject = subject === undefined ? undefined : asAttribution ? subject.first - 2 : contentEnd(reader, subject.first);
    const restStart = nextComma(reader, afterCue, end) + 1;
    const endsSentence = !asAttribution || restIsAdjuncts(reader, afterCue, end);
    if (!participial && subject !== undefined && beforeSubject !== undefined && endsSentence && !labelsQuote(reader, first) && restIsAdjuncts(reader, afterCue, restStart - 1)) {
      // CONTENT, SUBJECT CUE [audience] [adjuncts][, REST].  An attribution inside the sentence is an aside:
      // what was said goes on after it ("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt";
      // "The museum, Mr. Obama said, would make ..."), unless the rest tells of the saying ("..., he said, as he left").
      const restEnd = restStart < end && !tellsOfSaying(reader, restStart) ? clauseEnd(reader, restStart, end) : restStart;
      const hasRest = view.words.slice(restStart, restEnd).some((_, i) => view.isWord(restStart + i));
      // "During his years in office, Mr. Obama said, a majority ...": what stands before is an adjunct of the rest.
      // But "Playing her, Butz said, feels right": a gerund that the rest's verb follows is its subject.
      const adjunct = isAdjunctPhrase(reader, first, beforeSubject) && !(hasRest && ['VERB', 'AUX'].includes(view.pos(restStart)));
      // 'Asked about it, Smith said, "It will work."': after an adjunct, a quote is what was said, and a direct quote.
      // "It also does not answer whether Scott had a gun, as police have said": "as" says of the clause a
      // complementizer opens that it was said.
      const from = asAttribution ? (lastComplementizer(view, first, beforeSubject) ?? first - 1) + 1 : first;
      const content = adjunct ? (hasRest && view.insideQuote[restStart] === -1 ? span(reader, restStart, restEnd) : undefined) : span(reader, from, hasRest ? restEnd : beforeSubject);
      if (content !== undefined) {
        found.push({ ...content, speaker: sayer(subject), cue: word, trailing: true });
        continue;
      }
    }
    // "Do you think ...?", "If you don't believe ...": "you" asks or supposes; it reports no one's words.
    if (subject === undefined || (subject.first === subject.last && view.word(subject.first) === 'you')) continue;
    // "As Mr. Goldberg has pointed out, Mr. Trump is free to ...": a speech verb of a clause that "as" opens, ended
    // by a comma, reports the main clause after it.
    const asClauseEnd = view.word(first) === 'as' && subject.first === first + 1 ? afterCue + (PARTICLES.has(view.word(afterCue)) ? 1 : 0) : -1;
    if (view.words[asClauseEnd] === ',') {
      const content = span(reader, asClauseEnd + 1, clauseEnd(reader, asClauseEnd + 1, end));
      if (content !== undefined) found.push({ ...content, speaker: sayer(subject), cue: word, trailing: false });
      continue;
    }
    // SUBJECT CUE [audience] [adjuncts] [that] CONTENT
    let from = afterAdjuncts(reader, afterCue, end);
    const hasThat = view.words[from] === 'that';
    // "told the mayors who gathered in Indianapolis": "who" after the audience or an adjunct opens a relative
    // clause on them, not what was said (which "did not say who made the apology" is).
    if (from > t + 1 && RELATIVE_SUBJECTS.has(view.word(from))) continue;
    // "brags that's good news", "I think that is his intent": "that" before an auxiliary is the subject of what
    // was said, not the word that introduces it; it stays in it (but "said that reducing the deficit is" drops it).
    const thatSubject = view.pos(from + 1) === 'AUX' && view.isWord(from + 1) && view.insideQuote[from + 1] === -1 && !view.word(from + 1).endsWith('ing');
    if (hasThat && !POSSESSIVE_S.has(view.word(from + 1)) && !thatSubject) from++;
    if (cue.frame === 'that' && !hasThat) continue;
    // "promised to continue" reports an intention, not speech; "said when ..." is not what was said (but
    // "said that when ..." is).
    // "warned the FBI to boost ...", "told his advisers to find ...": what the audience was told to do was said.
    const toldTo = view.word(from) === 'to' && afterCue > t + 1 && view.pos(from + 1) === 'VERB';
    if (!hasThat && NOT_CONTENT_START.has(view.word(from)) && !isApproximation(reader, from) && !toldTo) continue;
    // "..., he said, referring to ...": the speaker's next act, not what was said (but "said going there was a
    // mistake" is).
    // Nor is "..., saying ...": a speech verb there makes its own row.
    if (!hasThat && view.words[from - 1] === ',' && (startsParticiple(reader, from) || reader.accordingTo(from, end) !== undefined || reader.cueAt(from) !== undefined)) continue;
    // "said during a discussion hosted by the Paley Center": a passive participle after the adjuncts is a
    // reduced relative of the phrase before it, not a statement ("the policies that Trump argues allowed ..."
    // is one, the verb's subject moved out).
    if (!hasThat && isPassiveParticiple(view, from)) continue;
    // "telling Mic in an interview published on Monday, “…,” he said": the cue introduces a direct quote.
    if (!hasThat && view.words[from - 1] === ',' && view.insideQuote[from] !== -1) continue;
    const asideMark = relativeAsideMark(view, t);
    const until = SUBORDINATORS.has(view.word(first)) && subject.first > first ? nextComma(reader, from, end) : asideMark !== undefined ? markBeforeVerb(reader, asideMark, from, end) : end;
    const content = span(reader, from, clauseEnd(reader, from, until), hasThat, cue.frame === 'finite');
    if (content !== undefined) found.push({ ...content, speaker: sayer(authorOf(reader, subject, t, first) ?? subject), cue: word, trailing: false });
  }
  return [...passedOn(found), ...statements];
}

/** Most words of a label before a colon: "ARRAF:", "Q:", "Sen. John Smith:". */
const MAX_LABEL_WORDS = 4;

/**
 * True where the sentence at `first` opens with a label and a colon before a quote ('ARRAF: "The situation is
 * tense," one officer told me'): what was said is the quote, which the direct quotes hold.
 */
function labelsQuote(reader: Attributor, first: number): boolean {
  const { view } = reader;
  for (let colon = first + 1; colon <= first + MAX_LABEL_WORDS && colon < view.count; colon++) {
    if (view.word(colon) === ':') return view.insideQuote[colon + 1] !== -1 || view.insideQuote[colon + 2] !== -1;
    if (!/^\p{Lu}/u.test(view.text.charAt(view.start(colon))) && view.isWord(colon)) return false;
  }
  return false;
}

/**
 * Who is quoted where an outlet's verb and "as" (at token `as`) stand before a speech verb: the verb's object
 * ("Kyodo quoted Abe as saying"), or its subject in the passive ("Abe was quoted by Kyodo on Monday as saying"),
 * with the outlet that passed the words on, where the sentence names it.
 */
function quotedAs(reader: Attributor, as: number, first: number): { speaker: TokenRun; outlet?: TokenRun; verb: number } | undefined {
  const { view } = reader;
  for (let verb = as - 1; verb >= first && as - verb <= MAX_GAP; verb--) {
    if (!reader.lexicon.cues.outletVerbs.has(view.word(verb))) continue;
    const passive = isPassive(view, verb);
    const agent = passive && view.word(verb + 1) === 'by' ? reader.phraseAt(verb + 2, as) : undefined;
    const speaker = passive ? reader.subject(verb, first) : reader.phraseAt(verb + 1, as);
    const outlet = passive ? agent : reader.subject(verb, first);
    // What stands between the one quoted (or the agent) and "as" is adjuncts only: "quoted Abe on Monday as".
    const named = passive ? (agent?.last ?? verb) + 1 : (speaker?.last ?? as) + 1;
    if (speaker === undefined || afterAdjuncts(reader, named, as + 1) !== as) return undefined;
    return outlet === undefined ? { speaker, verb } : { speaker, outlet, verb };
  }
  return undefined;
}

/** Words after which a phrase is the subject of a clause: "whether the President's insistence that ... was". */
const SUBJECT_OPENERS = new Set([...SUBORDINATORS, 'that', 'whether', 'and', 'but']);

/**
 * "Trump's claim that thousands were shot", "Tulsa police's earlier claim that ...": a noun that names a
 * statement, after a possessive and before "that", reports what its possessor said, up to a comma. Not where
 * the phrase is a clause's subject ("Sanders's claim that he can win would depend on ..."): where its "that"
 * clause ends and the main verb starts, the words do not tell.
 */
function possessedStatement(reader: Attributor, t: number, first: number, end: number): ReportedSpeech | undefined {
  const { view } = reader;
  if (!reader.lexicon.cues.nouns.has(view.word(t)) || view.words[t + 1] !== 'that' || view.insideQuote[t] !== -1) return undefined;
  // "the campaign's earlier claim", "his repeated claims".
  const mark = ['ADJ', 'ADV'].includes(view.pos(t - 1)) ? t - 2 : t - 1;
  if (!POSSESSIVE_S.has(view.word(mark))) return undefined;
  const possessor = possessorBefore(view, mark - 1, first);
  if (possessor === undefined || possessor.first === first || SUBJECT_OPENERS.has(view.word(possessor.first - 1))) return undefined;
  const content = span(reader, t + 2, Math.min(clauseEnd(reader, t + 2, end), nextComma(reader, t + 2, end)), true);
  return content === undefined ? undefined : { ...content, speaker: reader.speaker(possessor), cue: view.word(t), trailing: false };
}

/**
 * The noun phrase that ends at token `last` before a possessive: nouns and adjectives back to a determiner
 * ("the campaign"), and a name with the nouns after it ("Tulsa police"), not the lower-case word before the
 * name, which the tagger may have taken for a noun ("contradicts Tulsa police").
 */
function possessorBefore(view: FieldView, last: number, min: number): TokenRun | undefined {
  let first = last + 1;
  let named = false;
  while (first - 1 >= min && ['NOUN', 'PROPN', 'ADJ'].includes(view.pos(first - 1)) && view.insideQuote[first - 1] === -1) {
    const written = view.text[view.start(first - 1)] as string;
    const capitalised = written !== written.toLowerCase();
    if (named && !capitalised) break;
    named ||= capitalised;
    first--;
  }
  if (first <= last && first - 1 >= min && view.pos(first - 1) === 'DET') first--;
  return first <= last ? { first, last } : undefined;
}

/**
 * "Black Lives Matter issued a statement saying ...": a text that says (`work` before the cue at `cue`) says what
 * its author said, and its author is the subject of the verb that put it out (`publishing-verbs.txt`; not
 * "called a report suggesting ... outrageous").
 */
function authorOf(reader: Attributor, work: TokenRun, cue: number, first: number): TokenRun | undefined {
  const { view } = reader;
  if (!view.word(cue).endsWith('ing') || reader.lexicon.cues.heads.get(view.word(work.last)) !== 'work') return undefined;
  // "sent out a press release", "put out a statement".
  let verb = work.first - 1;
  while (verb > first && ['ADP', 'PART'].includes(view.pos(verb))) verb--;
  return view.pos(verb) === 'VERB' && reader.lexicon.cues.publishing.has(view.word(verb)) ? reader.subject(verb, first) : undefined;
}

/**
 * "Kyodo said X, Reuters reported": the outer report holds a whole inner one. The inner speaker said it; the
 * outer one is the outlet it came through.
 */
function passedOn(found: readonly ReportedSpeech[]): ReportedSpeech[] {
  const outer = new Set<ReportedSpeech>();
  const result = found.map((inner) => {
    const holder = found.find((other) => other !== inner && other.trailing && other.start <= inner.start && other.end >= inner.end && other.start < inner.start);
    if (holder === undefined) return inner;
    outer.add(holder);
    // "Mook acknowledged X ..., he said": one speaker who says it twice passes nothing on.
    const same = holder.speaker.id === '' ? holder.speaker.name === inner.speaker.name : holder.speaker.id === inner.speaker.id;
    return inner.via === undefined && !same ? { ...inner, via: holder.speaker } : inner;
  });
  return result.filter((_, i) => !outer.has(found[i] as ReportedSpeech));
}

/**
 * What was said before "according to X" at token t, whose source ends before `after`: up to a comma, a dash
 * or a closing mark ("... robbery — according to the FBI", "... ''the high-water mark,'' according to Mr.
 * Rhodes"); the whole sentence when the source is an aside that the statement goes on after ("His criticism,
 * according to an interview, was the president's choice").
 */
function accordingContent(reader: Attributor, first: number, t: number, after: number, end: number): { start: number; end: number } | undefined {
  const { view } = reader;
  const before = view.words[t - 1] ?? '';
  if (t === first || view.insideQuote[first] !== -1) return undefined;
  if (before === ',' && view.words[after] === ',') {
    // The statement's verb comes after the aside, past the source's own apposition ("Ross, a former envoy, was").
    // A relative clause after the source is the source's: "according to the SITE group, which monitors ...".
    const verb = ['VERB', 'AUX'].includes(view.pos(after + 1)) ? after + 1 : nextComma(reader, after + 1, end) + 1;
    if (['VERB', 'AUX'].includes(view.pos(verb)) && !RELATIVE_PRONOUNS.has(view.word(after + 1))) return span(reader, first, clauseEnd(reader, verb, end));
    // "Since last November, according to Human Rights Watch, security forces have killed ...": after an opener
    // with no verb, the statement is the clause after the aside.
    const rest = clauseEnd(reader, after + 1, end);
    if (!hasVerb(view, first, t) && hasVerb(view, after + 1, rest) && !RELATIVE_PRONOUNS.has(view.word(after + 1))) return span(reader, first, rest);
  }
  if ([',', '―', '—', '–', '--'].includes(before)) return span(reader, first, t - 1);
  return view.insideQuote[t - 1] !== -1 ? span(reader, first, t) : undefined;
}

/**
 * "Bush described his leadership skills as a “work in progress”", "Sanders has criticized Clinton for accepting
 * fees": a verb that only quotes reports a judgement where "as" or "for" (`words`) follows its object; what was
 * said is the object and what it was called or blamed for. Not in the passive, nor "what he described as" (the
 * object moved before it), nor "cited the president as saying" (an outlet's form).
 */
function characterisation(reader: Attributor, t: number, first: number, end: number, words: ReadonlySet<string>): ReportedSpeech | undefined {
  const { view } = reader;
  if (isPassive(view, t)) return undefined;
  let as = t + 1;
  while (as < end && as - t <= MAX_GAP && !words.has(view.word(as)) && view.words[as] !== ',' && !['VERB', 'AUX'].includes(view.pos(as))) as++;
  // Not "deals such as NAFTA", "the tax as well as the fee".
  const judged = words.has(view.word(as)) && as > t + 1 && view.words[as - 1] !== 'such' && view.words[as + 1] !== 'well';
  if (!judged || reader.cueAt(as + 1) !== undefined) return undefined;
  const subject = reader.sayerOf(t, first);
  const content = subject === undefined ? undefined : span(reader, t + 1, clauseEnd(reader, as + 1, end), true);
  return content === undefined || subject === undefined ? undefined : { ...content, speaker: reader.speaker(subject), cue: view.word(t), trailing: false };
}

/** Words that may open a sentence before "according to" leads it: "But according to reports, ...". */
const SENTENCE_OPENERS = new Set(['(', 'but', 'and', 'yet', 'so', 'now', ',']);

/** True when a verb stands among tokens `[from, to)` outside quote marks. */
function hasVerb(view: FieldView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (['VERB', 'AUX'].includes(view.pos(t)) && view.insideQuote[t] === -1) return true;
  return false;
}

/** "about 20 people have ...": an approximate number that is the subject of what was said (not "about 20 times that"). */
function isApproximation(reader: Attributor, t: number): boolean {
  const { view } = reader;
  if (!['about', 'over', 'around'].includes(view.word(t)) || (view.pos(t + 1) !== 'NUM' && view.word(t + 1) !== 'half')) return false;
  // "about 40 percent of voters think", "about half of the adjustment in its projections reflected".
  let verb = t + 2;
  while (verb - t <= MAX_GAP && ['NOUN', 'ADJ', 'NUM', 'DET', 'ADP', 'PRON', 'PROPN'].includes(view.pos(verb))) verb++;
  return ['VERB', 'AUX'].includes(view.pos(verb));
}

/**
 * True when the words after an aside's comma tell of the saying ("as he left", "a day after", "noting that"),
 * not what was said.
 */
function tellsOfSaying(reader: Attributor, t: number): boolean {
  const word = reader.view.word(t);
  return ASIDE_ADJUNCTS.has(word) || (word === 'a' && reader.lexicon.timeWords.has(reader.view.word(t + 1))) || startsParticiple(reader, t);
}

/**
 * ", adding ...", ", citing ...", ", later adding": the speaker's next act; but "including", "regarding" are
 * prepositions, and "replacing Clinton would be ..." is a gerund, the subject of what was said.
 */
function startsParticiple(reader: Attributor, t: number): boolean {
  const { view } = reader;
  const verb = view.pos(t) === 'ADV' ? t + 1 : t;
  if (!view.isIngVerb(verb) || ING_PREPOSITIONS.has(view.word(verb))) return false;
  const object = reader.phraseAt(verb + 1, view.count);
  let next = object === undefined ? verb + 1 : object.last + 1;
  while (next < view.count && isBetweenSubjectAndVerb(view, next)) next++;
  return object === undefined || !['VERB', 'AUX'].includes(view.pos(next));
}

/** True at a participle and its agent: "hosted by", "set up by", "combed through by". */
function isPassiveParticiple(view: FieldView, t: number): boolean {
  if (view.pos(t) !== 'VERB' || view.word(t).endsWith('ing')) return false;
  const next = view.pos(t + 1) === 'ADP' || view.pos(t + 1) === 'ADV' ? t + 2 : t + 1;
  return view.word(t + 1) === 'by' || view.word(next) === 'by';
}

/**
 * True for tokens `[from, to)` that make a prepositional or participial phrase with no finite verb: "During his
 * years in office", "Before dropping out", "Weighing in on the discussion"; or a clause of a past participle,
 * whatever it holds: "Asked whether he would run again", "When asked about the plan".
 */
function isAdjunctPhrase(reader: Attributor, from: number, to: number): boolean {
  const { view } = reader;
  let first = from;
  while (first < to && !view.isWord(first)) first++;
  const participle = view.word(first) === 'when' ? first + 1 : first;
  if (participle < to && view.pos(participle) === 'VERB' && /(?:ed|en)$/u.test(view.word(participle))) return true;
  if (view.pos(first) !== 'ADP' && !view.isIngVerb(first)) return false;
  for (let t = first; t < to; t++) if ((view.pos(t) === 'VERB' || view.pos(t) === 'AUX') && !view.isIngVerb(t)) return false;
  return true;
}

/** The first token after the audience of "told reporters", "told them", "told The Huffington Post". */
function afterAudience(reader: Attributor, from: number, end: number): number {
  if (OBJECT_PRONOUNS.has(reader.view.word(from))) return from + 1;
  return (reader.phraseAt(from, end)?.last ?? from - 1) + 1;
}

/** Words after a number in digits that make it a quantity: "31,000 of them", "20 to 30 people", "5%". */
const QUANTITY_AFTER_NUMBER = new Set(['of', 'to', '%', 'percent', 'or']);

function isAdjunct(reader: Attributor, t: number): boolean {
  const word = reader.view.word(t);
  const mention = reader.view.mentionAt(t);
  // A number is a date's or a time's ("said Nov. 29", "said two days earlier"), unless a verb or another noun
  // follows it ("said 2010 was a good year", "said 28 people were killed"); a name is no adjunct ("said Democrats
  // are to blame").
  // "said 31,000 of them could be lost", "said 20 to 30 people": a number of something, not a date.
  const counted = (reader.view.pos(t + 1) === 'NOUN' && !namesATime(reader.view, t + 1, reader.lexicon.cues) && !/^(?:1[89]|20)\d\d$/u.test(word)) || (/^\p{N}/u.test(word) && QUANTITY_AFTER_NUMBER.has(reader.view.word(t + 1)));
  const number = reader.view.pos(t) === 'NUM' && !['VERB', 'AUX'].includes(reader.view.pos(t + 1)) && !counted;
  // "said Monday's attack killed four", "said last week's vote": a time its possessive follows opens what was said.
  const { adjuncts } = reader.lexicon.cues;
  const possessed = POSSESSIVE_S.has(reader.view.word(t + 1)) || (adjuncts.has(reader.view.word(t + 1)) && POSSESSIVE_S.has(reader.view.word(t + 2)));
  return (adjuncts.has(word) && !possessed) || (number && mention === undefined) || word === ',';
}

/**
 * A verb that "that" before it makes a relative clause of ("a group that calls itself"): not a form in -ing, nor
 * "given" ("said in an interview that given …" opens what was said with a preposition).
 */
function isRelativeClauseVerb(view: FieldView, t: number): boolean {
  return view.pos(t) === 'VERB' && !view.isIngVerb(t) && view.word(t) !== 'given';
}

/** Prepositions of time that also open a clause: "after she took the stage". */
const CONJUNCTIONS_TOO = new Set(['after', 'before', 'since']);
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'over', 'late', 'earlier', 'with', 'throughout', 'since', 'aboard', 'outside', 'inside', 'near', 'from']);

/**
 * The first token after the adjuncts that follow a cue: time words ("Thursday"), and prepositional phrases
 * ("in a statement", "in his election campaign in September"); at most MAX_GAP tokens.
 */
function afterAdjuncts(reader: Attributor, from: number, end: number): number {
  const { view } = reader;
  let t = from;
  // "reported that night that ...": "that" before a common noun of time is its determiner, an adjunct; but
  // "said that Saturday would have been ..." and "that Thursday's debate": there the time is the subject.
  const thatTime = (u: number) =>
    view.words[u] === 'that' && startsLowerCase(view, u + 1, u + 1) && namesATime(view, u + 1, reader.lexicon.cues) && !['VERB', 'AUX', 'PART'].includes(view.pos(u + 2));
  while (t < end && t - from < MAX_GAP && (view.words[t] !== 'that' || thatTime(t))) {
    if (thatTime(t)) {
      t += 2;
      continue;
    }
    // "said — on Twitter, as it happens — that", "said on CNN, where he is a paid contributor, that": an aside
    // in dashes or commas before "that".
    const comma = view.word(t) === ',';
    if (DASHES.has(view.word(t)) || comma) {
      const closing = comma ? (word: string) => word === ',' : (word: string) => DASHES.has(word);
      let close = t + 1;
      // The aside holds no "that": the first one after the verb would be what opens what was said.
      while (close < end && close - from < MAX_GAP && !closing(view.word(close)) && view.words[close] !== 'that') close++;
      const closesBeforeThat = view.words[close + 1] === 'that' && closing(view.word(close));
      if (closesBeforeThat) {
        t = close + 1;
        continue;
      }
      // A comma that closes no aside is read as before: as an adjunct of its own.
      if (!comma) break;
    }
    const forTime = view.word(t) === 'for';
    if (ADJUNCT_PREPOSITIONS.has(view.word(t)) || forTime || view.word(t) === 'to') {
      const object = reader.phraseAt(t + 1, end);
      // "after she took the stage" is a clause, not a phrase of time.
      if (object !== undefined && CONJUNCTIONS_TOO.has(view.word(t)) && ['VERB', 'AUX'].includes(view.pos(object.last + 1))) break;
      // "said for months that", but not "argued for a new name", "called for a ban".
      if (object !== undefined && forTime && reader.withoutTime(object) !== undefined) break;
      // "said on Friday to Vermont Edition that": an audience after "to" only where "that" follows it.
      if (object !== undefined && view.word(t) === 'to' && view.words[object.last + 1] !== 'that') break;
      // "posted from the account of a group that calls itself …": a "that" a verb follows is the object's relative
      // pronoun.
      if (object !== undefined && view.words[object.last + 1] === 'that' && isRelativeClauseVerb(view, object.last + 2)) break;
      if (object !== undefined) {
        t = object.last + 1;
        continue;
      }
    }
    // "said in an interview published on Thursday that": the participle that put the text out, before its own adjuncts
    // (after the noun of the text, which the audience may have taken in: "told Mic in an interview published …").
    const published = ['NOUN', 'PROPN'].includes(view.pos(t - 1)) && view.pos(t) === 'VERB' && reader.lexicon.cues.publishing.has(view.word(t));
    if (published && (ADJUNCT_PREPOSITIONS.has(view.word(t + 1)) || isAdjunct(reader, t + 1) || view.words[t + 1] === 'that')) {
      t++;
      continue;
    }
    if (!isAdjunct(reader, t) || DETERMINERS.has(view.word(t))) {
      // "said at a rally ahead of the Illinois primary that": words that go on the adjunct before "that", with no
      // verb among them, are part of it.
      const adjunctRead = view.words.slice(from, t).some((word) => word !== ',');
      return adjunctRead ? (thatAfterModifiers(view, t, Math.min(end, from + MAX_GAP)) ?? t) : t;
    }
    t++;
  }
  return t;
}

/**
 * The "that" after token t, before `limit`, when no verb, "to", conjunction, punctuation or quote stands between
 * and no verb after it makes it a relative pronoun ("ahead of the primary that decides"); else undefined.
 */
function thatAfterModifiers(view: FieldView, t: number, limit: number): number | undefined {
  for (let u = t; u < limit; u++) {
    if (view.words[u] === 'that') return u > t && !['VERB', 'AUX'].includes(view.pos(u + 1)) ? u : undefined;
    if (['VERB', 'AUX', 'PART', 'PUNCT', 'CCONJ'].includes(view.pos(u)) || view.insideQuote[u] !== -1) return undefined;
  }
  return undefined;
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** What ends a quote before its attribution: a comma or a dash. */
const QUOTE_CLOSERS = new Set([',', '―', '—', '–']);

/**
 * True when token t follows a closing quote and a comma: the speech verb there attributes that quote. The
 * comma may stand inside the marks of a quote that opens the sentence (`first`): '“… nine months,” he told
 * supporters'; a quoted title or phrase inside the sentence is not attributed so ('Speaking on ABC’s “This
 * Week,” Carson admitted that ...').
 */
function closesQuote(reader: Attributor, t: number, first: number): boolean {
  const { view } = reader;
  let b = t - 1;
  while (b >= 0 && QUOTE_CLOSERS.has(view.word(b))) b--;
  const commaInside = b === t - 1 && QUOTE_CLOSERS.has(view.word(b - 1)) && view.insideQuote[first] !== -1;
  return b >= 0 && (b < t - 1 || commaInside) && view.insideQuote[b] !== -1;
}

/**
 * Where what was said ends when an attribution starts at token t after a comma: before the comma, or after
 * the closing mark of a quote that ends in one ('The country "has made changes for the better," McConnell
 * said'); undefined when no comma stands there, or where a colon or a participle of speech introduces that quote
 * ('Rhimes declared the need for drive: "Change the world," she said': the quote is whole, and what stands
 * before the colon the reporter's).
 */
function contentEnd(reader: Attributor, t: number): number | undefined {
  const { view } = reader;
  if (view.words[t - 1] === ',') return t - 1;
  const quote = view.quotes[view.insideQuote[t - 1] ?? -1];
  // Nor where a participle of speech introduces it ("Biden weighed in, telling Mic, “…,” he said").
  const introduced = quote !== undefined && (view.words[view.firstTokenAt(quote.open) - 1] === ':' || reader.participleBefore(quote) !== undefined);
  return quote !== undefined && !introduced && view.insideQuote[t] === -1 && view.words[t - 2] === ',' ? t : undefined;
}

/**
 * The mark that opens the relative clause whose first verb is at t, set off by a comma or a dash ("Residents,
 * who said …", "Trump - who previously said …"), or undefined.
 */
function relativeAsideMark(view: FieldView, t: number): string | undefined {
  const u = beforeVerb(view, t, 0);
  const mark = view.word(u - 1);
  return ['who', 'which'].includes(view.words[u] as string) && (mark === ',' || DASHES.has(mark)) ? mark : undefined;
}

/**
 * The mark before the verb of the main clause that a relative aside interrupts ("Residents, who said the water
 * was brown, sued the city"; "Trump - who said he would bomb the fields - said at a rally"), or `end`. What was
 * said has its own verb first: in "who said Mr. Jäger, under fire, would do better" the comma closes an aside of
 * what was said.
 */
function markBeforeVerb(reader: Attributor, mark: string, from: number, end: number): number {
  const { view } = reader;
  for (let t = from; t < end; t++) {
    if (view.words[t] !== mark || view.insideQuote[t] !== -1 || !hasVerb(view, from, t)) continue;
    let verb = t + 1;
    while (verb < end && view.pos(verb) === 'ADV') verb++;
    if (view.isFiniteVerb(verb) && view.mentionAt(verb) === undefined) return t;
  }
  return end;
}

/**
 * Words that open a clause another's verb takes: "does not answer whether …", "struggles to show how …". Not
 * "that", which the tagger does not tell from the determiner ("Bridging that gap means …"), nor "if", most often
 * a condition.
 */
const COMPLEMENTIZERS = new Set(['whether', 'how']);

/** The last complementizer outside quotes in tokens `[from, to)`, with words after it; else undefined. */
function lastComplementizer(view: FieldView, from: number, to: number): number | undefined {
  for (let t = to - 2; t >= from; t--) if (COMPLEMENTIZERS.has(view.words[t] as string) && view.insideQuote[t] === -1) return t;
  return undefined;
}

/** The next comma outside quotes from `from`, or `end`. */
function nextComma(reader: Attributor, from: number, end: number): number {
  for (let t = from; t < end; t++) if (reader.view.words[t] === ',' && reader.view.insideQuote[t] === -1) return t;
  return end;
}

/**
 * True when only adjuncts and punctuation follow: "the ministry said on Thursday.", "the agency said in a June
 * report.", and after a verb whose content stands before it, whom it was said of: "…, he said of the bill."
 */
function restIsAdjuncts(reader: Attributor, from: number, end: number): boolean {
  for (let t = from; t < end; t++) {
    // 'Smith said: "Never."': a quote after the verb is what it introduces.
    if (reader.view.insideQuote[t] !== -1) return false;
    if (ADJUNCT_PREPOSITIONS.has(reader.view.word(t)) || reader.view.word(t) === 'of') {
      const object = reader.phraseAt(t + 1, end);
      if (object !== undefined) {
        t = object.last;
        continue;
      }
    }
    if (reader.view.isWord(t) && !isAdjunct(reader, t) && !isBetweenSubjectAndVerb(reader.view, t)) return false;
  }
  return true;
}

/**
 * Where reported speech after a cue stops: at a semicolon or a dash aside, before a second speech verb ("and
 * says"), and before a trailing ", X reported", ", according to", ", adding", ", which ..." or participle.
 */
function clauseEnd(reader: Attributor, from: number, end: number): number {
  const { view } = reader;
  let verbSeen = false;
  for (let t = from; t < end; t++) {
    // A verb in marks makes a clause too ('"we close one chapter," and he vowed').
    const verb = verbSeen;
    verbSeen ||= ['VERB', 'AUX'].includes(view.pos(t));
    if (view.insideQuote[t] !== -1) continue;
    const word = view.word(t);
    // "said that the obliteration — a word used by several observers — was changing …": an aside between two
    // dashes is part of the sentence, once it has begun; a dash alone ends what was said.
    const asideEnd = DASHES.has(word) && t > from ? closingDash(view, t, end) : undefined;
    if (asideEnd !== undefined) {
      t = asideEnd;
      continue;
    }
    if ([';', '―', '—', '--'].includes(word)) return t;
    if (['and', 'but'].includes(word) && t + 1 < end && reader.cueAt(t + 1) !== undefined) return t;
    // "... worried about the economy, and more than 4 in 10 said ...": a second attribution starts, after a
    // clause (not "Mills and another aide asked ...", where "and" joins the subject).
    if (verb && ['and', 'but', 'while', 'whereas'].includes(word) && startsAttribution(reader, t + 1, end)) return view.words[t - 1] === ',' ? t - 1 : t;
    // A comma inside the closing mark of a quote, as American style writes it ('are “about right,” though
    // voters …', 'the race,” adding that'), ends a clause as one outside it does.
    const afterQuotedComma = t > 1 && view.insideQuote[t - 1] !== -1 && CLOSING_MARKS.has(view.word(t - 1)) && view.words[t - 2] === ',';
    if (word !== ',' && !afterQuotedComma) continue;
    const next = word === ',' ? t + 1 : t;
    if (CLAUSE_BREAKS.has(view.word(next)) || (view.words[next] === 'and' && reader.cueAt(next + 1) !== undefined)) return t;
    if (view.word(next) === 'but' && !continuesSubject(view, next + 1)) return t;
    if (startsParticiple(reader, next)) return t;
    if (reader.accordingTo(next, end) !== undefined) return t;
    if (reader.cueAt(next) !== undefined && reader.isParticipial(next)) return t;
    // "... from her bout with pneumonia, which forced her to leave": a relative clause that runs to the end
    // tells the reader what the reporter knows (but "the plan, which costs $1bn, is bad" goes on).
    if (isTrailingRelative(reader, next, end)) return t;
    const subject = reader.phraseAt(next, end);
    if (subject !== undefined) {
      let verb = subject.last + 1;
      while (verb < end && isBetweenSubjectAndVerb(view, verb)) verb++;
      // ", he replied, “…”" introduces a quotation of its own.
      const quoteFollows = [',', ':'].includes(view.word(verb + 1)) && view.insideQuote[verb + 2] !== -1;
      if (reader.cueAt(verb) !== undefined && (restIsAdjuncts(reader, verb + 1, end) || quoteFollows)) return t;
    }
  }
  return end;
}

/** Most tokens of an aside between two dashes. */
const MAX_DASH_ASIDE = 12;

/** The dash that closes an aside the dash at token t opens, before `end`, with no quote or semicolon between; else undefined. */
function closingDash(view: FieldView, t: number, end: number): number | undefined {
  for (let u = t + 1; u < end && u - t <= MAX_DASH_ASIDE; u++) {
    if (view.insideQuote[u] !== -1 || view.word(u) === ';') return undefined;
    if (view.word(u) === view.word(t)) return u + 1 < end ? u : undefined;
  }
  return undefined;
}

/**
 * True when the clause after "but" shares the subject of what was said: it opens with a verb, "that" or a
 * negation ("he was once part of the establishment, but is now ..."); a clause with a subject of its own
 * is more often the reporter's ("..., but for Republicans, it is a smoking gun").
 */
function continuesSubject(view: FieldView, t: number): boolean {
  return BUT_CONTINUES.has(view.word(t)) || ['VERB', 'AUX'].includes(view.pos(t));
}

/**
 * True at a relative clause that runs to `end` with no comma in it: the reporter's aside ("..., which forced
 * her to leave", "... of Bryan Pagliano, who worked on the campaign").
 */
function isTrailingRelative(reader: Attributor, t: number, end: number): boolean {
  const { view } = reader;
  if (!['which', 'who', 'whom'].includes(view.word(t))) return false;
  for (let u = t + 1; u < end; u++) if (view.insideQuote[u] !== -1 || view.words[u] === ',') return false;
  return true;
}

/** Words that introduce examples of what stands before them ("states like Ohio"), never what was said. */
const EXAMPLE_WORDS = new Set(['like', 'including', 'such']);

/**
 * True when the words from token t give examples of the noun before them: "like Iowa", "such as New York",
 * "including Washington"; not where they open a sentence ("Like most campaigns, ...").
 */
function introducesExamples(view: FieldView, t: number): boolean {
  const word = view.word(t);
  return EXAMPLE_WORDS.has(word) && startsLowerCase(view, t, t) && (word !== 'such' || view.word(t + 1) === 'as');
}

/** True when tokens `[open, close]` are an aside between commas with no verb in it: ", including Patriot,". */
function isVerblessAside(view: FieldView, open: number, close: number): boolean {
  if (close <= open + 1 || view.words[open] !== ',' || view.words[close] !== ',') return false;
  for (let t = open + 1; t < close; t++) if (['VERB', 'AUX'].includes(view.pos(t)) && !ING_PREPOSITIONS.has(view.word(t))) return false;
  return true;
}

/** True when a phrase and its speech verb start at t: "three-quarters said", "Mr. Kamin said". */
function startsAttribution(reader: Attributor, t: number, end: number): boolean {
  const subject = reader.phraseAt(t, end);
  if (subject === undefined) return false;
  let verb = subject.last + 1;
  while (verb < end && isBetweenSubjectAndVerb(reader.view, verb)) verb++;
  return reader.cueAt(verb) !== undefined;
}

/**
 * Tokens `[from, to)` as reported speech, if they make one: enough words, a verb (unless "that" introduced
 * them or they are long: the tagger misses verbs; always where `needsVerb`), and not a quotation in marks, which
 * the direct quotes cover.
 */
function span(reader: Attributor, from: number, to: number, afterThat = false, needsVerb = false): { start: number; end: number } | undefined {
  const { view } = reader;
  let first = from;
  let last = to - 1;
  while (first <= last && !view.isWord(first) && view.insideQuote[first] === -1) first++;
  while (last >= first && !view.isWord(last) && view.insideQuote[last] === -1) last--;
  if (last - first + 1 < MIN_WORDS || (!afterThat && introducesExamples(view, first))) return undefined;
  let words = 0;
  let quoted = 0;
  let verb = false;
  let objectOnly = false;
  // The first colon and the first verb (or auxiliary) of the span, whatever tokens they are.
  let colon = -1;
  let firstVerb = -1;
  for (let t = first; t <= last; t++) {
    if (colon === -1 && view.words[t] === ':') colon = t;
    if (firstVerb === -1 && (view.pos(t) === 'VERB' || view.pos(t) === 'AUX')) firstVerb = t;
    if (!view.isWord(t)) continue;
    words++;
    if (view.insideQuote[t] !== -1) quoted++;
    if ((view.pos(t) === 'VERB' || view.pos(t) === 'AUX') && !verb) {
      verb = true;
      // "advised the mayor in 2008 and is a strategist": the first verb goes on from the cue's, after an object.
      objectOnly = t > first + 1 && ['and', 'or', 'but'].includes(view.word(t - 1)) && view.insideQuote[t] === -1;
    }
  }
  if (objectOnly && !afterThat) return undefined;
  // 'He added in English: «We are ready.»': words with no verb and a colon before a quotation introduce it.
  const introduced = colon > first && colon < last && view.insideQuote[colon] === -1 && (firstVerb === -1 || firstVerb > colon);
  if (introduced && isQuotation(view, colon + 1, last)) return undefined;
  // A quotation alone is the direct quotes' unless "that" runs on into it ('says that “when you live by the pen ...”').
  const quotation = view.insideQuote[first] !== -1 && quoted >= words * 0.8 && !(afterThat && startsLowerCase(view, first, last));
  if (words < MIN_WORDS || (!verb && (needsVerb || (!afterThat && words < CLAUSE_WORDS))) || quotation) return undefined;
  return { start: view.start(first), end: view.end(last) };
}

/** True when the words of tokens `[first, last]` are all in marks. */
function isQuotation(view: FieldView, first: number, last: number): boolean {
  let words = 0;
  for (let t = first; t <= last; t++) {
    if (!view.isWord(t)) continue;
    if (view.insideQuote[t] === -1) return false;
    words++;
  }
  return words > 0;
}

/** True when the first word of tokens `[first, last]` is written in lower case. */
function startsLowerCase(view: FieldView, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (view.isWord(t)) return /^\p{Ll}/u.test(view.text.charAt(view.start(t)));
  return false;
}
