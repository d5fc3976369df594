// Names a text gave in full before anyone quoted their bearer: "Novak Djokovic survived a scare …"
// makes a later "Djokovic said" the person Novak Djokovic, not a body called "Djokovic".

import type { Article } from './types';
import { CAPITALISED, PLAIN_NAME, WORD_KIND } from './word-features';

/**
 * Two-word names of an article by their last word, lower case: runs of exactly two plain capitalised
 * words (PLAIN_NAME: no title, body's noun, function word or opener, so not "But Djokovic"), one
 * space apart, nothing glued before the first ("41C\n\nHospitals" is none) and no capitalised word
 * around them ("World Health Organization" names no "Organization"). Built at the first question, in
 * one pass over the tokens' bits: most articles never ask.
 */
export class NamesInFull {
  private byLastWord: Map<string, { readonly start: number; readonly name: string }> | null = null;

  constructor(private readonly article: Article) {}

  /** The first two-word name that ends in `word` (lower case) and starts before `before`, or null. */
  before(word: string, before: number): string | null {
    const found = (this.byLastWord ??= this.index()).get(word);
    return found !== undefined && found.start < before ? found.name : null;
  }

  private index(): Map<string, { readonly start: number; readonly name: string }> {
    const out = new Map<string, { readonly start: number; readonly name: string }>();
    const { tokens, tokenFeatures: f, text } = this.article;
    const word = CAPITALISED | WORD_KIND;
    const plain = word | PLAIN_NAME;
    for (let i = 1; i < tokens.length; i++) {
      if ((f[i]! & plain) !== plain || (f[i - 1]! & plain) !== plain) continue;
      if ((i >= 2 && (f[i - 2]! & word) === word) || (i + 1 < tokens.length && (f[i + 1]! & word) === word)) continue;
      if (tokens.start(i) !== tokens.end(i - 1) + 1 || text.charCodeAt(tokens.end(i - 1)) !== 32 || (i >= 2 && tokens.end(i - 2) === tokens.start(i - 1))) continue;
      const key = tokens.word(i)!.text.toLowerCase();
      if (!out.has(key)) out.set(key, { start: tokens.start(i - 1), name: text.slice(tokens.start(i - 1), tokens.end(i)) });
    }
    return out;
  }
}
