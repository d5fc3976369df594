// TEMPORARY: replaced by the claims detector.
import type { AnalysisOptions, Article, Boilerplate, Claim, Entity, Quote } from './types';
export interface ClaimsContext {
  readonly quotes: readonly Quote[];
  readonly boilerplate: readonly Boilerplate[];
  readonly entities: readonly Entity[];
  readonly options: AnalysisOptions;
}
export function findClaims(_article: Article, _ctx: ClaimsContext): Claim[] {
  return [];
}
