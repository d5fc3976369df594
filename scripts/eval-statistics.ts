// Measures statistics and boilerplate detection: P/R/F1 against a gold directory and against our own fixture set.
// Scoring follows ../shared/tools/score.py: statistics match when spans overlap (one-to-one), boilerplate by characters.
//
// Usage: npx tsx scripts/eval-statistics.ts [--gold DIR]... [--fixtures DIR] [--verbose] [--show DIR]
//   --show DIR prints every statistic and boilerplate block found in the .txt files of DIR (for eyeballing sets without gold).

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { analyze } from '../server/src/analysis/index';
import type { Analysis, Span } from '../server/src/analysis/types';

export interface Scored {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Report {
  statistics: Scored;
  unattributed: Scored;
  boilerplate: Scored;
  /** Matched statistics whose expected source was given, and how many of them had it right. */
  sourcesJudged: number;
  sourcesRight: number;
  errors: string[];
}

export interface ExpectedStatistic extends Span {
  readonly text: string;
  readonly attributed: boolean;
  readonly source?: string | null;
}

export function prf(s: Scored): { p: number; r: number; f: number } {
  const p = s.predicted ? s.tp / s.predicted : 1;
  const r = s.gold ? s.tp / s.gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function emptyReport(): Report {
  return { statistics: { tp: 0, predicted: 0, gold: 0 }, unattributed: { tp: 0, predicted: 0, gold: 0 }, boilerplate: { tp: 0, predicted: 0, gold: 0 }, sourcesJudged: 0, sourcesRight: 0, errors: [] };
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** One-to-one matching of overlapping spans (greedy in order, as every overlap scores the same). */
function matchSpans(gold: readonly Span[], pred: readonly Span[]): Array<[number, number]> {
  const used = new Set<number>();
  const out: Array<[number, number]> = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < pred.length; j++) {
      if (used.has(j) || !overlaps(gold[i]!, pred[j]!)) continue;
      used.add(j);
      out.push([i, j]);
      break;
    }
  }
  return out;
}

/** Lower-case, punctuation folded, padded: the comparison score.py uses for speakers. */
export function normName(s: string | null | undefined): string {
  const t = (s ?? '').toLowerCase().replace(/\u2019/g, "'").replace(/[^a-z0-9' ]+/g, ' ');
  return ` ${t.split(/\s+/).filter(Boolean).join(' ')} `;
}

/** Scores one document's analysis against expected statistics and boilerplate spans; adds to `into`. */
export function scoreDocument(name: string, a: Analysis, gold: readonly ExpectedStatistic[], goldBoilerplate: readonly Span[] | null, into: Report): void {
  const pred = a.statistics;
  const ms = matchSpans(gold, pred);
  into.statistics.tp += ms.length;
  into.statistics.predicted += pred.length;
  into.statistics.gold += gold.length;
  const mg = new Set(ms.map(([i]) => i));
  const mp = new Set(ms.map(([, j]) => j));
  gold.forEach((g, i) => {
    if (!mg.has(i)) into.errors.push(`${name}: missed ${JSON.stringify(g.text)}`);
  });
  pred.forEach((p, j) => {
    if (!mp.has(j)) into.errors.push(`${name}: extra ${JSON.stringify(p.text)} (${p.kind})`);
  });
  for (const [i, j] of ms) {
    const g = gold[i]!;
    const p = pred[j]!;
    if (g.attributed !== p.attributed) into.errors.push(`${name}: ${JSON.stringify(p.text)} attributed=${p.attributed} (${p.source ?? '-'}), expected ${g.attributed} (${g.source ?? '-'})`);
    if (g.attributed && p.attributed && typeof g.source === 'string') {
      into.sourcesJudged++;
      const ok = normName(p.source).includes(normName(g.source)) || normName(g.source).includes(normName(p.source));
      if (ok) into.sourcesRight++;
      else into.errors.push(`${name}: ${JSON.stringify(p.text)} source ${JSON.stringify(p.source)}, expected ${JSON.stringify(g.source)}`);
    }
  }
  const gu = gold.filter((g) => !g.attributed);
  const pu = pred.filter((p) => !p.attributed);
  into.unattributed.tp += matchSpans(gu, pu).length;
  into.unattributed.predicted += pu.length;
  into.unattributed.gold += gu.length;
  if (goldBoilerplate) {
    const g = new Set<number>();
    const p = new Set<number>();
    for (const b of goldBoilerplate) for (let k = b.start; k < b.end; k++) g.add(k);
    for (const b of a.boilerplate) for (let k = b.start; k < b.end; k++) p.add(k);
    let tp = 0;
    for (const k of p) if (g.has(k)) tp++;
    into.boilerplate.tp += tp;
    into.boilerplate.predicted += p.size;
    into.boilerplate.gold += g.size;
    if (tp !== g.size || tp !== p.size) {
      for (const b of a.boilerplate) into.errors.push(`${name}: boilerplate ${b.rule} ${JSON.stringify(b.text.slice(0, 80))}`);
    }
  }
}

interface GoldFile {
  readonly file: string;
  readonly statistics?: ExpectedStatistic[];
  readonly boilerplate?: Span[];
}

/** Scores every gold file of a directory that annotates statistics. */
export function evalGoldDir(dir: string): Report {
  const report = emptyReport();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
    if (!g.statistics) continue;
    const text = readFileSync(join(dir, g.file), 'utf8').replace(/^\uFEFF/, '');
    scoreDocument(g.file, analyze(text), g.statistics, g.boilerplate ?? [], report);
  }
  return report;
}

/** One fixture case: a paragraph (or a few lines) and the statistics expected in it, located by their text. */
export interface FixtureCase {
  readonly text: string;
  readonly statistics: ReadonlyArray<{ readonly text: string; readonly attributed: boolean; readonly source?: string | null }>;
  readonly note?: string;
}

export interface FixtureFile {
  readonly kind: string;
  readonly cases: readonly FixtureCase[];
}

export function loadFixtures(dir: string): Array<{ file: string; data: FixtureFile }> {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureFile }));
}

/** Locates each expected statistic in the case text (in order, each after the previous one's start). */
export function locate(c: FixtureCase): ExpectedStatistic[] {
  const out: ExpectedStatistic[] = [];
  let from = 0;
  for (const s of c.statistics) {
    let at = c.text.indexOf(s.text, from);
    if (at < 0) at = c.text.indexOf(s.text);
    if (at < 0) throw new Error(`fixture statistic ${JSON.stringify(s.text)} not in ${JSON.stringify(c.text.slice(0, 60))}`);
    out.push({ start: at, end: at + s.text.length, text: s.text, attributed: s.attributed, source: s.source ?? null });
    from = at + 1;
  }
  return out;
}

export function evalFixtures(dir: string): { all: Report; byFile: Map<string, Report> } {
  const all = emptyReport();
  const byFile = new Map<string, Report>();
  for (const { file, data } of loadFixtures(dir)) {
    const r = emptyReport();
    data.cases.forEach((c, k) => {
      const gold = locate(c);
      const a = analyze(c.text);
      scoreDocument(`${file}#${k}`, a, gold, null, r);
      scoreDocument(`${file}#${k}`, a, gold, null, all);
    });
    byFile.set(file, r);
  }
  return { all, byFile };
}

function line(label: string, s: Scored): string {
  const { p, r, f } = prf(s);
  return `${label.padEnd(26)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.tp})`;
}

function printReport(title: string, r: Report, verbose: boolean, withBoilerplate: boolean): void {
  console.log(`== ${title}`);
  console.log(line('statistics', r.statistics));
  console.log(line('unattributed statistics', r.unattributed));
  if (withBoilerplate) console.log(line('boilerplate chars', r.boilerplate));
  if (r.sourcesJudged) console.log(`${'sources'.padEnd(26)} ${r.sourcesRight}/${r.sourcesJudged} right on matched attributed statistics`);
  if (verbose) for (const e of r.errors) console.log(`  ${e}`);
}

function show(dir: string): void {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const a = analyze(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
    for (const b of a.boilerplate) console.log(`${basename(f)}  BOILERPLATE ${b.rule}: ${JSON.stringify(b.text.slice(0, 100))}`);
    for (const s of a.statistics) console.log(`${basename(f)}  ${s.kind.padEnd(11)} ${s.attributed ? `[${s.source}]` : '[UNATTRIBUTED]'} ${JSON.stringify(s.text)}`);
  }
}

function main(argv: readonly string[]): void {
  const gold: string[] = [];
  let fixtures = 'test/fixtures/statistics';
  let verbose = false;
  const shows: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--gold') gold.push(argv[++i]!);
    else if (a === '--fixtures') fixtures = argv[++i]!;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--show') shows.push(argv[++i]!);
  }
  if (gold.length === 0 && shows.length === 0) gold.push('../shared/gold/seeds');
  for (const d of shows) show(d);
  for (const d of gold) printReport(`gold ${d}`, evalGoldDir(d), verbose, true);
  if (shows.length === 0 && existsSync(fixtures)) {
    const { all, byFile } = evalFixtures(fixtures);
    for (const [file, r] of byFile) {
      const s = prf(r.statistics).f.toFixed(3);
      const u = prf(r.unattributed).f.toFixed(3);
      console.log(`  ${file.padEnd(32)} statistics F1=${s} unattributed F1=${u}  (gold ${r.statistics.gold})`);
    }
    printReport(`fixtures ${fixtures}`, all, verbose, false);
  }
}

if (process.argv[1] && /eval-statistics\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
