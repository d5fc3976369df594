// What the word lists say about one distinct word (capitalised, a role, a group noun, an honorific…),
// worked out once per word of a text by the vocabulary, so the analyses test a bit instead of a string.

import type { TokenKind } from './types';
import { GROUP_NOUNS, HONORIFICS, INSTITUTION_NOUNS, ROLE_HEADS } from './lexicon';
import fw from './data/function-words.json';

export const CAPITALISED = 1;
export const POSSESSIVE = 2;
export const ROLE = 4;
export const GROUP = 8;
export const INSTITUTION = 16;
export const HONORIFIC = 32;
export const TEMPORAL = 64;

const TEMPORAL_NOUNS: ReadonlySet<string> = new Set(fw.temporalNouns);

/** Arabic names keep a lowercase article: al-Amr, el-Sisi, bin-Salman. */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|bin|ibn|abu|abd)-\p{Lu}/u;

export interface WordFeatures {
  /** Lower case with curly apostrophes folded to straight ones: what the word lists are keyed by. */
  readonly folded: string;
  /** `folded` without a possessive "'s". */
  readonly stem: string;
  /** The bits above. */
  readonly features: number;
}

export function wordFeatures(text: string, lower: string, kind: TokenKind): WordFeatures {
  const folded = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
  const stem = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  let features = HONORIFICS.has(folded) || HONORIFICS.has(folded + '.') ? HONORIFIC : 0;
  if (kind === 'word') {
    const c = text[0]!;
    if (c !== c.toLowerCase() || NAME_PREFIX.test(text)) features |= CAPITALISED;
    if (/['\u2019]s$/i.test(text)) features |= POSSESSIVE;
    if (ROLE_HEADS.has(stem)) features |= ROLE;
    if (GROUP_NOUNS.has(folded)) features |= GROUP;
    if (INSTITUTION_NOUNS.has(stem)) features |= INSTITUTION;
    if (TEMPORAL_NOUNS.has(folded)) features |= TEMPORAL;
  }
  return { folded, stem, features };
}
