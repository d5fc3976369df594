// Names a text gives in passing: "who gave his name only as Teodor", "Drummond, 29,", "Bernadette
// Kowalczyk, 78, a retired teacher who …", "the teenager" for the person given an age in range.

import type { Article } from './types';
import titlesData from './data/titles.json';
import { AGE_REACH, lower, phraseEndingAt, phraseStartingAt, type SourcePhrase } from './source-phrases';
import { CAPITALISED, WORD_KIND } from './word-features';
import { forenameGender, KIN_ROLES, ROLES } from './lexicon';

/** Nouns for a person of an age range ("the teenager", "the octogenarian"), lower case -> [youngest, oldest]. */
const AGE_EPITHETS: ReadonlyMap<string, readonly [number, number]> = new Map(Object.entries(titlesData.ageEpithets).map(([w, r]) => [w, [r[0]!, r[1]!] as const]));

/**
 * "the teenager added" after "Okafor, 19, …": a definite noun for an age range names the person the
 * article gave an age in that range, a name then the age between commas, within AGE_REACH tokens
 * before; null when none is found.
 */
export function agedEpithet(article: Article, p: SourcePhrase): SourcePhrase | null {
  if (p.kind !== 'person' || p.name || !p.definite || p.last - p.first !== 2) return null;
  const range = AGE_EPITHETS.get(p.head);
  if (!range) return null;
  const { tokens } = article;
  for (let k = p.first - 1; k >= 3 && k >= p.first - AGE_REACH; k--) {
    const age = tokens.word(k - 1)!;
    if (tokens.word(k)!.text !== ',' || age.kind !== 'number' || tokens.word(k - 2)!.text !== ',') continue;
    const years = Number(age.text);
    if (!(years >= range[0] && years <= range[1])) continue;
    const named = phraseEndingAt(article, k - 3, Math.max(0, k - 10));
    // A lone surname given an age ("Okafor, 19,") is a person's, whatever a lone capitalised word reads as.
    if (named && named.name && (named.kind === 'person' || (named.kind === 'institution' && !named.name.includes(' ')))) return { ...p, name: named.name, title: null, gender: named.gender, common: false };
  }
  return null;
}

/** How many tokens after an unnamed person "who gave his name only as" may run before the name. */
const GIVEN_NAME_REACH = 12;

/**
 * "A man who gave his name only as Teodor", "a woman who would only be identified as Maria": an
 * unnamed person and the name the clause after it gives, one or two capitalised words after "as".
 * The phrase with that name; null when the clause gives none.
 */
export function givenName(article: Article, p: SourcePhrase, ceiling: number): SourcePhrase | null {
  if (p.kind !== 'person' || p.name) return null;
  const { tokens, tokenFeatures } = article;
  let k = p.last;
  if (k < ceiling && tokens.word(k)!.text === ',') k++;
  // "Another passenger, a man in a suit who gave his name only as Raj,": over a description to its "who".
  const reach = k + GIVEN_NAME_REACH;
  while (k < ceiling && k < reach && lower(tokens.word(k)!) !== 'who' && tokens.word(k)!.text !== ',') k++;
  if (k >= ceiling || lower(tokens.word(k)!) !== 'who') return null;
  let named = false;
  for (let j = k + 1; j < ceiling && j <= k + GIVEN_NAME_REACH; j++) {
    const w = lower(tokens.word(j)!);
    if (w === 'name' || w === 'identified' || w === 'known') named = true;
    else if (w === ',' && !named && secondWho(article, j + 1, ceiling) >= 0) {
      // "A farmer who overheard him, and who gave his name only as Piet,": the name is in the second clause.
      k = secondWho(article, j + 1, ceiling);
      j = k;
    } else if (w === ',' || w === '.') return null;
    if (!named || w !== 'as' || j + 1 >= ceiling) continue;
    const first = j + 1;
    let end = first;
    while (end < ceiling && end < first + 2 && (tokenFeatures[end]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND)) end++;
    if (end === first) return null;
    const name = article.text.slice(tokens.start(first), tokens.end(end - 1));
    return { ...p, name, title: p.text.replace(/^(?:an?|the|one|another)\s+/i, ''), indefinite: false, common: false };
  }
  return null;
}

/**
 * "Bernadette Kowalczyk, 78, a retired teacher from Lisle Creek who told …": an unnamed description
 * right after a name (and its age) and a comma describes that person; the name, with the description
 * for title. Null when no person's name stands there.
 */
export function namedBeforeDescription(article: Article, p: SourcePhrase, floor: number): SourcePhrase | null {
  if (p.kind !== 'person' || p.name || !p.indefinite) return null;
  const { tokens } = article;
  let k = p.first - 1;
  if (k - 1 < floor || tokens.word(k)!.text !== ',') return null;
  k--;
  if (k - 2 >= floor && tokens.word(k)!.kind === 'number' && tokens.word(k - 1)!.text === ',') k -= 2;
  const named = phraseEndingAt(article, k, floor);
  if (!named || named.kind !== 'person' || !named.name || named.title || !named.name.includes(' ')) return null;
  return { ...named, title: p.text.replace(/^(?:an?)\s+/i, '') };
}

/**
 * "Drummond, 29, fueled the speculation", "Kenzie Drummond, 29,", "Yonas, a 23-year-old from Eritrea,":
 * capitalised words [first, end) with an age between commas after them are a person's name, whatever
 * the word lists know of it. Null when no age follows.
 */
export function agedNameAt(article: Article, first: number, end: number, ceiling: number): SourcePhrase | null {
  const { tokens, text } = article;
  if (end + 2 >= ceiling || end - first > 3) return null;
  // Offsets first: this runs for every capitalised run no list knows.
  if (text.charCodeAt(tokens.start(end)) !== 44 || tokens.end(end) - tokens.start(end) !== 1) return null;
  const age = tokens.word(end + 1)!;
  // "Yonas, a 23-year-old from Eritrea, …": an age as a noun describes a person too.
  const described = (age.text === 'a' || age.text === 'an') && end + 4 < ceiling && tokens.word(end + 2)!.kind === 'number' && tokens.word(end + 3)!.text === '-' && /^years?-old$/i.test(tokens.word(end + 4)!.text);
  if (!described && (age.kind !== 'number' || tokens.word(end + 2)!.text !== ',' || !/^\d{1,3}$/.test(age.text) || Number(age.text) > 115)) return null;
  const p = phraseStartingAt(article, first, end);
  return p && p.name && p.last === end ? { ...p, kind: 'person' } : null;
}

/**
 * "… who asked to be identified only by his first name, Walt, sat …", "… gave her name only as Julie":
 * the lone capitalised word at token i is the name someone gave, a person's whatever it reads as.
 */
export function givenNameAt(article: Article, i: number, ceiling: number): SourcePhrase | null {
  if (!followsNameGiven(article, i)) return null;
  const p = phraseStartingAt(article, i, Math.min(ceiling, i + 1));
  return p && p.name ? { ...p, kind: 'person', title: null } : null;
}

/**
 * "Deborah Lindqvist and her husband, Arturo, were celebrating": a lone capitalised word between
 * commas right after a possessive and a word of kinship is that relative's name; the person, titled
 * by the kinship ("her husband"), whom a later "her husband added" means. Null otherwise.
 */
export function kinNameAt(article: Article, i: number, ceiling: number): SourcePhrase | null {
  const { tokens, text } = article;
  // Offsets first: this runs for every lone capitalised word, and few follow a comma.
  if (i < 3 || i + 1 >= ceiling || text.charCodeAt(tokens.start(i - 1)) !== 44 || tokens.word(i + 1)!.text !== ',') return null;
  const kin = lower(tokens.word(i - 2)!);
  const owner = lower(tokens.word(i - 3)!);
  if (!KIN_ROLES.has(kin) || (owner !== 'her' && owner !== 'his' && owner !== 'their')) return null;
  const p = phraseStartingAt(article, i, i + 1);
  if (!p || !p.name) return null;
  const known = forenameGender(p.name);
  return { ...p, kind: 'person', title: `${owner} ${kin}`, gender: known !== 'unknown' ? known : (ROLES.get(kin) ?? 'unknown') };
}

/** Whether token i comes right after "name," or after "as" with "name" or "identified" a few words before it. */
function followsNameGiven(article: Article, i: number): boolean {
  const { tokens, text } = article;
  if (i < 2) return false;
  // Offsets first: this runs for every lone capitalised word, and few follow a comma or "as".
  const ps = tokens.start(i - 1);
  const pe = tokens.end(i - 1);
  if (!(pe - ps === 1 && text.charCodeAt(ps) === 44) && !(pe - ps === 2 && (text.charCodeAt(ps) | 32) === 97 && (text.charCodeAt(ps + 1) | 32) === 115)) return false;
  if (pe - ps === 1) return lower(tokens.word(i - 2)!) === 'name';
  for (let j = i - 2; j >= 0 && j >= i - 5; j--) {
    const w = lower(tokens.word(j)!);
    if (w === 'name' || w === 'identified') return true;
  }
  return false;
}

/** "… who gave his name only as Teodor": a lone capitalised word after "name … as" is a person's name, whatever it reads as. */
export function givenAsName(article: Article, p: SourcePhrase): SourcePhrase | null {
  if (p.kind !== 'institution' || !p.name || p.name.includes(' ')) return null;
  return followsNameGiven(article, p.first) ? { ...p, kind: 'person' } : null;
}

/** The "who" of a second relative clause opening at token i ("who …", "and who …"), or -1. */
function secondWho(article: Article, i: number, ceiling: number): number {
  const { tokens } = article;
  if (i < ceiling && lower(tokens.word(i)!) === 'who') return i;
  return i + 1 < ceiling && lower(tokens.word(i)!) === 'and' && lower(tokens.word(i + 1)!) === 'who' ? i + 1 : -1;
}
