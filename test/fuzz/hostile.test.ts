// The hostile inputs of issue 7 (empty file, a 10 MB line, 100,000 quote marks, binary bytes, NUL,
// CRLF and lone CR, BOM, surrogate pairs, RTL, combining marks, 50,000 digits, repeated titles, …):
// each is analysed without error with valid spans, and its time grows linearly with its length.
//
// The cases run in a child process (hostile-runner.ts) so that a hang is killed and named instead of
// hanging the suite. Times are CPU time, compared with real articles of the same size measured in the
// same process, so the bounds are ratios, never absolute wall-clock numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LONG, ROOT } from './corpus';
import type { Measurement } from './hostile-runner';

/** Sizes each case is measured at: the quick run in `npm test`, the long one in `npm run fuzz` (plus the full sizes: 10 MB line, …). */
const SIZES = LONG ? [100_000, 400_000] : [20_000, 80_000];
/** A hostile input may cost this many times what real article text of its size costs. */
const MAX_COST_RATIO = 10;
/** From the smaller size to the larger (4x the text) time may grow this much: linear gives 4, quadratic 16. */
const MAX_GROWTH = 10;
/** Below this many CPU milliseconds a measurement is too small to judge cost, or (the smaller size) growth. */
const MIN_MS = 40;
const MIN_SMALL_MS = 10;
const TIMEOUT_MS = LONG ? 20 * 60_000 : 120_000;
/** How many runs a re-measured case is timed over, the fastest kept. */
const RETRY_TIMES = 7;

interface RunResult {
  readonly lines: Measurement[];
  readonly timedOut: boolean;
  readonly stderr: string;
  readonly code: number | null;
}

/** Runs the cases (all, or the one named, timed `times` times each) in a child process. */
function runCases(only?: string, times?: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', join(__dirname, 'hostile-runner.ts'), SIZES.join(','), ...(LONG ? ['--full'] : [])];
    if (only !== undefined) args.push(`--only=${only}`);
    if (times !== undefined) args.push(`--times=${times}`);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Measurement[] = [];
    let buffer = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.trim()) lines.push(JSON.parse(line) as Measurement);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ lines, timedOut, stderr, code });
    });
  });
}

const perKb = (m: Measurement): number => m.cpuMs / Math.max(m.size / 1024, 1);

/** What a run's measurements break: invariants (`wrong`) and, per case, cost or growth (`slow`). */
function judge(lines: readonly Measurement[]): { wrong: string[]; slow: Map<string, string[]>; cases: Measurement[]; basePerKb: number } {
  const baseline = lines.find((l) => l.kind === 'baseline');
  assert.ok(baseline, 'the runner measured real articles first');
  assert.deepEqual(baseline.violations, [], 'real articles satisfy the invariants');
  const basePerKb = perKb(baseline);
  const cases = lines.filter((l) => l.kind === 'case');
  const wrong: string[] = [];
  const slow = new Map<string, string[]>();
  const slowFor = (name: string, problem: string) => slow.set(name, [...(slow.get(name) ?? []), problem]);
  const byName = new Map<string, Measurement[]>();
  for (const m of cases) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  for (const [name, ms] of byName) {
    for (const m of ms) {
      if (m.violations.length > 0) wrong.push(`${name} (${m.size} chars): ${m.violations.join('; ')}`);
      if (m.cpuMs >= MIN_MS && perKb(m) > MAX_COST_RATIO * basePerKb) {
        slowFor(name, `${name} (${m.size} chars): ${perKb(m).toFixed(2)} ms/KB, more than ${MAX_COST_RATIO}x real articles (${basePerKb.toFixed(2)} ms/KB)`);
      }
    }
    const small = ms.find((m) => m.requested === SIZES[0] && m.size > 0);
    const large = ms.find((m) => m.requested === SIZES[1] && m.size > 0);
    if (small && large && large.cpuMs >= MIN_MS && small.cpuMs >= MIN_SMALL_MS) {
      const growth = large.cpuMs / Math.max(small.cpuMs, 1) / (large.size / small.size / 4);
      if (growth > MAX_GROWTH) slowFor(name, `${name}: ${small.cpuMs.toFixed(0)} ms at ${small.size} chars, ${large.cpuMs.toFixed(0)} ms at ${large.size}: grows ${growth.toFixed(1)}x for 4x the text (linear is 4x)`);
    }
  }
  return { wrong, slow, cases, basePerKb };
}

function assertRan(run: RunResult, what: string): void {
  const started = run.lines.filter((l) => l.kind === 'start');
  if (run.timedOut || run.code !== 0) {
    const last = started[started.length - 1];
    assert.fail(`${what}: ${run.timedOut ? `timed out after ${TIMEOUT_MS} ms` : `runner exited with ${run.code}`}; last case started: ${last ? `${last.name} (${last.size} chars)` : 'none'}\n${run.stderr.slice(-2000)}`);
  }
}

test(`hostile inputs: no failure, valid spans, time linear in length (${LONG ? 'long' : 'quick'} sizes ${SIZES.join(', ')})`, { timeout: 2 * TIMEOUT_MS + 30_000 }, async (t) => {
  const run = await runCases();
  assertRan(run, 'all cases');
  const { wrong, slow, cases, basePerKb } = judge(run.lines);
  assert.ok(new Set(cases.map((c) => c.name)).size >= 30, `every hostile case ran (${cases.length})`);

  // A case that looked slow is measured again, alone in a fresh process and over more runs, and counts
  // only if it is slow again: with many cases in one process a measurement of tens of milliseconds can
  // carry a collection of an earlier case's garbage or a compile on another thread (CPU time counts
  // every thread), while real superlinear growth shows every time.
  const problems = [...wrong];
  for (const [name, first] of slow) {
    const again = await runCases(name, RETRY_TIMES);
    assertRan(again, `re-measuring ${name}`);
    const second = judge(again.lines).slow.get(name);
    if (second) problems.push(...second.map((p) => `${p} (and before, ${first.join('; ')})`));
    else t.diagnostic(`slow once, not when measured again alone: ${first.join('; ')}`);
  }

  const slowest = [...cases].sort((a, b) => perKb(b) - perKb(a))[0]!;
  const longest = [...cases].sort((a, b) => b.cpuMs - a.cpuMs)[0]!;
  t.diagnostic(`real articles: ${basePerKb.toFixed(2)} ms/KB; ${cases.length} measurements of ${new Set(cases.map((c) => c.name)).size} cases`);
  t.diagnostic(`highest cost: ${slowest.name}, ${slowest.size} chars, ${slowest.cpuMs.toFixed(0)} ms (${perKb(slowest).toFixed(2)} ms/KB)`);
  t.diagnostic(`longest run: ${longest.name}, ${longest.size} chars, ${longest.cpuMs.toFixed(0)} ms`);
  assert.deepEqual(problems, []);
});
