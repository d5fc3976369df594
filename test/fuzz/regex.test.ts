// Every regular expression in server/src, checked for catastrophic backtracking (issue 7).
//
// The TypeScript parser finds each regex literal and each `RegExp(…)` call, so a pattern added later is
// checked without anyone listing it here. Each pattern is fed pumped strings made of the characters it
// mentions (one character or a pair, repeated), at two lengths, in a worker thread that is terminated
// when it hangs. Linear matching grows 4x from the short to the long string; quadratic grows 16x and
// exponential never returns. The known risky patterns also get hand-made worst cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { LONG, ROOT } from './corpus';

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
    });
}

let scanned: { patterns: Pattern[]; dynamic: string[] } | null = null;

/** Regex literals and RegExp constructions in server/src; a RegExp built from a non-literal is reported apart. */
function scan(): { patterns: Pattern[]; dynamic: string[] } {
  return (scanned ??= scanSources());
}

function scanSources(): { patterns: Pattern[]; dynamic: string[] } {
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  for (const file of sources(join(ROOT, 'server/src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node): string => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        patterns.push({ where: at(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText(sf) === 'RegExp') {
        const [pattern, flags] = n.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          patterns.push({ where: at(n), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else dynamic.push(`${at(n)}: ${n.getText(sf).slice(0, 100)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { patterns, dynamic };
}

/** Characters a pattern mentions, with stand-ins for its classes (\s, \w, \p{L}, ranges, …). */
export function charactersOf(source: string): string[] {
  const out: string[] = [];
  const add = (...cs: string[]): void => {
    for (const c of cs) if (!out.includes(c)) out.push(c);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i++;
      if (e === 's') add(' ', '\t', '\n');
      else if (e === 'S' || e === 'D' || e === 'W') add('a', '-');
      else if (e === 'w') add('a', '0', '_');
      else if (e === 'd') add('0');
      else if (e === 'b' || e === 'B') continue;
      else if (e === 'n') add('\n');
      else if (e === 'r') add('\r');
      else if (e === 't') add('\t');
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if ((e === 'p' || e === 'P') && source[i + 1] === '{') {
        const close = source.indexOf('}', i);
        const prop = source.slice(i + 2, close);
        add(...(prop === 'Lu' ? ['A', '\u00c9'] : prop === 'M' ? ['\u0301'] : ['a', 'A', '\u00e9']));
        i = close;
      } else add(e);
    } else if (c === '-' && source[i - 1] !== '[' && /[\w]/.test(source[i - 1] ?? '') && /[\w]/.test(source[i + 1] ?? '')) {
      // a range a-z: its ends are added as literals; add a middle one
      add(String.fromCharCode((source.charCodeAt(i - 1) + source.charCodeAt(i + 1)) >> 1));
    } else if ('()|?*+{}^$[]'.includes(c)) continue;
    else if (c === '.') add('a', '.');
    else add(c);
  }
  add(' ', 'a', 'A', '0', ',', '.', '\n', '-', "'", '"');
  return out;
}

interface Probe {
  readonly label: string;
  readonly short: string;
  readonly long: string;
}

/** Pumped strings: each character, and each pair of the first characters, repeated; then a character that fails most matches. */
function probes(p: Pattern, length: number): Probe[] {
  const chars = charactersOf(p.source);
  const out: Probe[] = [];
  const pump = (unit: string): void => {
    const n = Math.max(1, Math.floor(length / unit.length));
    for (const tail of ['\u0000', '']) out.push({ label: `${JSON.stringify(unit)} x ${n}${tail ? ' + NUL' : ''}`, short: unit.repeat(n / 4) + tail, long: unit.repeat(n) + tail });
  };
  for (const c of chars) pump(c);
  const head = chars.slice(0, 14);
  for (const a of head) for (const b of head) if (a !== b) pump(`${a}${b}`);
  // The pattern's characters in order, repeated: pumps the sequences the pattern expects.
  pump(chars.slice(0, 12).join(''));
  return out;
}

/**
 * Hand-made worst cases for the patterns that looked risky on review. `bound` is the longest input the
 * code can give the pattern (findHeadline tests lines of at most 200 characters; a title lies inside one
 * sentence, at most MAX_SENTENCE_TOKENS tokens): such a pattern is judged by its time at that length.
 */
const CURATED: ReadonlyArray<{ readonly match: string; readonly why: string; readonly make: (n: number) => string; readonly bound?: number }> = [
  { match: '(?:--|—|–|:)', why: 'dateline: [A-Z .,]+, then ",\\s*[A-Z][\\w .]*", then \\s*: overlapping runs', make: (n) => `A${'A ,'.repeat(n / 3)}`, bound: 200 },
  { match: '(?:--|—|–|:)', why: 'dateline, commas and spaces', make: (n) => `A${', A'.repeat(n / 3 - 2)}     `, bound: 200 },
  { match: '(?:--|—|–|:)', why: 'dateline, runs of spaces', make: (n) => `A${'A,A    '.repeat(n / 7)}`, bound: 200 },
  { match: 'sourced-disable', why: 'directive: rule list with commas', make: (n) => `<!-- sourced-disable${' a,'.repeat(n / 3)}` },
  { match: 'sourced-disable', why: 'directive: a rule name of dashes, no -->', make: (n) => `<!-- sourced-disable a${'-'.repeat(n)}` },
  { match: 'sourced-disable', why: 'directive: spaces and tabs, no -->', make: (n) => `<!-- sourced-disable${' \t'.repeat(n / 2)}-` },
  { match: '(?:for|of|at|to)\\s+(.+)$', why: 'title "for X": .+$ after many "to " and a line separator', make: (n) => `${'to '.repeat(n / 3)}\u2028`, bound: 400 * 3 },
  { match: "^(.+?['\\u2019]s)\\s", why: 'lazy .+? before a possessive', make: (n) => "a's".repeat(n / 3) },
  { match: '[,.:;]\\s*$', why: 'punctuation then spaces, unanchored start', make: (n) => `${', '.repeat(n / 2)}x` },
  { match: '[,.:;]\\s*$', why: 'punctuation then a long run of spaces', make: (n) => `${','.repeat(n / 2)}${' '.repeat(n / 2)}x` },
  { match: ':\\s*$', why: 'colon then spaces', make: (n) => `${': '.repeat(n / 2)}x` },
];

/** RegExps built at run time, each with why it is safe. Settings never reach one. */
const DYNAMIC_ALLOWED: ReadonlyArray<{ readonly file: string; readonly why: string }> = [
  { file: 'server/src/cli/glob.ts', why: 'a --glob pattern typed on the command line, escaped there, matched against file paths' },
];

/** The worker: times each probe of one pattern, the way the code uses it (test, and every match when global). */
const WORKER = `
const { parentPort } = require('node:worker_threads');
function run(re, s) {
  if (re.global || re.sticky) { re.lastIndex = 0; let n = 0; for (const _ of s.matchAll(re)) if (++n > 1e6) break; }
  else { re.lastIndex = 0; re.test(s); s.replace(re, ''); }
}
function time(re, s) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) { const t0 = process.hrtime.bigint(); run(re, s); best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6); }
  return best;
}
parentPort.on('message', ({ source, flags, probes }) => {
  const re = new RegExp(source, flags);
  const out = [];
  for (const p of probes) out.push({ label: p.label, length: p.long.length, short: time(re, p.short), long: time(re, p.long) });
  parentPort.postMessage(out);
});
`;

interface Timing {
  readonly label: string;
  readonly length: number;
  readonly short: number;
  readonly long: number;
}

class Checker {
  private worker = new Worker(WORKER, { eval: true });

  /** Times the probes; null when the worker did not answer within `timeoutMs` (it is then replaced). */
  time(p: Pattern, list: readonly Probe[], timeoutMs: number): Promise<Timing[] | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
        this.worker = new Worker(WORKER, { eval: true });
        resolve(null);
      }, timeoutMs);
      this.worker.once('message', (m: Timing[]) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.worker.postMessage({ source: p.source, flags: p.flags, probes: list });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Linear: 4x the text costs about 4x the time. Quadratic: 16x. Below LIMIT_MS nothing is judged. */
const LIMIT_MS = 2;
const MAX_GROWTH = 9;
const LENGTH = LONG ? 8000 : 2000;
/** A pattern on the longest input the code can give it must stay this fast. */
const BOUNDED_MS = 5;

test('every regular expression in server/src is found, and none is built from run-time text', () => {
  const { patterns, dynamic } = scan();
  assert.ok(patterns.length >= 40, `the scan finds the patterns (${patterns.length})`);
  // Settings (extraReportingVerbs, ignoredNames) must stay literals: a RegExp made from run-time text could run a user's pattern.
  const unexplained = dynamic.filter((d) => !DYNAMIC_ALLOWED.some((a) => d.startsWith(`${a.file}:`)));
  assert.deepEqual(unexplained, [], 'a RegExp built from run-time text: use string matching, or escape it and list it in DYNAMIC_ALLOWED with why it is safe');
  assert.ok(charactersOf('[\\s,]+').includes(' ') && charactersOf('\\p{Lu}').includes('A') && charactersOf('[a-z]').includes('m'));
});

interface Verdict {
  readonly problems: string[];
  readonly probes: number;
  readonly worst: { readonly label: string; readonly ms: number };
}

/** Runs a pattern's pumped and curated probes; a probe that grows faster than linear is confirmed once before it counts. */
async function judge(checker: Checker, p: Pattern, timeoutMs: number): Promise<Verdict> {
  const name = `${p.where} /${p.source}/${p.flags}`;
  const problems: string[] = [];
  const list = probes(p, LENGTH);
  const bounded: Probe[] = [];
  for (const c of CURATED) {
    if (!p.source.includes(c.match)) continue;
    if (c.bound) bounded.push({ label: `${c.why} (${c.bound} chars, the most the code passes)`, short: c.make(Math.floor(c.bound / 4)), long: c.make(c.bound) });
    else list.push({ label: c.why, short: c.make(Math.floor(LENGTH / 4)), long: c.make(LENGTH) });
  }
  let worst = { label: '', ms: 0 };
  if (bounded.length > 0) {
    const timings = await checker.time(p, bounded, timeoutMs);
    if (!timings) problems.push(`${name}: no answer within ${timeoutMs} ms on its bounded worst cases`);
    for (const tm of timings ?? []) {
      if (tm.long > worst.ms) worst = { label: tm.label, ms: tm.long };
      if (tm.long > BOUNDED_MS) problems.push(`${name}: ${tm.label}: ${tm.long.toFixed(2)} ms`);
    }
  }
  const timings = await checker.time(p, list, timeoutMs);
  if (!timings) return { problems: [...problems, `${name}: no answer within ${timeoutMs} ms on its probes (catastrophic backtracking?)`], probes: bounded.length, worst };
  for (const tm of timings) {
    if (tm.long > worst.ms) worst = { label: tm.label, ms: tm.long };
    if (tm.long > LIMIT_MS && tm.long / Math.max(tm.short, 0.01) > MAX_GROWTH) {
      // Confirm before reporting: one slow run on a busy machine is not a pattern.
      const again = (await checker.time(p, list.filter((l) => l.label === tm.label), timeoutMs))?.[0];
      if (!again || (again.long > LIMIT_MS && again.long / Math.max(again.short, 0.01) > MAX_GROWTH)) {
        problems.push(`${name}: ${tm.label}: ${tm.short.toFixed(2)} ms at ${Math.ceil(tm.length / 4)} chars, ${tm.long.toFixed(2)} ms at ${tm.length}`);
      }
    }
  }
  return { problems, probes: bounded.length + timings.length, worst };
}

test('the checker itself catches an exponential and a quadratic pattern', { timeout: 60_000 }, async () => {
  const checker = new Checker();
  try {
    const exponential = await judge(checker, { where: 'self-test', source: '^(a|a)+$', flags: '' }, 1500);
    assert.ok(exponential.problems.length > 0, 'the exponential pattern is caught');
    const quadratic = await judge(checker, { where: 'self-test', source: '\\s+$', flags: '' }, 10_000);
    assert.ok(quadratic.problems.length > 0, 'the quadratic pattern is caught');
    const linear = await judge(checker, { where: 'self-test', source: '^\\s+', flags: '' }, 10_000);
    assert.deepEqual(linear.problems, [], 'a linear pattern passes');
  } finally {
    await checker.close();
  }
});

test(`no regular expression in server/src backtracks catastrophically (pumped strings of ${LENGTH} chars)`, { timeout: 240_000 }, async (t) => {
  const { patterns } = scan();
  const checker = new Checker();
  const problems: string[] = [];
  let probesRun = 0;
  let worst = { where: '', label: '', ms: 0 };
  try {
    for (const p of patterns) {
      const v = await judge(checker, p, 20_000);
      problems.push(...v.problems);
      probesRun += v.probes;
      if (v.worst.ms > worst.ms) worst = { where: `${p.where} /${p.source}/${p.flags}`, ...v.worst };
    }
  } finally {
    await checker.close();
  }
  t.diagnostic(`${patterns.length} patterns, ${probesRun} probes; slowest: ${worst.where} on ${worst.label}, ${worst.ms.toFixed(2)} ms`);
  assert.deepEqual(problems, []);
});
