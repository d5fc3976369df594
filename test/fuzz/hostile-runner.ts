// Runs the hostile cases in a child process, so that a hang is killed by the test instead of hanging it.
// Prints one JSON line per measurement: the baseline first, then every case at each size asked for.
// Usage: node --import tsx test/fuzz/hostile-runner.ts SIZE[,SIZE…] [--full] [--only=NAME] [--times=N]
// Times are CPU milliseconds of this process (user + system): steadier than wall time on a busy machine.
import { analyze } from '../../server/src/analysis/index';
import type { Analysis } from '../../server/src/analysis/types';
import { HOSTILE, realArticle } from './hostile-cases';
import { violations } from './invariants';

export interface Measurement {
  readonly kind: 'baseline' | 'case' | 'start';
  readonly name: string;
  /** The size asked of the case's generator, and the length of the text it made. */
  readonly requested: number;
  readonly size: number;
  readonly cpuMs: number;
  readonly violations: readonly string[];
}

function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** The fastest of `times` runs of analyze (at least one), and the violations of the analysis (not timed). */
function measure(text: string, times: number): { cpuMs: number; violations: string[] } {
  let best = Infinity;
  let analysis: Analysis | null = null;
  let error: string | null = null;
  for (let k = 0; k < Math.max(1, times); k++) {
    best = Math.min(
      best,
      cpuMs(() => {
        try {
          analysis = analyze(text);
        } catch (err) {
          error = `analyze threw: ${err instanceof Error ? err.message : String(err)}`;
        }
      }),
    );
  }
  return { cpuMs: best, violations: error ? [error] : analysis ? violations(analysis, 5) : ['no analysis'] };
}

function emit(m: Measurement): void {
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '50000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isFinite(n) && n >= 0);
const full = args.includes('--full');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** How many runs each input up to 500 KB is timed over (the fastest kept); a re-measurement asks for more. */
const times = Math.max(1, Number(args.find((a) => a.startsWith('--times='))?.slice('--times='.length) ?? 3) || 3);

// Warm the JIT on real text, then the baseline: real articles at the largest size measured.
const warm = realArticle(20_000);
for (let k = 0; k < 3; k++) analyze(warm);
const baseSize = Math.max(...sizes, 20_000);
const base = measure(realArticle(baseSize), times);
emit({ kind: 'baseline', name: 'real articles', requested: baseSize, size: baseSize, cpuMs: base.cpuMs, violations: base.violations });

for (const c of HOSTILE) {
  if (only !== undefined && c.name !== only) continue;
  // Warm this case's code paths first, so the first measurement is not mostly compilation.
  analyze(c.make(Math.min(5_000, c.full || 5_000)));
  const wanted = new Set(sizes);
  if (full || c.full <= Math.max(...sizes)) wanted.add(c.full);
  for (const size of [...wanted].sort((a, b) => a - b)) {
    const text = c.make(size);
    emit({ kind: 'start', name: c.name, requested: size, size: text.length, cpuMs: 0, violations: [] });
    // Inputs up to the long run's sizes are timed several times and the fastest kept: one run of a few
    // hundred milliseconds can carry a garbage-collection pause or another process's load.
    const m = measure(text, text.length <= 500_000 ? times : 1);
    emit({ kind: 'case', name: c.name, requested: size, size: text.length, cpuMs: m.cpuMs, violations: m.violations });
  }
}
