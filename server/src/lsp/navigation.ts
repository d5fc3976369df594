// Navigation between a source's mentions: go to definition (where the article introduces the speaker),
// find references (every mention and quote), document highlights (every mention). Reads the analysis only.

import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { Entity, Span } from '../analysis/types';
import type { AnalysedDocument } from './analysisCache';
import type { Feature } from './feature';
import { hitsAt } from './lookup';
import { runSafe } from './runSafe';
import { entityById, quotesBy } from '../report/describe';

/** The source at an offset: the entity of a mention there (or just before, the cursor after a word), else the speaker of a quote there. */
export function entityAt(doc: AnalysedDocument, offset: number): Entity | null {
  const before = offset > 0 ? hitsAt(doc.analysis, offset - 1).filter((h) => h.kind === 'mention') : [];
  const hits = [...hitsAt(doc.analysis, offset), ...before];
  for (const hit of hits) if (hit.kind === 'mention') return hit.entity;
  for (const hit of hits) if (hit.kind === 'quote' && hit.quote.speaker !== null) return entityById(doc.analysis, hit.quote.speaker);
  return null;
}

export function definition(doc: AnalysedDocument, offset: number): Location | null {
  const first = entityAt(doc, offset)?.mentions[0];
  return first ? { uri: doc.uri, range: doc.lines.toRange(first) } : null;
}

export function references(doc: AnalysedDocument, offset: number, includeDeclaration: boolean): Location[] {
  const entity = entityAt(doc, offset);
  if (!entity) return [];
  const spans: Span[] = [...entity.mentions.slice(includeDeclaration ? 0 : 1), ...quotesBy(doc.analysis, entity.id)];
  return spans.sort((a, b) => a.start - b.start).map((s) => ({ uri: doc.uri, range: doc.lines.toRange(s) }));
}

export function highlights(doc: AnalysedDocument, offset: number): DocumentHighlight[] {
  const entity = entityAt(doc, offset);
  if (!entity) return [];
  // The introduction reads as the "declaration"; later mentions as uses.
  return entity.mentions.map((m, i) => ({ range: doc.lines.toRange(m), kind: i === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export const navigationFeature: Feature = {
  name: 'navigation',
  capabilities: () => ({ definitionProvider: true, referencesProvider: true, documentHighlightProvider: true }),
  register(ctx) {
    ctx.connection.onDefinition((params, token) =>
      runSafe(ctx.log, 'definition', null, token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        return doc ? definition(doc, doc.lines.toOffset(params.position)) : null;
      }),
    );
    ctx.connection.onReferences((params, token) =>
      runSafe(ctx.log, 'references', [], token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        return doc ? references(doc, doc.lines.toOffset(params.position), params.context.includeDeclaration) : [];
      }),
    );
    ctx.connection.onDocumentHighlight((params, token) =>
      runSafe(ctx.log, 'document highlights', [], token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        return doc ? highlights(doc, doc.lines.toOffset(params.position)) : [];
      }),
    );
  },
};
