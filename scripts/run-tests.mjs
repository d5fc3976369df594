// Runs every test file under test/ (except the editor end-to-end tests) with
// node's test runner, TypeScript loaded through tsx. Extra args pick files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'e2e' || name === 'fixtures' || name === 'golden') continue;
      out.push(...find(p));
    } else if (/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const picked = process.argv.slice(2);
const files = picked.length ? picked : find('test');
// The servers the tests start keep their code cache in a folder of this run's, not the user's cache folder.
const cacheDir = process.env.SOURCED_CACHE_DIR ? null : mkdtempSync(join(tmpdir(), 'sourced-test-cache-'));
const env = cacheDir ? { ...process.env, SOURCED_CACHE_DIR: cacheDir } : process.env;
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
process.exit(r.status ?? 1);
