// Runs headless Neovim with test/e2e/neovim.lua against `node dist/server.js --stdio` on a copy of
// sample 000 with an unattributed statistic appended, and fails unless every check passed.
//
// Usage: node --import tsx test/e2e/neovim.ts [server.js]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleWithStatistic, writeSummary } from './shared';

const root = resolve(__dirname, '..', '..');

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

function log(msg: string): void {
  process.stdout.write(`[neovim-e2e] ${msg}\n`);
}

function main(): number {
  const server = resolve(process.argv[2] ?? join(root, 'dist', 'server.js'));
  if (!existsSync(server)) throw new Error(`${server} does not exist: build first`);
  const nvim = process.env['SOURCED_E2E_NVIM'] ?? 'nvim';
  const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error(`${nvim} is not runnable (apt-get install neovim)`);
  log(version.stdout.split('\n')[0] ?? '');

  const work = mkdtempSync(join(tmpdir(), 'sourced-nvim-e2e-'));
  try {
    const article = join(work, 'sample.article');
    writeFileSync(article, sampleWithStatistic(root));
    const resultFile = join(work, 'result.json');
    const t0 = Date.now();
    const r = spawnSync(nvim, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(root, 'test', 'e2e', 'neovim.lua')}`], {
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, SOURCED_SERVER: server, SOURCED_FILE: article, SOURCED_RESULT: resultFile, XDG_STATE_HOME: work, XDG_DATA_HOME: work },
    });
    if (!existsSync(resultFile)) {
      log(`nvim wrote no result (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
      return 1;
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { checks: Check[]; log: string[] };
    for (const line of result.log) log(line);
    for (const c of result.checks) log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
    const failed = result.checks.filter((c) => !c.ok).length;
    // The script makes six checks when it runs to the end; fewer means it stopped early.
    const complete = result.checks.length >= 6;
    if (!complete) log(`only ${result.checks.length} checks ran`);
    log(`neovim: ${result.checks.length - failed} passed, ${failed} failed, ${Date.now() - t0} ms`);
    writeSummary(result.checks.length - failed, failed + (complete ? 0 : 1));
    return failed === 0 && complete ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exit(main());
} catch (err) {
  log(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
