// Finds what the analysis holds at an offset: speaker mentions, statistics, quotes, claims, boilerplate.
// Hover uses it today; go-to-definition and references can reuse it later.

import type { Analysis, Boilerplate, Claim, Entity, Mention, Quote, Span, Statistic } from '../analysis/types';
import { contains } from '../report/describe';

export type Hit =
  | { readonly kind: 'mention'; readonly span: Span; readonly entity: Entity; readonly mention: Mention }
  | { readonly kind: 'statistic'; readonly span: Span; readonly statistic: Statistic }
  | { readonly kind: 'quote'; readonly span: Span; readonly quote: Quote }
  | { readonly kind: 'claim'; readonly span: Span; readonly claim: Claim }
  | { readonly kind: 'boilerplate'; readonly span: Span; readonly boilerplate: Boilerplate };

/** Everything that covers the offset, innermost (shortest span) first. */
export function hitsAt(analysis: Analysis, offset: number): Hit[] {
  const hits: Hit[] = [];
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) if (contains(mention, offset)) hits.push({ kind: 'mention', span: mention, entity, mention });
  }
  for (const statistic of analysis.statistics) if (contains(statistic, offset)) hits.push({ kind: 'statistic', span: statistic, statistic });
  for (const quote of analysis.quotes) if (contains(quote, offset)) hits.push({ kind: 'quote', span: quote, quote });
  for (const claim of analysis.claims) if (contains(claim, offset)) hits.push({ kind: 'claim', span: claim, claim });
  for (const boilerplate of analysis.boilerplate) if (contains(boilerplate, offset)) hits.push({ kind: 'boilerplate', span: boilerplate, boilerplate });
  // Stable sort: on equal lengths the order above (mention before quote) decides.
  return hits.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
}
