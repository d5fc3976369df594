// The robustness suite's settings and fixtures (issue 7): run counts and seed, the fixture corpus.
//
// Quick by default (`npm test`); `npm run fuzz` sets FUZZ_RUNS=10000. FUZZ_SEED replays a run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** The quick run in `npm test`. */
export const QUICK_RUNS = 200;
export const SEED = envInt('FUZZ_SEED', 20_240_607);
export const RUNS = envInt('FUZZ_RUNS', QUICK_RUNS);
/** The long run (`npm run fuzz`) also feeds the largest hostile inputs. */
export const LONG = RUNS > QUICK_RUNS;

/** fast-check parameters for a property: the fixed seed, `runs` cases (scaled by FUZZ_RUNS). */
export function params(share = 1): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)) };
}

/** A deterministic generator (xorshift32) for the suite's own random choices: the same seed, the same run. */
export function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus: the samples and the Wikinews gold texts (CC BY 2.5) when shared/ is beside the repo.
// Never the polnear-dev texts: their publishers own them.

export interface Fixture {
  readonly name: string;
  readonly text: string;
}

function readDir(dir: string, ext: string): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));
}

export const WIKINEWS_DIR = join(ROOT, '..', 'shared', 'gold', 'wikinews');
export const SAMPLES: readonly Fixture[] = readDir(join(ROOT, 'samples'), '.article');
export const CORPUS: readonly Fixture[] = [...SAMPLES, ...readDir(WIKINEWS_DIR, '.txt')];

