// `sourced analyze DIR`: folder walks in path order, the worker pool printing in that same order,
// --glob, error lines for binary and huge files that do not stop the rest, the summary line, and
// no progress bar when standard error is not a terminal.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../server/src/cli/inputs';
import { globToRegExp } from '../server/src/cli/glob';
import { Progress } from '../server/src/cli/progress';
import { runPool } from '../server/src/cli/pool';
import type { FileResult } from '../server/src/cli/analyzeFile';

const root = join(__dirname, '..');
const cli = join(root, 'dist/cli.js');
const sample = readFileSync(join(root, 'samples/000_ef0489480ae83f10.article'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sourced-folder-'));
const SUMMARY = /^sourced: (\d+) articles?, (\d+) quotes?, (\d+) speakers?, (\d+) unattributed statistics?, (\d+) errors? \(/m;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function paths(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => (JSON.parse(l) as { path: string }).path);
}

before(() => {
  if (!existsSync(join(root, 'dist/worker.js'))) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
  mkdirSync(join(dir, 'b'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  mkdirSync(join(dir, 'node_modules'));
  mkdirSync(join(dir, 'empty'));
  // The first file is by far the largest, so a worker finishes the later ones first.
  writeFileSync(join(dir, 'a-long.article'), Array.from({ length: 60 }, () => sample).join('\n\n'));
  writeFileSync(join(dir, 'b/inner.txt'), 'Inner story\n\n"We will build 40 new schools," the minister said.\n');
  writeFileSync(join(dir, 'c.md'), 'Prices rose by 18 percent last year.\n');
  writeFileSync(join(dir, 'd.news'), sample);
  writeFileSync(join(dir, 'e-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'f.txt'), 'The mayor said: "The bridge opens in May."\n');
  writeFileSync(join(dir, 'notes.json'), '{}');
  writeFileSync(join(dir, '.hidden/secret.txt'), 'not walked');
  writeFileSync(join(dir, 'node_modules/dep.txt'), 'not walked');
  // A sparse file just over the limit: refused before it is read.
  writeFileSync(join(dir, 'g-huge.txt'), '');
  truncateSync(join(dir, 'g-huge.txt'), MAX_FILE_BYTES + 1);
});

const EXPECTED = ['a-long.article', 'b/inner.txt', 'c.md', 'd.news', 'f.txt'];

test('a folder is walked in path order: articles, text and markdown; hidden folders, node_modules and other files are not', () => {
  const r = run('analyze', '--json', '--jobs', '1', dir);
  assert.deepEqual(paths(r.stdout), EXPECTED.map((p) => join(dir, p)));
  const first = JSON.parse(r.stdout.split('\n')[0]!) as Record<string, unknown>;
  assert.deepEqual(Object.keys(first).slice(0, 3), ['file', 'path', 'quotes']);
  assert.equal(first['file'], 'a-long.article');
});

test('the worker pool prints the same lines in the same order as one thread', () => {
  const one = run('analyze', '--json', '--jobs', '1', dir);
  const pool = run('analyze', '--json', '--jobs', '3', dir);
  assert.equal(pool.stdout, one.stdout);
  assert.equal(pool.status, one.status);
  const timing = / \([\d.]+ s, \d+ articles\/s\)/;
  assert.equal(pool.stderr.replace(timing, ''), one.stderr.replace(timing, ''));
});

test('a binary and a huge file get one error line each; the others are analysed; exit code 1; summary last', () => {
  const r = run('analyze', '--json', '--jobs', '2', dir);
  assert.equal(r.status, 1);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 3, r.stderr);
  assert.equal(lines[0], `sourced: ${join(dir, 'e-binary.txt')}: binary file (it contains NUL bytes)`);
  assert.match(lines[1]!, new RegExp(`^sourced: ${join(dir, 'g-huge.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: too large \\(20 MB; files over 20 MB are not analysed\\)$`));
  const m = SUMMARY.exec(lines[2]!);
  assert.ok(m, lines[2]);
  assert.equal(Number(m[1]), 5);
  assert.ok(Number(m[2]) > 60, 'quotes are counted over all articles');
  assert.ok(Number(m[3]) >= 3, 'speakers are counted');
  assert.ok(Number(m[4]) >= 1, 'the unattributed figure of c.md is counted');
  assert.equal(Number(m[5]), 2);
  assert.equal(paths(r.stdout).length, 5);
});

test('no progress bar when standard error is not a terminal', () => {
  const r = run('analyze', '--json', dir);
  assert.ok(!r.stderr.includes('\r') && !r.stderr.includes('\x1b'), JSON.stringify(r.stderr));
});

test('--glob picks files by their path below the folder', () => {
  const txt = run('analyze', '--json', '--glob', '**/*.txt', dir);
  assert.deepEqual(
    paths(txt.stdout),
    ['b/inner.txt', 'f.txt'].map((p) => join(dir, p)),
  );
  const top = run('analyze', '--json', `--glob=*.{md,news}`, dir);
  assert.deepEqual(paths(top.stdout), ['c.md', 'd.news'].map((p) => join(dir, p)));
  assert.equal(top.status, 0);
});

test('an empty folder is an error, not silence', () => {
  const r = run('analyze', '--json', join(dir, 'empty'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /empty: no articles \(\*\.article, \*\.news, \*\.txt, \*\.md\) in this folder/);
  assert.match(r.stderr, /^sourced: 0 articles, 0 quotes, 0 speakers, 0 unattributed statistics, 1 error \(/m);
});

test('files named one by one keep their order and print no summary', () => {
  const r = run('analyze', '--json', join(dir, 'f.txt'), join(dir, 'c.md'));
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.deepEqual(
    r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file),
    ['f.txt', 'c.md'],
  );
});

test('usage errors for --glob and --jobs', () => {
  assert.equal(run('analyze', '--jobs', '0', dir).status, 2);
  assert.equal(run('analyze', '--glob').status, 2);
  assert.equal(run('eval', '--glob', '*.txt', dir).status, 2);
});

test('glob patterns', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['*.txt', 'x/a.txt', false],
    ['x/**', 'x/y/z.md', true],
    ['*.{md,txt}', 'a.md', true],
    ['a?.txt', 'ab.txt', true],
    ['a?.txt', 'a/.txt', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['a+b.txt', 'a+b.txt', true],
  ];
  for (const [glob, path, expected] of cases) assert.equal(globToRegExp(glob).test(path), expected, `${glob} ~ ${path}`);
});

test('the progress line shows the bar, the count, the rate and the time left', () => {
  let now = 0;
  const written: string[] = [];
  const p = new Progress(200, (t) => written.push(t), 80, () => now);
  now = 1000;
  for (let i = 0; i < 50; i++) p.tick();
  assert.equal(p.line(now), '[##########..............................] 50/200 25% 50 files/s ETA 3s');
  p.note('sourced: x: an error\n');
  p.end();
  assert.ok(written.includes('sourced: x: an error\n'));
  assert.equal(written[written.length - 1], '\r\x1b[K', 'the bar is cleared at the end');
});

test('a worker that dies fails only the file it was on; the others are still analysed, in order', async () => {
  const workerFile = join(dir, 'crashing-worker.js');
  writeFileSync(
    workerFile,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => {
  if (task.path.includes('crash')) process.exit(3);
  parentPort.postMessage({ id, result: { path: task.path, output: task.path, error: null, warning: null, quotes: 1, speakers: [], unattributedStatistics: 0 } });
});
`,
  );
  const paths = ['a', 'b', 'crash-1', 'c', 'd', 'crash-2', 'e', 'f', 'g'];
  const seen: Array<[number, FileResult]> = [];
  await runPool(
    paths.map((path) => ({ path, folder: true, json: true, options: {} })),
    { workerFile, workers: 2, onResult: (i, r) => seen.push([i, r]) },
  );
  assert.deepEqual(
    seen.map(([i]) => i),
    paths.map((_, i) => i),
  );
  for (const [i, r] of seen) {
    if (paths[i]!.startsWith('crash')) assert.match(r.error ?? '', /could not be analysed: the worker stopped \(exit code 3\)/);
    else assert.equal(r.output, paths[i]);
  }
});
