// Document symbols: headline first, speakers with their quotes, claims by claimant, statistics;
// empty groups left out; every selection range inside its range; flat fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { documentSymbols, documentSymbolsFeature, symbolInformation } from '../server/src/lsp/documentSymbols';
import type { AnalysedDocument } from '../server/src/lsp/analysisCache';
import type { FeatureContext } from '../server/src/lsp/feature';
import { afterReceivedMessages, MESSAGE_TURNS } from '../server/src/lsp/eventLoop';
import { find, fixture, mention, person, quote, statistic } from './helpers/fixture';

const TEXT = [
  'Ministry rejects claims',
  '',
  'Spokesman Wang Wenbin said "the claims are lies and everyone who repeats them knows it very well indeed".',
  'NATO accused China of "spreading lies".',
  'Someone wrote "a line with no source" somewhere.',
  'Prices rose by 18 percent last year, and 3 percent more, UN data show.',
].join('\n');

const entities = [
  person(0, 'Wang Wenbin', [mention(TEXT, 'Wang Wenbin')], 'spokesman'),
  { id: 1, name: 'NATO', fullName: 'NATO', title: null, organisation: null, kind: 'institution' as const, gender: 'unknown' as const, mentions: [mention(TEXT, 'NATO')] },
];
const doc = fixture(TEXT, {
  entities,
  quotes: [quote(TEXT, 0, '"the claims are lies and everyone who repeats them knows it very well indeed"', 0, 'said'), quote(TEXT, 1, '"spreading lies"', 1, 'accused', 'partial'), quote(TEXT, 2, '"a line with no source"', null)],
  statistics: [statistic(TEXT, '18 percent'), statistic(TEXT, '3 percent', 'UN data')],
  claims: [{ id: 0, ...find(TEXT, 'NATO accused China of "spreading lies"'), text: 'NATO accused China of "spreading lies"', kind: 'accusation', claimant: 1, cue: { ...find(TEXT, 'accused'), text: 'accused' }, target: 'China', targetSpan: find(TEXT, 'China') }],
});

function inside(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function walk(symbols: readonly DocumentSymbol[], f: (s: DocumentSymbol, parent: DocumentSymbol | null) => void, parent: DocumentSymbol | null = null): void {
  for (const s of symbols) {
    f(s, parent);
    walk(s.children ?? [], f, s);
  }
}

test('headline, then speakers with quotes, then claims, then statistics', () => {
  const symbols = documentSymbols(doc);
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['Ministry rejects claims', 'Speakers', 'Claims', 'Statistics'],
  );
  const [headline, speakers, claims, statistics] = symbols as [DocumentSymbol, DocumentSymbol, DocumentSymbol, DocumentSymbol];
  assert.equal(headline.detail, 'headline');
  assert.deepEqual(
    speakers.children?.map((s) => [s.name, s.kind, s.detail ?? '']),
    [
      ['Wang Wenbin', SymbolKind.Object, 'spokesman'],
      ['NATO', SymbolKind.Class, ''],
      ['Unattributed', SymbolKind.Null, ''],
    ],
  );
  const wangQuote = speakers.children![0]!.children![0]!;
  assert.ok(wangQuote.name.length <= 60 && wangQuote.name.startsWith('"the claims are lies') && wangQuote.name.endsWith('…'), wangQuote.name);
  assert.equal(wangQuote.kind, SymbolKind.String);
  assert.deepEqual(claims.children?.map((c) => [c.name, c.children?.map((k) => k.detail)]), [['NATO', ['accusation → China']]]);
  assert.deepEqual(statistics.children?.map((s) => [s.name, s.detail]), [['18 percent', 'unattributed'], ['3 percent', 'UN data']]);
  assert.deepEqual(speakers.selectionRange, doc.lines.toRange(find(TEXT, 'Wang Wenbin')));
});

test('every selection range lies in its range and every child in its parent', () => {
  walk(documentSymbols(doc), (s, parent) => {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
    assert.ok(s.name.trim().length > 0);
  });
});

test('empty groups stay out', () => {
  const bare = fixture(TEXT, {});
  assert.deepEqual(documentSymbols(bare).map((s) => s.name), ['Ministry rejects claims']);
  const noHeadline = fixture('One sentence only. "Quoted," she said.', {});
  assert.deepEqual(documentSymbols(noHeadline), []);
});

test('flat symbols for clients without hierarchy name their container', () => {
  const flat = symbolInformation(doc);
  const q = flat.find((s) => s.name === '"spreading lies"');
  assert.equal(q?.containerName, 'NATO');
  assert.equal(q?.location.uri, doc.uri);
  assert.equal(flat.filter((s) => s.containerName === 'Statistics').length, 2);
});

test('the server builds a version’s symbols after its analysis, so the request finds them ready', async () => {
  let handler: ((params: { textDocument: { uri: string } }, token: undefined) => unknown) | null = null;
  let analysed: ((d: AnalysedDocument) => void) | null = null;
  let version = 1;
  // Counts the outline's reads of the analysis: a built outline reads it, a cached one does not.
  let reads = 0;
  const watched = (v: number): AnalysedDocument => ({ uri: doc.uri, version: v, lines: doc.lines, get analysis() { reads++; return doc.analysis; } });
  let current = watched(1);
  const ctx = {
    connection: { onDocumentSymbol: (h: typeof handler) => void (handler = h) },
    clientCapabilities: () => ({ textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }),
    currentVersion: () => version,
    analysisOf: () => current,
    onAnalysed: (l: (d: AnalysedDocument) => void) => void (analysed = l),
    log: (message: string) => assert.fail(message),
  } as unknown as FeatureContext;
  documentSymbolsFeature.register(ctx);
  analysed!(current);
  await afterTheServersTurns();
  assert.ok(reads > 0, 'built after the analysis');
  const before = reads;
  const symbols = handler!({ textDocument: { uri: doc.uri } }, undefined) as DocumentSymbol[];
  assert.equal(reads, before, 'the request builds nothing');
  assert.deepEqual(symbols, documentSymbols(doc));
  // A version an edit replaced before its turn came is not built.
  const stale = watched(2);
  analysed!(stale);
  version = 3;
  current = watched(3);
  reads = 0;
  await afterTheServersTurns();
  assert.equal(reads, 0, 'stale version skipped');
});

/**
 * Resolves once the turns the feature waits after an analysis (2 * MESSAGE_TURNS) have passed: one
 * more chain of setImmediate, started after it, ends after it. A timer of a few milliseconds did
 * not: on a busy machine it could fire between two of those turns.
 */
function afterTheServersTurns(): Promise<void> {
  return new Promise((resolve) => afterReceivedMessages(resolve, 2 * MESSAGE_TURNS + 1));
}
