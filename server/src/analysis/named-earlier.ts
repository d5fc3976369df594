// How a text writes its names: in full before anyone quoted their bearer ("Novak Djokovic" makes a
// later "Djokovic said" that person), or a capitalised word it writes in lower case too (no name).

import type { Article } from './types';
import { CAPITALISED, FORENAME, PLAIN_NAME, WORD_KIND } from './word-features';
import { isLetter } from './tokenizer';
import { opensSentence } from './source-phrases';

/** How far (UTF-16 units) inLowerCaseAfter looks: the article that a headline opens. */
const LOWER_CASE_REACH = 10_000;

/** Whether text[i] is a letter (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetter(text[i]!);
}

/**
 * Two-word names of an article by their last word, lower case: runs of exactly two plain capitalised
 * words (PLAIN_NAME: no title, body's noun, function word or opener, so not "But Djokovic"), one
 * space apart, nothing glued before the first ("41C\n\nHospitals" is none) and no capitalised word
 * around them ("World Health Organization" names no "Organization"). Built at the first question, in
 * one pass over the tokens' bits: most articles never ask.
 */
export class NamesInFull {
  private byLastWord: Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }> | null = null;

  constructor(private readonly article: Article) {}

  /** The first two-word name that ends in `word` (lower case) and starts before `before`, or null. */
  before(word: string, before: number): string | null {
    const found = (this.byLastWord ??= this.index()).get(word);
    return found !== undefined && found.start < before ? this.article.text.slice(found.start, found.end) : null;
  }

  /**
   * Whether the text writes `word` (lower case) in lower case within LOWER_CASE_REACH after `from`:
   * "Documents reveal …" opening a headline, then "The documents, which include …": a capital by
   * position, no name. Remembered per word; the reach bounds the search in a long text.
   */
  inLowerCaseAfter(word: string, from: number): boolean {
    const known = this.lowerCase.get(word);
    if (known !== undefined) return known;
    const { text } = this.article;
    const until = Math.min(text.length, from + LOWER_CASE_REACH);
    let found = false;
    for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= until; at = text.indexOf(word, at + 1)) {
      if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) {
        found = true;
        break;
      }
    }
    this.lowerCase.set(word, found);
    return found;
  }

  private readonly lowerCase = new Map<string, boolean>();

  private index(): Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }> {
    const out = new Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }>();
    const { tokens, tokenFeatures: f, text } = this.article;
    const word = CAPITALISED | WORD_KIND;
    const plain = word | PLAIN_NAME;
    for (let i = 1; i < tokens.length; i++) {
      // A known forename first makes the run a source already (attribution observes it): not indexed.
      if ((f[i]! & plain) !== plain || (f[i - 1]! & (plain | FORENAME)) !== plain) continue;
      if ((i >= 2 && (f[i - 2]! & word) === word) || (i + 1 < tokens.length && (f[i + 1]! & word) === word)) continue;
      if (tokens.start(i) !== tokens.end(i - 1) + 1 || text.charCodeAt(tokens.end(i - 1)) !== 32 || (i >= 2 && tokens.end(i - 2) === tokens.start(i - 1))) continue;
      // The word's stem is its lower case (no possessive here: PLAIN_NAME has none): no string is made.
      const key = tokens.word(i)!.stem;
      const known = out.get(key);
      // A run that opens a sentence or the headline may owe its first capital to its place ("Late Okafor
      // header keeps …"): a later run elsewhere names the bearer ("substitute Kelechi Okafor").
      if (known === undefined || (known.opening && !opensSentence(text, tokens.start(i - 1)))) out.set(key, { start: tokens.start(i - 1), end: tokens.end(i), opening: opensSentence(text, tokens.start(i - 1)) });
    }
    return out;
  }
}

