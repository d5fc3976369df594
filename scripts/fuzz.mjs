// `npm run fuzz`: the long run of the robustness suite (test/fuzz/, issue 7). The same tests as in
// `npm test`, with FUZZ_RUNS=10000 cases per property budget, 1,000 LSP edits, the full-size hostile
// inputs (10 MB line, …) and longer regex probes. FUZZ_SEED (fixed by default) replays a run;
// both may be set in the environment. Extra arguments pick test files.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '10000', FUZZ_SEED: process.env.FUZZ_SEED || '20240607' };
const picked = process.argv.slice(2);
const files = picked.length
  ? picked
  : readdirSync('test/fuzz')
      .filter((n) => n.endsWith('.test.ts'))
      .sort()
      .map((n) => join('test/fuzz', n));
console.log(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED}`);
const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...files], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
