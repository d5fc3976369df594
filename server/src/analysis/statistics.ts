// TEMPORARY: replaced by the statistics detector.
import type { Article, Boilerplate, Entity, Quote, Statistic } from './types';
export interface StatisticsContext {
  readonly quotes: readonly Quote[];
  readonly boilerplate: readonly Boilerplate[];
  readonly entities: readonly Entity[];
}
export function findStatistics(_article: Article, _ctx: StatisticsContext): Statistic[] {
  return [];
}
