// The analysis library's entry point: text in, one immutable Analysis out.
// Pure and deterministic: no I/O, no vscode imports, never throws.

import type { Analysis, AnalysisOptions, Article, Boilerplate, Claim, Entity, Quote, Statistic, Suppression } from './types';
import { splitArticle, withHeadlineAfter } from './article';
import type { SentenceOrigins } from './reuse';
import { NO_TOKENS } from './tokens';
import { findBoilerplate } from './boilerplate';
import { findQuotes } from './quotes';
import { attributeQuotes, type AttributionMemo } from './attribution';
import { findStatisticsFrom, type StatisticsMemo } from './statistics';
import { findClaims } from './claims';
import { findSuppressions } from './directives';

export * from './types';

/** Texts longer than this are analysed only up to here (see README, "Limits"). */
export const MAX_ANALYSED_LENGTH = 50_000_000;

/**
 * What an analysis keeps for the next version of its document, beside the Analysis it returns (which
 * stays the plain, frozen result): the per-sentence work, and checkpoints of the entity registry.
 */
interface AnalysisMemo {
  /** The options it was made with: other options, other work. */
  readonly options: string;
  readonly attribution: AttributionMemo;
  readonly statistics: StatisticsMemo;
}

const memos = new WeakMap<Analysis, AnalysisMemo>();

/**
 * `previous`, the analysis of an earlier version of the same document, lets the paragraphs an edit
 * left alone keep their tokens (see parseArticle) and, when it came from analyzeForEdits, the
 * sentences around them their text-only work (see reuse.ts); the result is the same as without it.
 */
export function analyze(text: string, options: AnalysisOptions = {}, previous?: Analysis): Analysis {
  return run(text, options, previous, false);
}

/**
 * analyze, for a document being edited: also keeps beside the result the per-sentence work the next
 * version can take over. That costs memory for as long as the Analysis lives (about 5 MB per MB of
 * text), and collector time while it is made: an editor's open documents want it, a folder run not.
 */
export function analyzeForEdits(text: string, options: AnalysisOptions = {}, previous?: Analysis): Analysis {
  return run(text, options, previous, true);
}

function run(text: string, options: AnalysisOptions, previous: Analysis | undefined, keep: boolean): Analysis {
  const analysed = text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text;
  let incomplete: string | null = analysed.length < text.length ? `only the first ${MAX_ANALYSED_LENGTH} characters were analysed` : null;
  let article: Article = { text, paragraphs: [], sentences: [], tokens: NO_TOKENS, tokenFeatures: new Int32Array(0), headline: null };
  let boilerplate: readonly Boilerplate[] = [];
  let quotes: readonly Quote[] = [];
  let entities: readonly Entity[] = [];
  let statistics: readonly Statistic[] = [];
  let claims: readonly Claim[] = [];
  let suppressions: readonly Suppression[] = [];
  const optionsKey = JSON.stringify(options);
  const previousMemo = previous ? memos.get(previous) : undefined;
  let memo: AnalysisMemo | null = null;
  try {
    let origins: SentenceOrigins | null;
    ({ article, origins } = splitArticle(analysed, previous?.article));
    const reusable = origins && previousMemo && previousMemo.options === optionsKey ? origins : null;
    suppressions = findSuppressions(analysed);
    boilerplate = findBoilerplate(article);
    article = withHeadlineAfter(article, boilerplate);
    const spans = findQuotes(article, boilerplate);
    const attributed = attributeQuotes(article, spans, boilerplate, options, reusable ? { origins: reusable, memo: previousMemo!.attribution } : null, keep);
    ({ quotes, entities } = attributed);
    const found = findStatisticsFrom(article, { quotes, boilerplate, entities }, reusable ? { origins: reusable, memo: previousMemo!.statistics } : null, keep);
    statistics = found.statistics;
    memo = { options: optionsKey, attribution: attributed.memo, statistics: found.memo };
    claims = findClaims(article, { quotes, boilerplate, entities, cues: attributed.cues });
  } catch (err) {
    // The analysis must never take the editor down: report what was found so far.
    incomplete = `analysis stopped early: ${err instanceof Error ? err.message : String(err)}`;
  }
  const analysis = deepFreeze({ text, article: { ...article, text }, headline: article.headline, quotes, entities, statistics, claims, boilerplate, suppressions, incomplete });
  // An analysis that stopped early keeps nothing: the next version starts afresh.
  if (keep && memo && incomplete === null) memos.set(analysis, memo);
  return analysis;
}

function deepFreeze<T>(value: T): T {
  // Freezing the top levels is enough to make accidental mutation by a feature fail loudly;
  // walking millions of tokens would cost more than the analysis itself.
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value as object)) if (v && typeof v === 'object' && !Object.isFrozen(v)) Object.freeze(v);
  }
  return value;
}
