// Where a sentence's own words start: past a wire story's dateline ("MADRID (Reuters) -") or a live
// page's time stamp ("9:40 p.m. —"), which stand before the subject and are no part of the clause.

import type { Article } from './types';
import { lower } from './phrases';
import { CAPITALISED, NUMBER_KIND, WORD_KIND } from './word-features';

/** Clock words after a time ("9:40 p.m.", "14:32 GMT"). */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'bst', 'utc', 'cet', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt']);

/** How many tokens a time stamp may take before its dash ("11", ":", "45", "p.m."). */
const MAX_STAMP = 6;

/** How many tokens a dateline's region and date may take after its place ("Brazil", ",", "May", "7"). */
const MAX_PLACE = 8;

/** The dashes that close a dateline or open a credit line: hyphen, en, em, horizontal bar ("WASHINGTON ―"), a double hyphen. */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2015', '--']);

/**
 * The first token of tokens [from, to) past a dateline or a time stamp that opens them and ends in a
 * dash (a clock time "10:05" needs none before a capitalised word); `from` when none does. Datelines are words in capitals, an agency in parentheses, a dash.
 */
export function afterDateline(article: Article, from: number, to: number): number {
  const { tokens, tokenFeatures } = article;
  if (from >= to) return from;
  let k = from;
  // The bits first: most sentences open with a word in lower case or a capitalised word, which end the test at once.
  if ((tokenFeatures[from]! & NUMBER_KIND) !== 0) {
    while (k < to && k - from < MAX_STAMP) {
      const t = tokens.word(k)!;
      if (t.kind === 'number' || t.text === ':' || t.text === '.' || (t.kind === 'word' && CLOCK_WORDS.has(lower(t)))) k++;
      else break;
    }
  } else if ((tokenFeatures[from]! & WORD_KIND) !== 0) {
    while (k < to && tokens.word(k)!.kind === 'word' && /^\p{Lu}[\p{Lu}.'-]+$/u.test(tokens.word(k)!.text)) k++;
    if (k === from) return from;
    // "SÃO BENEDITO DO SUL, Brazil, May 7 (Global Wire) —", "PORTLAND, Ore. —": after the place in
    // capitals, its region and the date, each after a comma.
    if (k < to && tokens.word(k)!.text === ',') {
      let j = k;
      while (j < to && j - k < MAX_PLACE && (tokens.word(j)!.text === ',' || tokens.word(j)!.text === '.' || tokens.word(j)!.kind === 'number' || (tokenFeatures[j]! & (WORD_KIND | CAPITALISED)) === (WORD_KIND | CAPITALISED))) j++;
      if (j < to && (tokens.word(j)!.text === '(' || DASHES.has(tokens.word(j)!.text))) k = j;
    }
    if (k < to && tokens.word(k)!.text === '(') {
      while (k < to && tokens.word(k)!.text !== ')') k++;
      k++;
    }
  }
  if (k === from || k >= to) return from;
  // "10:05 Galway County Council said …": a live page's clock time needs no dash before a capital.
  if (k === from + 3 && tokens.word(from + 1)!.text === ':' && /^\d\d$/.test(tokens.word(from + 2)!.text) && (tokenFeatures[k]! & (WORD_KIND | CAPITALISED)) === (WORD_KIND | CAPITALISED)) return k;
  if (!DASHES.has(tokens.word(k)!.text)) return from;
  k++;
  // "--" may be two hyphens.
  if (k < to && tokens.word(k)!.text === '-') k++;
  return k;
}
