// Claims: reported speech that asserts something contestable, with its claimant, cue, kind and target.
// Built from the reporting cues that attribution found, so claimants resolve exactly as speakers do.

import type { Article, Boilerplate, Claim, ClaimKind, Entity, Quote, Span, TokenList } from './types';
import { framesReport, introducesClause, isModal, PASSIVE_COMPLEMENT_WORDS, passiveAuxiliaryBefore, withinReport, type CueMatch } from './cues';
import { phraseStartingAt, lower } from './source-phrases';
import { spanCover } from './spans';
import { afterDateline } from './datelines';
import { quotedParts } from './quotes';
import { VERB_CLASSES } from './lexicon';
import fw from './data/function-words.json';
import { ADVERB, AUXILIARY, PUNCT_KIND, QUOTE_KIND, ROLE, SUBJECT_PRONOUN, TEMPORAL, endsLikeAdverb } from './word-features';

export interface ClaimsContext {
  readonly quotes: readonly Quote[];
  readonly boilerplate: readonly Boilerplate[];
  readonly entities: readonly Entity[];
  readonly cues: readonly CueMatch[];
}

/** Verbs whose object is the one the claim is about: accused China, urged NATO, warned Beijing. */
const TAKES_TARGET: ReadonlySet<ClaimKind> = new Set(['accusation', 'demand', 'warning', 'denial']);
const CLAUSE_END = new Set(['.', ';', '!', '?']);
/** Words that open a clause whose verb has no subject: "when told of", "if asked" (not "once": "Clinton once described"). */
const REDUCED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'if', 'unless', 'until', 'after', 'before', 'while', 'though', 'although']);
/** A verb right after "that" makes "that" the subject ("say that is unlikely"), not the word that opens the clause. */
const VERB_AFTER_THAT: ReadonlySet<string> = new Set(['is', 'was', 'will', 'would', 'has', 'had', 'could', 'should', 'may', 'might', 'can', 'must', 'seems', 'seemed', 'means', 'meant', 'remains', 'makes', 'made']);
/** The word after "pleaded" that makes it a plea in court, not a plea for something. */
const PLEAS: ReadonlySet<string> = new Set(['guilty', 'not', 'innocent', 'no']);
/** What may follow a passive's agent and hold the claim: "accused by rivals of lying", "urged by allies to resign". */
const PASSIVE_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'for', 'as', 'to', 'that']);
/** Who a cue tells, not part of the claim: "told reporters that …" (lower case: no letter of theirs has a non-ASCII capital). */
const PRESS: ReadonlySet<string> = new Set(['reporters', 'journalists']);
/** Words an indirect object may take before its "that" ("The New York Times", "a group of investors"). */
const MAX_INDIRECT_OBJECT = 6;

/** The "that" after whom a source told, when words alone stand between (else `from`). */
function afterIndirectObject(tokens: TokenList, from: number, end: number): number {
  for (let k = from, words = 0; k < end && words <= MAX_INDIRECT_OBJECT; k++) {
    const t = tokens.word(k)!;
    // "told CNN's “State of the Union” that …": a programme's name in marks is part of whom.
    if (t.kind === 'quote') continue;
    words++;
    // "told the BBC: …": the colon opens what was told.
    if (t.text === ':' && k > from) return k + 1;
    if (t.kind !== 'word') return from;
    const w = lower(t);
    // "told a young woman who suggested that …": a clause about the one told holds its own "that".
    if (w === 'who' || w === 'whom' || w === 'which') return from;
    if (k > from && w === 'that') return k;
    // "told the Herald he stood by the memo": with no "that", a subject pronoun opens the clause.
    if (k > from && (t.features & SUBJECT_PRONOUN) !== 0) return k;
  }
  return from;
}

/** A negation right before a verb of speech: the source did not say it. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'n\u2019t']);

function directiveAhead(tokens: TokenList, features: Int32Array, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const w = lower(tokens.word(k)!);
    if (w === 'to') return true;
    // "told reporters the association would not return to the table": a clause of its own came first.
    if (w === 'that' || ((features[k]! & AUXILIARY) !== 0 && !NEGATIONS.has(w))) return false;
  }
  return false;
}

/** The words that make an assertion a denial, lower case. */
const DENIAL_WORDS = ['deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'not'];

/**
 * Whether text[from, to) holds a denial word whole, in any case: what /\b(?:deny|…|not)\b/i finds in
 * the slice, read in place by code (that regex over a slice was a sixth of the claims' time).
 */
export function hasDenialWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // Each denial word starts with d, r or n, in either case (code | 32 is that lower-case letter only for those two codes).
    const first = text.charCodeAt(i) | 32;
    if (first !== 100 && first !== 114 && first !== 110) continue;
    // A word starts at the slice's start or after a unit that is not a word unit, as \b reads it.
    if (i > from && isRegexWordUnit(text.charCodeAt(i - 1))) continue;
    for (let n = 0; n < DENIAL_WORDS.length; n++) {
      const word = DENIAL_WORDS[n]!;
      const end = i + word.length;
      if (end > to || (end < to && isRegexWordUnit(text.charCodeAt(end)))) continue;
      let k = 0;
      // ASCII letters only: code | 32 is a lower-case letter only for a letter of either case, and /i never folds other units to ASCII.
      while (k < word.length && (text.charCodeAt(i + k) | 32) === word.charCodeAt(k)) k++;
      if (k === word.length) return true;
    }
  }
  return false;
}

/** What \w matches: an ASCII letter, digit or underscore. */
function isRegexWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** A claim while claims are gathered: its id is its place, given once they are sorted and deduplicated. */
type DraftClaim = { -readonly [K in keyof Claim]: Claim[K] };

export function findClaims(article: Article, ctx: ClaimsContext): Claim[] {
  const { tokens, text, tokenFeatures } = article;
  const out: DraftClaim[] = [];
  const inBoilerplate = spanCover(ctx.boilerplate);
  // By a cue's offset, the first quote (in quote order) it attributes that opens before it: "…," he said.
  const quoteBeforeCue = new Map<number, Quote>();
  // By a cue's offset, the first quote it attributes that opens after it: "said in a statement:" ¶ "…".
  const quoteAfterCue = new Map<number, Quote>();
  for (let n = 0; n < ctx.quotes.length; n++) {
    const q = ctx.quotes[n]!;
    if (q.cue && q.start < q.cue.start && !quoteBeforeCue.has(q.cue.start)) quoteBeforeCue.set(q.cue.start, q);
    if (q.cue && q.start >= q.cue.end && !quoteAfterCue.has(q.cue.start)) quoteAfterCue.set(q.cue.start, q);
  }
  // The last cue that reports words of its own, for the cues inside its report (below).
  let speech: CueMatch | null = null;
  for (let n = 0; n < ctx.cues.length; n++) {
    const cue = ctx.cues[n]!;
    if (!cue.verbInfo || !cue.resolution || cue.lemma === 'according to') continue;
    if (inBoilerplate(cue.cue.start)) continue;
    // "The judge said the company had shown “a cavalier disregard”": what acts show, or someone thinks or
    // would say, inside another's report is part of that report (withinReport), no claim of the company's.
    if (framesReport(tokens, cue)) speech = cue;
    else if (speech !== null && withinReport(tokens, speech, cue)) continue;
    // "refused to condemn", "wants to say": an infinitive reports nothing the source said; nor does
    // "did not respond to requests for comment", "never said".
    const before = tokens.word(cue.verb - 1);
    if (before && (lower(before) === 'to' || NEGATIONS.has(lower(before)))) continue;
    // "Liu laughed when told of the remark", "if asked": a clause with no subject of its own reports what was said to the source.
    if (before && cue.verb - 1 >= article.sentences[cue.sentence]!.tokenStart && REDUCED_CLAUSE_OPENERS.has(lower(before))) continue;
    const sentence = article.sentences[cue.sentence]!;
    let kind = cue.verbInfo.claim;
    // "who asked not to be named": the source's terms for speaking, not something it claims.
    if (cue.lemma === 'ask' && wordAfter(tokens, cue.verb, 1) === 'not' && wordAfter(tokens, cue.verb, 3) === 'be') continue;
    // "pleaded not guilty", "pleads guilty to fraud": a plea in court answers a charge; it asks for nothing.
    const pleaded = cue.lemma === 'plead' ? tokens.word(cue.verb + 1) : undefined;
    if (pleaded && PLEAS.has(lower(pleaded))) kind = 'assertion';
    // The claim's span as two numbers: most are read from tokens, and an object each was garbage at once.
    let spanStart = -1;
    let spanEnd = -1;
    let target: Span | null = null;
    let given: Span | null = null;
    // The quote that is the claim: the one the cue attributes when it opens before the cue ("…," he said, or
    // “A,” he said. “B.”: one quote around its cue), or, after "… said in a statement:" closing its
    // paragraph, the quotation that opens the next one.
    const lastToken = tokens.word(sentence.tokenEnd - 1);
    const quoteNext = lastToken && lastToken.text === ':' ? quoteAfterCue.get(cue.cue.start) : undefined;
    const claimQuote = quoteBeforeCue.get(cue.cue.start) ?? (quoteNext && opensNextParagraph(article, sentence.paragraph, quoteNext) ? quoteNext : undefined);
    // “A,” he said. “B.”: a claim for each part, without the attribution between them (pushed below).
    const parts = claimQuote && claimQuote.parts.length > 1 ? quotedParts(text, claimQuote) : null;
    if (claimQuote) {
      // "…," he said: the claim is what the quotation says; for parts, the first decides the kind below.
      spanStart = parts ? parts[0]!.start : claimQuote.inner.start;
      spanEnd = parts ? parts[0]!.end : claimQuote.inner.end;
    } else if (cue.inverted && cue.phrase && (given = quotationBeforeAgent(tokens, tokenFeatures, cue.verb + 1, cue.phrase.first)) !== null) {
      // "was accused of “treating rivers as a free drain” by MPs": the agent after the quotation claims its
      // words, of the passive's subject.
      // "Residents were told to “leave now” by police": what one is told to do is asked of the subject.
      if (kind === 'assertion' && VERB_CLASSES.directiveTo.has(cue.lemma) && lower(tokens.word(cue.verb + 1)!) === 'to') kind = 'demand';
      const auxiliary = passiveAuxiliaryBefore(tokens, cue.verb, sentence.tokenStart);
      const subjectFirst = auxiliary >= 0 ? passiveSubjectStart(tokens, auxiliary, sentence.tokenStart) : -1;
      if (subjectFirst >= 0 && TAKES_TARGET.has(kind)) target = { start: tokens.start(subjectFirst), end: tokens.end(auxiliary - 1) };
      spanStart = given.start;
      spanEnd = given.end;
    } else {
      let from = cue.verb + 1;
      // "shot back that …": a cue of two words ends after both.
      while (from < sentence.tokenEnd && tokens.start(from) < cue.cue.end) from++;
      // "Says union leader Frank Dobson: …": the source after a verb that opens the sentence is no part of what it says.
      if (cue.inverted && cue.verb === sentence.tokenStart && cue.phrase && cue.phrase.first === from) from = cue.phrase.last;
      // "Her comments were dismissed by union leaders": the agent is the claimant, and what they dismissed is
      // the passive's subject, unless more follows the agent ("was accused by rivals of lying").
      const auxiliary = cue.inverted && cue.phrase && cue.phrase.first > from && cue.phrase.first <= from + 2 && lower(tokens.word(from)!) === 'by' ? passiveAuxiliaryBefore(tokens, cue.verb, sentence.tokenStart) : -1;
      if (auxiliary >= 0) from = cue.phrase!.last;
      const ofSubject = auxiliary >= 0 && !(from < sentence.tokenEnd && PASSIVE_COMPLEMENTS.has(lower(tokens.word(from)!)));
      const subjectFirst = ofSubject ? passiveSubjectStart(tokens, auxiliary, sentence.tokenStart) : -1;
      if (ofSubject && subjectFirst < 0) continue;
      // "Roads were blocked by landslides, it said.", "The toll will rise, said the minister.": the report
      // closes the sentence and what it reports is everything before the comma. Both spans go to the
      // one push below, with the denial check every claim gets.
      const whole: Span | null = ofSubject ? { start: tokens.start(subjectFirst), end: tokens.end(auxiliary - 1) } : reportedBefore(article, cue, sentence.tokenStart, sentence.tokenEnd);
      if (whole !== null) {
        spanStart = whole.start;
        spanEnd = whole.end;
        if (ofSubject && TAKES_TARGET.has(kind)) target = whole;
      } else {
        // "said in a statement that …", "told state television on Sunday that …": the setting is no part of the claim.
        if (from < sentence.tokenEnd && SETTING_PREPOSITIONS.has(lower(tokens.word(from)!))) from = afterIndirectObject(tokens, from, sentence.tokenEnd);
        if (from < sentence.tokenEnd && PRESS.has(lower(tokens.word(from)!))) from++;
        // "put it differently": the verb's own "it" says nothing.
        if (VERB_CLASSES.withIt.has(cue.lemma) && from < sentence.tokenEnd && lower(tokens.word(from)!) === 'it') from++;
        const directive = VERB_CLASSES.directiveTo.has(cue.lemma) && directiveAhead(tokens, tokenFeatures, from, sentence.tokenEnd);
        if (TAKES_TARGET.has(kind) || directive || cue.lemma === 'label' || cue.lemma === 'call' || cue.lemma === 'describe') {
          const object = phraseStartingAt(article, from, sentence.tokenEnd);
          // The object right after the verb, past a determiner: "accused China", "told the alliance".
          if (object && object.first - from <= 1) target = { start: object.start, end: object.end };
        }
        // "told The Times that …", "warned voters that …": whom the source told is no part of the claim.
        if (VERB_CLASSES.toldWhom.has(cue.lemma)) from = afterIndirectObject(tokens, from, sentence.tokenEnd);
        // Verbs with other senses ("maintained a close relationship") report speech only before a clause.
        if (VERB_CLASSES.needsClause.has(cue.lemma) && !introducesClause(tokens, from, sentence.tokenEnd)) continue;
        if (directive && kind === 'assertion') kind = 'demand';
        // Past "that" the complementiser, not "that" the subject: "say that is unlikely".
        while (from < sentence.tokenEnd && ((lower(tokens.word(from)!) === 'that' && !(from + 1 < sentence.tokenEnd && VERB_AFTER_THAT.has(lower(tokens.word(from + 1)!)))) || tokens.word(from)!.kind === 'punct')) from++;
        // "the $3.1 billion analysts had expected, according to LSEG data": a source's phrase after the
        // verb's comma is no clause of it (its object was the amount before it).
        if (from + 1 < sentence.tokenEnd && lower(tokens.word(from)!) === 'according' && lower(tokens.word(from + 1)!) === 'to') continue;
        let to = from;
        while (to < sentence.tokenEnd && ((tokenFeatures[to]! & PUNCT_KIND) === 0 || !CLAUSE_END.has(tokens.word(to)!.text))) to++;
        // said that "accusing China of this is itself disinformation": the claim is the words, not their marks,
        // also when the quotation runs on past the clause (added, "There is no question ... as much. Today ...").
        if ((tokenFeatures[from]! & QUOTE_KIND) !== 0) {
          const wordsEnd = (tokenFeatures[to - 1]! & QUOTE_KIND) !== 0 ? to - 1 : to;
          if (wordsEnd - from > 2 && !hasQuoteMark(tokenFeatures, from + 1, wordsEnd)) {
            from++;
            to = wordsEnd;
          }
        }
        // "denied these allegations:": the colon points on to what follows; it is no part of the claim.
        if (to > from && tokens.word(to - 1)!.text === ':') to--;
        if (to - from < 2) continue; // "he said." carries no claim of its own
        spanStart = tokens.start(from);
        spanEnd = tokens.end(to - 1);
      }
    }
    if (spanStart < 0 || spanEnd <= spanStart) continue;
    if (kind === 'assertion' && hasDenialWord(text, spanStart, Math.min(spanEnd, spanStart + 40))) kind = 'denial';
    if (parts) {
      // One statement, one kind: every part takes the first part's.
      for (let k = 0; k < parts.length; k++) out.push(quoteClaim(text, parts[k]!, kind, cue.cue, cue.resolution.entity, out.length));
      continue;
    }
    out.push({
      id: out.length,
      start: spanStart,
      end: spanEnd,
      text: text.slice(spanStart, spanEnd),
      kind,
      claimant: cue.resolution.entity,
      cue: cue.cue,
      target: target ? text.slice(target.start, target.end).replace(/['\u2019]s$/, '') : null,
      targetSpan: target,
    });
  }
  return dedupe(out);
}

/**
 * The words inside the quotation between a passive's participle (whose next token is `from`) and "by"
 * before its agent at `agent` ("accused of “treating rivers …” by MPs"), without the marks; else null.
 */
function quotationBeforeAgent(tokens: TokenList, features: Int32Array, from: number, agent: number): Span | null {
  let k = from;
  if (k < agent && PASSIVE_COMPLEMENT_WORDS.has(lower(tokens.word(k)!))) k++;
  const open = k;
  const close = agent - 2;
  if (close - open < 2 || lower(tokens.word(agent - 1)!) !== 'by' || (features[open]! & QUOTE_KIND) === 0 || (features[close]! & QUOTE_KIND) === 0) return null;
  return { start: tokens.end(open), end: tokens.start(close) };
}

/** Words that open the clause a passive's subject stands in: the subject starts after them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['why', 'that', 'which', 'who', 'when', 'whether', 'if', 'because', 'and', 'or', 'but', 'while', 'as']);
/** How many tokens a passive's subject may take: a longer run is no single noun phrase. */
const MAX_PASSIVE_SUBJECT = 20;

/**
 * Where the subject of the passive whose auxiliary is at `auxiliary` starts: the words (and numbers)
 * right before it, back to the sentence's start or a word that opens a clause; -1 when a mark stands
 * in the way (a subject with commas in it is not read) or the subject is a lone pronoun ("it was
 * mentioned by …" says nothing of what was mentioned).
 */
function passiveSubjectStart(tokens: TokenList, auxiliary: number, sentenceStart: number): number {
  let k = auxiliary - 1;
  while (k >= sentenceStart && auxiliary - k <= MAX_PASSIVE_SUBJECT) {
    const t = tokens.word(k)!;
    if (t.kind !== 'word' && t.kind !== 'number' && t.text !== '-') return -1;
    if (t.kind === 'word' && CLAUSE_OPENERS.has(lower(t))) break;
    k--;
  }
  if (k >= sentenceStart && auxiliary - k > MAX_PASSIVE_SUBJECT) return -1;
  const first = k + 1;
  if (first >= auxiliary || (first === auxiliary - 1 && PRONOUN_SUBJECTS.has(lower(tokens.word(first)!)))) return -1;
  return first;
}

const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'this', 'that', 'these', 'those', 'we', 'i', 'you']);

/** Words that link a sentence to the one before ("However,", "Meanwhile,"): no part of what a source said. */
const DISCOURSE_OPENERS: ReadonlySet<string> = new Set(fw.discourseOpeners);
/** Prepositions that open where or how a source spoke: "said in a statement that", "wrote on Twitter that". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
/** Words that open a closing report's setting: "it said in a statement", "he told reporters later". */
const TRAILING_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'again', 'too', 'also', 'afterwards', 'afterward', 'separately', 'privately', 'publicly']);
/** Words that open what the writer adds after a closing report's comma: "…, it said, in a blow to …", "…, she said, adding …". */
function addsToTag(word: string): boolean {
  return TRAILING_OPENERS.has(word) || word === 'as' || word === 'amid' || word === 'while' || (word.length > 5 && word.endsWith('ing'));
}
/** How many words may follow a closing report before the sentence ends: "it said on Sunday in a statement". */
const MAX_TRAILING_WORDS = 5;

/**
 * The clause a report closes, "X, officials said." or "X, said the minister.": the sentence from its
 * start to the comma before the report, when only a few words of time or place follow the verb. Null
 * otherwise, or when that clause is a quotation (its quote makes the claim) or too short to say anything.
 */
function reportedBefore(article: Article, cue: CueMatch, sentenceStart: number, sentenceEnd: number): Span | null {
  const { tokens, tokenFeatures } = article;
  if (!cue.phrase || cue.inherited) return null;
  const opening = cue.inverted ? cue.verb : cue.phrase.first;
  // "…, the Andalusian emergency service said": the phrase may start after its article.
  let comma = opening - 1 > sentenceStart && /^(?:the|a|an)$/i.test(tokens.word(opening - 1)!.text) ? opening - 2 : opening - 1;
  if (comma - sentenceStart < 3 || tokens.word(comma)!.text !== ',') return null;
  // "…, the chief executive, Paul Riordan, said.": a name between commas right before the verb, after a
  // role, is that role's appositive; the report ends before the role. With none before it ("In a
  // statement, its chief executive, Paul Riordan, apologised.") nothing is reported.
  if (!cue.inverted && cue.phrase.last + 1 === cue.verb && tokens.word(cue.phrase.last)!.text === ',' && (tokenFeatures[comma - 1]! & ROLE) !== 0) {
    let k = comma - 1;
    while (k > sentenceStart && (tokenFeatures[k - 1]! & (PUNCT_KIND | QUOTE_KIND)) === 0) k--;
    comma = k - 1;
    if (comma - sentenceStart < 3 || tokens.word(comma)!.text !== ',' || SETTING_PREPOSITIONS.has(lower(tokens.word(afterDateline(article, sentenceStart, comma))!))) return null;
  }
  // After the report: its source when inverted, then a few words and the sentence's end.
  let k = cue.inverted ? Math.max(cue.verb + 1, cue.phrase.last) : cue.verb + 1;
  let words = 0;
  for (; k < sentenceEnd && !((tokenFeatures[k]! & PUNCT_KIND) !== 0 && CLAUSE_END.has(tokens.word(k)!.text)); k++) {
    // "…, said one of the people, who spoke on condition of anonymity.": a clause about the source ends the report.
    if (tokens.word(k)!.text === ',' && k + 1 < sentenceEnd && lower(tokens.word(k + 1)!) === 'who') break;
    // "…, the operator announced on Tuesday, in what campaigners called …": a setting or a participle
    // after the tag's comma is the writer's addition; the report is still what came before.
    if (tokens.word(k)!.text === ',' && k + 1 < sentenceEnd && addsToTag(lower(tokens.word(k + 1)!))) break;
    if ((tokenFeatures[k]! & (PUNCT_KIND | QUOTE_KIND)) !== 0 || lower(tokens.word(k)!) === 'that') return null;
    // What follows says when or where ("on Monday", "in a statement", "afterwards"), or whom the source
    // told; any other word is an object of the verb ("he barely mentioned climate change", "Mexico said enough").
    if (words === 0 && !VERB_CLASSES.toldWhom.has(cue.lemma) && (tokenFeatures[k]! & (TEMPORAL | ADVERB)) === 0 && !TRAILING_OPENERS.has(lower(tokens.word(k)!)) && !endsLikeAdverb(lower(tokens.word(k)!))) return null;
    if (++words > MAX_TRAILING_WORDS) return null;
  }
  // "she was told to …", "Trump will insist on …": a closing report is said, not suffered or foreseen.
  const before = cue.verb - 1 >= sentenceStart ? lower(tokens.word(cue.verb - 1)!) : '';
  // Before the verb, what makes a report no closing one: a modal or "to" (foreseen), a passive (suffered).
  if (!cue.inverted && (isModal(before) || before === 'to' || passiveAuxiliaryBefore(tokens, cue.verb, sentenceStart) >= 0)) return null;
  let first = afterDateline(article, sentenceStart, comma);
  // "However, slower growth … is being offset, the IMF said.": the linking word is the writer's, not the source's.
  if (first + 2 < comma && DISCOURSE_OPENERS.has(lower(tokens.word(first)!)) && tokens.word(first + 1)!.text === ',') first += 2;
  let last = comma - 1;
  if ((tokenFeatures[first]! & QUOTE_KIND) !== 0 || (tokenFeatures[last]! & QUOTE_KIND) !== 0 || hasQuoteMark(tokenFeatures, first, comma)) return null;
  if (last - first < 2) return null;
  return { start: tokens.start(first), end: tokens.end(last) };
}

/** Whether quote q opens the paragraph after paragraph p: what "… said in a statement:" introduces. */
function opensNextParagraph(article: Article, p: number, q: Quote): boolean {
  const next = article.paragraphs[p + 1];
  return next !== undefined && next.start === q.start;
}

/** The word n tokens after token k, lower case; '' past the text's end. */
function wordAfter(tokens: TokenList, k: number, n: number): string {
  const t = tokens.word(k + n);
  return t ? lower(t) : '';
}

/** Whether a quotation mark is among tokens [from, to): said "A" and "B" is not one quotation to unwrap. */
function hasQuoteMark(features: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((features[i]! & QUOTE_KIND) !== 0) return true;
  return false;
}

/** The claim of one quoted span. */
function quoteClaim(text: string, span: Span, kind: ClaimKind, cue: Claim['cue'], claimant: number, id: number): DraftClaim {
  return { id, start: span.start, end: span.end, text: text.slice(span.start, span.end), kind, claimant, cue, target: null, targetSpan: null };
}

/** One claim per span: coordinated cues that share a clause keep the first. */
function dedupe(claims: DraftClaim[]): Claim[] {
  // Sorted by span (a stable sort keeps cue order among equals), claims of one span lie side by side.
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept = 0;
  for (let n = 0; n < claims.length; n++) {
    const c = claims[n]!;
    if (kept > 0 && claims[kept - 1]!.start === c.start && claims[kept - 1]!.end === c.end) continue;
    // The drafts are this function's own: renumbered in place rather than copied.
    c.id = kept;
    claims[kept++] = c;
  }
  claims.length = kept;
  return claims;
}
