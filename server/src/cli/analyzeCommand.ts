// `sourced analyze [--json] [--glob PATTERN] [--jobs N] PATH...`: one JSON line per file in the
// spec's format, or a readable report. A folder is walked (inputs.ts) and its files analysed on all
// cores (pool.ts), printed in path order; a progress bar on a terminal and a summary line go to stderr.
// A bad file is reported on stderr and skipped; the exit code says whether any file failed.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { AnalysisOptions } from '../analysis/types';
import { analyzeFile, failed, type FileResult, type FileTask } from './analyzeFile';
import { expandInputs } from './inputs';
import { fileError, type Output } from './output';
import { runPool } from './pool';
import { Progress } from './progress';

export interface AnalyzeArgs {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly options: AnalysisOptions;
  /** Which files of a folder to analyse (default: FOLDER_EXTENSIONS). */
  readonly glob?: string | null;
  /** Worker threads; default one per core. 1 analyses in this thread. */
  readonly jobs?: number | null;
}

/** Below this many files the workers' start-up costs more than it saves (unless --jobs asks for them). */
const MIN_FILES_FOR_WORKERS = 16;

export function runAnalyze(args: AnalyzeArgs, output: Output): number | Promise<number> {
  const started = performance.now();
  const folderMode = args.files.some(isDirectory);
  const inputs = expandInputs(args.files, args.glob ?? null);
  const tasks: FileTask[] = [];
  /** Per input: its task index, or the reason it could not even be listed. */
  const plan: Array<number | FileResult> = inputs.map((i) => {
    if (!i.ok) return failed(i.path, i.reason);
    tasks.push({ path: i.path, folder: i.folder, json: args.json, options: args.options });
    return tasks.length - 1;
  });

  const summary = { articles: 0, quotes: 0, unattributed: 0, errors: 0, speakers: new Set<string>() };
  const progress = folderMode && output.errIsTTY ? new Progress(inputs.length, output.err, output.errColumns) : null;
  const err = (path: string, reason: string): void => {
    if (progress) progress.note(`sourced: ${path}: ${reason}\n`);
    else fileError(output, path, reason);
  };
  let first = true;
  const emit = (r: FileResult): void => {
    if (r.error !== null) {
      err(r.path, r.error);
      summary.errors++;
    } else {
      if (r.warning) err(r.path, `warning: ${r.warning}`);
      output.out(args.json || first ? r.output : `\n${r.output}`);
      first = false;
      summary.articles++;
      summary.quotes += r.quotes;
      summary.unattributed += r.unattributedStatistics;
      for (const s of r.speakers) summary.speakers.add(s);
    }
    progress?.tick();
  };
  const finish = (): number => {
    progress?.end();
    if (folderMode) {
      const seconds = (performance.now() - started) / 1000;
      output.err(
        `sourced: ${count(summary.articles, 'article')}, ${count(summary.quotes, 'quote')}, ${count(summary.speakers.size, 'speaker')}, ` +
          `${count(summary.unattributed, 'unattributed statistic')}, ${count(summary.errors, 'error')} ` +
          `(${seconds.toFixed(1)} s, ${Math.round(summary.articles / Math.max(seconds, 1e-3))} articles/s)\n`,
      );
    }
    return summary.errors > 0 ? 1 : 0;
  };

  const jobs = Math.max(1, args.jobs ?? availableParallelism());
  const workerFile = join(__dirname, 'worker.js');
  const useWorkers = jobs > 1 && tasks.length > 1 && (tasks.length >= MIN_FILES_FOR_WORKERS || args.jobs != null) && existsSync(workerFile);
  if (!useWorkers) {
    // In this thread, in order: small runs, --jobs 1, and runs from the sources (no dist/worker.js).
    for (const p of plan) emit(typeof p === 'number' ? analyzeFile(tasks[p]!) : p);
    return finish();
  }
  // Results come back in task order; inputs that failed to list are printed in their place.
  let at = 0;
  const drain = (): void => {
    while (at < plan.length && typeof plan[at] !== 'number') emit(plan[at++] as FileResult);
  };
  drain();
  return runPool(tasks, {
    workerFile,
    workers: jobs,
    onResult: (_index, result) => {
      at++;
      emit(result);
      drain();
    },
  }).then(finish);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
