// A nickname in quotation marks inside a person's name: Robert C. "Bobby" Scott, Thomas 'Tip' O'Neill.
// The marks are part of the name, not a quotation, so name walks pass over them and quote finding skips them.

import type { Article } from './types';
import { CAPITALISED, FORENAME, PUNCT_KIND, QUOTE_KIND, SUBJECT_PRONOUN, WORD_KIND } from './word-features';

/** The most words a nickname runs to ("The Rock"). */
const MAX_NICKNAME_WORDS = 2;

/** The closing mark that pairs with an opening one in a nickname. */
const PAIRED: Readonly<Record<string, string>> = { '"': '"', '\u201c': '\u201d', "'": "'", '\u2018': '\u2019', '``': "''" };

/**
 * When token `open` opens a nickname, the index of its closing mark; else -1. A nickname follows a
 * forename or an initial ("Robert C."), holds one or two capitalised words glued to its marks, and a
 * capitalised word (the surname) follows it: in a headline's title case ('Obama Sees "Personal Insult"
 * If …') the word before is no forename, so the quotation stays.
 */
export function nicknameClosing(article: Article, open: number): number {
  const { tokens, tokenFeatures: features } = article;
  // The bits first: this runs for every quotation mark, and most follow a lower-case word or a comma.
  if (open < 1 || (features[open]! & QUOTE_KIND) === 0 || (features[open - 1]! & (CAPITALISED | PUNCT_KIND)) === 0) return -1;
  const closer = PAIRED[tokens.word(open)!.text];
  if (closer === undefined || tokens.start(open) === tokens.end(open - 1)) return -1;
  if (!afterForenameOrInitial(article, open)) return -1;
  let k = open + 1;
  const WORD = WORD_KIND | CAPITALISED;
  if (k >= tokens.length || (features[k]! & WORD) !== WORD || tokens.start(k) !== tokens.end(open)) return -1;
  let words = 1;
  k++;
  while (k < tokens.length && words < MAX_NICKNAME_WORDS && (features[k]! & WORD) === WORD && tokens.start(k) > tokens.end(k - 1)) {
    words++;
    k++;
  }
  if (k >= tokens.length || tokens.word(k)!.text !== closer || tokens.start(k) !== tokens.end(k - 1)) return -1;
  const surname = k + 1;
  if (surname >= tokens.length || tokens.start(surname) === tokens.end(k)) return -1;
  const f = features[surname]!;
  return (f & WORD) === WORD && (f & SUBJECT_PRONOUN) === 0 ? k : -1;
}

/**
 * When token `close` closes a nickname, the index of its opening mark; else -1. Walks that read a name
 * leftward use it; the opening mark sits at most MAX_NICKNAME_WORDS + 1 tokens back.
 */
export function nicknameOpening(article: Article, close: number): number {
  const features = article.tokenFeatures;
  if ((features[close]! & QUOTE_KIND) === 0) return -1;
  for (let open = close - 2; open >= Math.max(0, close - 1 - MAX_NICKNAME_WORDS); open--) {
    if ((features[open]! & QUOTE_KIND) !== 0) return nicknameClosing(article, open) === close ? open : -1;
  }
  return -1;
}

/**
 * The token a name walk moving left goes on from once it has passed the nickname opened at `open`:
 * the forename, or the initial's letter ("C" of "Robert C.").
 */
export function beforeNickname(article: Article, open: number): number {
  return (article.tokenFeatures[open - 1]! & PUNCT_KIND) !== 0 ? open - 2 : open - 1;
}

/** The token before `open` is a forename, or an initial: one capital letter and its period ("C."). */
function afterForenameOrInitial(article: Article, open: number): boolean {
  const { tokens, tokenFeatures: features } = article;
  const prev = open - 1;
  if ((features[prev]! & (WORD_KIND | FORENAME)) === (WORD_KIND | FORENAME) && (features[prev]! & CAPITALISED) !== 0) return true;
  const t = tokens.word(prev)!.text;
  // The tokenizer keeps an initial's period on its letter ("C."); a period of its own is read back one token.
  if (t.length === 2 && t[1] === '.') return isCapitalLetter(t[0]!);
  if (prev < 1 || t !== '.' || tokens.start(prev) !== tokens.end(prev - 1)) return false;
  const letter = tokens.word(prev - 1)!.text;
  return letter.length === 1 && isCapitalLetter(letter);
}

function isCapitalLetter(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}
