// What a new version of a document shares with the version it was split from: the sentences an edit
// left alone, in place or moved, so the per-sentence work of the earlier analysis can be taken over.

import type { Article } from './types';

/**
 * Where the sentences and tokens of an Article split from an earlier version came from (parseArticle):
 * a kept prefix, the sentences of the edited lines (split again), and a moved suffix.
 */
export interface SentenceOrigins {
  readonly previous: Article;
  /** Sentences [0, keptSentences) and tokens [0, keptTokens) are the previous ones, in place. */
  readonly keptSentences: number;
  readonly keptTokens: number;
  /** Sentences from movedSentences and tokens from movedTokens on are the previous ones, moved. */
  readonly movedSentences: number;
  readonly movedTokens: number;
  /** A moved sentence's index minus its previous index; the same for tokens; its offset's shift. */
  readonly sentenceShift: number;
  readonly tokenShift: number;
  readonly offsetShift: number;
}

/** A sentence of the new version that the previous version had, with what it takes to move its results. */
export interface SentenceOrigin {
  /** Its index in the previous version. */
  readonly sentence: number;
  /** Add to a previous token index, to a previous offset. */
  readonly tokenShift: number;
  readonly offsetShift: number;
}

/**
 * How many tokens around a sentence its per-sentence work may read (a phrase's article before it, a
 * party label after it): a sentence is taken over only when all of those were left alone too.
 */
export const READ_MARGIN = 16;

/**
 * The previous version of sentence `si`, when it and READ_MARGIN tokens on either side are the
 * previous version's tokens, the same and in the same order; null when the edit is too close.
 */
export function originOf(origins: SentenceOrigins, article: Article, si: number): SentenceOrigin | null {
  const s = article.sentences[si]!;
  const from = s.tokenStart - READ_MARGIN;
  const to = s.tokenEnd + READ_MARGIN;
  // Reads past either end of the text find nothing in both versions: the ends themselves are not moved.
  if (si < origins.keptSentences && to <= origins.keptTokens) return { sentence: si, tokenShift: 0, offsetShift: 0 };
  if (si >= origins.movedSentences && from >= origins.movedTokens) return { sentence: si - origins.sentenceShift, tokenShift: origins.tokenShift, offsetShift: origins.offsetShift };
  return null;
}

/**
 * Whether the tokens around sentence `si` lie inside quotation marks exactly where they did in the
 * previous version (`inQuote`, `wasInQuote`: per token, 1 inside a quote): typing a quotation mark
 * far away can re-pair every mark after it.
 */
export function sameQuoting(article: Article, si: number, origin: SentenceOrigin, inQuote: Uint8Array, wasInQuote: Uint8Array): boolean {
  const s = article.sentences[si]!;
  const from = Math.max(0, s.tokenStart - READ_MARGIN);
  const to = Math.min(inQuote.length, s.tokenEnd + READ_MARGIN);
  for (let i = from; i < to; i++) if (inQuote[i] !== wasInQuote[i - origin.tokenShift]) return false;
  return true;
}
