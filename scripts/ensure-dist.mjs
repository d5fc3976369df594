// Builds dist/ first when it is missing or older than the sources, so `npm run analyze` and
// `npm run eval` work on a fresh clone. Quiet on stdout: `analyze --json` must print only JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const outputs = ['dist/cli.js', 'dist/server.js', 'dist/server-main.js', 'dist/worker.js'];
const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < Math.max(newest('server/src'), statSync('package.json').mtimeMs));
if (stale) {
  // stdout of the build goes to stderr so that it never mixes with the command's output.
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', process.stderr, 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
