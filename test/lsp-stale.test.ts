// A long document's analysis blocks the server for a while; an edit that arrives meanwhile makes its
// result stale. The server must then publish diagnostics for the new version only (issue 6).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TestClient } from './helpers/lspClient';

const root = join(__dirname, '..');
const server = join(root, 'dist/server.js');
let client: TestClient | undefined;

after(() => client?.kill());

test('an edit during a long analysis drops the stale result: only the new version is published', async () => {
  if (!existsSync(server)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
  const sample = readFileSync(join(root, 'samples/000_ef0489480ae83f10.article'), 'utf8');
  // About 500 KB: its analysis takes far longer than the pause before the edit below.
  const long = Array.from({ length: 100 }, () => sample).join('\n\n');
  const uri = 'file:///stale/long.article';
  client = TestClient.start(server);
  await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
  await client.connection.sendNotification('initialized', {});
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: long } });
  // Version 1 is being analysed now (diagnostics for an open start at once); this edit lands during it.
  await new Promise((resolve) => setTimeout(resolve, 30));
  // A small incremental change, as editors send: it arrives whole while the server is busy.
  const added = '\nPrices rose by 18 percent last year.\n';
  const edited = `${long}${added}`;
  const end = { line: long.split('\n').length - 1, character: long.length - long.lastIndexOf('\n') - 1 };
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: added }] });
  const published = await client.diagnosticsFor(uri, 2, 60_000);
  assert.ok(published.diagnostics.some((d) => d.code === 'unattributedStatistic' && d.range.start.line === edited.split('\n').length - 2));
  const versions = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => (n.params as PublishDiagnosticsParams).version);
  assert.deepEqual(versions, [2], 'nothing for the stale version 1');
});
