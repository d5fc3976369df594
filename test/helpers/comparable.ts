// An Analysis as plain data for deep comparison: the tokens as their fields, not their storage.
// Two versions' tokens may number their words differently (the vocabulary of a document grows
// with its edits) and still be the same tokens.
import { tokenArray } from '../../server/src/analysis/tokens';
import type { Analysis, Article } from '../../server/src/analysis/types';

export function comparableArticle(a: Article): unknown {
  const tokens = tokenArray(a.tokens).map((t) => ({ start: t.start, end: t.end, kind: t.kind, text: t.text, lower: t.lower, folded: t.folded, stem: t.stem, features: t.features, figure: t.figure }));
  return { ...a, tokens, tokenFeatures: [...a.tokenFeatures] };
}

export function comparable(a: Analysis): unknown {
  return { ...a, article: comparableArticle(a.article) };
}
