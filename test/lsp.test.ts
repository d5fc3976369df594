// A real LSP conversation with the built server (`node dist/server.js --stdio`): initialize, open a
// sample, diagnostics for an edit (debounced, never for a stale version), hover, symbols, code actions,
// settings, close, shutdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InitializeResult, MarkupContent, Position, PublishDiagnosticsParams, ShowMessageParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver/node';
import { TestClient } from './helpers/lspClient';

const root = join(__dirname, '..');
const server = join(root, 'dist/server.js');
const samplePath = join(root, 'samples/000_ef0489480ae83f10.article');
const uri = 'file:///samples/000_ef0489480ae83f10.article';
const ADDED = 'Prices rose by 18 percent last year.';

let client: TestClient;
// The client's copy of the document, kept in step with the edits sent.
let doc: TextDocument;

function positionOf(needle: string, delta = 0): Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} in the document`);
  return doc.positionAt(at + delta);
}

function change(version: number, text: string): void {
  const end = doc.positionAt(doc.getText().length);
  const edit = { range: { start: end, end }, text };
  doc = TextDocument.update(doc, [edit], version);
  void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
}

before(async () => {
  if (!existsSync(server)) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(r.status, 0, 'build');
  }
  client = TestClient.start(server);
  const init = (await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
  })) as InitializeResult;
  assert.equal(init.serverInfo?.name, 'sourced-language-server');
  assert.ok(init.capabilities.hoverProvider);
  assert.ok(init.capabilities.documentSymbolProvider);
  assert.ok(init.capabilities.codeActionProvider);
  await client.connection.sendNotification('initialized', {});
  doc = TextDocument.create(uri, 'news-article', 1, readFileSync(samplePath, 'utf8'));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: doc.getText() } });
});

after(() => client?.kill());

test('opening a sample publishes diagnostics for its version', async () => {
  const published = await client.diagnosticsFor(uri, 1);
  assert.ok(Array.isArray(published.diagnostics));
  for (const d of published.diagnostics) assert.equal(d.source, 'sourced');
});

test('an added sentence gets an unattributedStatistic diagnostic for the new version only', async () => {
  // Two quick edits: the first version is stale before the debounce ends and must get nothing.
  change(2, '\n\nPrices rose by 1');
  change(3, '8 percent last year.');
  assert.ok(doc.getText().endsWith(ADDED));
  const published = await client.diagnosticsFor(uri, 3);
  const stats = published.diagnostics.filter((d) => d.code === 'unattributedStatistic');
  const line = doc.positionAt(doc.getText().length).line;
  const onLine = stats.find((d) => d.range.start.line === line);
  assert.ok(onLine, `an unattributedStatistic diagnostic on line ${line + 1}; got ${JSON.stringify(stats.map((d) => d.message))}`);
  assert.match(String(onLine.message), /Statistic “[^”]*18 percent[^”]*” has no source/);
  assert.equal(onLine.severity, 2, 'Warning by default');
  assert.ok(!client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).version === 2), 'nothing published for the stale version 2');
});

test('hover on a quote names its speaker', async () => {
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf('"accusing China', 3) })) as Hover | null;
  assert.ok(hover, 'a hover on the quote');
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /direct quote/);
  assert.match(value, /Wang Wenbin/, `the speaker in: ${value}`);
});

test('document symbols: the headline, then speakers with their quotes', async () => {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols[0]?.name, "China calls NATO claims of backing Russia 'disinformation'");
  const speakers = symbols.find((s) => s.name === 'Speakers');
  assert.ok(speakers?.children?.length, 'a Speakers group');
  const quotes = speakers.children!.flatMap((s) => s.children ?? []);
  assert.ok(quotes.some((q) => q.name.startsWith('"accusing China')), 'the quote is in the outline');
  const wang = speakers.children!.find((s) => s.name === 'Wang Wenbin');
  assert.ok(wang?.children?.some((q) => q.name.startsWith('"accusing China')), `Wang Wenbin with his quote; speakers: ${speakers.children!.map((s) => s.name).join(', ')}`);
  assert.ok(symbols.some((s) => s.name === 'Statistics' && s.children?.some((c) => c.name.includes('18 percent') && c.detail === 'unattributed')));
});

test('the Add source code action edits the end of the clause', async () => {
  const published = await client.diagnosticsFor(uri, 3);
  const line = doc.positionAt(doc.getText().length).line;
  const diagnostic = published.diagnostics.find((d: Diagnostic) => d.code === 'unattributedStatistic' && d.range.start.line === line);
  assert.ok(diagnostic, 'the diagnostic from the previous test');
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  const add = actions.find((a) => a.title.startsWith('Add source'));
  assert.ok(add, `Add source among ${actions.map((a) => a.title).join(', ')}`);
  assert.deepEqual(add.diagnostics, [diagnostic]);
  const change = add.edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri, version: 3 });
  const after = TextDocument.applyEdits(doc, change.edits as TextEdit[]);
  assert.ok(after.endsWith('Prices rose by 18 percent last year, according to [source].'), after.slice(-80));
  assert.ok(actions.some((a) => a.title === 'Disable unattributedStatistic for this line'));
  assert.ok(actions.some((a) => a.title === 'Disable unattributedStatistic for this file'));
});

test('a settings change re-publishes with the new severity; a bad value warns and falls back', async () => {
  client.configuration = { unattributedStatistic: { severity: 'error' }, unattributedQuote: { severity: 'loud' } };
  const before = client.notifications.length;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const warning = await client.waitFor<ShowMessageParams>('window/showMessage', (m) => m.message.includes('sourced.unattributedQuote.severity'));
  assert.equal(warning.type, 2);
  const republished = await client.waitFor<PublishDiagnosticsParams>(
    'textDocument/publishDiagnostics',
    (p) => p.uri === uri && p.version === 3 && client.notifications.findIndex((n) => n.params === p) >= before,
  );
  const line = doc.positionAt(doc.getText().length).line;
  const stat = republished.diagnostics.find((d) => d.code === 'unattributedStatistic' && d.range.start.line === line);
  assert.equal(stat?.severity, 1, 'Error after the settings change');
});

test('closing clears the diagnostics; shutdown and exit end the server cleanly', async () => {
  const before = client.notifications.length;
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0 && client.notifications.findIndex((n) => n.params === p) >= before);
  const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.equal(hover, null, 'a closed document has no analysis');
  assert.equal(await client.stop(), 0);
});

test('the same server speaks over node IPC, as VS Code starts it', async () => {
  const child = fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const ipc = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  ipc.listen();
  try {
    const init = (await ipc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as InitializeResult;
    assert.equal(init.serverInfo?.name, 'sourced-language-server');
    await ipc.sendNotification('initialized', {});
    const published = new Promise<PublishDiagnosticsParams>((resolve) => ipc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => resolve(p)));
    const text = 'Headline here\n\nPrices rose by 18 percent last year.\n';
    await ipc.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///ipc.article', languageId: 'news-article', version: 5, text } });
    const p = await published;
    assert.equal(p.version, 5);
    await ipc.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await ipc.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    ipc.dispose();
    if (child.exitCode === null) child.kill();
  }
});

test('documents in other languages are not analysed until sourced.languages names them', async () => {
  const c = TestClient.start(server);
  try {
    await c.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await c.connection.sendNotification('initialized', {});
    const md = 'file:///notes.md';
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: md, languageId: 'markdown', version: 1, text: 'Title\n\n"A quote," she said.\n' } });
    const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: md }, position: { line: 2, character: 2 } });
    assert.equal(hover, null, 'markdown is not analysed by default');
    c.configuration = { languages: ['news-article', 'markdown'] };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.diagnosticsFor(md, 1);
    const after = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: md }, position: { line: 2, character: 2 } })) as Hover | null;
    assert.ok(after, 'analysed once the setting names markdown');
    assert.equal(await c.stop(), 0);
  } finally {
    c.kill();
  }
});

test('initializationOptions configure clients that answer no configuration request', async () => {
  const c = TestClient.start(server);
  try {
    await c.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { sourced: { unattributedStatistic: { severity: 'hint' } } } });
    await c.connection.sendNotification('initialized', {});
    const u = 'file:///init.article';
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'news-article', version: 1, text: `Headline here\n\n${ADDED}\n` } });
    // Wait until the pulled (null) configuration has been applied: the server asks once after initialized.
    await new Promise((r) => setTimeout(r, 100));
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: `Headline here\n\n${ADDED}\n\n` }] });
    const p = await c.diagnosticsFor(u, 2);
    const stat = p.diagnostics.find((d) => d.code === 'unattributedStatistic');
    assert.ok(stat, 'the statistic is flagged');
    assert.equal(stat.severity, 4, 'Hint, from the initialization options');
    assert.equal(await c.stop(), 0);
  } finally {
    c.kill();
  }
});
