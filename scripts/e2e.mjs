// `npm run test:e2e`: the real-editor tests. Packages the .vsix, installs code-server (cached outside
// the project) if missing, runs the VS Code suite and screenshots, then the headless Neovim test.
//
// node scripts/e2e.mjs [vscode] [neovim] [--vsix FILE]   (no stage names: both)
// Needs Debian's chromium, ripgrep, libkrb5-dev (for code-server's install) and neovim; .ci/run installs them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep as code-server 4.100.3 pins it: its postinstall looks for this tarball before downloading.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const cacheRoot = process.env.SOURCED_E2E_CACHE ?? join(homedir(), '.cache', 'sourced-e2e');
const prefix = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const codeServerBin = join(prefix, 'node_modules', '.bin', 'code-server');
const stamp = join(prefix, '.installed');

const args = process.argv.slice(2);
const vsixArg = args.includes('--vsix') ? args[args.indexOf('--vsix') + 1] : undefined;
const stages = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--vsix');
const want = (s) => stages.length === 0 || stages.includes(s);

const timings = [];
/** [stage, exit status, { passed, failed }] */
const results = [];
async function stage(name, fn) {
  const t0 = Date.now();
  process.stdout.write(`\n== e2e: ${name}\n`);
  try {
    return await fn();
  } finally {
    timings.push([name, Date.now() - t0]);
  }
}

/** Runs one test stage; its script writes { passed, failed } to a summary file, which is read back. */
function runStage(name, argv) {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-e2e-summary-'));
  const summary = join(dir, 'summary.json');
  try {
    const status = run(process.execPath, ['--import', 'tsx', ...argv], { env: { ...process.env, SOURCED_E2E_SUMMARY: summary } });
    const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1 };
    // A stage that exits non-zero has failed whatever it counted.
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push([name, status, counts]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function need(tool, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`${tool} is missing: apt-get install ${pkg}`);
  }
}

/** Installs code-server into the cache with its ripgrep download replaced by Debian's rg. */
function ensureCodeServer() {
  if (existsSync(stamp) && existsSync(codeServerBin)) {
    console.log(`code-server ${CODE_SERVER_VERSION} cached in ${prefix}`);
    return;
  }
  need('rg', 'ripgrep');
  const rgCache = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(rgCache, { recursive: true });
  const rgPath = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (run('tar', ['czf', join(rgCache, RIPGREP_TARBALL), '-C', dirname(rgPath), 'rg']) !== 0) throw new Error('could not seed the ripgrep cache');
  mkdirSync(prefix, { recursive: true });
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false' };
  const status = run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `code-server@${CODE_SERVER_VERSION}`], { env, cwd: prefix });
  const vscodeModules = join(prefix, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (status !== 0 || !existsSync(codeServerBin) || !existsSync(vscodeModules)) {
    throw new Error(`installing code-server ${CODE_SERVER_VERSION} failed (npm exit ${status}); it needs libkrb5-dev and Node 20`);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

function packageVsix() {
  if (vsixArg) return resolve(vsixArg);
  if (run('npm', ['run', '--silent', 'package']) !== 0) throw new Error('npm run package failed');
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} was not written`);
  return vsix;
}

/** Bundles the mocha suite for the extension host; mocha and vscode come from outside the bundle. */
async function buildSuite() {
  const outdir = join(root, 'dist', 'e2e', 'suite');
  await esbuild.build({
    entryPoints: readdirSync(join(root, 'test/e2e/suite'))
      .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
      .map((f) => join(root, 'test/e2e/suite', f)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}

let failed = false;
try {
  if (want('vscode')) {
    need('chromium', 'chromium');
    await stage('install code-server', ensureCodeServer);
    const vsix = await stage('package .vsix', packageVsix);
    const suite = await stage('bundle the extension-host suite', buildSuite);
    await stage('VS Code (code-server) suite and workbench screenshots', () =>
      runStage('vscode', [join(root, 'test/e2e/vscode.ts'), codeServerBin, vsix, suite, join(root, 'test/e2e/screenshots')]),
    );
  }
  if (want('neovim')) {
    need('nvim', 'neovim');
    const server = join(root, 'dist', 'server.js');
    if (!existsSync(server)) await stage('build', () => run('npm', ['run', '--silent', 'build']));
    await stage('Neovim', () => runStage('neovim', [join(root, 'test/e2e/neovim.ts'), server]));
  }
} catch (err) {
  console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
  failed = true;
}

console.log('\n== e2e timings');
for (const [name, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
for (const [name, status, c] of results) console.log(`  ${name}: exit ${status}, ${c.passed} passed, ${c.failed} failed`);
const passed = results.reduce((n, [, , c]) => n + c.passed, 0);
const bad = results.reduce((n, [, , c]) => n + c.failed, 0) + (failed ? 1 : 0);
const ok = !failed && results.length > 0 && results.every(([, s]) => s === 0) && bad === 0 && passed > 0;
console.log(`e2e: ${passed} passed, ${bad} failed`);
process.exit(ok ? 0 : 1);
