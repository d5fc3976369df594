// TEMPORARY: being replaced by the real speaker attribution.
import type { AnalysisOptions, Article, Boilerplate, Entity, Quote } from './types';
import type { QuoteSpan } from './quotes';
export function attributeQuotes(article: Article, spans: readonly QuoteSpan[], _b: readonly Boilerplate[], _o: AnalysisOptions): { quotes: Quote[]; entities: Entity[] } {
  return { quotes: spans.map((s, id) => ({ id, start: s.start, end: s.end, kind: s.kind, text: article.text.slice(s.start, s.end), inner: s.inner, speaker: null, speakerMention: null, cue: null, reason: null })), entities: [] };
}
