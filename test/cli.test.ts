// The built command line (`node dist/cli.js`): the JSON format of the spec, BOM and CRLF offsets,
// one-line errors for missing, directory and binary inputs with the other files still analysed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/index';
import { toAnnotations } from '../server/src/export/annotations';

const root = join(__dirname, '..');
const cli = join(root, 'dist/cli.js');
const sample = join(root, 'samples/000_ef0489480ae83f10.article');
const tmp = mkdtempSync(join(tmpdir(), 'sourced-cli-'));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const QUOTED = 'Headline of a test\n\nThe minister said: "We will build 40 new schools."\n';

before(() => {
  if (!existsSync(cli)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
});

test('analyze --json prints one object per file in the spec format', () => {
  const r = run('analyze', '--json', sample, sample);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const docs = jsonLines(r.stdout);
  assert.equal(docs.length, 2);
  const text = readFileSync(sample, 'utf8');
  const doc = docs[0]!;
  assert.deepEqual(Object.keys(doc), ['file', 'quotes', 'statistics', 'boilerplate', 'claims']);
  assert.equal(doc['file'], '000_ef0489480ae83f10.article');
  const quotes = doc['quotes'] as Array<Record<string, unknown>>;
  assert.ok(quotes.length > 0);
  for (const q of quotes) {
    assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'kind', 'speaker', 'cue', 'speakerTitle', 'reason']);
    assert.equal(text.slice(q['start'] as number, q['end'] as number), q['text']);
    assert.ok(['direct', 'partial', 'indirect'].includes(q['kind'] as string));
    assert.ok(q['speaker'] === null || typeof q['speaker'] === 'string');
    assert.ok(q['reason'] === null || (typeof (q['reason'] as { rule: unknown }).rule === 'string' && typeof (q['reason'] as { explanation: unknown }).explanation === 'string'));
  }
  for (const s of doc['statistics'] as Array<Record<string, unknown>>) {
    assert.deepEqual(Object.keys(s), ['start', 'end', 'text', 'attributed', 'source']);
    assert.equal(text.slice(s['start'] as number, s['end'] as number), s['text']);
  }
  for (const c of doc['claims'] as Array<Record<string, unknown>>) assert.deepEqual(Object.keys(c), ['start', 'end', 'claimant', 'cue', 'kind', 'target']);
  assert.deepEqual(docs[1], doc, 'deterministic');
});

test('the built command line analyses as the library does: the bundle\'s word lists, stored compactly, are the same', () => {
  // scripts/build.mjs stores the data files' lists as joined strings split at load: a wrong join would show here.
  const files = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.article')).sort();
  const r = run('analyze', '--json', ...files.map((f) => join(root, 'samples', f)));
  assert.equal(r.status, 0, r.stderr);
  const printed = jsonLines(r.stdout);
  assert.equal(printed.length, files.length);
  files.forEach((f, i) => {
    const text = readFileSync(join(root, 'samples', f), 'utf8').replace(/^\uFEFF/, '');
    const expected = JSON.parse(JSON.stringify(toAnnotations(f, analyze(text)))) as Record<string, unknown>;
    const got = printed[i]!;
    for (const key of ['quotes', 'statistics', 'boilerplate', 'claims']) assert.deepEqual(got[key], expected[key], `${f}: ${key}`);
  });
});

test('a byte-order mark is not part of the text: offsets exclude it', () => {
  const plain = join(tmp, 'plain.article');
  const bom = join(tmp, 'bom.article');
  writeFileSync(plain, QUOTED);
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(QUOTED)]));
  const [a, b] = jsonLines(run('analyze', '--json', plain, bom).stdout);
  const qa = (a!['quotes'] as Array<{ start: number; end: number; text: string }>)[0]!;
  const qb = (b!['quotes'] as Array<{ start: number; end: number; text: string }>)[0]!;
  assert.equal(qa.start, QUOTED.indexOf('"We'));
  assert.deepEqual({ ...qb }, { ...qa }, 'the same quote at the same offsets');
  assert.equal(b!['file'], 'bom.article');
});

test('CRLF line endings are kept: each counts two code units', () => {
  const crlf = join(tmp, 'crlf.article');
  const text = QUOTED.replace(/\n/g, '\r\n');
  writeFileSync(crlf, text);
  const [doc] = jsonLines(run('analyze', '--json', crlf).stdout);
  const q = (doc!['quotes'] as Array<{ start: number; end: number; text: string }>)[0]!;
  assert.equal(q.start, text.indexOf('"We'));
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.start, QUOTED.indexOf('"We') + 2, 'two more units for the two earlier CRLFs');
});

test('missing files, empty folders and binary files: one line each on stderr, the rest still analysed, exit 1', () => {
  const empty = join(tmp, 'empty');
  mkdirSync(empty, { recursive: true });
  const binary = join(tmp, 'image.article');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const latin = join(tmp, 'latin1.article');
  writeFileSync(latin, Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61))));
  const missing = join(tmp, 'nope.article');
  const r = run('analyze', '--json', missing, empty, sample, binary, latin);
  assert.equal(r.status, 1);
  assert.equal(jsonLines(r.stdout).length, 1, 'the good file is still analysed');
  const lines = r.stderr.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 4), [
    `sourced: ${missing}: no such file`,
    `sourced: ${empty}: no articles (*.article, *.news, *.txt, *.md) in this folder`,
    `sourced: ${binary}: binary file (it contains NUL bytes)`,
    `sourced: ${latin}: binary file (it is not UTF-8 text)`,
  ]);
  // A folder on the command line makes it a folder run: a summary line closes it (test/cli-folder.test.ts).
  assert.match(lines[4]!, /^sourced: 1 article, \d+ quotes, \d+ speakers?, \d+ unattributed statistics?, 4 errors \(/);
  assert.equal(lines.length, 5);
});

test('a few invalid bytes in otherwise UTF-8 text: analysed, with a warning and exit 0', () => {
  const damaged = join(tmp, 'damaged.article');
  writeFileSync(damaged, Buffer.concat([Buffer.from(QUOTED.repeat(5)), Buffer.from([0xff]), Buffer.from('Caf\u00e9 \ufffd.\n')]));
  const r = run('analyze', '--json', damaged);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, `sourced: ${damaged}: warning: 1 invalid UTF-8 sequence replaced with U+FFFD\n`);
  assert.equal(jsonLines(r.stdout).length, 1);
});

test('the readable report: quotes with speakers, unattributed statistics, outline', () => {
  const r = run('analyze', sample);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^samples\/000_ef0489480ae83f10\.article|000_ef0489480ae83f10\.article/m);
  assert.match(r.stdout, /Quotes \(\d+\)/);
  assert.match(r.stdout, /L12 +"accusing China of spreading/);
  assert.match(r.stdout, /Unattributed statistics \(\d+ of \d+\)/);
  assert.match(r.stdout, /Outline\n +L1 China calls NATO claims of backing Russia 'disinformation' — headline/);
});

test('demo reports every sample; usage, help and version', () => {
  const demo = run('demo', 'samples');
  assert.equal(demo.status, 0, demo.stderr);
  for (const n of ['000_ef0489480ae83f10', '001_72da79c4c43f0361', '002_fde1de1c94562f78', '003_289c796e0ae72323', '004_fdb90f0e5952176f']) assert.ok(demo.stdout.includes(`${n}.article`), n);
  assert.equal(run('demo', join(tmp, 'none')).status, 1);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(run('--version').stdout, `${version.version}\n`);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /sourced analyze \[--json\] FILE/);
  const bad = run('analyse', sample);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^sourced: unknown command "analyse"/);
  assert.equal(run('analyze', '--jsn', sample).status, 2);
  assert.equal(run('analyze').status, 2);
});
