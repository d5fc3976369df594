// The command line on inputs it cannot analyse (issue 7): a file it may not read, a pipe, a device, a
// 100 MB file, binary and UTF-16 files, folders with nothing in them, link loops, missing paths. Each gets
// one clear line on stderr, every good file is still analysed, and the exit status is 1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES } from './corpus';

const tmp = mkdtempSync(join(tmpdir(), 'sourced-fuzz-cli-'));
/** A copy of dist/ that any user can run: when the tests run as root, the unreadable file is tried as `nobody`. */
const dist = join(tmp, 'dist');
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

interface Bad {
  readonly name: string;
  /** What the error line must say. */
  readonly reason: RegExp;
}

const GOOD = ['good.article', 'good2.article', 'empty.article', 'some-invalid-utf8.article'];
const BAD: Bad[] = [
  { name: 'unreadable.article', reason: /permission denied/ },
  { name: 'big.article', reason: /too large \(100 MB; files over \d+ MB are not analysed\)/ },
  { name: 'binary.article', reason: /binary file/ },
  { name: 'latin1.article', reason: /binary file \(it is not UTF-8 text\)/ },
  { name: 'utf16.article', reason: /UTF-16 text is not supported/ },
  { name: 'missing.article', reason: /no such file/ },
  { name: 'dangling.article', reason: /no such file/ },
  { name: 'loop.article', reason: /symbolic links/ },
  { name: 'good.article/inside', reason: /no such file/ },
  { name: 'empty-folder', reason: /no articles .* in this folder/ },
  { name: '/dev/zero', reason: /not a regular file/ },
];
const fifo = spawnSync('mkfifo', [join(tmp, 'pipe.article')]).status === 0;
if (fifo) BAD.push({ name: 'pipe.article', reason: /not a regular file/ });

before(() => {
  const built = join(ROOT, 'dist');
  if (!existsSync(join(built, 'cli.js'))) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status, 0, 'build');
  chmodSync(tmp, 0o755);
  mkdirSync(dist);
  for (const f of readdirSync(built)) if (f.endsWith('.js')) copyFileSync(join(built, f), join(dist, f));
  writeFileSync(join(tmp, 'good.article'), SAMPLES[0]!.text);
  writeFileSync(join(tmp, 'good2.article'), SAMPLES[1]!.text);
  writeFileSync(join(tmp, 'empty.article'), '');
  writeFileSync(join(tmp, 'some-invalid-utf8.article'), Buffer.concat([Buffer.from(SAMPLES[2]!.text), Buffer.from([0xc3, 0x28, 0xff])]));
  writeFileSync(join(tmp, 'unreadable.article'), SAMPLES[0]!.text);
  chmodSync(join(tmp, 'unreadable.article'), 0o000);
  writeFileSync(join(tmp, 'big.article'), '');
  truncateSync(join(tmp, 'big.article'), 100 * 1024 * 1024); // sparse: no 100 MB written to disk
  writeFileSync(join(tmp, 'binary.article'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)]));
  writeFileSync(join(tmp, 'latin1.article'), Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade: \xab d\xe9j\xe0 vu \xbb. '.repeat(20), 'latin1'));
  writeFileSync(join(tmp, 'utf16.article'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('He said "yes".', 'utf16le')]));
  symlinkSync(join(tmp, 'nowhere'), join(tmp, 'dangling.article'));
  symlinkSync(join(tmp, 'loop2.article'), join(tmp, 'loop.article'));
  symlinkSync(join(tmp, 'loop.article'), join(tmp, 'loop2.article'));
  mkdirSync(join(tmp, 'empty-folder'));
  mkdirSync(join(tmp, 'folder'));
  writeFileSync(join(tmp, 'folder', 'inside.article'), SAMPLES[3]!.text);
});

after(() => {
  chmodSync(join(tmp, 'unreadable.article'), 0o644);
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...(r.error ? { error: r.error } : {}) };
}

for (const jobs of ['1', '2']) {
  test(`analyze --json --jobs ${jobs}: one error line per bad input, every good file analysed, exit 1`, () => {
    const inputs = [...GOOD.slice(0, 2), ...BAD.map((b) => b.name), ...GOOD.slice(2), 'folder'];
    const r = run(['analyze', '--json', '--jobs', jobs, ...inputs]);
    assert.equal(r.error, undefined, `the command ended by itself (a pipe or a device must not block it): ${r.error?.message}`);
    assert.equal(r.status, 1, r.stderr);
    const docs = r.stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as { file: string });
    assert.deepEqual(docs.map((d) => d.file).sort(), [...GOOD, 'inside.article'].sort(), 'every good file, and the one in the folder, is analysed');
    const lines = r.stderr.split('\n').filter((l) => l.length > 0);
    for (const bad of BAD) {
      const mine = lines.filter((l) => l.startsWith(`sourced: ${bad.name}: `));
      assert.equal(mine.length, 1, `one line for ${bad.name}: ${JSON.stringify(lines)}`);
      assert.match(mine[0]!, bad.reason);
    }
    const warnings = lines.filter((l) => l.includes(': warning: '));
    assert.deepEqual(warnings, ['sourced: some-invalid-utf8.article: warning: 2 invalid UTF-8 sequences replaced with U+FFFD']);
    const other = lines.filter((l) => !BAD.some((b) => l.startsWith(`sourced: ${b.name}: `)) && !warnings.includes(l) && !/^sourced: \d+ articles?, /.test(l));
    assert.deepEqual(other, [], 'nothing else on stderr but the summary line of a folder run');
  });
}

test('the readable report on the same inputs: errors on stderr, reports of the good files, exit 1', () => {
  const r = run(['analyze', 'good.article', 'unreadable.article', 'big.article', 'binary.article', 'good2.article']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr.split('\n').filter((l) => l.length > 0).length, 3, r.stderr);
  assert.ok(r.stdout.includes('good.article') && r.stdout.includes('good2.article'), r.stdout.slice(0, 300));
});

test('only good inputs: exit 0 and nothing on stderr', () => {
  const r = run(['analyze', '--json', ...GOOD.slice(0, 3)]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});

test('a --glob that makes no pattern is a usage error, not a stack trace', () => {
  for (const glob of ['[z-a]', '*.[9-0]', '{[b-a],x}']) {
    const r = run(['analyze', '--json', '--glob', glob, 'folder']);
    assert.equal(r.status, 2, `${glob}: ${r.stderr}`);
    assert.equal(r.stderr.split('\n')[0], `sourced: --glob ${JSON.stringify(glob)} is not a valid pattern`);
    assert.ok(!r.stderr.includes('    at '), 'no stack trace');
  }
});
