// `sourced analyze [--json] FILE...`: one JSON line per file in the spec's format, or a readable report.
// A bad file is reported on stderr and skipped; the exit code says whether any file failed.

import { analyze } from '../analysis/index';
import type { AnalysisOptions } from '../analysis/types';
import { toAnnotations } from '../export/annotations';
import { renderReport } from '../report/textReport';
import { expandInputs } from './inputs';
import { fileError, type Output } from './output';

export interface AnalyzeArgs {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly options: AnalysisOptions;
}

export function runAnalyze(args: AnalyzeArgs, output: Output): number {
  let failed = 0;
  let first = true;
  for (const input of expandInputs(args.files)) {
    if (!input.ok) {
      fileError(output, input.path, input.reason);
      failed++;
      continue;
    }
    if (input.warning) fileError(output, input.path, `warning: ${input.warning}`);
    const analysis = analyze(input.text, args.options);
    if (args.json) {
      output.out(`${JSON.stringify(toAnnotations(input.name, analysis))}\n`);
    } else {
      output.out(`${first ? '' : '\n'}${renderReport(input.path, analysis)}`);
      first = false;
    }
  }
  return failed > 0 ? 1 : 0;
}
