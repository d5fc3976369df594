// dist/server.js runs the server bundle through a V8 code cache kept in SOURCED_CACHE_DIR (issue 6:
// server start). The cache is written once, taken back on the next start, replaced when V8 rejects it,
// and never changes what the server answers.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from './helpers/lspClient';

const root = join(__dirname, '..');
const server = join(root, 'dist/server.js');
const samplePath = join(root, 'samples/000_ef0489480ae83f10.article');
const directories: string[] = [];
const clients: TestClient[] = [];

after(() => {
  for (const c of clients) c.kill();
  for (const d of directories) rmSync(d, { recursive: true, force: true });
});

function cacheDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-cache-'));
  directories.push(dir);
  return dir;
}

// The sample and a figure with no source, so that there are diagnostics to compare.
const text = `${readFileSync(samplePath, 'utf8')}\n\nPrices rose by 18 percent last year.\n`;

/** Starts the server with the given environment, opens the text and returns its diagnostics; the server keeps running. */
async function diagnosticsOfSample(env: NodeJS.ProcessEnv): Promise<{ client: TestClient; diagnostics: Diagnostic[] }> {
  const client = new TestClient(spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } }));
  clients.push(client);
  await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await client.connection.sendNotification('initialized', {});
  const uri = `file://${samplePath}`;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  return { client, diagnostics: (await client.diagnosticsFor(uri, 1, 20_000)).diagnostics };
}

const caches = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  for (const start = Date.now(); !check(); await sleep(50)) if (Date.now() - start > ms) assert.fail(`${what} within ${ms} ms`);
}

test('the code cache is written once, taken back, replaced when rejected, and changes no answer', async () => {
  if (!existsSync(server)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
  const dir = cacheDirectory();
  const runtime = `server-main-${process.version}-${process.arch}-`;
  // An older bundle's cache for this runtime goes when the new one is written; another runtime's stays.
  writeFileSync(join(dir, `${runtime}1-1.v8cache`), 'old');
  writeFileSync(join(dir, 'server-main-v0.0.0-other-1-1.v8cache'), 'other runtime');

  const first = await diagnosticsOfSample({ SOURCED_CACHE_DIR: dir });
  await until(() => caches(dir).some((f) => f.startsWith(runtime) && f !== `${runtime}1-1.v8cache`), 'a cache for this bundle');
  await first.client.stop();
  assert.equal(caches(dir).length, 2, `only this bundle's cache and the other runtime's: ${caches(dir).join(', ')}`);
  assert.ok(existsSync(join(dir, 'server-main-v0.0.0-other-1-1.v8cache')));
  const cache = join(dir, caches(dir).find((f) => f.startsWith(runtime))!);
  assert.ok(statSync(cache).size > 100_000, 'the cache holds the compiled bundle');
  assert.ok(first.diagnostics.length > 0, 'there are diagnostics to compare');

  // Taken back: the same answers, and a cache V8 accepted is not written again.
  const written = statSync(cache).mtimeMs;
  const second = await diagnosticsOfSample({ SOURCED_CACHE_DIR: dir });
  assert.deepEqual(second.diagnostics, first.diagnostics);
  await sleep(2600);
  await second.client.stop();
  assert.equal(statSync(cache).mtimeMs, written, 'an accepted cache is left as it is');

  // A damaged cache is rejected by V8: the server starts all the same and writes a good one.
  writeFileSync(cache, Buffer.alloc(4096, 7));
  const third = await diagnosticsOfSample({ SOURCED_CACHE_DIR: dir });
  assert.deepEqual(third.diagnostics, first.diagnostics);
  await until(() => statSync(cache).size > 100_000, 'the damaged cache replaced');
  await third.client.stop();
});

test('SOURCED_COMPILE_CACHE=0 writes no cache', async () => {
  const dir = cacheDirectory();
  const run = await diagnosticsOfSample({ SOURCED_CACHE_DIR: dir, SOURCED_COMPILE_CACHE: '0' });
  await sleep(2600);
  await run.client.stop();
  assert.deepEqual(readdirSync(dir), []);
});
