// Document symbols: the outline tree (headline, speakers and their quotes, claims, statistics)
// as hierarchical DocumentSymbols, or flat SymbolInformation for clients without hierarchy.

import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { AnalysedDocument } from './analysisCache';
import type { Feature } from './feature';
import { runSafe } from './runSafe';
import { afterReceivedMessages, MESSAGE_TURNS } from './eventLoop';
import { buildOutline, outline, type OutlineKind, type OutlineNode } from '../report/outline';

const KINDS: Record<OutlineKind, SymbolKind> = {
  headline: SymbolKind.String,
  section: SymbolKind.Module,
  person: SymbolKind.Object,
  group: SymbolKind.Namespace,
  institution: SymbolKind.Class,
  unattributed: SymbolKind.Null,
  quote: SymbolKind.String,
  claim: SymbolKind.Event,
  statistic: SymbolKind.Number,
};

/** Shared by every leaf, frozen: no one may add to it. */
const NO_SYMBOLS = Object.freeze([]) as unknown as DocumentSymbol[];

/** One outline per analysed version: editors ask again on every focus change and breadcrumb, and a long document has thousands of symbols. */
const trees = new WeakMap<AnalysedDocument, DocumentSymbol[]>();
const flats = new WeakMap<AnalysedDocument, SymbolInformation[]>();

export function documentSymbols(doc: AnalysedDocument): DocumentSymbol[] {
  let tree = trees.get(doc);
  if (!tree) trees.set(doc, (tree = buildDocumentSymbols(doc)));
  return tree;
}

/**
 * Symbols are made by constructors, not object literals: V8 moves a literal's allocation site to the
 * old generation once its objects outlive a collection (these are cached per version), and a 1 MB
 * outline then took twice as long to build.
 */
class OutlineSymbol implements DocumentSymbol {
  constructor(
    readonly name: string,
    // Undefined when there is none: JSON leaves the key out, as the literal this replaced did.
    readonly detail: string | undefined,
    readonly kind: SymbolKind,
    readonly range: Range,
    readonly selectionRange: Range,
    readonly children: DocumentSymbol[],
  ) {}
}

function buildDocumentSymbols(doc: AnalysedDocument): DocumentSymbol[] {
  const lines = doc.lines;
  // Symbols made as the outline is walked, not converted from a tree of its own nodes afterwards.
  return buildOutline<DocumentSymbol>(doc.analysis, {
    leaf(name, detail, kind, start, end) {
      // A leaf selects what it covers: one Range object serves both (a long document has thousands of leaves),
      // and leaves share one empty list.
      const range = lines.rangeOf(start, end);
      return new OutlineSymbol(name, detail || undefined, KINDS[kind], range, range, NO_SYMBOLS);
    },
    parent(name, detail, kind, selection, span, children) {
      const range = lines.toRange(span);
      const selectionRange = selection.start === span.start && selection.end === span.end ? range : lines.toRange(selection);
      return new OutlineSymbol(name, detail || undefined, KINDS[kind], range, selectionRange, children);
    },
  });
}

/** The same tree flattened, each symbol naming its parent as container. */
export function symbolInformation(doc: AnalysedDocument): SymbolInformation[] {
  let flat = flats.get(doc);
  if (!flat) flats.set(doc, (flat = buildSymbolInformation(doc)));
  return flat;
}

function buildSymbolInformation(doc: AnalysedDocument): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (node: OutlineNode, container: string | undefined): void => {
    out.push({ name: node.name, kind: KINDS[node.kind], location: { uri: doc.uri, range: doc.lines.toRange(node.selection) }, ...(container ? { containerName: container } : {}) });
    for (const c of node.children) walk(c, node.name);
  };
  for (const node of outline(doc.analysis)) walk(node, undefined);
  return out;
}

export const documentSymbolsFeature: Feature = {
  name: 'documentSymbols',
  capabilities: () => ({ documentSymbolProvider: { label: 'Sourced' } }),
  register(ctx) {
    const hierarchical = (): boolean => ctx.clientCapabilities().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const symbolsOf = (doc: AnalysedDocument): DocumentSymbol[] | SymbolInformation[] => (hierarchical() ? documentSymbols(doc) : symbolInformation(doc));
    ctx.connection.onDocumentSymbol((params, token) =>
      runSafe(ctx.log, 'document symbols', [], token, (): DocumentSymbol[] | SymbolInformation[] => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        return doc ? symbolsOf(doc) : [];
      }),
    );
    // An editor with an outline or breadcrumbs asks for the symbols of every version it shows. Build
    // them once the version's diagnostics are out (those wait MESSAGE_TURNS after a long analysis:
    // wait twice as long), so the request finds them ready; skip a version an edit has replaced.
    ctx.onAnalysed((doc) => {
      if (!ctx.clientCapabilities().textDocument?.documentSymbol) return;
      afterReceivedMessages(() => {
        if (ctx.currentVersion(doc.uri) !== doc.version) return;
        runSafe(ctx.log, 'document symbols', undefined, undefined, () => void symbolsOf(doc));
      }, 2 * MESSAGE_TURNS);
    });
  },
};
