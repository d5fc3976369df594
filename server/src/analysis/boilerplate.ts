// TEMPORARY: replaced by the boilerplate detector.
import type { Article, Boilerplate } from './types';
export function findBoilerplate(_article: Article): Boilerplate[] {
  return [];
}
