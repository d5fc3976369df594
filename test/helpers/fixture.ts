// Builds small analyses by hand for the LSP feature tests, so they test the adapters alone
// and do not change when the analyzers get better. Spans are found by searching the text.
import type { Analysis, Boilerplate, Claim, Entity, Mention, Quote, Span, Statistic } from '../../server/src/analysis/types';
import { parseArticle } from '../../server/src/analysis/article';
import { findSuppressions } from '../../server/src/analysis/directives';
import type { AnalysedDocument } from '../../server/src/lsp/analysisCache';
import { LineIndex } from '../../server/src/lsp/positions';

/** The span of the n-th occurrence (0-based) of needle; throws when absent so a typo fails loudly. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} #${nth} not in text`);
  }
  return { start: at, end: at + needle.length };
}

export interface FixtureParts {
  readonly entities?: readonly Entity[];
  readonly quotes?: readonly Quote[];
  readonly statistics?: readonly Statistic[];
  readonly claims?: readonly Claim[];
  readonly boilerplate?: readonly Boilerplate[];
}

/** The real article model and suppressions of the text, with the given findings in place of the analyzers'. */
export function fixture(text: string, parts: FixtureParts, uri = 'file:///fixture.article', version = 1): AnalysedDocument {
  const article = parseArticle(text);
  const analysis: Analysis = {
    text,
    article,
    headline: article.headline,
    suppressions: findSuppressions(text),
    incomplete: null,
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    statistics: parts.statistics ?? [],
    claims: parts.claims ?? [],
    boilerplate: parts.boilerplate ?? [],
  };
  return { uri, version, analysis, lines: new LineIndex(text) };
}

export function mention(text: string, needle: string, kind: Mention['kind'] = 'name', nth = 0): Mention {
  return { ...find(text, needle, nth), kind, text: needle };
}

export function person(id: number, name: string, mentions: Mention[], title: string | null = null): Entity {
  return { id, name, fullName: title ? `${title} ${name}` : name, title, organisation: null, kind: 'person', gender: 'unknown', mentions };
}

export function quote(text: string, id: number, quoted: string, speaker: number | null, cue: string | null = null, kind: Quote['kind'] = 'direct'): Quote {
  const span = find(text, quoted);
  return {
    id,
    ...span,
    kind,
    text: quoted,
    inner: { start: span.start + 1, end: span.end - 1 },
    parts: [span],
    speaker,
    speakerMention: null,
    cue: cue ? { ...find(text, cue), text: cue } : null,
    reason: speaker === null ? null : { rule: 'adjacent-cue', explanation: `cue “${cue ?? ''}” next to the quote`, evidence: [] },
  };
}

export function statistic(text: string, figure: string, source: string | null = null): Statistic {
  return {
    ...find(text, figure),
    text: figure,
    kind: 'percentage',
    attributed: source !== null,
    source,
    sourceSpan: source ? find(text, source) : null,
    explanation: source ? `source named: ${source}` : 'no source in the sentence',
  };
}
