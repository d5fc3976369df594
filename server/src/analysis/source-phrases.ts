// Finds the noun phrase that names a source next to a reporting verb, and says what it is:
// a pronoun, a person (name, title), a group ("US officials") or an institution ("China's foreign ministry").

import type { Article, EntityKind, Gender, TokenList, TokenWord } from './types';
import { HONORIFICS, ROLES, SPEECH_NOUNS, SUBJECT_PRONOUNS, type PronounClass } from './lexicon';
import fw from './data/function-words.json';
import {
  ADVERBS, AUXILIARIES, CAPITALISED, CONNECTORS, DESCRIPTOR, DETERMINER, DETERMINERS, FORENAME, GROUP, HONORIFIC, INSTITUTION, PHRASE_EDGE, PLAIN_NAME, POSSESSIVE, ROLE, ROLE_START,
  SENTENCE_OPENERS, TEMPORAL,
} from './word-features';

const TEMPORAL_PREPOSITIONS = new Set(fw.temporalPrepositions);
/** Lowercase particles inside personal names: Bill de Blasio, Ursula von der Leyen. */
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'du', 'del', 'di', 'dos', 'ibn', 'ter']);
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
export function isInstitutionNoun(t: TokenWord): boolean {
  return (t.features & INSTITUTION) !== 0;
}
function isNounish(t: TokenWord): boolean {
  return (t.features & (ROLE | GROUP | INSTITUTION)) !== 0;
}
export function isTemporal(t: TokenWord): boolean {
  return (t.features & TEMPORAL) !== 0;
}
export function isHonorific(t: TokenWord): boolean {
  return (t.features & HONORIFIC) !== 0;
}

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
}

/** Skips adverbs, auxiliaries and time phrases ("on Thursday", "last week") leftwards from i; returns the new index. */
export function skipLeftModifiers(tokens: TokenList, i: number, floor: number): number {
  let k = i;
  for (let guard = 0; guard < 12 && k >= floor; guard++) {
    const t = tokens.word(k)!;
    const w = lower(t);
    if (t.kind === 'word' && (ADVERBS.has(w) || AUXILIARIES.has(w) || (w.length > 4 && w.endsWith('ly') && !isCapitalised(t)))) {
      k--;
      continue;
    }
    if (isTemporal(t)) {
      let m = k - 1;
      while (m >= floor && (isTemporal(tokens.word(m)!) || tokens.word(m)!.kind === 'number')) m--;
      if (m >= floor && TEMPORAL_PREPOSITIONS.has(lower(tokens.word(m)!))) {
        k = m - 1;
        continue;
      }
      if (m >= floor && ADVERBS.has(lower(tokens.word(m)!))) {
        k = m - 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The noun phrase ending at token index `last` (inclusive), walking left, or null. */
export function phraseEndingAt(article: Article, last: number, floor: number): SourcePhrase | null {
  const { tokens } = article;
  if (last < floor) return null;
  const end = tokens.word(last)!;
  if (end.kind !== 'word') return null;
  const w = lower(end);
  if (SUBJECT_PRONOUNS.has(w) && w !== 'i' && w !== 'we') return makePhrase(article, last, last + 1);
  if (!(isCapitalised(end) || isNounish(end))) return commonNounPhrase(article, last, floor);
  let j = last;
  let modifiers = 0;
  while (j - 1 >= floor) {
    const t = tokens.word(j - 1)!;
    const right = tokens.word(j)!;
    const lw = lower(t);
    if (t.kind === 'word' && !CONNECTORS.has(lw) && lw !== 'the' && lw !== 'a' && lw !== 'an' && (isCapitalised(t) || isPossessive(t) || isNounish(t))) {
      if (SUBJECT_PRONOUNS.has(lw) && isCapitalised(t)) break;
      j--;
      modifiers = 0;
      continue;
    }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.text) && isCapitalised(right) && j - 2 >= floor && isCapitalised(tokens.word(j - 2)!)) {
      j--;
      continue;
    }
    if (t.kind === 'number' && isGroupNoun(end)) {
      j--;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '.') && tokens.end(j - 1) === tokens.start(j) && j - 2 >= floor && tokens.end(j - 2) === tokens.start(j - 1)) {
      j--; // hyphenated or dotted parts glued to the right word
      continue;
    }
    if (t.kind === 'word' && (lw === 'the' || lw === 'a' || lw === 'an') && (j - 2 < floor || !CONNECTORS.has(lower(tokens.word(j - 2)!)))) {
      j--; // the determiner says whether the phrase points back ("the official") or introduces someone new
      break;
    }
    if (t.kind === 'word' && (CONNECTORS.has(lw) || lw === 'the') && j - 2 >= floor) {
      // "Secretary of State", "mission to the EU", "spokesperson for Beijing's mission"
      const left = tokens.word(j - 2)!;
      const leftOk = isCapitalised(left) || isNounish(left) || (lw === 'the' && CONNECTORS.has(lower(left)));
      const rightOk = isCapitalised(right) || isNounish(right) || lower(right) === 'the' || isPossessive(right);
      if (leftOk && rightOk) {
        j--;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && !isCapitalised(t) && modifiers < 2 && (isNounish(right) || modifiers > 0) && /^[a-z][a-z-]*$/.test(t.text) && !DETERMINERS.has(lw) && !AUXILIARIES.has(lw) && !SENTENCE_OPENERS.has(lw) && !ADVERBS.has(lw) && !lw.endsWith('ed') && !lw.endsWith('ing')) {
      j--;
      modifiers++;
      continue;
    }
    break;
  }
  return makePhrase(article, j, last + 1);
}

/** Determiners that introduce a common-noun source: "the announcer", "a friend", "my father". */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'nor', 'than', 'then', 'who', 'which', 'that', 'what', 'also', 'claims', 'accusations', 'allegations']);
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'one', 'another']);

/**
 * "the announcer said", "a friend said", "the report said": a determiner, up to two modifiers and a
 * lowercase noun right before the verb name a source the word lists do not know.
 */
function commonNounPhrase(article: Article, last: number, floor: number): SourcePhrase | null {
  const { tokens } = article;
  const end = tokens.word(last)!;
  const w0 = end.text;
  if (!/^[a-z][a-z-]+$/.test(w0) || AUXILIARIES.has(w0) || ADVERBS.has(w0) || DETERMINERS.has(w0) || SENTENCE_OPENERS.has(w0) || CONNECTORS.has(w0) || NOT_NOUNS.has(w0) || w0.endsWith('ly') || w0.endsWith('ing')) return null;
  for (let j = last - 1; j >= floor && j >= last - 4; j--) {
    const t = tokens.word(j)!;
    const w = lower(t);
    if (SOURCE_DETERMINERS.has(w)) {
      const p = makePhrase(article, j, last + 1);
      if (!p || p.kind === 'pronoun') return null;
      // Possessive determiners stay in the name: "my father" is not "father".
      const keep = true;
      const text = keep ? article.text.slice(tokens.start(j), tokens.end(last)) : p.text;
      return { ...p, common: true, start: keep ? tokens.start(j) : p.start, first: keep ? j : p.first, text, name: p.kind === 'person' ? null : text, title: p.kind === 'person' ? text : null, kind: p.kind === 'person' ? 'person' : 'institution' };
    }
    // Modifiers may be capitalised: "The Home Office letter reads".
    if (t.kind !== 'word' || !/^[\p{L}][\p{L}'\u2019-]*$/u.test(t.text) || AUXILIARIES.has(w) || CONNECTORS.has(w) || (SENTENCE_OPENERS.has(w) && !SOURCE_DETERMINERS.has(w))) return null;
  }
  return null;
}

/** The noun phrase starting at token index `first`, walking right (for inverted cues: said the minister). */
export function phraseStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const extent = phraseExtentStartingAt(article, first, ceiling);
  return extent < 0 ? null : makePhrase(article, first, extent);
}

/** The phrase over tokens [first, extent), where extent came from phraseExtentStartingAt: phraseStartingAt without measuring twice. */
export function phraseOverExtent(article: Article, first: number, extent: number): SourcePhrase | null {
  return makePhrase(article, first, extent);
}

/**
 * Where the phrase phraseStartingAt would build ends (one past its last token), or -1 for none:
 * the walk without the classification, for callers that look at the tokens before paying for it.
 */
export function phraseExtentStartingAt(article: Article, first: number, ceiling: number): number {
  const { tokens } = article;
  let k = first;
  if (k >= ceiling) return -1;
  const w0 = lower(tokens.word(k)!);
  if (SUBJECT_PRONOUNS.has(w0) && w0 !== 'i' && w0 !== 'we' && w0 !== 'it') return k + 1;
  while (k < ceiling && (tokens.word(k)!.features & DETERMINER) !== 0 && lower(tokens.word(k)!) !== 'its') k++;
  let last = -1;
  let m = k;
  // "farmer Ana Duarte", "longtime pollster Pat Caddell": lowercase descriptors right before a name,
  // perhaps after a numeric modifier glued together ("9/11 widow Terry Strada", "34-year-old teacher Ann Lee").
  let d = k;
  if (tokens.word(d)?.kind === 'number') {
    d++;
    while (d < ceiling && tokens.start(d) === tokens.end(d - 1) && tokens.word(d)!.kind !== 'quote') d++;
    if (!(d < ceiling && isDescriptor(tokens.word(d)!))) d = k;
  }
  const numeric = d;
  while (d < ceiling && d - numeric < 3 && isDescriptor(tokens.word(d)!)) d++;
  if (d > numeric && d < ceiling && isCapitalised(tokens.word(d)!) && tokens.word(d)!.kind === 'word') m = d;
  else if (numeric > k) return -1;
  while (m < ceiling) {
    const t = tokens.word(m)!;
    const lw = lower(t);
    if (t.kind === 'word' && (isCapitalised(t) || isPossessive(t) || isNounish(t))) {
      last = m;
      m++;
      continue;
    }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.text) && m > 0 && last === m - 1 && isCapitalised(tokens.word(m - 1)!) && m + 1 < ceiling && isCapitalised(tokens.word(m + 1)!)) {
      m++;
      continue;
    }
    if (t.kind === 'word' && !isCapitalised(t) && /^[a-z][a-z-]*$/.test(t.text) && m + 1 < ceiling && isNounish(tokens.word(m + 1)!) && !DETERMINERS.has(lw) && !AUXILIARIES.has(lw) && !CONNECTORS.has(lw)) {
      m++;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '.') && m > 0 && last === m - 1 && m + 1 < ceiling && tokens.start(m + 1) === tokens.end(m) && tokens.start(m) === tokens.end(m - 1)) {
      m++;
      continue;
    }
    if (t.kind === 'word' && (CONNECTORS.has(lw) || lw === 'the') && m > 0 && last === m - 1 && m + 1 < ceiling && (isCapitalised(tokens.word(m + 1)!) || lower(tokens.word(m + 1)!) === 'the' || isNounish(tokens.word(m + 1)!))) {
      // continue only while capitalised words follow: "Secretary of State", "minister for Europe"
      m++;
      continue;
    }
    break;
  }
  if (last < k) return -1;
  // "said one Democratic source": after a determiner, a common noun closes the capitalised modifiers.
  const head = tokens.word(last + 1);
  if (SOURCE_DETERMINERS.has(lower(tokens.word(first)!)) && head && last + 1 < ceiling && isDescriptor(head) && !isTemporal(head) && isCapitalised(tokens.word(last)!)) last++;
  return last + 1;
}

/** Words makePhrase strips or reads as something other than part of a plain name. */
/** A capitalised word that can only be part of a plain name (word-features.ts, PLAIN_NAME). */
function isPlainNameWord(t: TokenWord): boolean {
  return (t.features & PLAIN_NAME) !== 0;
}

/**
 * Whether the phrase over tokens [first, end) can name a person by a title or a known forename, or a
 * group. A run of plain capitalised words whose first is no known forename ("New York Times",
 * "Antonin Scalia") cannot: makePhrase would read it as a name with no title and no gender cue.
 */
export function mayNameKnownSource(tokens: TokenList, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!isPlainNameWord(tokens.word(i)!)) return true;
  return (tokens.word(first)!.features & FORENAME) !== 0;
}

/** "farmer", "longtime": a lowercase word that may describe a person (word-features.ts, DESCRIPTOR). */
function isDescriptor(t: TokenWord): boolean {
  return (t.features & DESCRIPTOR) !== 0;
}

/**
 * Marks which tokens of [first, last) belong to a role phrase ("secretary of state", "foreign
 * minister"): mask[i - first] is 1 for those. The mask is a buffer shared by every call, valid until
 * the next: makePhrase builds one per phrase, and thousands of phrases per text need no array each.
 */
function roleMask(tokens: TokenList, first: number, last: number): Uint8Array {
  const length = Math.max(0, last - first);
  if (roleScratch.length < length) roleScratch = new Uint8Array(2 * length);
  const mask = roleScratch;
  for (let k = 0; k < length; k++) mask[k] = 0;
  for (let i = first; i < last; i++) {
    // Only the first word of a role of several words starts an n-gram worth building.
    const most = (tokens.word(i)!.features & ROLE_START) !== 0 ? MAX_ROLE_WORDS : 1;
    for (let n = 0; n < most && i + n < last; n++) {
      // Every role ends in a role head (ROLE_HEADS): other n-grams need no string built.
      if (!isRoleWord(tokens.word(i + n)!)) continue;
      let words = stem(tokens.word(i)!);
      for (let k = 1; k <= n; k++) words = `${words} ${stem(tokens.word(i + k)!)}`;
      if (ROLES.has(words)) for (let k = 0; k <= n; k++) mask[i + k - first] = 1;
    }
    if (isHonorific(tokens.word(i)!)) mask[i - first] = 1;
  }
  return mask;
}

let roleScratch = new Uint8Array(64);

/** Whether every token of [first, last) belongs to a role phrase (roleMask, all set). */
function allInRole(tokens: TokenList, first: number, last: number): boolean {
  const mask = roleMask(tokens, first, last);
  for (let i = 0; i < last - first; i++) if (mask[i] === 0) return false;
  return true;
}

function makePhrase(article: Article, first: number, last: number): SourcePhrase | null {
  const { tokens, text } = article;
  // Strip determiners, openers and connectors at the left edge.
  let definite = false;
  let indefinite = false;
  while (first < last) {
    const w = lower(tokens.word(first)!);
    if (w === 'the') definite = true;
    if (w === 'a' || w === 'an') indefinite = true;
    if ((tokens.word(first)!.features & PHRASE_EDGE) !== 0 && !(SUBJECT_PRONOUNS.has(w) && last - first === 1)) first++;
    else break;
  }
  const article0 = first > 0 && isArticle(tokens.word(first - 1)!) ? first - 1 : -1;
  while (last > first && tokens.word(last - 1)!.kind === 'punct') last--;
  if (first >= last) return null;
  const start = tokens.start(first);
  const end = tokens.end(last - 1);
  const phraseText = text.slice(start, end);
  const w = lower(tokens.word(first)!);
  if (last - first === 1 && SUBJECT_PRONOUNS.has(w)) {
    const pc = SUBJECT_PRONOUNS.get(w)!;
    return {
      start, end, first, last, text: phraseText, kind: 'pronoun', pronoun: pc, name: null, title: null, head: w,
      definite: false, indefinite: false, gender: pc === 'male' ? 'male' : pc === 'female' ? 'female' : 'unknown', affiliation: null, common: false,
    };
  }
  // The head sits before the first connector: "spokesperson for Beijing's mission" -> spokesperson.
  let headEnd = last;
  for (let i = first + 1; i < last; i++) {
    if (CONNECTORS.has(lower(tokens.word(i)!)) && !allInRole(tokens, i - 1, Math.min(last, i + 2))) {
      headEnd = i;
      break;
    }
  }
  const mask = roleMask(tokens, first, headEnd);
  // The personal name: the trailing run of capitalised words that are not role, group or institution words.
  let nameFrom = headEnd;
  while (nameFrom - 1 >= first) {
    const t = tokens.word(nameFrom - 1)!;
    const glued = t.kind === 'punct' && (t.text === '-' || t.text === '.') && nameFrom - 2 >= first;
    const particle = t.kind === 'word' && NAME_PARTICLES.has(t.text) && nameFrom < headEnd && nameFrom - 2 >= first && isCapitalised(tokens.word(nameFrom - 2)!);
    // "Donald Trump's microphone": a possessive may end the name ("Trump's" names Trump), nowhere else.
    const possessiveOk = !isPossessive(t) || (nameFrom === headEnd && headEnd === last);
    if ((isCapitalised(t) && possessiveOk && !isNounish(t) && mask[nameFrom - 1 - first] === 0) || glued || particle) nameFrom--;
    else break;
  }
  const headToken = tokens.word(headEnd - 1)!;
  const hasName = nameFrom < headEnd;
  let kind: EntityKind;
  let name: string | null = null;
  let title: string | null = null;
  let gender: Gender = 'unknown';
  for (let i = first; i < headEnd; i++) {
    const t = tokens.word(i)!;
    if ((t.features & (HONORIFIC | ROLE)) === 0) continue; // the bits say neither map holds it
    const g = ((t.features & HONORIFIC) !== 0 ? HONORIFICS.get(lower(t)) ?? HONORIFICS.get(lower(t) + '.') : undefined) ?? ROLES.get(stem(t));
    if (g && g !== 'unknown') gender = g;
  }
  if (hasName) {
    name = withoutPossessive(text.slice(tokens.start(nameFrom), tokens.end(headEnd - 1)));
    const nameTokens = headEnd - nameFrom;
    const titled = nameFrom > first;
    const hasInstitution = containsInstitutionWord(tokens, nameFrom, headEnd);
    const acronym = nameTokens === 1 && /^[A-Z]{2,}$/.test(tokens.word(nameFrom)!.text);
    if (titled && hasRoleBefore(tokens, first, nameFrom, mask)) {
      kind = 'person';
      title = text.slice(tokens.start(first), tokens.end(nameFrom - 1));
    } else if (hasInstitution || acronym) {
      kind = 'institution';
      name = phraseText;
    } else if (nameTokens >= 2 && !titled) {
      kind = 'person';
    } else if (titled) {
      kind = nameTokens >= 2 ? 'person' : 'institution';
      if (kind === 'person') title = text.slice(tokens.start(first), tokens.end(nameFrom - 1));
      else name = phraseText;
    } else {
      kind = 'institution'; // a single capitalised word: a country, a body, or a surname (resolved later)
    }
  } else if (isGroupNoun(headToken)) {
    kind = 'group';
    name = phraseText;
  } else if (isRoleWord(headToken) || mask[headEnd - 1 - first] === 1) {
    kind = 'person';
    title = phraseText;
  } else {
    kind = 'institution';
    name = phraseText;
  }
  // "Representative Charles B. Rangel of New York": the place or body after the name belongs to how he is named.
  const postName = kind === 'person' && name && headEnd < last && lower(tokens.word(headEnd)!) === 'of' ? text.slice(tokens.start(headEnd), end) : null;
  const affiliation = kind === 'person' && name ? parenthetical(article, last) ?? postName : null;
  // A source with no name of its own is named with its article, as written: "the announcer", "The New York Times".
  // People are not named with "the": "The New York Times" is a body, not a person called New York Times.
  if (article0 >= 0 && lower(tokens.word(article0)!) === 'the' && kind === 'person' && name && title === null && headEnd - first >= 2) {
    kind = 'institution';
    name = phraseText;
  }
  const unnamedPerson = kind === 'person' && !name;
  const properTitle = kind === 'institution' && name === phraseText && headEnd - first >= 2 && allCapitalised(tokens, first, headEnd);
  if (article0 >= 0 && (unnamedPerson || properTitle)) {
    // Lower-case the article of a common noun ("A Beijing spokesperson" opening a sentence reads "a Beijing spokesperson").
    const raw = text.slice(tokens.start(article0), end);
    const withArticle = unnamedPerson ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
    return { start: tokens.start(article0), end, first: article0, last, text: withArticle, kind, pronoun: null, name: properTitle ? withArticle : name, title: unnamedPerson ? withArticle : title, head: stem(headToken), definite, indefinite, gender, affiliation, common: false };
  }
  return { start, end, first, last, text: phraseText, kind, pronoun: null, name, title, head: stem(headToken), definite, indefinite, gender, affiliation, common: false };
}

/** "the", "a" or "an", in any case. */
function isArticle(t: TokenWord): boolean {
  const w = t.lower;
  return w === 'the' || w === 'a' || w === 'an';
}

/** The text without a final 's or ’s (either case): what .replace(/['’]s$/i, '') gives. */
function withoutPossessive(s: string): string {
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
  if (!open || open.text !== '(') return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 10); k++) {
    if (tokens.word(k)!.text === ')') {
      const inner = text.slice(open.end, tokens.start(k));
      return /^[A-Z][\w.-]{0,14}$/.test(inner) ? text.slice(open.start, tokens.end(k)) : null;
    }
  }
  return null;
}

function allCapitalised(tokens: TokenList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCapitalised(tokens.word(i)!)) return false;
  return true;
}

function hasRoleBefore(tokens: TokenList, first: number, nameFrom: number, mask: Uint8Array): boolean {
  for (let i = first; i < nameFrom; i++) if (mask[i - first] === 1 || isRoleWord(tokens.word(i)!)) return true;
  return false;
}

function containsInstitutionWord(tokens: TokenList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isInstitutionNoun(tokens.word(i)!) || isGroupNoun(tokens.word(i)!)) return true;
  return false;
}

/** Prepositions that attach a place or body to an unnamed source: "a source on the panel", "a narrator in the ad". */
const ATTACHING_PREPOSITIONS: ReadonlySet<string> = new Set(fw.placePrepositions);

/**
 * "one Democratic source on the panel", "a narrator in the Clinton ad": an unnamed source and the
 * prepositional phrase that places it are one source. `head` ends right before the preposition at
 * `prep`, `tail` is the phrase after it. Times ("on Monday") and manners ("in a statement") are not.
 */
export function withPlace(article: Article, head: SourcePhrase, prep: number, tail: SourcePhrase | null): SourcePhrase | null {
  const { tokens, text } = article;
  if (!tail || tail.kind === 'pronoun' || !ATTACHING_PREPOSITIONS.has(lower(tokens.word(prep)!))) return null;
  // Only a source with no name of its own: "a narrator", "officials", "one Democratic source".
  const unnamed = head.common || (head.kind === 'person' && head.name === null) || !isCapitalised(tokens.word(head.last - 1)!);
  if (head.kind === 'pronoun' || !unnamed) return null;
  // "in a statement", "on condition of anonymity": how the source spoke, not where it sits.
  const tailHead = lower(tokens.word(tail.last - 1)!);
  if (SPEECH_NOUNS.has(tailHead) || tailHead === 'condition' || tailHead === 'anonymity') return null;
  if (head.last !== prep || tail.first > prep + 2) return null;
  for (let i = tail.first; i < tail.last; i++) if (isTemporal(tokens.word(i)!)) return null;
  const joined = text.slice(head.start, tail.end);
  return { ...head, end: tail.end, last: tail.last, text: joined, title: head.kind === 'person' ? joined : head.title, name: head.name === null ? null : joined, affiliation: null };
}

/**
 * The place after an inverted source, up to the clause's end: "[on] the panel", "[in] Washington".
 * A determiner or a capitalised word, then at most three words, then punctuation or the ceiling.
 */
export function placeStartingAt(article: Article, first: number, ceiling: number): SourcePhrase | null {
  const { tokens } = article;
  if (first >= ceiling) return null;
  const t0 = tokens.word(first)!;
  if (!(/^(?:the|a|an)$/i.test(t0.text) || isCapitalised(t0))) return null;
  let end = first + 1;
  while (end < ceiling && end - first < 4 && tokens.word(end)!.kind === 'word') end++;
  if (end < ceiling && tokens.word(end)!.kind === 'word') return null;
  for (let i = first; i < end; i++) if (isTemporal(tokens.word(i)!) || AUXILIARIES.has(lower(tokens.word(i)!))) return null;
  return makePhrase(article, first, end) ?? null;
}
