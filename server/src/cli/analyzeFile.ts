// One file of `sourced analyze`: read, analyse, render. Runs in the command's own thread or in a
// worker of the pool (worker.ts), and gives back what to print plus the counts for the summary.

import { analyze } from '../analysis/index';
import type { AnalysisOptions } from '../analysis/types';
import { toAnnotations } from '../export/annotations';
import { renderReport } from '../report/textReport';
import { readInput } from './inputs';

export interface FileTask {
  readonly path: string;
  /** Found by walking a folder: the JSON then carries the path too, since base names may repeat. */
  readonly folder: boolean;
  readonly json: boolean;
  readonly options: AnalysisOptions;
}

export interface FileResult {
  readonly path: string;
  /** What goes to standard output: one JSON line, or the readable report ('' when the file failed). */
  readonly output: string;
  /** Why the file could not be analysed, or null. */
  readonly error: string | null;
  readonly warning: string | null;
  readonly quotes: number;
  /** The names of the article's speakers, each once. */
  readonly speakers: readonly string[];
  readonly unattributedStatistics: number;
}

export function analyzeFile(task: FileTask): FileResult {
  const input = readInput(task.path);
  if (!input.ok) return failed(task.path, input.reason);
  try {
    const analysis = analyze(input.text, task.options);
    let output: string;
    if (task.json) {
      const doc = toAnnotations(input.name, analysis);
      const { file, ...rest } = doc;
      output = `${JSON.stringify(task.folder ? { file, path: task.path, ...rest } : doc)}\n`;
    } else {
      output = renderReport(input.path, analysis);
    }
    const speakers = new Set<string>();
    for (const q of analysis.quotes) {
      const e = q.speaker === null ? undefined : analysis.entities[q.speaker];
      if (e) speakers.add(e.fullName);
    }
    return {
      path: task.path,
      output,
      error: null,
      warning: input.warning,
      quotes: analysis.quotes.length,
      speakers: [...speakers],
      unattributedStatistics: analysis.statistics.filter((s) => !s.attributed).length,
    };
  } catch (err) {
    // analyze never throws; rendering or an out-of-memory error still must not stop the other files.
    return failed(task.path, `could not be analysed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function failed(path: string, reason: string): FileResult {
  return { path, output: '', error: reason, warning: null, quotes: 0, speakers: [], unattributedStatistics: 0 };
}
