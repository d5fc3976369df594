// Maps an Analysis to the JSON annotation format of shared/spec/annotations.md.
// Used by `sourced analyze --json`, the evaluation and the tests, so all three agree on one format.

import type { Analysis } from '../analysis/types';
import { entityById } from '../report/describe';

export interface QuoteAnnotation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'direct' | 'partial' | 'indirect';
  /** The speaker's name, null when the article gives no source. */
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly speakerTitle: string | null;
  readonly reason: { readonly rule: string; readonly explanation: string } | null;
}

export interface StatisticAnnotation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly attributed: boolean;
  readonly source: string | null;
}

export interface BoilerplateAnnotation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ClaimAnnotation {
  readonly start: number;
  readonly end: number;
  readonly claimant: string | null;
  readonly cue: string;
  readonly kind: string;
  readonly target: string | null;
}

export interface AnnotationDocument {
  readonly file: string;
  readonly quotes: readonly QuoteAnnotation[];
  readonly statistics: readonly StatisticAnnotation[];
  readonly boilerplate: readonly BoilerplateAnnotation[];
  readonly claims: readonly ClaimAnnotation[];
  /** Present only when the analysis stopped early, so a reader knows the lists may be short. */
  readonly incomplete?: string;
}

export function toAnnotations(file: string, analysis: Analysis): AnnotationDocument {
  const doc: AnnotationDocument = {
    file,
    quotes: analysis.quotes.map((q) => {
      const speaker = entityById(analysis, q.speaker);
      return {
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        speaker: speaker?.fullName ?? null,
        cue: q.cue?.text ?? null,
        speakerTitle: speaker?.title ?? null,
        reason: q.reason ? { rule: q.reason.rule, explanation: q.reason.explanation } : null,
      };
    }),
    statistics: analysis.statistics.map((s) => ({ start: s.start, end: s.end, text: s.text, attributed: s.attributed, source: s.source })),
    boilerplate: analysis.boilerplate.map((b) => ({ start: b.start, end: b.end, text: b.text })),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      claimant: entityById(analysis, c.claimant)?.fullName ?? null,
      cue: c.cue.text,
      kind: c.kind,
      target: c.target,
    })),
  };
  return analysis.incomplete ? { ...doc, incomplete: analysis.incomplete } : doc;
}
