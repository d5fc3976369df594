// Runs every test file under test/ (except the editor end-to-end tests) with
// node's test runner, TypeScript loaded through tsx. Extra args pick files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
