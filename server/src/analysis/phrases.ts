// Multi-word phrase lists matched against the token array, forwards or backwards from a position.
// Phrases are split with the Article tokenizer itself, so "per cent" or "a.m." match exactly as the text is tokenized.

import type { TokenList, TokenWord } from './types';
import { tokenize } from './tokenizer';

/** Lower-cased token text; the one place statistics and boilerplate fold case. */
export function lower(t: TokenWord): string {
  return t.lower;
}

export class PhraseSet {
  private readonly phrases: readonly string[];
  /** Built on first use: first word -> phrases starting with it, last word -> phrases ending with it (lower-case token texts, longest first). */
  private index: { readonly byFirst: Map<string, string[][]>; readonly byLast: Map<string, string[][]> } | null = null;

  constructor(phrases: Iterable<string>) {
    // Tokenizing waits for the first match: the word lists are built while the tokenizer's own module
    // (which reads them for word features) is still loading.
    this.phrases = [...phrases];
  }

  private get byFirst(): Map<string, string[][]> {
    return (this.index ??= this.build()).byFirst;
  }

  private get byLast(): Map<string, string[][]> {
    return (this.index ??= this.build()).byLast;
  }

  private build(): { byFirst: Map<string, string[][]>; byLast: Map<string, string[][]> } {
    const byFirst = new Map<string, string[][]>();
    const byLast = new Map<string, string[][]>();
    for (const phrase of this.phrases) {
      const words = tokenize(phrase.toLowerCase()).map((t) => t.text);
      if (words.length === 0) continue;
      push(byFirst, words[0]!, words);
      push(byLast, words[words.length - 1]!, words);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
    return { byFirst, byLast };
  }

  /** Number of tokens of the longest phrase that starts at token i (and ends before `end`), 0 when none. */
  matchForward(tokens: TokenList, i: number, end: number): number {
    if (i >= end) return 0;
    const list = this.byFirst.get(lower(tokens.word(i)!));
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > end) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = lower(tokens.word(i + k)!) === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  /** Number of tokens of the longest phrase that ends just before token `before` (and starts at or after `start`), 0 when none. */
  matchBackward(tokens: TokenList, before: number, start: number): number {
    if (before <= start) return 0;
    const list = this.byLast.get(lower(tokens.word(before - 1)!));
    if (!list) return 0;
    for (const words of list) {
      const from = before - words.length;
      if (from < start) continue;
      let ok = true;
      for (let k = 0; k < words.length - 1 && ok; k++) ok = lower(tokens.word(from + k)!) === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  has(word: string): boolean {
    const list = this.byFirst.get(word);
    return list !== undefined && list.some((w) => w.length === 1);
  }

  /** The lower-case words that phrases of the set start with: matchForward is 0 at any other token. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }
}

function push(map: Map<string, string[][]>, key: string, words: string[]): void {
  const list = map.get(key);
  if (list) list.push(words);
  else map.set(key, [words]);
}
