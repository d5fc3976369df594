// Random incremental edits through the real server (issue 7): inserts, deletes, pastes and undos sent as
// didChange with incremental ranges, in bursts. After each burst the published diagnostics and the
// document symbols must equal what the server's own pure functions make of a fresh analysis of the same
// text; from time to time a second document opened fresh with that text must get the same. No
// diagnostics may be published for a version that was already stale. A request that throws inside a
// feature answers empty, is logged, and the server keeps serving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Hover, LogMessageParams, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis/index';
import { diagnosticsFor } from '../../server/src/lsp/diagnostics';
import { documentSymbols } from '../../server/src/lsp/documentSymbols';
import { LineIndex } from '../../server/src/lsp/positions';
import { analysisOptions, readSettings } from '../../server/src/lsp/settings';
import { runSafe } from '../../server/src/lsp/runSafe';
import { TestClient } from '../helpers/lspClient';
import { CORPUS, LONG, random, ROOT, SAMPLES, SEED } from './corpus';
import { HOSTILE_PIECES } from './generators';

const server = join(ROOT, 'dist/server.js');
const EDITS = LONG ? 1000 : 300;
/** After this many bursts, a second document is opened fresh with the same text and compared. */
const FRESH_EVERY = LONG ? 10 : 15;
/** Cross-article diagnostics depend on the other open documents; the fresh copy would change them. */
const CONFIGURATION = { crossArticleWording: { severity: 'off' }, crossArticleAttribution: { severity: 'off' } };
const settings = readSettings(CONFIGURATION).settings;

let client: TestClient;

before(async () => {
  if (!existsSync(server)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status, 0, 'build');
  client = TestClient.start(server);
  client.configuration = CONFIGURATION;
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await client.connection.sendNotification('initialized', {});
});

after(() => client?.kill());

/** What the server must publish and answer for a text, made with its own pure functions. */
function expected(uri: string, version: number, text: string): { diagnostics: Diagnostic[]; symbols: DocumentSymbol[] } {
  const doc = { uri, version, analysis: analyze(text, analysisOptions(settings)), lines: new LineIndex(text) };
  return JSON.parse(JSON.stringify({ diagnostics: diagnosticsFor(doc, settings), symbols: documentSymbols(doc) })) as { diagnostics: Diagnostic[]; symbols: DocumentSymbol[] };
}

/** Diagnostics without the version carried in their data, to compare two documents of different versions. */
function withoutVersion(list: readonly Diagnostic[]): unknown[] {
  return list.map((d) => ({ ...d, data: d.data && typeof d.data === 'object' ? { ...(d.data as object), version: undefined } : d.data }));
}

function published(uri: string): PublishDiagnosticsParams[] {
  return client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri).map((n) => n.params as PublishDiagnosticsParams);
}

async function symbolsOf(uri: string): Promise<DocumentSymbol[]> {
  return (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
}

test(`${EDITS} random incremental edits: diagnostics and symbols equal a fresh analysis; nothing published for a stale version`, { timeout: LONG ? 600_000 : 120_000 }, async (t) => {
  const rnd = random(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const uri = 'file:///fuzz/edited.article';
  const start = SAMPLES[0]!.text;
  let doc = TextDocument.create(uri, 'news-article', 1, start);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: start } });
  await client.diagnosticsFor(uri, 1, 10_000);

  /** Inverse edits, for undo: applying one restores the text before its edit. */
  const undo: Array<{ start: number; end: number; text: string }> = [];
  /** The versions each burst ended with: the only ones the server may publish. */
  const settled = new Set<number>([1]);
  let version = 1;
  let edits = 0;
  let bursts = 0;
  let fresh = 0;
  const counts = { insert: 0, delete: 0, paste: 0, undo: 0, replace: 0, multi: 0 };

  const change = (offsetStart: number, offsetEnd: number, text: string): TextDocumentContentChangeEvent => {
    const before = doc.getText();
    undo.push({ start: offsetStart, end: offsetStart + text.length, text: before.slice(offsetStart, offsetEnd) });
    if (undo.length > 50) undo.shift();
    return { range: { start: doc.positionAt(offsetStart), end: doc.positionAt(offsetEnd) }, text };
  };

  const randomEdit = (): TextDocumentContentChangeEvent => {
    const text = doc.getText();
    const at = Math.floor(rnd() * (text.length + 1));
    const r = rnd();
    if (r < 0.3) {
      counts.insert++;
      return change(at, at, pick([...HOSTILE_PIECES, ' ', 'a', 'e', '.', '\n', '"']));
    }
    if (r < 0.5) {
      counts.delete++;
      return change(at, Math.min(text.length, at + 1 + Math.floor(rnd() * (rnd() < 0.8 ? 8 : 400))), '');
    }
    if (r < 0.65) {
      counts.paste++;
      const source = pick(CORPUS).text;
      const from = Math.floor(rnd() * source.length);
      let piece = source.slice(from, from + 1 + Math.floor(rnd() * (rnd() < 0.8 ? 200 : 3000)));
      if (rnd() < 0.2) piece = piece.replace(/\n/g, '\r\n');
      return change(at, at, piece);
    }
    if (r < 0.8 && undo.length > 0) {
      counts.undo++;
      const u = undo.pop()!;
      return { range: { start: doc.positionAt(u.start), end: doc.positionAt(u.end) }, text: u.text };
    }
    counts.replace++;
    return change(at, Math.min(text.length, at + Math.floor(rnd() * 30)), pick(HOSTILE_PIECES));
  };

  while (edits < EDITS) {
    const size = 1 + Math.floor(rnd() * (rnd() < 0.3 ? 1 : 12));
    for (let k = 0; k < size && edits < EDITS; k++) {
      // Sometimes several changes in one notification, applied in order as the LSP says.
      const n = rnd() < 0.1 ? 2 + Math.floor(rnd() * 3) : 1;
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let j = 0; j < n; j++) {
        const c = randomEdit();
        changes.push(c);
        doc = TextDocument.update(doc, [c], doc.version);
        edits++;
      }
      if (n > 1) counts.multi++;
      version++;
      doc = TextDocument.update(doc, [], version);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    }
    settled.add(version);
    bursts++;
    const text = doc.getText();
    const got = await client.diagnosticsFor(uri, version, 20_000);
    const want = expected(uri, version, text);
    assert.deepEqual(got.diagnostics, want.diagnostics, `diagnostics of version ${version} after ${edits} edits; text ${JSON.stringify(text.slice(0, 200))}…`);
    assert.deepEqual(await symbolsOf(uri), want.symbols, `symbols of version ${version}`);
    if (bursts % FRESH_EVERY === 0) {
      // A second document opened fresh with the same text gets the same answers.
      const other = `file:///fuzz/fresh-${++fresh}.article`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'news-article', version: 1, text } });
      const otherDiagnostics = await client.diagnosticsFor(other, 1, 20_000);
      assert.deepEqual(withoutVersion(otherDiagnostics.diagnostics), withoutVersion(got.diagnostics), `a fresh document with the text of version ${version}`);
      assert.deepEqual(await symbolsOf(other), want.symbols);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    }
  }

  const versions = published(uri).map((p) => p.version ?? -1);
  const stale = versions.filter((v) => !settled.has(v));
  assert.deepEqual(stale, [], 'diagnostics were published only for the last version of a burst, never for one already replaced');
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `published versions never go back: ${versions[i - 1]} then ${versions[i]}`);
  t.diagnostic(`${edits} edits in ${version - 1} didChange notifications, ${bursts} bursts (${JSON.stringify(counts)}); ${fresh} fresh documents compared; final length ${doc.getText().length}`);
});

test('a request that throws inside a feature answers empty, logs, and the server keeps serving', async () => {
  const uri = 'file:///fuzz/throws.article';
  const text = SAMPLES[0]!.text;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  await client.diagnosticsFor(uri, 1, 10_000);
  const logsBefore = client.notifications.filter((n) => n.method === 'window/logMessage').length;
  // Malformed params reach the handlers (JSON-RPC does not check them) and throw inside runSafe.
  const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null });
  assert.equal(hover, null, 'hover with no position answers null');
  const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: null, context: null });
  assert.deepEqual(actions, [], 'code actions with no range answer []');
  const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: null });
  assert.deepEqual(symbols, [], 'symbols with no document answer []');
  // Out-of-range positions are clamped, not errors.
  for (const position of [{ line: -5, character: -1 }, { line: 1e9, character: 1e9 }, { line: 0, character: 1e9 }]) {
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }
  const logs = client.notifications.filter((n) => n.method === 'window/logMessage').slice(logsBefore).map((n) => (n.params as LogMessageParams).message);
  for (const what of ['hover', 'code actions', 'document symbols']) assert.ok(logs.some((m) => m.includes(`${what} failed`)), `"${what} failed" logged; logs: ${JSON.stringify(logs.map((l) => l.slice(0, 80)))}`);
  // Still serving: a real hover and the symbols of the document.
  const at = text.indexOf('"accusing China');
  const doc = TextDocument.create(uri, 'news-article', 1, text);
  const real = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at + 3) })) as Hover | null;
  assert.ok(real, 'a hover after the failures');
  assert.ok(((await symbolsOf(uri)) as unknown[]).length > 0, 'symbols after the failures');
  assert.equal(client.process.exitCode, null, 'the server is still running');
});

test('runSafe: a throwing handler gives the empty answer and one log line; a cancelled request does not run', () => {
  const logs: string[] = [];
  assert.deepEqual(
    runSafe((m) => logs.push(m), 'hover', [], undefined, () => {
      throw new Error('boom');
    }),
    [],
  );
  assert.equal(logs.length, 1);
  assert.match(logs[0]!, /^Sourced: hover failed: Error: boom/);
  let ran = false;
  const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
  assert.equal(runSafe(() => undefined, 'x', 'empty', cancelled, () => ((ran = true), 'full')), 'empty');
  assert.equal(ran, false);
  assert.equal(runSafe(() => undefined, 'x', 'empty', undefined, () => 'full'), 'full');
});
