// The `sourced` command line: analyze, demo and eval over the same analysis library as the server.
// Parses arguments, runs one command, sets the exit code: 0 fine, 1 some input failed, 2 bad usage.

import { globToRegExp } from './glob';
import { runAnalyze } from './analyzeCommand';
import { runDemo } from './demoCommand';
import { runEval } from './evalCommand';
import { processOutput, type Output } from './output';
import { VERSION } from '../version';

export const USAGE = `Usage:
  sourced analyze [--json] FILE...   quotes and speakers, statistics, boilerplate of each file
                                     (--json: one JSON object per file, one per line)
  sourced analyze [--json] [--glob PATTERN] [--jobs N] DIR...
                                     every article below DIR (*.article, *.news, *.txt, *.md,
                                     or the files matching PATTERN, e.g. '**/*.txt'), in path
                                     order, on N worker threads (default: one per core)
  sourced demo [DIR]                 the report for every article in DIR (default: samples)
  sourced eval DIR [--verbose] [--pred FILE.jsonl]
                                     score against a gold folder (DIR/*.txt + DIR/*.json);
                                     --verbose lists every miss, extra and wrong speaker;
                                     --pred scores that JSON Lines file instead of the analyzer
  sourced --help | --version
`;

function validGlob(glob: string): boolean {
  try {
    globToRegExp(glob);
    return true;
  } catch {
    return false;
  }
}

function usageError(output: Output, message: string): number {
  output.err(`sourced: ${message}\n${USAGE}`);
  return 2;
}

export function main(argv: readonly string[], output: Output = processOutput): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? output.err : output.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    output.out(`${VERSION}\n`);
    return 0;
  }
  const flags = new Set<string>();
  const positional: string[] = [];
  let pred: string | null = null;
  let glob: string | null = null;
  let jobs: number | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (a === '--pred') {
      const next = rest[++i];
      if (next === undefined) return usageError(output, '--pred needs a file');
      pred = next;
    } else if (a.startsWith('--pred=')) pred = a.slice('--pred='.length);
    else if (a === '--glob' || a.startsWith('--glob=')) {
      const value = a === '--glob' ? rest[++i] : a.slice('--glob='.length);
      if (!value) return usageError(output, '--glob needs a pattern');
      // A class like [z-a] makes no regular expression: say so instead of a stack trace.
      if (!validGlob(value)) return usageError(output, `--glob ${JSON.stringify(value)} is not a valid pattern`);
      glob = value;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const value = a === '--jobs' ? rest[++i] : a.slice('--jobs='.length);
      if (!value || !/^[1-9]\d*$/.test(value)) return usageError(output, '--jobs needs a positive whole number');
      jobs = Number(value);
    }
    else if (a === '--help' || a === '-h') {
      output.out(USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') flags.add(a);
    else positional.push(a);
  }
  const allowed: Record<string, readonly string[]> = { analyze: ['--json'], demo: [], eval: ['--verbose'] };
  const known = allowed[command];
  if (!known) return usageError(output, `unknown command "${command}"`);
  for (const f of flags) if (!known.includes(f)) return usageError(output, `unknown option "${f}" for ${command}`);
  if (pred !== null && command !== 'eval') return usageError(output, `--pred goes with eval`);
  if ((glob !== null || jobs !== null) && command !== 'analyze') return usageError(output, `--glob and --jobs go with analyze`);

  switch (command) {
    case 'analyze':
      // With --glob alone, the folder is the current one.
      if (positional.length === 0 && glob !== null) positional.push('.');
      if (positional.length === 0) return usageError(output, 'analyze needs at least one FILE');
      return runAnalyze({ files: positional, json: flags.has('--json'), options: {}, glob, jobs }, output);
    case 'demo':
      if (positional.length > 1) return usageError(output, 'demo takes one folder');
      return runDemo(positional[0] ?? 'samples', output);
    default:
      if (positional.length !== 1) return usageError(output, 'eval takes one gold folder');
      return runEval({ dir: positional[0]!, verbose: flags.has('--verbose'), pred }, output);
  }
}

// Quiet when stdout closes early (`sourced analyze --json … | head`).
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
