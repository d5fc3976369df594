// `npm run bench`: how fast and how lean Sourced is, against the targets of issue 6.
// Prints a table and writes the numbers as JSON (.bench/results.json, or --out FILE) so runs compare.
//
//   npm run bench                     everything but the folder run (a few minutes)
//   npm run bench -- --folder         also 10,000 generated 5 KB articles through `sourced analyze DIR`
//   npm run bench -- --quick          fewer runs; no 10 MB document, no 1 MB through compromise
//   npm run bench -- --out FILE       where the JSON goes
//   npm run bench -- --against REF    only this: the 1 MB analysis of REF (a commit) and of the
//                                     work tree, alternated in one process (see compareAgainst)
//
// Inputs are the samples and the gold texts (../shared/gold/wikinews, ../shared/gold/seeds) read at
// run time, concatenated in a shuffled order and varied (digits rotated per copy) up to each size.
// Times are medians of several runs, wall clock, each series after one untimed run of its document
// (a process's first document is timed on its own); the CPU time of the same runs is printed beside
// them, since a shared machine's wall clock also counts other processes.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import v8 from 'node:v8';
import nlp from 'compromise';
import { buildSync } from 'esbuild';
import { TestClient } from '../test/helpers/lspClient';

const root = join(__dirname, '..');

// The analysis and the server's features, bundled as the server ships them (see bench-entry.ts).
const bundled = join(root, '.bench', 'bench-lib.cjs');
buildSync({ entryPoints: [join(root, 'scripts', 'bench-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundled, logLevel: 'error' });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyze, forgetSharedWords, AnalysisCache, hoverAt, documentSymbols, diagnosticsFor, DEFAULT_SETTINGS, WorkspaceIndex, DEFAULT_LIMITS } = require(bundled) as typeof import('./bench-entry');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const quick = flag('--quick');
const KB = 1000;
const MB = 1000 * 1000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// ---------------------------------------------------------------------------------------------
// Inputs

function corpus(): string[] {
  const dirs = [join(root, 'samples'), join(root, '../shared/gold/wikinews'), join(root, '../shared/gold/seeds')];
  const texts: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (/\.(article|txt)$/.test(name)) texts.push(readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, ''));
  }
  return texts;
}

/** A small deterministic generator, so every run benchmarks the same text. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Copy k of an article: the same prose with every digit rotated by k, so figures differ between copies. */
function vary(text: string, k: number): string {
  return k % 10 === 0 ? text : text.replace(/\d/g, (d) => String((Number(d) + k) % 10));
}

/** A letter tag for copy k: "a", "b", …, "ba", … */
function copyTag(k: number): string {
  let tag = '';
  let n = k;
  do {
    tag += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return tag;
}

/**
 * Copy k with every capitalised word of three letters or more renamed for the copy ("Wang" ->
 * "Wangbc"): an archive in which every article quotes different people and bodies, so the entities
 * grow with the text (the plain copies repeat the same few hundred).
 */
function renamed(text: string, k: number): string {
  const tag = copyTag(k);
  return vary(text, k).replace(/\b([A-Z][a-z]{2,})\b/g, (w) => w + tag);
}

/**
 * A copy whose every paragraph ends in a source with no name, then a reference back to it ("A
 * spokesperson said so, and the spokesperson …"): each is a new entity under the same words, the case
 * that once made the entity look-ups quadratic (a long transcript of unnamed sources).
 */
function unnamedSources(text: string, k: number): string {
  return vary(text, k)
    .split('\n')
    .map((p) => (p.trim() ? `${p} A spokesperson said so, and the spokesperson would not say more.` : p))
    .join('\n');
}

/** One document of about `size` characters: articles in a shuffled order, copy after copy, cut at a paragraph. */
function documentOf(texts: readonly string[], size: number, copy: (text: string, k: number) => string = vary): string {
  const next = random(size);
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    for (const t of shuffled(texts, next)) {
      const v = copy(t, k);
      parts.push(v);
      length += v.length + 2;
      if (length >= size) break;
    }
  }
  const text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n', size);
  return cut > size / 2 ? text.slice(0, cut + 1) : text.slice(0, size);
}

/** Writes `count` articles of about 5 KB (paragraphs of the corpus, varied per article) under dir, 100 to a folder; returns the bytes written. */
function writeArticles(texts: readonly string[], dir: string, count: number): number {
  const paragraphs = texts.flatMap((t) => t.split(/\n+/).filter((p) => p.trim().length > 0));
  const next = random(10_000);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < 5 * KB) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
      parts.push(vary(p, i));
      length += p.length + 2;
    }
    const file = join(dir, String(i % 100).padStart(2, '0'), `article-${String(i).padStart(5, '0')}.txt`);
    mkdirSync(dirname(file), { recursive: true });
    const body = `${parts.join('\n\n')}\n`;
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly cpuMedianMs: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/**
 * Times `runs` calls of fn, after `warmups` calls that are not timed. A steady-state series warms up
 * on its own document: its first analysis learns the words the earlier sizes did not have (tokens.ts
 * keeps them for the process) and grows the young generation again after the collection below, and
 * in a series of 3 runs (10 MB) that one run moved the median. A process's first document is timed
 * on its own (firstDocument), with no warm-up.
 */
function time(runs: number, fn: () => unknown, warmups = 0): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  // One collection before the series, not one per run: a forced full GC shrinks the young
  // generation, and the next run then pays for growing it again (10 KB took 5x longer that way).
  gc();
  for (let i = 0; i < warmups; i++) fn();
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { runs, medianMs: median(wall), minMs: Math.min(...wall), cpuMedianMs: median(cpu) };
}

const mb = (bytes: number): number => bytes / (1024 * 1024);
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const sizeName = (n: number): string => (n >= MB ? `${n / MB} MB` : `${n / KB} KB`);

function table(title: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [`\n${title}`, line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Child mode: one 10 MB analysis in a fresh heap, for the memory numbers.

if (flag('--memory-child')) {
  const size = Number(option('--memory-child'));
  const text = documentOf(corpus(), size);
  gc();
  const before = process.memoryUsage().heapUsed;
  const t = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - t;
  const committed = v8.getHeapStatistics().total_heap_size;
  const peakUsed = v8.getHeapStatistics().used_heap_size;
  gc();
  const after = process.memoryUsage().heapUsed;
  process.stdout.write(
    `${JSON.stringify({ size: text.length, ms, textMb: mb(before), retainedMb: mb(after), analysisMb: mb(after - before), committedMb: mb(committed), usedBeforeGcMb: mb(peakUsed), tokens: analysis.article.tokens.length, quotes: analysis.quotes.length, incomplete: analysis.incomplete })}\n`,
  );
  process.exit(0);
}

// Child mode: the workspace index over a folder of articles in a fresh heap, for its memory.

if (flag('--index-child')) {
  const dir = option('--index-child')!;
  void (async () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const index = new WorkspaceIndex(() => undefined, DEFAULT_LIMITS);
    index.configure(['.txt'], {});
    index.setFolders([dir]);
    index.start();
    await index.idle();
    const ms = performance.now() - t;
    const peakCommitted = v8.getHeapStatistics().total_heap_size;
    gc();
    const after = process.memoryUsage().heapUsed;
    process.stdout.write(`${JSON.stringify({ articles: index.status().articles, ms, indexMb: mb(after - before), retainedMb: mb(after), committedMb: mb(peakCommitted) })}\n`);
    process.exit(0);
  })();
}

// ---------------------------------------------------------------------------------------------
// Comparison mode: this work tree against another commit, in one process.

/**
 * A shared machine's speed drifts by a third over hours, so two bench runs cannot tell a 10 % change
 * from the weather. This analyses the same 1 MB document with the analysis of `ref` (taken from git,
 * bundled the same way) and with the work tree's, alternating, so both meet the same machine; it
 * also says whether the two give the same analysis.
 */
function compareAgainst(ref: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-against-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', ref, 'server/src'], { cwd: root, maxBuffer: 1 << 28 });
    if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr.toString().trim()}`);
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString().trim()}`);
    const outfile = join(root, '.bench', 'against.cjs');
    buildSync({ entryPoints: [join(dir, 'server/src/analysis/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const other = (require(outfile) as { analyze: typeof analyze }).analyze;
    const commit = spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const text = documentOf(corpus(), MB);
    for (let i = 0; i < 3; i++) {
      other(text);
      analyze(text);
    }
    const runs = quick ? 10 : 40;
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs after the other's garbage.
      const pair: Array<[typeof analyze, number[]]> = i % 2 === 0 ? [[other, theirs], [analyze, ours]] : [[analyze, ours], [other, theirs]];
      for (const [fn, times] of pair) {
        const t = performance.now();
        fn(text);
        times.push(performance.now() - t);
      }
    }
    const same = JSON.stringify(stripArticle(other(text))) === JSON.stringify(stripArticle(analyze(text)));
    const row = (name: string, xs: number[]): string[] => [name, fmt(Math.min(...xs)), fmt(percentile(xs, 25)), fmt(median(xs))];
    process.stdout.write(
      `${table(`1 MB analysis, ${runs} alternated runs each in one process`, ['code', 'min ms', 'p25 ms', 'median ms'], [row(`${ref} (${commit})`, theirs), row('work tree', ours)])}

` +
        `work tree / ${ref}: ${fmt((median(ours) / median(theirs)) * 100)} % of the median time, ${fmt((percentile(ours, 25) / percentile(theirs, 25)) * 100)} % at p25; ` +
        `same analysis: ${same ? 'yes' : 'NO'}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The analysis without its article model (tokens are objects with getters, and equal whenever the rest is). */
function stripArticle(a: ReturnType<typeof analyze>): object {
  const { article: _article, ...rest } = a;
  return rest;
}

if (option('--against') !== null) {
  compareAgainst(option('--against')!);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The benchmark

interface Target {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  readonly ok: boolean;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg();
  const texts = corpus();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    loadAverageAtStart: load.map((l) => Number(l.toFixed(2))),
    inputs: { articles: texts.length, characters: texts.reduce((n, t) => n + t.length, 0) },
  };
  const targets: Target[] = [];
  const out: string[] = [];
  log(`${texts.length} articles in the corpus; load average ${load.map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);

  // Throughput and linearity.
  const sizes = quick ? [10 * KB, 100 * KB, 1 * MB] : [10 * KB, 100 * KB, 1 * MB, 10 * MB];
  const runsFor = (size: number): number => (size <= 10 * KB ? (quick ? 30 : 100) : size <= 100 * KB ? (quick ? 10 : 30) : size <= MB ? (quick ? 5 : 15) : 3);
  const docs = new Map(sizes.map((s) => [s, documentOf(texts, s)]));
  // Warm the JIT on a mid-sized text so the first size is not charged for compiling.
  for (let i = 0; i < 3; i++) analyze(docs.get(100 * KB)!);
  const throughput: Array<Record<string, number | string>> = [];
  for (const size of sizes) {
    const text = docs.get(size)!;
    log(`analysing ${sizeName(size)} (${runsFor(size)} runs)`);
    let quotes = 0;
    const t = time(runsFor(size), () => (quotes = analyze(text).quotes.length), 1);
    throughput.push({ size: sizeName(size), characters: text.length, runs: t.runs, medianMs: t.medianMs, minMs: t.minMs, cpuMedianMs: t.cpuMedianMs, mbPerSecond: text.length / MB / (t.medianMs / 1000), opsPerSecond: 1000 / t.medianMs, quotes });
  }
  const linearity = throughput.slice(1).map((row, i) => ({ from: throughput[i]!['size'] as string, to: row['size'] as string, ratio: (row['medianMs'] as number) / (throughput[i]!['medianMs'] as number), cpuRatio: (row['cpuMedianMs'] as number) / (throughput[i]!['cpuMedianMs'] as number) }));
  results['throughput'] = throughput;
  results['linearity'] = linearity;
  out.push(
    table(
      'Full analysis (analyze(): article model, quotes, attribution, statistics, claims, boilerplate)',
      ['document', 'runs', 'median ms', 'CPU ms', 'MB/s', 'ops/s', 'quotes', '10x time'],
      throughput.map((r, i) => [
        String(r['size']),
        String(r['runs']),
        fmt(r['medianMs'] as number),
        fmt(r['cpuMedianMs'] as number),
        fmt(r['mbPerSecond'] as number),
        fmt(r['opsPerSecond'] as number),
        String(r['quotes']),
        i === 0 ? '' : `${fmt(linearity[i - 1]!.ratio, 2)}x`,
      ]),
    ),
  );
  // The words met in earlier documents are kept for the process (tokens.ts, makeWord), so every run
  // above reads its words from that table, as a server or a folder run does after its first article.
  // A process's very first document works out each of its words: timed here, with the table emptied.
  const firstDocuments = [10 * KB, 1 * MB].map((size) => {
    const text = docs.get(size)!;
    const t = time(size <= 10 * KB ? (quick ? 30 : 100) : quick ? 3 : 9, () => {
      forgetSharedWords();
      analyze(text);
    });
    return { size: sizeName(size), runs: t.runs, medianMs: t.medianMs, mbPerSecond: text.length / MB / (t.medianMs / 1000) };
  });
  results['firstDocument'] = firstDocuments;
  out.push(
    table(
      "A process's first document: the same analysis with no word known from earlier documents",
      ['document', 'runs', 'median ms', 'MB/s'],
      firstDocuments.map((r) => [r.size, String(r.runs), fmt(r.medianMs), fmt(r.mbPerSecond)]),
    ),
  );
  const oneMb = throughput.find((r) => r['size'] === '1 MB')!;
  targets.push({ what: 'throughput, 1 MB document', target: '>= 20 MB/s (< 50 ms)', measured: `${fmt(oneMb['mbPerSecond'] as number)} MB/s (${fmt(oneMb['medianMs'] as number)} ms)`, ok: (oneMb['medianMs'] as number) < 50 });
  const worst = Math.max(...linearity.map((l) => l.ratio));
  targets.push({ what: 'linearity (10x the text)', target: '<= 11x the time', measured: `${fmt(worst, 2)}x at worst`, ok: worst <= 11 });

  // The same linearity on documents whose entities grow with the text (added checks, not issue targets).
  const entitySeries = (key: string, title: string, what: string, label: string, copy: (text: string, k: number) => string): void => {
    const rows: Array<Record<string, number | string>> = [];
    for (const size of quick ? [100 * KB, 1 * MB] : [1 * MB, 10 * MB]) {
      const text = documentOf(texts, size, copy);
      log(`analysing ${sizeName(size)} ${what} (${runsFor(size)} runs)`);
      let entities = 0;
      const t = time(runsFor(size), () => (entities = analyze(text).entities.length), 1);
      rows.push({ size: sizeName(size), characters: text.length, runs: t.runs, medianMs: t.medianMs, minMs: t.minMs, mbPerSecond: text.length / MB / (t.medianMs / 1000), entities });
    }
    const ratio = (rows[1]!['medianMs'] as number) / (rows[0]!['medianMs'] as number);
    results[key] = { rows, ratio };
    out.push(
      table(
        title,
        ['document', 'runs', 'median ms', 'MB/s', 'entities', '10x time'],
        rows.map((r, i) => [String(r['size']), String(r['runs']), fmt(r['medianMs'] as number), fmt(r['mbPerSecond'] as number), String(r['entities']), i === 0 ? '' : `${fmt(ratio, 2)}x`]),
      ),
    );
    targets.push({ what: `linearity, ${label} (added check)`, target: '<= 11x the time', measured: `${fmt(ratio, 2)}x (${rows[1]!['entities']} entities)`, ok: ratio <= 11 });
  };
  // A long archive of different articles: the people and bodies do not repeat.
  entitySeries('distinctNames', 'Archives of different articles (every copy renames its capitalised words, so entities grow with the text)', 'with names renamed per copy', 'distinct names', renamed);
  // A transcript where unnamed sources pile up under the same words.
  entitySeries('unnamedSources', 'Transcripts of unnamed sources (every paragraph adds "a spokesperson" and refers back to "the spokesperson")', 'with an unnamed source in every paragraph', 'unnamed sources', unnamedSources);

  // compromise, side by side.
  const compromiseSizes = quick ? [10 * KB, 100 * KB] : [10 * KB, 100 * KB, 1 * MB];
  const viaCompromise = (text: string): number => {
    const doc = nlp(text);
    return doc.sentences().out('array').length + doc.people().out('array').length + doc.quotations().out('array').length;
  };
  viaCompromise(docs.get(10 * KB)!);
  const comparison: Array<Record<string, number | string>> = [];
  for (const size of compromiseSizes) {
    const text = docs.get(size) ?? documentOf(texts, size);
    log(`compromise on ${sizeName(size)}`);
    const c = time(size >= MB ? 1 : size >= 100 * KB ? 3 : 10, () => viaCompromise(text));
    const ours = throughput.find((r) => r['size'] === sizeName(size))!;
    const msPerMb = (ms: number): number => ms / (text.length / MB);
    comparison.push({ size: sizeName(size), runs: c.runs, compromiseMs: c.medianMs, compromiseMsPerMb: msPerMb(c.medianMs), sourcedMs: ours['medianMs'] as number, sourcedMsPerMb: msPerMb(ours['medianMs'] as number), ratio: c.medianMs / (ours['medianMs'] as number) });
  }
  results['compromise'] = { version: (JSON.parse(readFileSync(join(root, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version, work: 'nlp(text); .sentences(), .people(), .quotations() as arrays', rows: comparison };
  out.push(
    table(
      `compromise ${(results['compromise'] as { version: string }).version} (sentences, people(), quotations()) on the same documents; per MB extrapolated from the size measured`,
      ['document', 'runs', 'compromise ms', 'compromise s/MB', 'Sourced ms', 'Sourced ms/MB', 'ratio'],
      comparison.map((r) => [String(r['size']), String(r['runs']), fmt(r['compromiseMs'] as number), fmt((r['compromiseMsPerMb'] as number) / 1000, 2), fmt(r['sourcedMs'] as number), fmt(r['sourcedMsPerMb'] as number), `${fmt(r['ratio'] as number, 0)}x`]),
    ),
  );
  const largest = comparison[comparison.length - 1]!;
  targets.push({ what: `vs compromise (${largest['size']})`, target: '>= 100x faster', measured: `${fmt(largest['ratio'] as number, 0)}x`, ok: (largest['ratio'] as number) >= 100 });

  // Editor features on a 1 MB document, through the server's own functions and cache.
  {
    const text = docs.get(1 * MB)!;
    const cache = new AnalysisCache();
    let version = 1;
    const doc = { uri: 'file:///bench/one-megabyte.article', get version() { return version; }, getText: () => text };
    const first = performance.now();
    const entry = cache.get(doc);
    const firstMs = performance.now() - first;
    const offsets: number[] = [];
    for (const q of entry.analysis.quotes) offsets.push(q.start + 1);
    for (const s of entry.analysis.statistics) offsets.push(s.start);
    for (let o = 0; o < text.length; o += 997) offsets.push(o);
    const hover: number[] = [];
    let answered = 0;
    for (const o of offsets.slice(0, 3000)) {
      const t = performance.now();
      if (hoverAt(cache.get(doc), o)) answered++;
      hover.push(performance.now() - t);
    }
    // The outline is built once per version and cached: the server builds it after publishing the
    // diagnostics (documentSymbols.ts), a request that comes sooner builds it itself. Both are timed.
    const symbolsFirst: number[] = [];
    const symbols: number[] = [];
    let count = 0;
    for (let i = 0; i < (quick ? 10 : 30); i++) {
      const fresh = { ...cache.get(doc) }; // the same analysis as a new version would bring: nothing cached
      let t = performance.now();
      count = documentSymbols(fresh).length;
      symbolsFirst.push(performance.now() - t);
      t = performance.now();
      documentSymbols(fresh);
      symbols.push(performance.now() - t);
    }
    // Diagnostics after an edit: the cache analyses the new version from the last one (only the edited
    // lines are split again, the sentences the edit left alone keep their text-only work, see
    // reuse.ts), then it is turned into diagnostics. The first versions are not timed: the first is a
    // fresh analysis (no previous one), and the next few compile the code that moves earlier work.
    const afterEdit = (source: string, runs: number): Timing => {
      let current = source;
      const d = { uri: 'file:///bench/edited.article', version: 0, getText: () => current };
      const c = new AnalysisCache();
      const edit = (): void => {
        const at = current.length >> 1;
        current = `${current.slice(0, at)} and${current.slice(at)}`;
        d.version++;
        diagnosticsFor(c.get(d), DEFAULT_SETTINGS);
      };
      for (let i = 0; i < 5; i++) edit();
      return time(runs, edit);
    };
    const article = readFileSync(join(root, 'samples/000_ef0489480ae83f10.article'), 'utf8');
    const typical = afterEdit(article, quick ? 50 : 200);
    const large = afterEdit(text, quick ? 5 : 15);
    version++;
    const lsp = {
      firstAnalysisMs: firstMs,
      hover: { requests: hover.length, answered, medianMs: median(hover), p95Ms: percentile(hover, 95), maxMs: Math.max(...hover) },
      documentSymbols: { runs: symbols.length, topLevel: count, firstRequest: { medianMs: median(symbolsFirst), maxMs: Math.max(...symbolsFirst) }, cached: { medianMs: median(symbols), maxMs: Math.max(...symbols) } },
      editToDiagnostics: { typicalArticle: { characters: article.length, ...typical }, oneMegabyte: { characters: text.length, ...large } },
    };
    results['lsp'] = lsp;
    out.push(
      table(
        'Editor features on the 1 MB document (server functions, analysis cached per version)',
        ['request', 'runs', 'median ms', 'p95 ms', 'max ms'],
        [
          ['hover (quotes, figures, every ~1000th offset)', String(hover.length), fmt(median(hover), 3), fmt(percentile(hover, 95), 3), fmt(Math.max(...hover), 2)],
          ['document symbols, built for a new version (on demand)', String(symbolsFirst.length), fmt(median(symbolsFirst), 2), fmt(percentile(symbolsFirst, 95), 2), fmt(Math.max(...symbolsFirst), 2)],
          ['document symbols, already built (the server builds them after diagnostics)', String(symbols.length), fmt(median(symbols), 3), fmt(percentile(symbols, 95), 3), fmt(Math.max(...symbols), 3)],
          [`edit -> diagnostics, typical article (${(article.length / KB).toFixed(1)} KB)`, String(typical.runs), fmt(typical.medianMs, 2), '', fmt(typical.minMs, 2) + ' min'],
          ['edit -> diagnostics, 1 MB document', String(large.runs), fmt(large.medianMs), '', fmt(large.minMs) + ' min'],
        ],
      ),
    );
    targets.push({ what: 'hover, 1 MB document', target: '< 5 ms', measured: `${fmt(percentile(hover, 95), 2)} ms p95`, ok: percentile(hover, 95) < 5 });
    targets.push({ what: 'document symbols, 1 MB, built on demand', target: '< 5 ms', measured: `${fmt(median(symbolsFirst), 2)} ms median`, ok: median(symbolsFirst) < 5 });
    targets.push({ what: 'document symbols, 1 MB, once built', target: '< 5 ms', measured: `${fmt(median(symbols), 3)} ms median`, ok: median(symbols) < 5 });
    targets.push({ what: 'edit -> diagnostics, typical article', target: '< 10 ms', measured: `${fmt(typical.medianMs, 2)} ms`, ok: typical.medianMs < 10 });
    targets.push({ what: 'edit -> diagnostics, 1 MB', target: '< 50 ms', measured: `${fmt(large.medianMs)} ms`, ok: large.medianMs < 50 });
  }

  // The production bundles: size, and server start to first diagnostics.
  const dist = join(root, '.bench/dist');
  log('building the production bundles into .bench/dist');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', '--outdir', dist], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`production build failed: ${build.stderr}`);
  const bundle = Object.fromEntries(['server.js', 'server-main.js', 'cli.js', 'worker.js', 'client.js'].map((f) => [f, statSync(join(dist, f)).size]));
  // The server as shipped is its launcher (server.js) and the server bundle it runs (server-main.js).
  const serverBytes = bundle['server.js']! + bundle['server-main.js']!;
  results['bundle'] = { ...bundle, server: serverBytes };
  {
    const sample = join(root, 'samples/000_ef0489480ae83f10.article');
    const text = readFileSync(sample, 'utf8');
    const uri = `file://${sample}`;
    // The launcher keeps a V8 code cache: the first start on a machine compiles the bundle, later ones take
    // the cache back. A cache directory of the bench's own; one start writes the cache, then cold (no cache)
    // and warm starts alternate, so the machine's state falls on both alike.
    const cacheDir = mkdtempSync(join(tmpdir(), 'sourced-bench-cache-'));
    const startOnce = async (cache: boolean, linger = 0): Promise<number> => {
      process.env['SOURCED_CACHE_DIR'] = cacheDir;
      process.env['SOURCED_COMPILE_CACHE'] = cache ? '1' : '0';
      const t = performance.now();
      const client = TestClient.start(join(dist, 'server.js'));
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await client.connection.sendNotification('initialized', {});
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
      await client.diagnosticsFor(uri, 1, 10_000);
      const ms = performance.now() - t;
      if (linger > 0) {
        const deadline = Date.now() + linger;
        while (Date.now() < deadline && !readdirSync(cacheDir).some((f) => f.endsWith('.v8cache'))) await new Promise((r) => setTimeout(r, 50));
      }
      await client.stop();
      return ms;
    };
    await startOnce(true, 10_000);
    const cacheWritten = readdirSync(cacheDir).some((f) => f.endsWith('.v8cache'));
    const starts: number[] = [];
    const coldStarts: number[] = [];
    for (let i = 0; i < (quick ? 3 : 7); i++) {
      coldStarts.push(await startOnce(false));
      starts.push(await startOnce(true));
    }
    delete process.env['SOURCED_CACHE_DIR'];
    delete process.env['SOURCED_COMPILE_CACHE'];
    rmSync(cacheDir, { recursive: true, force: true });
    if (!cacheWritten) throw new Error('the server wrote no code cache');
    results['serverStart'] = { runs: starts.length, medianMs: median(starts), minMs: Math.min(...starts), maxMs: Math.max(...starts) };
    results['serverFirstStart'] = { runs: coldStarts.length, medianMs: median(coldStarts), minMs: Math.min(...coldStarts), maxMs: Math.max(...coldStarts) };
    out.push(
      table(
        'Production bundles (node scripts/build.mjs --production)',
        ['what', 'measured'],
        [
          ['dist/server.js + dist/server-main.js (launcher and server)', `${fmt(serverBytes / 1024)} KB (${fmt(bundle['server.js']! / 1024)} KB + ${fmt(bundle['server-main.js']! / 1024)} KB)`],
          ['dist/cli.js + dist/worker.js', `${fmt(bundle['cli.js']! / 1024)} KB + ${fmt(bundle['worker.js']! / 1024)} KB`],
          [`server start -> first diagnostics on a sample, code cache written (median of ${starts.length})`, `${fmt(median(starts))} ms (min ${fmt(Math.min(...starts))})`],
          [`the same, first start on a machine: no code cache (median of ${coldStarts.length})`, `${fmt(median(coldStarts))} ms (min ${fmt(Math.min(...coldStarts))})`],
        ],
      ),
    );
    targets.push({ what: 'bundled server size', target: '< 500 KB', measured: `${fmt(serverBytes / 1024)} KB`, ok: serverBytes < 500 * 1024 });
    targets.push({ what: 'server start -> first diagnostics', target: '< 300 ms', measured: `${fmt(median(starts))} ms`, ok: median(starts) < 300 });
    targets.push({ what: 'the same, first start on a machine (no code cache)', target: '< 300 ms', measured: `${fmt(median(coldStarts))} ms`, ok: median(coldStarts) < 300 });
  }

  // Memory: 10 MB in a fresh process; once free, once capped at a 200 MB old space.
  if (!quick) {
    const child = (heapCap: number | null): { ok: boolean; data: Record<string, number> | null; error: string } => {
      const r = spawnSync(process.execPath, ['--expose-gc', ...(heapCap ? [`--max-old-space-size=${heapCap}`] : []), '--import', 'tsx', __filename, '--memory-child', String(10 * MB)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      return { ok: r.status === 0, data: r.status === 0 ? (JSON.parse(line) as Record<string, number>) : null, error: r.status === 0 ? '' : (r.stderr.split('\n').find((l) => /heap|memory/i.test(l)) ?? `exit ${r.status}`) };
    };
    log('10 MB in a fresh process (memory)');
    const free = child(null);
    log('10 MB with a 200 MB heap cap');
    const capped = child(200);
    results['memory'] = { free: free.data, cappedAt200Mb: { ok: capped.ok, error: capped.error || null } };
    const d = free.data;
    out.push(
      table(
        'Memory, 10 MB document (fresh process, --expose-gc)',
        ['what', 'measured'],
        [
          ['heap before (the text itself and the code)', d ? `${fmt(d['textMb']!)} MB` : '-'],
          ['heap retained after analysis (the Analysis kept, after GC)', d ? `${fmt(d['retainedMb']!)} MB` : '-'],
          ['heap in use at the end of analysis, before GC', d ? `${fmt(d['usedBeforeGcMb']!)} MB` : '-'],
          ['heap committed at the end of analysis (≈ peak)', d ? `${fmt(d['committedMb']!)} MB` : '-'],
          ['analysed with --max-old-space-size=200', capped.ok ? 'yes' : `no (${capped.error})`],
        ],
      ),
    );
    // Met when the analysis completes with the old space capped at 200 MB; uncapped, V8 lets the heap grow further before collecting.
    targets.push({ what: '10 MB document, heap', target: '< 200 MB', measured: d ? `${capped.ok ? 'completes' : 'fails'} in a 200 MB heap; ${fmt(d['retainedMb']!)} MB retained` : 'failed', ok: capped.ok });
  }

  // The workspace index over as many articles as it holds (DEFAULT_LIMITS.maxFiles), in a fresh process.
  if (!quick) {
    const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-index-'));
    try {
      const count = DEFAULT_LIMITS.maxFiles;
      log(`writing ${count} articles of ~5 KB for the workspace index`);
      const bytes = writeArticles(texts, dir, count);
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--index-child', dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      const d = r.status === 0 ? (JSON.parse(line) as Record<string, number>) : null;
      results['workspaceIndex'] = d ? { ...d, megabytes: bytes / MB } : { error: r.stderr.slice(-500) };
      out.push(
        table(
          `Workspace index: ${count} generated articles (${fmt(bytes / MB)} MB) indexed from disk (fresh process, --expose-gc)`,
          ['what', 'measured'],
          [
            ['articles indexed', d ? String(d['articles']) : '-'],
            ['time to index', d ? `${fmt(d['ms']! / 1000, 1)} s` : '-'],
            ['heap held by the index (after GC)', d ? `${fmt(d['indexMb']!)} MB` : '-'],
            ['heap committed at the end (≈ peak)', d ? `${fmt(d['committedMb']!)} MB` : '-'],
          ],
        ),
      );
      targets.push({ what: 'workspace index, heap', target: '< 300 MB', measured: d ? `${fmt(d['indexMb']!)} MB held, ${fmt(d['committedMb']!)} MB peak for ${d['articles']} articles` : 'failed', ok: d !== null && d['committedMb']! < 300 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // 10,000 generated articles of 5 KB through the bundled CLI.
  if (flag('--folder')) {
    const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-folder-'));
    try {
      log(`writing 10,000 articles of ~5 KB to ${dir}`);
      const bytes = writeArticles(texts, dir, 10_000);
      log('sourced analyze --json DIR > /dev/null');
      const sink = openSync('/dev/null', 'w');
      const t = performance.now();
      const cli = spawn(process.execPath, [join(dist, 'cli.js'), 'analyze', '--json', dir], { stdio: ['ignore', sink, 'pipe'] });
      let stderr = '';
      cli.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
      const seconds = (performance.now() - t) / 1000;
      closeSync(sink);
      const summary = stderr.trim().split('\n').pop() ?? '';
      results['folder'] = { articles: 10_000, megabytes: bytes / MB, seconds, articlesPerSecond: 10_000 / seconds, mbPerSecond: bytes / MB / seconds, workers: availableParallelism(), exitCode: code, summary };
      out.push(
        table(
          `Folder: 10,000 generated articles (${fmt(bytes / MB)} MB) through the bundled CLI on ${availableParallelism()} worker threads`,
          ['command', 'seconds', 'articles/s', 'MB/s'],
          [['sourced analyze --json DIR > /dev/null', fmt(seconds), fmt(10_000 / seconds, 0), fmt(bytes / MB / seconds, 2)]],
        ) + `\n${summary}`,
      );
      targets.push({ what: '10,000 articles of 5 KB', target: '< 20 s', measured: `${fmt(seconds)} s`, ok: seconds < 20 && code === 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const loadEnd = loadavg();
  results['loadAverageAtEnd'] = loadEnd.map((l) => Number(l.toFixed(2)));
  results['targets'] = targets;
  results['seconds'] = (Date.now() - started) / 1000;
  out.push(table('Targets (issue 6)', ['what', 'target', 'measured', 'met'], targets.map((t) => [t.what, t.target, t.measured, t.ok ? 'yes' : 'NO'])));
  out.push(`\nnode ${process.version}, ${availableParallelism()} cores (${results['cpu']}), load average ${load.map((l) => l.toFixed(1)).join(' ')} at start, ${loadEnd.map((l) => l.toFixed(1)).join(' ')} at end; commit ${results['commit']}`);
  process.stdout.write(`${out.join('\n')}\n`);
  const file = option('--out') ?? join(root, '.bench/results.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${file}`);
}

if (!flag('--index-child')) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
