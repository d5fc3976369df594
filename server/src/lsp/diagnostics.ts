// Diagnostics: unattributed statistics, unattributed quotes and boilerplate, as the settings ask.
// Published debounced after edits, and only for the document version they were computed from.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import { isSuppressed } from '../analysis/directives';
import type { AnalysedDocument } from './analysisCache';
import type { Feature, FeatureContext } from './feature';
import type { Settings, Severity } from './settings';
import { runSafe } from './runSafe';
import { afterReceivedMessages } from './eventLoop';
import { excerpt } from '../report/describe';
import { quotesElsewhere, type QuoteElsewhere } from './crossArticle';

export const DIAGNOSTIC_SOURCE = 'sourced';

export type DiagnosticRule = 'unattributedStatistic' | 'unattributedQuote' | 'boilerplate' | 'crossArticleWording' | 'crossArticleAttribution';

/** Carried in `Diagnostic.data` so that a client (or a quick fix) can find the item without re-matching ranges. */
export interface DiagnosticData {
  readonly rule: DiagnosticRule;
  readonly start: number;
  readonly end: number;
  readonly version: number;
}

/** How long to wait after an edit before analysing, so typing does not analyse on every keystroke. */
export const DIAGNOSTICS_DELAY_MS = 150;

const SEVERITIES: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The document's diagnostics. `elsewhere` holds, by quote id, the same quotation in other articles of the
 * workspace (see crossArticle.ts); without it there are no cross-article diagnostics.
 */
export function diagnosticsFor(doc: AnalysedDocument, settings: Settings, elsewhere: ReadonlyMap<number, readonly QuoteElsewhere[]> = new Map()): Diagnostic[] {
  const { analysis, lines } = doc;
  const out: Diagnostic[] = [];
  const add = (rule: DiagnosticRule, severity: Severity, span: Span, message: string, tags?: DiagnosticTag[], related?: DiagnosticRelatedInformation[]): void => {
    if (severity === 'off' || isSuppressed(analysis.suppressions, rule, span)) return;
    const data: DiagnosticData = { rule, start: span.start, end: span.end, version: doc.version };
    out.push({ range: lines.toRange(span), severity: SEVERITIES[severity], source: DIAGNOSTIC_SOURCE, code: rule, message, data, ...(tags ? { tags } : {}), ...(related?.length ? { relatedInformation: related } : {}) });
  };
  for (const s of analysis.statistics) {
    if (!s.attributed) add('unattributedStatistic', settings.unattributedStatistic.severity, s, `Statistic “${excerpt(s.text, 80)}” has no source`);
  }
  for (const q of analysis.quotes) {
    if (q.speaker === null) add('unattributedQuote', settings.unattributedQuote.severity, q, `Quote “${excerpt(q.inner.end > q.inner.start ? analysis.text.slice(q.inner.start, q.inner.end) : q.text, 50)}” is not attributed to anyone`);
  }
  for (const q of analysis.quotes) {
    const copies = (elsewhere.get(q.id) ?? []).filter((c) => c.flaggable);
    const reworded = copies.filter((c) => !c.sameWording);
    if (reworded.length > 0) {
      const where = reworded.map((c) => `${c.file}: “${excerpt(c.text, 60)}”`).join('; ');
      add('crossArticleWording', settings.crossArticleWording.severity, q, `Worded differently in ${reworded.length === 1 ? 'another article' : `${reworded.length} other articles`} (a possible misquote): ${where}`, undefined, related(reworded, (c) => `worded “${excerpt(c.text, 80)}”`));
    }
    const credited = copies.filter((c) => !c.sameSpeaker);
    if (credited.length > 0) {
      const here = analysis.entities.find((e) => e.id === q.speaker)?.fullName ?? null;
      const where = credited.map((c) => `${c.speaker ? `to ${c.speaker}` : 'to no one'} in ${c.file}`).join('; ');
      add('crossArticleAttribution', settings.crossArticleAttribution.severity, q, `Attributed differently elsewhere: ${where}; here ${here ? `to ${here}` : 'to no one'}`, undefined, related(credited, (c) => (c.speaker ? `attributed to ${c.speaker}` : 'unattributed')));
    }
  }
  for (const b of analysis.boilerplate) {
    add('boilerplate', settings.boilerplate.severity, b, `Boilerplate (${b.rule.replace(/-/g, ' ')}): not part of the article`, [DiagnosticTag.Unnecessary]);
  }
  if (analysis.incomplete) {
    out.push({ range: lines.toRange({ start: 0, end: 0 }), severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'incomplete', message: `Sourced: ${analysis.incomplete}` });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function related(copies: readonly QuoteElsewhere[], say: (c: QuoteElsewhere) => string): DiagnosticRelatedInformation[] {
  return copies.map((c) => ({ location: { uri: c.uri, range: c.range }, message: say(c) }));
}

/** Whether cross-article diagnostics are wanted at all (they need the workspace index). */
function wantsCrossArticle(settings: Settings): boolean {
  return settings.crossArticleWording.severity !== 'off' || settings.crossArticleAttribution.severity !== 'off';
}

/** How long to wait before re-checking the other open articles after one changes: their copies may have changed. */
export const OTHERS_DELAY_MS = 750;

/** An analysis at least this long may have let an edit arrive unseen (a typical article takes 1-2 ms). */
export const LONG_ANALYSIS_MS = 50;


function ignore(): void {
  // Sending fails only when the connection is closing; the diagnostics no longer matter then.
}

export const diagnosticsFeature: Feature = {
  name: 'diagnostics',
  capabilities: () => ({}),
  register(ctx: FeatureContext) {
    const timers = new Map<string, NodeJS.Timeout>();
    const send = (uri: string, version: number): void => {
      runSafe(ctx.log, 'diagnostics', undefined, undefined, () => {
        // The document may have changed or closed meanwhile: publish only for the current version
        // (checked before asking for the analysis, which would analyse a newer version right away).
        if (ctx.currentVersion(uri) !== version) return;
        const doc = ctx.analysisOf(uri);
        if (!doc || doc.version !== version) return;
        const settings = ctx.settings();
        const elsewhere = wantsCrossArticle(settings) ? quotesElsewhere(doc, ctx.workspace) : new Map<number, QuoteElsewhere[]>();
        ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsFor(doc, settings, elsewhere) }).catch(ignore);
      });
    };
    const publish = (uri: string): void => {
      runSafe(ctx.log, 'diagnostics', undefined, undefined, () => {
        // The analysis runs here, synchronously. After a long one (a long document), an edit that
        // arrived meanwhile is still queued: let it be handled first, so a result it made stale is
        // dropped, not sent; the edit schedules its own analysis. After a short one, send at once.
        const started = performance.now();
        const doc = ctx.analysisOf(uri);
        if (!doc || doc.version !== ctx.currentVersion(uri)) return;
        if (performance.now() - started < LONG_ANALYSIS_MS) send(uri, doc.version);
        else afterReceivedMessages(() => send(uri, doc.version));
      });
    };
    const schedule = (uri: string, delay: number): void => {
      clearTimeout(timers.get(uri));
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          publish(uri);
        }, delay),
      );
    };
    ctx.onDocument((event) => {
      if (event.kind === 'close') {
        clearTimeout(timers.get(event.uri));
        timers.delete(event.uri);
        ctx.connection.sendDiagnostics({ uri: event.uri, diagnostics: [] }).catch(ignore);
      } else {
        schedule(event.uri, event.kind === 'open' ? 0 : DIAGNOSTICS_DELAY_MS);
      }
      // The other open articles may quote this one: their cross-article diagnostics follow, later.
      if (wantsCrossArticle(ctx.settings())) {
        for (const other of ctx.analysedUris()) if (other !== event.uri && !timers.has(other)) schedule(other, OTHERS_DELAY_MS);
      }
    });
    // Files indexed or changed on disk: the open articles' copies elsewhere may have changed.
    ctx.workspace.onChange(() => {
      if (!wantsCrossArticle(ctx.settings())) return;
      for (const uri of ctx.analysedUris()) if (!timers.has(uri)) schedule(uri, 0);
    });
    ctx.onSettings(() => {
      for (const uri of ctx.analysedUris()) schedule(uri, 0);
    });
  },
};
