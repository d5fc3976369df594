// Finds the noun phrase that names a source next to a reporting verb, and says what it is:
// a pronoun, a person (name, title), a group ("US officials") or an institution ("China's foreign ministry").

import type { Article, EntityKind, Gender, TokenList, TokenWord } from './types';
import { COMPANY_FORMS, DOCUMENT_NOUNS, FIRST_PERSON_CONTRACTIONS, HONORIFICS, PARTY_LABELS, ROLES, SPEECH_NOUNS, SUBJECT_PRONOUNS, type PronounClass } from './lexicon';
import fw from './data/function-words.json';
import { isAsciiAcronym, RELATIVE_WORDS, WEEKDAYS } from './statistic-words';
import { beforeNickname, nicknameClosing, nicknameOpening } from './nicknames';
import { SCALE_WORD } from './statistic-word-bits';
import {
  ADVERB, AUXILIARY, CAPITALISED, CONNECTOR, DESCRIPTOR, DETERMINER, FORENAME, GROUP, HONORIFIC, INSTITUTION, LOWER_ALPHA, NAME_PARTICLE, NUMBER_KIND, PHRASE_EDGE, PLAIN_NAME,
  CUE_WORD, POSSESSIVE, PUNCT_KIND, QUOTE_KIND, ROLE, ROLE_START, SENTENCE_OPENER, SUBJECT_PRONOUN, SYMBOL_KIND, TEMPORAL, WORD_KIND, endsLikeAdverb, isLowerContentWord,
  isPluralNoun,
} from './word-features';

const TEMPORAL_PREPOSITIONS = new Set(fw.temporalPrepositions);
const MAX_ROLE_WORDS = 4;

/** Lower case with curly apostrophes folded, for word-list look-ups. */
export function lower(t: TokenWord): string {
  return t.folded;
}

export function isCapitalised(t: TokenWord): boolean {
  return (t.features & CAPITALISED) !== 0;
}

export function isPossessive(t: TokenWord): boolean {
  return (t.features & POSSESSIVE) !== 0;
}

function stem(t: TokenWord): string {
  return t.stem;
}

export function isRoleWord(t: TokenWord): boolean {
  return (t.features & ROLE) !== 0;
}
export function isGroupNoun(t: TokenWord): boolean {
  return (t.features & GROUP) !== 0;
}
/** A role, group or institution word. */
const NOUNISH = ROLE | GROUP | INSTITUTION;
function isNounish(t: TokenWord): boolean {
  return (t.features & NOUNISH) !== 0;
}
export function isTemporal(t: TokenWord): boolean {
  return (t.features & TEMPORAL) !== 0;
}

/** A place's name made a modifier ("Ohio-based", "London-headquartered"): the comma after a city before it opens nothing. */
export const PLACE_BASED = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

/** A phrase found next to a cue, classified. */
export interface SourcePhrase {
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly kind: 'pronoun' | EntityKind;
  readonly pronoun: PronounClass | null;
  /** The personal name inside the phrase ("Wang Wenbin"), when any. */
  readonly name: string | null;
  /** The title or role before the name ("foreign ministry spokesman"), when any. */
  readonly title: string | null;
  /** The word that heads the phrase ("spokesperson", "ministry"). */
  readonly head: string;
  readonly definite: boolean;
  readonly indefinite: boolean;
  readonly gender: Gender;
  /** A party or place in parentheses right after the name ("(D-Wis.)"), when any. */
  readonly affiliation: string | null;
  /** A common noun the word lists do not know ("the announcer", "my father"): weaker evidence. */
  readonly common: boolean;
  /**
   * Two capitalised words no list knows, kept as a person only when the last is the surname of someone
   * known ("Mmaphuti Moshoeshoe" after "Thandi Moshoeshoe"): the registry decides, in text order.
   */
  readonly ifKnownSurname?: true;
}

/**
 * Whether token m follows a person's name, a capitalised run from a known forename, an honorific or a
 * title ("Barack Obama", "Secretary General Ban Ki-moon"):
 * a lower-case word there is the verb of a clause ("Barack Obama left office"), not a body's modifier
 * as after a place ("the Lassen County fire department").
 */
function afterPersonName(features: Int32Array, m: number, first: number): boolean {
  let k = m - 1;
  if (k < first || (features[k]! & CAPITALISED) === 0) return false;
  while (k - 1 >= first && (features[k - 1]! & CAPITALISED) !== 0) k--;
  if (k >= m - 1) return false;
  // "Secretary General Ban Ki-moon took office", "Mr. Tran left office": a title or an honorific, then the name.
  return (features[k]! & (FORENAME | HONORIFIC)) !== 0 || ((features[k]! & ROLE) !== 0 && (features[m - 1]! & (ROLE | INSTITUTION | GROUP)) === 0);
}

/** Skips adverbs, auxiliaries and time phrases ("on Thursday", "last week") leftwards from i; returns the new index. */
export function skipLeftModifiers(article: Article, i: number, floor: number): number {
  const { tokens, tokenFeatures: features } = article;
  let k = i;
  for (let guard = 0; guard < 12 && k >= floor; guard++) {
    const f = features[k]!;
    if ((f & WORD_KIND) !== 0 && ((f & (ADVERB | AUXILIARY)) !== 0 || ((f & CAPITALISED) === 0 && endsInLy(lower(tokens.word(k)!))))) {
      k--;
      continue;
    }
    if ((f & TEMPORAL) !== 0) {
      let m = k - 1;
      while (m >= floor && (features[m]! & (TEMPORAL | NUMBER_KIND)) !== 0) m--;
      if (m >= floor && TEMPORAL_PREPOSITIONS.has(lower(tokens.word(m)!))) {
        k = m - 1;
        continue;
      }
      if (m >= floor && (features[m]! & ADVERB) !== 0) {
        k = m - 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** An adverb by its form: "-ly" after at least three letters ("quickly", not "fly"). */
function endsInLy(w: string): boolean {
  return w.length > 4 && endsLikeAdverb(w);
}

/** Whether token k is a scale right after a number ("$3.1 billion"): it ends an amount, whatever follows. */
export function isAmountScale(tokens: TokenList, k: number): boolean {
  return k >= 1 && (tokens.word(k)!.figure & SCALE_WORD) !== 0 && tokens.word(k - 1)!.kind === 'number';
}

/** Whether token k is the period glued to a company's form ("Tallyline Inc. says"): it ends no phrase. */
export function isCompanyFormPeriod(tokens: TokenList, k: number): boolean {
  return k >= 1 && tokens.word(k)!.text === '.' && tokens.start(k) === tokens.end(k - 1) && COMPANY_FORMS.has(lower(tokens.word(k - 1)!));
}

/** The noun phrase ending at token index `last` (inclusive), walking left, or null. */
export function phraseEndingAt(article: Article, last: number, floor: number): SourcePhrase | null {
  const { tokens, tokenFeatures: features } = article;
  if (last < floor) return null;
  const end = tokens.word(last)!;
  if (end.kind !== 'word') return null;
  const w = lower(end);
  if (SUBJECT_PRONOUNS.has(w) && w !== 'i' && w !== 'we') return makePhrase(article, last, last + 1);
  if (FIRST_PERSON_CONTRACTIONS.has(w)) return null;
  if (!(isCapitalised(end) || isNounish(end))) return commonNounPhrase(article, last, floor);
  let j = last;
  let modifiers = 0;
  while (j - 1 >= floor) {
    const f = features[j - 1]!;
    // "below the $3.1 billion analysts had expected": an amount's scale ends the amount, not this phrase.
    if (j - 2 >= floor && isAmountScale(tokens, j - 1)) break;
    if ((f & WORD_KIND) !== 0 && (f & CONNECTOR) === 0 && (f & (CAPITALISED | POSSESSIVE | NOUNISH)) !== 0 && ((f & DETERMINER) === 0 || !isArticle(tokens.word(j - 1)!))) {
      if ((f & (SUBJECT_PRONOUN | CAPITALISED)) === (SUBJECT_PRONOUN | CAPITALISED)) break;
      j--;
      modifiers = 0;
      continue;
    }
    const t = tokens.word(j - 1)!;
    const right = tokens.word(j)!;
    const lw = lower(t);
    if ((f & NAME_PARTICLE) !== 0 && isCapitalised(right) && j - 2 >= floor && isCapitalised(tokens.word(j - 2)!)) {
      j--;
      continue;
    }
    // "Procter & Gamble said", "Harwick & Co said": an ampersand between capitalised words is inside a name.
    if (t.text === '&' && isCapitalised(right) && j - 2 >= floor && tokens.word(j - 2)!.kind === 'word' && isCapitalised(tokens.word(j - 2)!)) {
      j--;
      continue;
    }
    if ((f & QUOTE_KIND) !== 0) {
      const open = nicknameOpening(article, j - 1);
      if (open >= 0 && beforeNickname(article, open) >= floor) {
        j = beforeNickname(article, open);
        continue;
      }
    }
    if ((f & NUMBER_KIND) !== 0 && isGroupNoun(end)) {
      j--;
      continue;
    }
    // "the Securities and Exchange Commission said", "the Department of Water and Sanitation said": "and" inside a body's capitalised name.
    if (j - 2 >= floor && (features[j - 2]! & CAPITALISED) !== 0 && (andInBodyName(article, j - 1, last + 1) === last || andAfterBodyOf(article, j - 1, floor))) {
      j -= 2;
      continue;
    }
    // "the Ministry of Trade, Industry and Fisheries said": a comma between the parts of a body's listed name.
    if ((f & PUNCT_KIND) !== 0 && t.text === ',' && (features[j]! & CAPITALISED) !== 0 && j - 2 >= floor && (features[j - 2]! & CAPITALISED) !== 0 && bodyListEnd(article, j - 1, floor, last + 1) === last) {
      j -= 2;
      continue;
    }
    // "the 45-year-old mayor": a number glued to the hyphen the walk just took belongs to the compound.
    if ((f & NUMBER_KIND) !== 0 && tokens.end(j - 1) === tokens.start(j) && isGlue(tokens.word(j)!.text)) {
      j--;
      continue;
    }
    if ((f & PUNCT_KIND) !== 0 && isGlue(t.text) && tokens.end(j - 1) === tokens.start(j) && j - 2 >= floor && tokens.end(j - 2) === tokens.start(j - 1)) {
      j--; // hyphenated or dotted parts glued to the right word
      continue;
    }
    // "one Norbridge director": "one" before a role in lower case introduces someone new ("world number
    // one Novak Djokovic" is a name's title).
    if (t.kind === 'word' && (lw === 'the' || lw === 'a' || lw === 'an' || lw === 'another' || (lw === 'one' && (features[last]! & CAPITALISED) === 0)) && (j - 2 < floor || (features[j - 2]! & CONNECTOR) === 0)) {
      j--; // the determiner says whether the phrase points back ("the official") or introduces someone new
      break;
    }
    if ((f & WORD_KIND) !== 0 && ((f & CONNECTOR) !== 0 || lw === 'the') && j - 2 >= floor) {
      // "Secretary of State", "mission to the EU", "spokesperson for Beijing's mission"
      const left = tokens.word(j - 2)!;
      const leftOk = isCapitalised(left) || isNounish(left) || (lw === 'the' && (features[j - 2]! & CONNECTOR) !== 0);
      const rightOk = isCapitalised(right) || isNounish(right) || lower(right) === 'the' || isPossessive(right);
      if (leftOk && rightOk) {
        j--;
        continue;
      }
      break;
    }
    // A participle describes the role it stands before ("its chief operating officer", "the acting
    // director"); elsewhere it opens a clause ("officials living abroad").
    if ((f & LOWER_ALPHA) !== 0 && (f & (CAPITALISED | DETERMINER | AUXILIARY | SENTENCE_OPENER | ADVERB)) === 0 && (f & (CUE_WORD | DESCRIPTOR)) !== CUE_WORD && modifiers < 2 && (isNounish(right) || modifiers > 0) && ((!lw.endsWith('ed') && !lw.endsWith('ing')) || (features[j]! & ROLE) !== 0)) {
      j--;
      modifiers++;
      continue;
    }
    // "Federal and state officials", "police and fire officials": two modifiers joined before a group's
    // noun make one group. The word before "and" is in lower case, or opens the stretch read ("Trump and
    // Republican officials" are two sources).
    if ((lw === 'and' || lw === 'or') && j < last && j - 2 >= floor && isGroupNoun(end) && (features[j - 2]! & (WORD_KIND | DETERMINER | AUXILIARY | SUBJECT_PRONOUN)) === WORD_KIND && ((features[j - 2]! & CAPITALISED) === 0 || j - 2 === floor)) {
      j -= 2;
      continue;
    }
    break;
  }
  return makePhrase(article, j, last + 1);
}

/** Determiners that introduce a common-noun source: "the announcer", "a friend", "my father". */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'nor', 'than', 'then', 'who', 'which', 'that', 'what', 'also', 'claims', 'accusations', 'allegations']);
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);

/**
 * "the announcer said", "a friend said", "the report said": a determiner, up to two modifiers and a
 * lowercase noun right before the verb name a source the word lists do not know.
 */
function commonNounPhrase(article: Article, last: number, floor: number): SourcePhrase | null {
  const { tokens, tokenFeatures: features } = article;
  const w0 = tokens.word(last)!.text;
  // A noun of speech in -ing is a document that speaks: "the ruling said", "the filing says".
  const speaking = (features[last]! & LOWER_ALPHA) !== 0 && w0.endsWith('ing') && SPEECH_NOUNS.has(w0);
  if (!(isLowerContentWord(w0, features[last]!) || speaking) || NOT_NOUNS.has(w0)) return null;
  for (let j = last - 1; j >= floor && j >= last - 4; j--) {
    const t = tokens.word(j)!;
    const w = lower(t);
    if (SOURCE_DETERMINERS.has(w)) {
      // After "its" only a role, a group or a document speaks ("its spokesperson", "its report"), not "its growth forecast".
      if (w === 'its' && (features[last]! & (ROLE | GROUP)) === 0 && !SPEECH_NOUNS.has(lower(tokens.word(last)!))) return null;
      // "a spokeswoman for the utility said": the noun belongs to the role before its connector, who speaks.
      if (j - 2 >= floor && (features[j - 1]! & CONNECTOR) !== 0 && (features[j - 2]! & ROLE) !== 0) {
        const role = phraseEndingAt(article, j - 2, floor);
        const whole = role && role.kind === 'person' && !role.name ? makePhrase(article, role.first, last + 1) : null;
        if (whole && whole.kind === 'person') return whole;
      }
      const p = makePhrase(article, j, last + 1);
      if (!p || p.kind === 'pronoun') return null;
      // Possessive determiners stay in the name: "my father" is not "father".
      const keep = true;
      const text = keep ? article.text.slice(tokens.start(j), tokens.end(last)) : p.text;
      return { ...p, common: true, start: keep ? tokens.start(j) : p.start, first: keep ? j : p.first, text, name: p.kind === 'person' ? null : text, title: p.kind === 'person' ? text : null, kind: p.kind === 'person' ? 'person' : 'institution' };
    }
    // Modifiers may be capitalised: "The Home Office letter reads".
    const f = features[j]!;
    // An inflected reporting verb is no modifier: "the court noted published reports" names no source.
    if (t.kind !== 'word' || !/^[\p{L}][\p{L}'\u2019-]*$/u.test(t.text) || (f & (AUXILIARY | CONNECTOR)) !== 0 || (f & (CUE_WORD | DESCRIPTOR)) === CUE_WORD || ((f & SENTENCE_OPENER) !== 0 && !SOURCE_DETERMINERS.has(w))) return null;
  }
  return null;
}

/** How far back (tokens) the person an age names may have been introduced ("Elena Ruiz, 62,"). */
export const AGE_REACH = 600;

/**
 * "the 62-year-old said", "said the 62-year-old grandmother": a person known by age, with a role
 * noun after it or none, over tokens [first, last). When the article introduced someone with that age
 * before ("Elena Ruiz, 62, …"), the phrase names that person; else it is an unnamed person. Null
 * unless the tokens are "the", a number, "-", "year-old" (and a role word).
 */
function agedPhrase(article: Article, first: number, last: number): SourcePhrase | null {
  const { tokens } = article;
  if (last - first < 4 || last - first > 5 || lower(tokens.word(first)!) !== 'the') return null;
  const age = tokens.word(first + 1)!;
  if (age.kind !== 'number' || tokens.word(first + 2)!.text !== '-' || lower(tokens.word(first + 3)!) !== 'year-old') return null;
  if (last - first === 5 && !isRoleWord(tokens.word(first + 4)!)) return null;
  const start = tokens.start(first);
  const end = tokens.end(last - 1);
  const text = article.text.slice(start, end);
  // With a role ("the 45-year-old teacher") an age no one was given describes someone new, not whoever
  // was last named; alone ("the 37-year-old said") it is an epithet of the person the article is about.
  const base: SourcePhrase = { start, end, first, last, text, kind: 'person', pronoun: null, name: null, title: text, head: lower(tokens.word(last - 1)!), definite: last - first === 4, indefinite: false, gender: 'unknown', affiliation: null, common: true };
  // "Elena Ruiz, 62,": a name, then the age between commas.
  for (let k = first - 1; k >= 2 && k >= first - AGE_REACH; k--) {
    if (tokens.word(k)!.text !== ',' || tokens.word(k - 1)!.text !== age.text || tokens.word(k - 2)!.text !== ',') continue;
    const named = phraseEndingAt(article, k - 3, Math.max(0, k - 10));
    if (named && named.kind === 'person' && named.name) return { ...base, name: named.name, title: null, gender: named.gender, common: false };
  }
  return base;
}

/** The phrase of a person known by age ending at token `last` ("the 62-year-old" said), or null. */
export function agedPhraseEndingAt(article: Article, last: number, floor: number): SourcePhrase | null {
  const { tokens } = article;
  const roleAfter = last - 4 >= floor && lower(tokens.word(last - 1)!) === 'year-old';
  const first = roleAfter ? last - 4 : last - 3;
  return first >= floor ? agedPhrase(article, first, last + 1) : null;
}

/** The phrase of a person known by age starting at token `first` (said "the 62-year-old"), or null. */
export function agedPhraseStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  if (first + 4 > ceiling) return null;
  const withRole = first + 5 <= ceiling && article.tokens.word(first + 4)!.kind === 'word' && isRoleWord(article.tokens.word(first + 4)!);
  return agedPhrase(article, first, withRole ? first + 5 : first + 4);
}

/** Words that take part of a group: "one of the people", "two of the officials". */
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'some', 'several', 'many', 'most', 'another']);

/**
 * "said one of the people", "said two of the officials": a part of a group named after "of", as one
 * source. One is a person known by the whole phrase; more are a group; "one of them" is a plural
 * pronoun, the group it points back to. Null when no such phrase starts at `first`.
 */
export function partitiveStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const { tokens } = article;
  if (first + 2 >= ceiling || tokens.word(first)!.kind !== 'word' || !PARTITIVES.has(lower(tokens.word(first)!)) || lower(tokens.word(first + 1)!) !== 'of') return null;
  // "One of them said": the part speaks for the group "them" points back to, as "they" would.
  if (lower(tokens.word(first + 2)!) === 'them') {
    const start = tokens.start(first);
    const end = tokens.end(first + 2);
    return { start, end, first, last: first + 3, text: article.text.slice(start, end), kind: 'pronoun', pronoun: 'plural', name: null, title: null, head: 'them', definite: false, indefinite: false, gender: 'unknown', affiliation: null, common: false };
  }
  const whole = phraseStartingAt(article, first + 2, ceiling);
  if (!whole || whole.kind !== 'group') return null;
  const text = article.text.slice(tokens.start(first), whole.end);
  const one = lower(tokens.word(first)!) === 'one';
  // Only "one of" is singular: "a person" as "a spokesman" is; "two of the officials believe" is plural.
  return { ...whole, start: tokens.start(first), first, text, kind: one ? 'person' : 'group', name: one ? null : text, title: one ? text : null, definite: false, indefinite: one, common: true };
}

/** Words of size before a collective noun: "a small group of", "a large crowd of". */
const SIZE_WORDS: ReadonlySet<string> = new Set(['small', 'large', 'big', 'huge', 'tiny', 'sizeable', 'growing']);

/** Nouns of a number of people, taken with whom they count: "a group of builders", "a crowd of fans". */
const COLLECTIVES: ReadonlySet<string> = new Set(['group', 'crowd', 'handful', 'band', 'bunch', 'gang', 'couple', 'pair', 'knot', 'throng']);

/**
 * "yelled a group of builders from scaffolding": a collective noun after "a", "one" or "another" and
 * the people it counts after "of" (a plural noun in lower case, perhaps after one modifier), as one
 * group source. Null when no such phrase starts at `first`.
 */
export function collectiveStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const { tokens, tokenFeatures: f } = article;
  if (first + 3 >= ceiling || !/^(?:a|an|one|another)$/i.test(tokens.word(first)!.text)) return null;
  // "a small group of cyclists", "a large crowd of fans": one size word before the collective.
  const noun = first + 4 < ceiling && SIZE_WORDS.has(lower(tokens.word(first + 1)!)) ? first + 2 : first + 1;
  if (!COLLECTIVES.has(lower(tokens.word(noun)!)) || lower(tokens.word(noun + 1)!) !== 'of') return null;
  let head = noun + 2;
  if (head + 1 < ceiling && !isPluralNoun(tokens.word(head)!.text, f[head]!) && isPluralNoun(tokens.word(head + 1)!.text, f[head + 1]!)) head++;
  if (!isPluralNoun(tokens.word(head)!.text, f[head]!)) return null;
  const start = tokens.start(first);
  const end = tokens.end(head);
  const text = article.text.slice(start, end);
  return { start, end, first, last: head + 1, text, kind: 'group', pronoun: null, name: text, title: null, head: tokens.word(head)!.stem, definite: false, indefinite: true, gender: 'unknown', affiliation: null, common: true };
}

/** The noun phrase starting at token index `first`, walking right (for inverted cues: said the minister). */
export function phraseStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const extent = phraseExtentStartingAt(article, first, ceiling);
  if (extent < 0) return null;
  const p = makePhrase(article, first, extent);
  // "calling" and "calls" are forms of a verb of speech: the bit keeps the look-up off most phrases.
  return p && extent + 2 < ceiling && (article.tokenFeatures[extent]! & CUE_WORD) !== 0 && (!p.name || (article.tokenFeatures[extent - 1]! & CAPITALISED) === 0) && p.kind !== 'pronoun' ? (selfNamed(article, p, ceiling) ?? p) : p;
}

/** "calling itself", "call themselves": a verb of naming turned on its subject. */
export const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself']);

/** The most words of the name a source gives itself ("calling itself Black Marrow"). */
const MAX_SELF_NAME = 4;

/**
 * "a ransomware group calling itself Black Marrow": a source with no name, then "calling itself" (or
 * "calls itself", "themselves") and a capitalised name, is known by that name, its noun the title.
 */
function selfNamed(article: Article, p: SourcePhrase, ceiling: number): SourcePhrase | null {
  const { tokens, tokenFeatures: f } = article;
  const verb = tokens.word(p.last)!.lower;
  if (verb !== 'calling' && verb !== 'calls') return null;
  if (!REFLEXIVES.has(tokens.word(p.last + 1)!.lower)) return null;
  const from = p.last + 2;
  let end = from;
  while (end < ceiling && end - from < MAX_SELF_NAME && (f[end]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND)) end++;
  if (end === from) return null;
  const name = article.text.slice(tokens.start(from), tokens.end(end - 1));
  const title = p.text.replace(/^(?:an?|the|one|another)\s+/i, '');
  return { ...p, end: tokens.end(end - 1), last: end, text: name, name, title, kind: p.kind === 'group' ? 'institution' : p.kind, indefinite: false, common: false };
}

/**
 * "The bill is “dead,” per a senior aide", "Per the budget office, …": "per" at token i opening a clause
 * (the sentence's, or one after a comma), before a determiner, a name or a group, names a source as
 * "according to" does; elsewhere it divides ("$5 per person", "per cent", "miles per hour").
 */
export function perNamesSource(article: Article, i: number, sentenceStart: number): boolean {
  const { tokens, tokenFeatures } = article;
  // After a comma, perhaps inside the closing mark ("dead on arrival,” per …).
  const before = i > sentenceStart && tokens.word(i - 1)!.kind === 'quote' ? i - 2 : i - 1;
  if (i > sentenceStart && (before < sentenceStart || tokens.word(before)!.text !== ',')) return false;
  const next = tokens.word(i + 1);
  if (next === undefined || next.kind !== 'word') return false;
  const w = lower(next);
  return w === 'the' || w === 'a' || w === 'an' || isCapitalised(next) || (tokenFeatures[i + 1]! & (GROUP | INSTITUTION | ROLE)) !== 0;
}

/** The most tokens a short parenthesis after a name holds: "( D - Newport News )", "(EIS)". */
const MAX_PARENTHESIS_TOKENS = 10;

/**
 * The "(" of the short parenthesis that the ")" at token `close` ends ("Rep. Gwen Moore (D-Wis.)",
 * "The Educational Institute of Scotland (EIS)"), after `floor`; -1 when `close` is no ")" or none opens it.
 */
export function parenthesisOpening(tokens: TokenList, close: number, floor: number): number {
  if (close <= floor || tokens.word(close)?.text !== ')') return -1;
  for (let k = close - 1; k > floor && k >= close - MAX_PARENTHESIS_TOKENS; k--) {
    const t = tokens.word(k)!.text;
    if (t === '(') return k;
    if (t === ')') return -1;
  }
  return -1;
}

/**
 * The source after "according to" or "per": phraseStartingAt's phrase, and when it ends with a
 * possessive, the common noun that possessive owns ("according to the party's bylaws": the bylaws).
 */
export function sourceStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const extent = phraseExtentStartingAt(article, first, ceiling);
  if (extent < 0) return documentStartingAt(article, first, ceiling);
  const { tokens, tokenFeatures: features } = article;
  // "according to court documents", "according to the new police report": words before a document's noun.
  if (extent < ceiling && (features[extent]! & (WORD_KIND | CAPITALISED)) === WORD_KIND && (DOCUMENT_NOUNS.has(tokens.word(extent)!.lower) || SPEECH_NOUNS.has(tokens.word(extent)!.lower))) {
    const document = documentStartingAt(article, first, ceiling);
    if (document && document.last > extent) return document;
  }
  const noun = extent;
  const owned =
    (features[extent - 1]! & POSSESSIVE) !== 0 && noun < ceiling && (features[noun]! & (WORD_KIND | CAPITALISED)) === WORD_KIND && isLowerContentWord(tokens.word(noun)!.lower, features[noun]!) &&
    !(noun + 1 < ceiling && (features[noun + 1]! & WORD_KIND) !== 0 && isLowerContentWord(tokens.word(noun + 1)!.lower, features[noun + 1]!));
  return makePhrase(article, first, owned ? noun + 1 : extent);
}

/** Plain words a document's name may have before its noun ("the new police report", "court documents"). */
const MAX_DOCUMENT_WORDS = 4;

/**
 * "according to the report", "according to court documents": a determiner or none, then plain
 * lowercase words ending in a noun of speech or of a document, up to the clause's end; else null.
 */
function documentStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const { tokens, tokenFeatures: features } = article;
  let k = first;
  if (k < ceiling && (features[k]! & DETERMINER) !== 0) k++;
  let end = -1;
  for (let n = 0; k < ceiling && n < MAX_DOCUMENT_WORDS; k++, n++) {
    const f = features[k]!;
    if ((f & (WORD_KIND | CAPITALISED)) !== WORD_KIND || !isLowerContentWord(tokens.word(k)!.lower, f)) break;
    const w = tokens.word(k)!.lower;
    if (SPEECH_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) end = k + 1;
  }
  // The noun must close the phrase: "according to the report's authors" is someone else's.
  if (end < 0 || (end < ceiling && (features[end]! & WORD_KIND) !== 0 && isLowerContentWord(tokens.word(end)!.lower, features[end]!))) return null;
  return makePhrase(article, first, end);
}

/**
 * The phrase over tokens [first, extent), where extent came from phraseExtentStartingAt, for a scan
 * that keeps only named people and groups: null for none, as phraseStartingAt; or, for a phrase whose
 * kind already rules it out (a body or place, a title with no name), only its `last`, to skip it by.
 * Most capitalised runs are such: they cost no phrase.
 */
export function knownSourceOverExtent(article: Article, first: number, extent: number): SourcePhrase | number | null {
  return buildPhrase(article, first, extent, true);
}

/** Modifiers of a person's description that a sentence's first capital does not make a name. */
const PLACE_CAPITALISED_MODIFIERS: ReadonlySet<string> = new Set(['former', 'fellow', 'veteran', 'longtime', 'long-time', 'retired', 'acting', 'outgoing', 'incoming', 'interim', 'embattled']);

/**
 * Where the phrase phraseStartingAt would build ends (one past its last token), or -1 for none:
 * the walk without the classification, for callers that look at the tokens before paying for it.
 */
export function phraseExtentStartingAt(article: Article, first: number, ceiling: number): number {
  // The walk reads the flat token features (kind and word-list bits) and loads a token's word only
  // for the few tests a bit cannot answer: it runs for every capitalised run of every sentence.
  const { tokens, tokenFeatures: features } = article;
  let k = first;
  if (k >= ceiling) return -1;
  if ((features[k]! & SUBJECT_PRONOUN) !== 0) {
    const w0 = lower(tokens.word(k)!);
    // "I'd call it …": the writer, no source.
    if (FIRST_PERSON_CONTRACTIONS.has(w0)) return -1;
    if (w0 !== 'i' && w0 !== 'we' && w0 !== 'it') return k + 1;
  }
  while (k < ceiling && (features[k]! & DETERMINER) !== 0) k++;
  let last = -1;
  let m = k;
  // "farmer Ana Duarte", "longtime pollster Pat Caddell": lowercase descriptors right before a name,
  // perhaps after a numeric modifier glued together ("9/11 widow Terry Strada", "34-year-old teacher Ann Lee").
  let d = k;
  if (d < tokens.length && (features[d]! & NUMBER_KIND) !== 0) {
    d++;
    while (d < ceiling && tokens.start(d) === tokens.end(d - 1) && (features[d]! & QUOTE_KIND) === 0) d++;
    if (!(d < ceiling && (features[d]! & DESCRIPTOR) !== 0)) d = k;
  }
  const numeric = d;
  // "Former presenter Dev Mistry", "Fellow presenter …": a modifier capitalised by its place at the
  // start of a sentence opens the descriptors as it would in lower case.
  if (d === k && d + 1 < ceiling && (features[d]! & CAPITALISED) !== 0 && (features[d + 1]! & DESCRIPTOR) !== 0 && PLACE_CAPITALISED_MODIFIERS.has(lower(tokens.word(d)!))) d++;
  while (d < ceiling && d - numeric < 3 && (features[d]! & DESCRIPTOR) !== 0) d++;
  if (d > numeric && d < ceiling && (features[d]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND)) m = d;
  else if (numeric > k) return -1;
  while (m < ceiling) {
    const f = features[m]!;
    if ((f & WORD_KIND) !== 0 && (f & (CAPITALISED | POSSESSIVE | NOUNISH)) !== 0) {
      last = m;
      m++;
      continue;
    }
    // "Bernstein & Co", "Procter & Gamble": an ampersand between capitalised words is inside a name.
    if ((f & SYMBOL_KIND) !== 0 && m > 0 && last === m - 1 && (features[m - 1]! & CAPITALISED) !== 0 && m + 1 < ceiling && (features[m + 1]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND) && tokens.word(m)!.text === '&') {
      m++;
      continue;
    }
    if ((f & NAME_PARTICLE) !== 0 && m > 0 && last === m - 1 && (features[m - 1]! & CAPITALISED) !== 0 && m + 1 < ceiling) {
      // "Erik ten Hag", and two in a row: "Rafael van der Vaart", "Penélope de la Cruz".
      const second = (features[m + 1]! & NAME_PARTICLE) !== 0 && m + 2 < ceiling && (features[m + 2]! & CAPITALISED) !== 0;
      if ((features[m + 1]! & CAPITALISED) !== 0 || second) {
        m += second ? 2 : 1;
        continue;
      }
    }
    // Not an inflected reporting verb ("governor said Democrats"): a cue word that is no descriptor (a5ffec2);
    // nor a relative word that opens a clause ("Latino voters who Democrats …"); "and" may join two.
    // Two modifiers may stand before the noun: "outgoing central bank chief".
    if ((f & LOWER_ALPHA) !== 0 && (f & (CAPITALISED | DETERMINER | AUXILIARY | CONNECTOR)) === 0 && (f & (CUE_WORD | DESCRIPTOR)) !== CUE_WORD && m + 1 < ceiling && ((features[m + 1]! & NOUNISH) !== 0 || (last < k && m + 2 < ceiling && isPlainModifier(features[m + 1]!) && (features[m + 2]! & NOUNISH) !== 0)) && !((f & SENTENCE_OPENER) !== 0 && RELATIVE_WORDS.has(lower(tokens.word(m)!))) && !afterPersonName(features, m, first)) {
      m++;
      continue;
    }
    if ((f & (QUOTE_KIND | PUNCT_KIND)) !== 0 && last >= m - 2) {
      // Robert C. "Bobby" Scott: the nickname's marks belong to the name (from the initial's period, too).
      const open = (f & PUNCT_KIND) !== 0 && last === m - 1 ? m + 1 : last === m - 1 ? m : -1;
      const close = open >= 0 && open < ceiling ? nicknameClosing(article, open) : -1;
      if (close >= 0 && close + 1 < ceiling) {
        m = close + 1;
        continue;
      }
    }
    if ((f & PUNCT_KIND) !== 0 && m > 0 && last === m - 1 && m + 1 < ceiling && tokens.start(m + 1) === tokens.end(m) && tokens.start(m) === tokens.end(m - 1) && isGlue(tokens.word(m)!.text)) {
      m++;
      continue;
    }
    // "said the Ministry of Trade, Industry and Fisheries": a list of parts in a body's name runs on to its "and".
    if (last === m - 1 && (features[last]! & CAPITALISED) !== 0 && (f & PUNCT_KIND) !== 0) {
      const listEnd = bodyListEnd(article, m, first, ceiling);
      if (listEnd >= 0) {
        last = listEnd;
        m = listEnd + 1;
        continue;
      }
    }
    // "said the Securities and Exchange Commission", "the Department of Water and Sanitation": "and" inside a body's capitalised name.
    if (last === m - 1 && (features[last]! & CAPITALISED) !== 0) {
      const body = andAfterBodyOf(article, m, first) ? andOperandEnd(article, m, ceiling) : andInBodyName(article, m, ceiling);
      if (body >= 0) {
        last = body;
        m = body + 1;
        continue;
      }
    }
    // "the" after "of" too: "Michael Grant of the European Space Agency" (not "scholar at the Center", a description).
    const joined = last === m - 1 || (last === m - 2 && isThe(article, m) && lower(tokens.word(m - 1)!) === 'of');
    if ((f & WORD_KIND) !== 0 && ((f & CONNECTOR) !== 0 || isThe(article, m)) && m > 0 && joined && m + 1 < ceiling && ((features[m + 1]! & (CAPITALISED | NOUNISH)) !== 0 || isThe(article, m + 1))) {
      // continue only while capitalised words follow: "Secretary of State", "minister for Europe"
      m++;
      continue;
    }
    break;
  }
  if (last < k) return -1;
  // "said its spokesperson", "its defenders say": after "its", only a person's role or a group is a
  // source ("it increased its growth forecast" names none).
  if (k > first && (features[last]! & (ROLE | GROUP)) === 0 && lower(tokens.word(first)!) === 'its') return -1;
  // "said one Democratic source": after a determiner, a common noun closes the capitalised modifiers.
  if (last + 1 < ceiling && (features[last + 1]! & (DESCRIPTOR | TEMPORAL)) === DESCRIPTOR && (features[last]! & CAPITALISED) !== 0 && SOURCE_DETERMINERS.has(lower(tokens.word(first)!))) last++;
  return last + 1;
}

/**
 * When token i is "and" followed by one to three capitalised words, the last of them a body's noun
 * ("Exchange Commission", "Midwives Association"), the index of that noun: the "and" joins a name
 * ("Securities and Exchange Commission"), not two sources ("Trump and Republican officials"). Else -1.
 */
function andInBodyName(article: Article, i: number, ceiling: number): number {
  if ((article.tokenFeatures[i]! & LOWER_ALPHA) === 0 || lower(article.tokens.word(i)!) !== 'and') return -1;
  const k = andOperandEnd(article, i, ceiling);
  return k >= 0 && (article.tokenFeatures[k]! & INSTITUTION) !== 0 ? k : -1;
}

/** The most capitalised words on either side of an "and" inside a body's name: "Department of Health and Social Care". */
const MAX_OF_WORDS = 3;

/**
 * Whether token i is "and" inside the capitalised "of" part of a body's name: "Department of Water and
 * Sanitation", "Ministry of Health and Social Care" (a body's noun, "of", one to three capitalised
 * words, "and"), no lower than `floor`.
 */
function andAfterBodyOf(article: Article, i: number, floor: number): boolean {
  const { tokens, tokenFeatures: features } = article;
  if ((features[i]! & LOWER_ALPHA) === 0 || lower(tokens.word(i)!) !== 'and') return false;
  return listAfterBodyOf(article, i, floor);
}

/** The most tokens of a list of parts in a body's name before its "and": "of Trade, Industry and", "for Environment, Food and". */
const MAX_OF_LIST = 9;

/**
 * Whether the tokens before token i are the capitalised "of" or "for" part of a body's name, its
 * parts perhaps a list set apart by commas: "Department of Water" before "and Sanitation", "Ministry of
 * Trade, Industry" before "and Fisheries", "Department for Environment, Food" before "and Rural Affairs".
 */
function listAfterBodyOf(article: Article, i: number, floor: number): boolean {
  const { tokens, tokenFeatures: features } = article;
  let k = i - 1;
  let words = 0;
  while (k > floor && k >= i - MAX_OF_LIST) {
    if ((features[k]! & (WORD_KIND | CAPITALISED | CONNECTOR)) === (WORD_KIND | CAPITALISED) && words < MAX_OF_WORDS) {
      words++;
      k--;
    } else if (words > 0 && tokens.word(k)!.text === ',') {
      words = 0;
      k--;
    } else break;
  }
  if (words === 0 || k - 1 < floor) return false;
  const of = lower(tokens.word(k)!);
  return (of === 'of' || of === 'for') && (features[k - 1]! & (CAPITALISED | INSTITUTION)) === (CAPITALISED | INSTITUTION);
}

/**
 * After the comma at token i inside a listed body name ("Ministry of Trade, Industry and Fisheries"):
 * the last token of the list's final part, after its "and"; -1 when the comma opens no such list.
 */
function bodyListEnd(article: Article, i: number, floor: number, ceiling: number): number {
  const { tokens, tokenFeatures: features } = article;
  if (tokens.word(i)!.text !== ',' || !listAfterBodyOf(article, i, floor)) return -1;
  let k = i + 1;
  for (let words = 0; k < ceiling && k <= i + MAX_OF_LIST; k++) {
    if ((features[k]! & (WORD_KIND | CAPITALISED | CONNECTOR)) === (WORD_KIND | CAPITALISED) && words < MAX_OF_WORDS) words++;
    else if (words > 0 && tokens.word(k)!.text === ',') words = 0;
    else if (words > 0 && andAfterBodyOf(article, k, floor)) return andOperandEnd(article, k, ceiling);
    else return -1;
  }
  return -1;
}

/** The last of one to three capitalised words right after the "and" at token i ("and Social Care"), or -1. */
function andOperandEnd(article: Article, i: number, ceiling: number): number {
  let k = i + 1;
  while (k < ceiling && k <= i + MAX_OF_WORDS && (article.tokenFeatures[k]! & (WORD_KIND | CAPITALISED)) === (WORD_KIND | CAPITALISED)) k++;
  return k > i + 1 ? k - 1 : -1;
}

/** A lower-case word that may describe the noun after it: no function word, no verb of speech. */
function isPlainModifier(f: number): boolean {
  return (f & (LOWER_ALPHA | CAPITALISED | DETERMINER | AUXILIARY | CONNECTOR | SENTENCE_OPENER)) === LOWER_ALPHA && (f & (CUE_WORD | DESCRIPTOR)) !== CUE_WORD;
}

/** The token at i is "the", in any case: the determiner bit first, so most tokens need no word loaded. */
function isThe(article: Article, i: number): boolean {
  return (article.tokenFeatures[i]! & DETERMINER) !== 0 && lower(article.tokens.word(i)!) === 'the';
}

/** A hyphen or a period, which glue the parts of a name ("Jean-Luc", "G.K."). */
function isGlue(text: string): boolean {
  return text === '-' || text === '.';
}

/**
 * Whether the phrase over tokens [first, end) can name a person by a title or a known forename, or a
 * group. A run of plain capitalised words whose first is no known forename ("New York Times",
 * "Antonin Scalia") cannot, unless a forename comes second in a run of three or more ("Fisherman
 * Dale Pruitt"): makePhrase would read it as a name with no title and no gender cue.
 */
export function mayNameKnownSource(article: Article, first: number, end: number): boolean {
  const features = article.tokenFeatures;
  for (let i = first; i < end; i++) if ((features[i]! & PLAIN_NAME) === 0) return true;
  // A forename second may follow an occupation that opens a sentence: "Fisherman Dale Pruitt" (see buildPhrase).
  return (features[first]! & FORENAME) !== 0 || (end - first >= 3 && (features[first + 1]! & FORENAME) !== 0);
}

/**
 * Marks which tokens of [first, last) belong to a role phrase ("secretary of state", "foreign
 * minister"): mask[i - first] is 1 for those. The mask is a buffer shared by every call, valid until
 * the next: makePhrase builds one per phrase, and thousands of phrases per text need no array each.
 */
function roleMask(article: Article, first: number, last: number): Uint8Array {
  const { tokens, tokenFeatures: features } = article;
  const length = Math.max(0, last - first);
  if (roleScratch.length < length) roleScratch = new Uint8Array(2 * length);
  const mask = roleScratch;
  for (let k = 0; k < length; k++) mask[k] = 0;
  for (let i = first; i < last; i++) {
    // Only the first word of a role of several words starts an n-gram worth building.
    const most = (features[i]! & ROLE_START) !== 0 ? MAX_ROLE_WORDS : 1;
    for (let n = 0; n < most && i + n < last; n++) {
      // Every role ends in a role head (ROLE_HEADS): other n-grams need no string built.
      if ((features[i + n]! & ROLE) === 0) continue;
      let words = stem(tokens.word(i)!);
      for (let k = 1; k <= n; k++) words = `${words} ${stem(tokens.word(i + k)!)}`;
      if (ROLES.has(words)) for (let k = 0; k <= n; k++) mask[i + k - first] = 1;
    }
    if ((features[i]! & HONORIFIC) !== 0) mask[i - first] = 1;
  }
  return mask;
}

let roleScratch = new Uint8Array(64);

/** Whether every token of [first, last) belongs to a role phrase (roleMask, all set). */
function allInRole(article: Article, first: number, last: number): boolean {
  const mask = roleMask(article, first, last);
  for (let i = 0; i < last - first; i++) if (mask[i] === 0) return false;
  return true;
}

function makePhrase(article: Article, first: number, last: number): SourcePhrase | null {
  const p = buildPhrase(article, first, last, false);
  return typeof p === 'number' ? null : p;
}

/** Which words a phrase's name or title is (buildPhrase): none, the whole phrase, the name's own words, the words before the name. */
const NONE = 0;
const WHOLE_PHRASE = 1;
const NAME_WORDS = 2;
const WORDS_BEFORE_NAME = 3;

/** makePhrase; with `knownOnly`, a phrase that could name no known source is only its `last` (knownSourceOverExtent). */
function buildPhrase(article: Article, first: number, last: number, knownOnly: boolean): SourcePhrase | number | null {
  const { tokens, text, tokenFeatures: features } = article;
  // Strip determiners, openers and connectors at the left edge ("the", "a" and "an" are determiners).
  let definite = false;
  let indefinite = false;
  while (first < last && (features[first]! & PHRASE_EDGE) !== 0) {
    const w = lower(tokens.word(first)!);
    if (w === 'the') definite = true;
    if (w === 'a' || w === 'an' || w === 'another') indefinite = true;
    if ((features[first]! & SUBJECT_PRONOUN) !== 0 && last - first === 1) break;
    first++;
  }
  // "said one source": "one" before a noun introduces someone, as "a" does (it stays in the phrase).
  if (!indefinite && last - first >= 2 && lower(tokens.word(first)!) === 'one') indefinite = true;
  // The determiner bit first ("the", "a" and "an" carry it): most phrases follow a word that is none, whose Word need not be loaded.
  // "another source" is named with its determiner, as "a source" is: someone else than the one before.
  const article0 = first > 0 && (features[first - 1]! & DETERMINER) !== 0 && (isArticle(tokens.word(first - 1)!) || lower(tokens.word(first - 1)!) === 'another') ? first - 1 : -1;
  // "my father", "her husband": a possessive determiner says whose, and stays with a role that has no name.
  const possessive0 = article0 < 0 && first > 0 && (features[first - 1]! & DETERMINER) !== 0 && POSSESSIVE_DETERMINERS.has(lower(tokens.word(first - 1)!)) ? first - 1 : -1;
  while (last > first && (features[last - 1]! & PUNCT_KIND) !== 0) last--;
  // "the doctor Friday", "Gold Star mother Wednesday": a day of the week after a phrase is when, not a name.
  while (last - first > 1 && (features[last - 1]! & TEMPORAL) !== 0 && WEEKDAYS.has(lower(tokens.word(last - 1)!))) last--;
  if (first >= last) return null;
  const w = lower(tokens.word(first)!);
  if (last - first === 1 && SUBJECT_PRONOUNS.has(w)) {
    const pc = SUBJECT_PRONOUNS.get(w)!;
    const start = tokens.start(first);
    const end = tokens.end(last - 1);
    return {
      start, end, first, last, text: text.slice(start, end), kind: 'pronoun', pronoun: pc, name: null, title: null, head: w,
      definite: false, indefinite: false, gender: pc === 'male' ? 'male' : pc === 'female' ? 'female' : 'unknown', affiliation: null, common: false,
    };
  }
  // The head sits before the first connector: "spokesperson for Beijing's mission" -> spokesperson.
  let headEnd = last;
  for (let i = first + 1; i < last; i++) {
    if ((features[i]! & CONNECTOR) !== 0 && !allInRole(article, i - 1, Math.min(last, i + 2))) {
      headEnd = i;
      break;
    }
  }
  // "Undersecretary for Education Mr. Toccafondi": an honorific and a name after the connector end the
  // phrase with the person's name, so the head runs to the end.
  if (headEnd < last && honorificNameAtEnd(article, headEnd, last)) headEnd = last;
  const mask = roleMask(article, first, headEnd);
  // The personal name: the trailing run of capitalised words that are not role, group or institution words.
  let nameFrom = headEnd;
  while (nameFrom - 1 >= first) {
    const f = features[nameFrom - 1]!;
    const glued = (f & PUNCT_KIND) !== 0 && nameFrom - 2 >= first && isGlue(tokens.word(nameFrom - 1)!.text);
    // A particle between capitalised words ("ten" of "Erik ten Hag"), or the first of two ("van der").
    const particle = (f & NAME_PARTICLE) !== 0 && nameFrom < headEnd && nameFrom - 2 >= first && ((features[nameFrom - 2]! & CAPITALISED) !== 0 || ((features[nameFrom - 2]! & NAME_PARTICLE) !== 0 && nameFrom - 3 >= first && (features[nameFrom - 3]! & CAPITALISED) !== 0));
    // "Donald Trump's microphone": a possessive may end the name ("Trump's" names Trump), nowhere else.
    const open = (f & QUOTE_KIND) !== 0 ? nicknameOpening(article, nameFrom - 1) : -1;
    if (open >= 0 && beforeNickname(article, open) >= first) {
      nameFrom = beforeNickname(article, open);
      continue;
    }
    const possessiveOk = (f & POSSESSIVE) === 0 || (nameFrom === headEnd && headEnd === last);
    if (((f & (CAPITALISED | NOUNISH)) === CAPITALISED && possessiveOk && mask[nameFrom - 1 - first] === 0) || glued || particle) nameFrom--;
    else break;
  }
  // "Fisherman Dale Pruitt disagreed.": an occupation that opens a sentence is capitalised like the name after it.
  if (nameFrom === first && headEnd - nameFrom >= 3 && isOccupationBeforeForename(article, nameFrom) && opensSentence(text, tokens.start(first))) nameFrom++;
  // "Democrat James Ortiz": a party label before a forename describes the person, anywhere in the
  // sentence; it is no part of the name, nor a title to look the person up by ("the nominee").
  let partyOnly = false;
  if (nameFrom === first && nameFrom < headEnd - 2 && (features[nameFrom + 1]! & FORENAME) !== 0 && PARTY_LABELS.has(lower(tokens.word(nameFrom)!))) {
    nameFrom++;
    partyOnly = true;
  }
  const headToken = tokens.word(headEnd - 1)!;
  const hasName = nameFrom < headEnd;
  // The kind first, and which words the name and the title are: knownOnly drops most phrases (places,
  // bodies), and those need no string cut nor their offsets read.
  let kind: EntityKind;
  let nameIs = NONE;
  let titleIs = NONE;
  if (hasName) {
    nameIs = NAME_WORDS;
    const nameTokens = headEnd - nameFrom;
    const titled = nameFrom > first;
    const hasInstitution = containsInstitutionWord(article, nameFrom, headEnd);
    const acronym = nameTokens === 1 && isAsciiAcronym(tokens.word(nameFrom)!.text);
    // "the General Assembly", "the Supreme Court": a role word before a body's noun names the body.
    // So does a body's noun right before the name: "the state weather bureau PAGASA".
    if (titled && hasRoleBefore(article, first, nameFrom, mask) && (features[headEnd - 1]! & INSTITUTION) === 0 && (features[nameFrom - 1]! & (INSTITUTION | ROLE)) !== INSTITUTION) {
      kind = 'person';
      titleIs = WORDS_BEFORE_NAME;
    } else if (hasInstitution || acronym) {
      kind = 'institution';
      nameIs = WHOLE_PHRASE;
    } else if (nameTokens >= 2 && PLACE_NOUNS.has(lower(tokens.word(headEnd - 1)!))) {
      // "potholes on Garland Avenue": a street or a place, though a forename opens it.
      kind = 'institution';
      nameIs = WHOLE_PHRASE;
    } else if (nameTokens >= 2 && !titled) {
      kind = 'person';
    } else if (titled) {
      // "the Hammerfest-based company Polarfangst AS": after a body's common noun, the name is the body's
      // ("the Legislative Council Ashwini Nadagouda" is a title over a name).
      kind = nameTokens >= 2 && (features[nameFrom - 1]! & (INSTITUTION | ROLE | CAPITALISED)) !== INSTITUTION ? 'person' : 'institution';
      if (kind === 'person') titleIs = WORDS_BEFORE_NAME;
      else nameIs = WHOLE_PHRASE;
    } else {
      kind = 'institution'; // a single capitalised word: a country, a body, or a surname (resolved later)
    }
  } else if (isGroupNoun(headToken)) {
    kind = 'group';
    nameIs = WHOLE_PHRASE;
  } else if (mask[headEnd - 1 - first] === 1) {
    // A role, whole ("minister", "secretary of state"): not the last word of one alone ("state figures").
    kind = 'person';
    titleIs = WHOLE_PHRASE;
  } else {
    kind = 'institution';
    nameIs = WHOLE_PHRASE;
  }
  if (partyOnly && kind === 'person') titleIs = NONE;
  // Below, a person may turn into a body, never the other way, and a person with no name gets none.
  if (knownOnly && (kind === 'institution' || (kind === 'person' && nameIs === NONE))) return last;
  let gender: Gender = 'unknown';
  for (let i = first; i < headEnd; i++) {
    if ((features[i]! & (HONORIFIC | ROLE)) === 0) continue; // the bits say neither map holds it
    const t = tokens.word(i)!;
    const g = ((t.features & HONORIFIC) !== 0 ? HONORIFICS.get(lower(t)) ?? HONORIFICS.get(lower(t) + '.') : undefined) ?? ROLES.get(stem(t));
    if (g && g !== 'unknown') gender = g;
  }
  const start = tokens.start(first);
  const end = tokens.end(last - 1);
  const phraseText = text.slice(start, end);
  let name = nameIs === NONE ? null : nameIs === WHOLE_PHRASE ? phraseText : withoutPossessive(text.slice(tokens.start(nameFrom), tokens.end(headEnd - 1)));
  // "the minister's statement": the possessor's title is "the minister", as its name would be.
  const title = titleIs === NONE ? null : titleIs === WHOLE_PHRASE ? withoutPossessive(phraseText) : text.slice(tokens.start(first), tokens.end(nameFrom - 1));
  // "Representative Charles B. Rangel of New York": the place or body after the name belongs to how he is named.
  const postName = kind === 'person' && name && headEnd < last && lower(tokens.word(headEnd)!) === 'of' ? text.slice(tokens.start(headEnd), end) : null;
  const affiliation = kind === 'person' && name ? parenthetical(article, last) ?? postName : null;
  // "Friends of the Forth", "Keepers of the Forth": a body's name runs on over "of" to its end.
  if (kind === 'institution' && name !== null && name !== phraseText && headEnd < last && lower(tokens.word(headEnd)!) === 'of') name = withoutPossessive(phraseText);
  // A source with no name of its own is named with its article, as written: "the announcer", "The New York Times".
  // People are not named with "the": "The New York Times" is a body, not a person called New York Times.
  if (article0 >= 0 && lower(tokens.word(article0)!) === 'the' && kind === 'person' && name && title === null && headEnd - first >= 2) {
    kind = 'institution';
    name = phraseText;
  }
  const unnamedPerson = kind === 'person' && !name;
  const properTitle = kind === 'institution' && name === phraseText && headEnd - first >= 2 && allCapitalised(article, first, headEnd);
  if (possessive0 >= 0 && unnamedPerson) {
    const raw = text.slice(tokens.start(possessive0), end);
    const whose = raw[0]!.toLowerCase() + raw.slice(1);
    return { start: tokens.start(possessive0), end, first: possessive0, last, text: whose, kind, pronoun: null, name, title: withoutPossessive(whose), head: stem(headToken), definite, indefinite, gender, affiliation, common: false };
  }
  if (article0 >= 0 && (unnamedPerson || properTitle)) {
    // Lower-case the article of a common noun ("A Beijing spokesperson" opening a sentence reads "a Beijing spokesperson").
    const raw = text.slice(tokens.start(article0), end);
    const withArticle = unnamedPerson ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
    return { start: tokens.start(article0), end, first: article0, last, text: withArticle, kind, pronoun: null, name: properTitle ? withArticle : name, title: unnamedPerson ? withoutPossessive(withArticle) : title, head: stem(headToken), definite, indefinite, gender, affiliation, common: false };
  }
  return { start, end, first, last, text: phraseText, kind, pronoun: null, name, title, head: stem(headToken), definite, indefinite, gender, affiliation, common: false };
}

/** Whether tokens [from, last) end with an honorific and a capitalised name: "… Mr. Toccafondi". */
function honorificNameAtEnd(article: Article, from: number, last: number): boolean {
  const features = article.tokenFeatures;
  let k = last - 1;
  while (k > from && (features[k]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND) && (features[k]! & HONORIFIC) === 0) k--;
  // The honorific may carry its period as a token of its own ("Mr" ".").
  if (k > from && article.tokens.word(k)!.text === '.') k--;
  return k > from && k < last - 1 && (features[k]! & HONORIFIC) !== 0;
}

/** Endings of agent nouns that name a person by what they do: "farmer", "fisherman", "economist", "resident", "retiree". */
const AGENT_NOUN_ENDING = /(?:er|or|man|woman|ist|ian|ant|ent|ee)$/;

/** Token i is no forename but ends like an agent noun, and a forename follows it: "Fisherman Dale Pruitt", "Rancher Ann Lee". */
function isOccupationBeforeForename(article: Article, i: number): boolean {
  const features = article.tokenFeatures;
  return (features[i]! & FORENAME) === 0 && (features[i + 1]! & FORENAME) !== 0 && AGENT_NOUN_ENDING.test(lower(article.tokens.word(i)!));
}

/** Whether offset `at` opens a sentence: only spaces lie between it and the text's start, a line break or a full stop. */
export function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0) return true;
  const c = text[k]!;
  return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?';
}

/** Determiners that say whose: "my father", "their lawyer". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(fw.possessiveDeterminers);

/** "the", "a" or "an", in any case (all three carry the DETERMINER bit: a word without it is none of them). */
export function isArticle(t: TokenWord): boolean {
  const w = t.lower;
  return w === 'the' || w === 'a' || w === 'an';
}

/** The text without a final 's or ’s (either case): what .replace(/['’]s$/i, '') gives. */
export function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2) return s;
  const last = s.charCodeAt(n - 1);
  const mark = s.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019) ? s.slice(0, n - 2) : s;
}

/** "(D-Wis.)" right after a name: a short parenthesis without spaces inside. */
function parenthetical(article: Article, at: number): string | null {
  const { tokens, text } = article;
  const open = tokens.at(at);
  if (open && open.text === ',') return partyAfterComma(article, at);
  if (!open || open.text !== '(') return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 10); k++) {
    if (tokens.word(k)!.text === ')') {
      const inner = text.slice(open.end, tokens.start(k));
      return /^[A-Z][\w.-]{0,14}$/.test(inner) ? text.slice(open.start, tokens.end(k)) : null;
    }
  }
  return null;
}

/**
 * "Sen. Mitch McConnell, R-Ky., said": the party and state after a comma (the wire style of "(R-Ky.)"),
 * a party's letter hyphenated to a capitalised word, with the comma or the sentence's end after.
 */
function partyAfterComma(article: Article, comma: number): string | null {
  const { tokens, text } = article;
  let k = comma + 1;
  const party = tokens.word(k);
  // The tokenizer keeps a hyphenated word whole: "R-Ky" is one token, its period another.
  if (!party || party.kind !== 'word' || !/^[RDI]-\p{Lu}[\p{L}]*$/u.test(party.text)) return null;
  // With its period, the state's abbreviation may end the sentence too ("said Sen. Mitch McConnell, R-Ky.").
  let period = tokens.word(k + 1)?.text === '.' && tokens.start(k + 1) === tokens.end(k);
  if (period) k++;
  // A state of two initials or a short word after the first ("D-N.M.", "D-W.Va."): capitals glued on.
  while (period && isGluedStatePart(article, k + 1)) {
    k++;
    period = tokens.word(k)!.text.endsWith('.');
    if (!period && tokens.word(k + 1)?.text === '.' && tokens.start(k + 1) === tokens.end(k)) {
      k++;
      period = true;
    }
  }
  const after = tokens.word(k + 1);
  if (!period && after && after.text !== ',' && after.text !== ';') return null;
  return text.slice(tokens.start(comma + 1), tokens.end(k));
}

/** The token at i touches the one before and is a capitalised piece of a state's abbreviation: "M." of "N.M.", "Va" of "W.Va.". */
function isGluedStatePart(article: Article, i: number): boolean {
  const t = article.tokens.word(i);
  return t !== undefined && t.kind === 'word' && article.tokens.start(i) === article.tokens.end(i - 1) && /^\p{Lu}\p{Ll}?\.?$/u.test(t.text);
}

function allCapitalised(article: Article, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((article.tokenFeatures[i]! & CAPITALISED) === 0) return false;
  return true;
}

function hasRoleBefore(article: Article, first: number, nameFrom: number, mask: Uint8Array): boolean {
  for (let i = first; i < nameFrom; i++) if (mask[i - first] === 1 || (article.tokenFeatures[i]! & ROLE) !== 0) return true;
  return false;
}

function containsInstitutionWord(article: Article, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((article.tokenFeatures[i]! & (INSTITUTION | GROUP)) !== 0) return true;
  return false;
}

/** Nouns that end a street's or a place's name ("Avenue", "County"): function-words.json placeNouns. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(fw.placeNouns);

/** Prepositions that attach a place or body to an unnamed source: "a source on the panel", "a narrator in the ad". */
const ATTACHING_PREPOSITIONS: ReadonlySet<string> = new Set(fw.placePrepositions);

/**
 * "one Democratic source on the panel", "a narrator in the Clinton ad": an unnamed source and the
 * prepositional phrase that places it are one source. `head` ends right before the preposition at
 * `prep`, `tail` is the phrase after it. Times ("on Monday") and manners ("in a statement") are not.
 */
export function withPlace(article: Article, head: SourcePhrase, prep: number, tail: SourcePhrase | null): SourcePhrase | null {
  const { tokens } = article;
  if (!tail || tail.kind === 'pronoun' || !ATTACHING_PREPOSITIONS.has(lower(tokens.word(prep)!))) return null;
  // Only a source with no name of its own: "a narrator", "officials", "one Democratic source".
  const unnamed = head.common || (head.kind === 'person' && head.name === null) || !isCapitalised(tokens.word(head.last - 1)!);
  if (head.kind === 'pronoun' || !unnamed) return null;
  // "in a statement", "on condition of anonymity": how the source spoke, not where it sits.
  const tailHead = lower(tokens.word(tail.last - 1)!);
  if (SPEECH_NOUNS.has(tailHead) || tailHead === 'condition' || tailHead === 'anonymity') return null;
  if (head.last !== prep || tail.first > prep + 2) return null;
  for (let i = tail.first; i < tail.last; i++) if (isTemporal(tokens.word(i)!)) return null;
  return describedThrough(article, head, tail.last);
}

/**
 * An unnamed source named by all its words up to token `last` (exclusive): "a narrator in the Clinton
 * ad", "a source close to the negotiations", "officials familiar with the plan".
 */
export function describedThrough(article: Article, head: SourcePhrase, last: number): SourcePhrase {
  const end = article.tokens.end(last - 1);
  const joined = article.text.slice(head.start, end);
  return { ...head, end, last, text: joined, title: head.kind === 'person' ? joined : head.title, name: head.name === null ? null : joined, affiliation: null };
}

/**
 * The place after an inverted source, up to the clause's end: "[on] the panel", "[in] Washington".
 * A determiner or a capitalised word, then at most three words, then punctuation or the ceiling.
 */
export function placeStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const { tokens, tokenFeatures: features } = article;
  if (first >= ceiling) return null;
  const t0 = tokens.word(first)!;
  if (!(/^(?:the|a|an)$/i.test(t0.text) || isCapitalised(t0))) return null;
  let end = first + 1;
  while (end < ceiling && end - first < 4 && tokens.word(end)!.kind === 'word') end++;
  if (end < ceiling && tokens.word(end)!.kind === 'word') return null;
  for (let i = first; i < end; i++) if ((features[i]! & (TEMPORAL | AUXILIARY)) !== 0) return null;
  return makePhrase(article, first, end) ?? null;
}
