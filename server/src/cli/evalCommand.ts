// `sourced eval DIR [--verbose] [--pred FILE.jsonl]`: scores the analyzer (or a prediction file)
// against a gold folder of `*.txt` + `*.json` and prints the spec's metrics as a table.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../analysis/index';
import { toAnnotations } from '../export/annotations';
import { fixed, score, summaryLine, type GoldDocument, type PRF, type PredictedDocument, type ScoredArticle, type Scores } from '../eval/score';
import { excerpt } from '../report/describe';
import { readInput } from './inputs';
import { fileError, type Output } from './output';

export interface EvalArgs {
  readonly dir: string;
  readonly verbose: boolean;
  /** Score this JSON Lines file instead of running the analyzer. */
  readonly pred: string | null;
}

export function runEval(args: EvalArgs, output: Output): number {
  let goldFiles: string[];
  try {
    goldFiles = readdirSync(args.dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    fileError(output, args.dir, 'no such folder');
    return 1;
  }
  if (goldFiles.length === 0) {
    fileError(output, args.dir, 'no gold files (*.json) in this folder');
    return 1;
  }
  let predictions: Map<string, PredictedDocument> | null = null;
  if (args.pred) {
    predictions = readPredictions(args.pred, output);
    if (!predictions) return 1;
  }
  let failed = 0;
  const articles: ScoredArticle[] = [];
  for (const g of goldFiles) {
    const goldPath = join(args.dir, g);
    let gold: GoldDocument;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDocument;
    } catch (err) {
      fileError(output, goldPath, `not a gold file: ${err instanceof Error ? err.message : String(err)}`);
      failed++;
      continue;
    }
    const input = readInput(join(args.dir, gold.file));
    if (!input.ok) {
      fileError(output, input.path, input.reason);
      failed++;
      continue;
    }
    const predicted = predictions ? (predictions.get(gold.file) ?? null) : toAnnotations(gold.file, analyze(input.text));
    articles.push({ name: gold.file, text: input.text, gold, predicted });
  }
  const scores = score(articles);
  output.out(renderTable(args.dir, scores));
  if (args.verbose) output.out(renderFindings(scores));
  return failed > 0 || scores.missing > 0 ? 1 : 0;
}

function readPredictions(path: string, output: Output): Map<string, PredictedDocument> | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    fileError(output, path, 'no such file');
    return null;
  }
  const out = new Map<string, PredictedDocument>();
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const d = JSON.parse(line) as PredictedDocument & { file?: string; path?: string; uri?: string };
      out.set(basename(d.file || d.path || d.uri || ''), d);
    } catch (err) {
      fileError(output, path, `line ${i + 1} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }
  return out;
}

function row(label: string, m: PRF, counts: string): string {
  return `${label.padEnd(26)}${fixed(m.precision, 3).padStart(7)}${fixed(m.recall, 3).padStart(7)}${fixed(m.f1, 3).padStart(7)}   ${counts}\n`;
}

export function renderTable(dir: string, s: Scores): string {
  let out = `Sourced evaluation of ${dir}: ${s.articles} articles\n`;
  out += `${''.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`;
  out += row('quotes', s.quotes, `gold ${s.quotes.gold}, predicted ${s.quotes.predicted}, matched ${s.quotes.matched}`);
  out += row('end-to-end attribution', s.attribution, 'matched with the right speaker');
  out += `${'speaker accuracy'.padEnd(26)}${fixed(s.speakers.accuracy, 3).padStart(21)}   ${s.speakers.correct} of ${s.speakers.judged} matched quotes with a resolved gold speaker\n`;
  if (s.statistics && s.unattributed && s.boilerplate) {
    out += row('statistics', s.statistics, `gold ${s.statistics.gold}, predicted ${s.statistics.predicted}`);
    out += row('unattributed statistics', s.unattributed, `gold ${s.unattributed.gold}, predicted ${s.unattributed.predicted}`);
    out += row('boilerplate characters', s.boilerplate, '');
  } else {
    out += 'statistics and boilerplate: not annotated in this set\n';
  }
  if (s.missing) out += `articles with no prediction: ${s.missing}\n`;
  return `${out}${summaryLine(s)}\n`;
}

export function renderFindings(s: Scores): string {
  if (s.findings.length === 0) return 'no misses, no extras, no wrong speakers\n';
  return s.findings
    .map((f) => {
      const who = f.kind === 'wrong speaker' ? `: gold ${JSON.stringify(f.gold)} got ${JSON.stringify(f.got)}` : f.kind === 'missed quote' ? ` (gold speaker ${JSON.stringify(f.gold)})` : f.kind === 'extra quote' ? ` (speaker ${JSON.stringify(f.got)})` : '';
      return `  ${f.kind.padEnd(20)} ${f.file} ${JSON.stringify(excerpt(f.text, 60))}${who}\n`;
    })
    .join('');
}
