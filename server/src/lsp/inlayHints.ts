// Inlay hints: after a pronoun, bare title or surname that a quote or claim is credited through
// (`he said`, `the official said`, `Wang said`), the name it resolves to: `he [Wang Wenbin] said`.

import type { InlayHint, MarkupContent } from 'vscode-languageserver';
import type { Analysis, Entity, Mention, Span } from '../analysis/types';
import type { AnalysedDocument } from './analysisCache';
import type { Feature } from './feature';
import { runSafe } from './runSafe';

/** A mention that names less than the entity: what a reader would have to look back for. */
function needsHint(mention: Mention, entity: Entity): boolean {
  if (mention.kind === 'pronoun' || mention.kind === 'title' || mention.kind === 'surname') return norm(mention.text) !== norm(entity.name) && !norm(mention.text).includes(norm(entity.name));
  return false;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
}

interface HintSite {
  readonly mention: Mention;
  readonly entity: Entity;
  /** Why the mention resolves to the entity, for the tooltip. */
  readonly why: string | null;
}

/** Every mention that gets a hint: quote speakers through a pronoun, title or surname, and such mentions of any source. */
export function hintSites(analysis: Analysis): HintSite[] {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const sites = new Map<number, HintSite>();
  for (const q of analysis.quotes) {
    const m = q.speakerMention;
    const e = q.speaker === null ? undefined : byId.get(q.speaker);
    if (!m || !e) continue;
    const rule = q.reason?.rule;
    if ((rule === 'pronoun' || rule === 'bare-title' || rule === 'surname' || needsHint(m, e)) && norm(m.text) !== norm(e.name) && !sites.has(m.start)) {
      sites.set(m.start, { mention: m, entity: e, why: q.reason?.explanation ?? null });
    }
  }
  // Claims and other cues register their pronoun and title mentions on the entity.
  for (const e of analysis.entities) {
    for (const m of e.mentions) if (needsHint(m, e) && !sites.has(m.start)) sites.set(m.start, { mention: m, entity: e, why: null });
  }
  return [...sites.values()].sort((a, b) => a.mention.start - b.mention.start);
}

export function inlayHints(doc: AnalysedDocument, range: Span): InlayHint[] {
  const out: InlayHint[] = [];
  for (const site of hintSites(doc.analysis)) {
    if (site.mention.end < range.start || site.mention.end > range.end) continue;
    const tooltip: MarkupContent = { kind: 'markdown', value: `**${site.entity.fullName}** (${site.entity.kind})${site.why ? `\n\n${site.why}` : ''}` };
    out.push({ position: doc.lines.toPosition(site.mention.end), label: `[${site.entity.name}]`, paddingLeft: true, tooltip });
  }
  return out;
}

export const inlayHintsFeature: Feature = {
  name: 'inlayHints',
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.languages.inlayHint.on((params, token) =>
      runSafe(ctx.log, 'inlay hints', [], token, () => {
        if (!ctx.settings().inlayHints.enabled) return [];
        const doc = ctx.analysisOf(params.textDocument.uri);
        if (!doc) return [];
        return inlayHints(doc, doc.lines.toSpan(params.range));
      }),
    );
    // Turning the setting on or off, or new aliases, change the hints of every open document.
    ctx.onSettings(() => {
      if (ctx.clientCapabilities().workspace?.inlayHint?.refreshSupport) ctx.connection.languages.inlayHint.refresh().catch(() => undefined);
    });
  },
};
