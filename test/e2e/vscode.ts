// Drives a real VS Code (code-server 4.100.3 = VS Code 1.100.3) with Debian's Chromium through
// playwright-core: installs the .vsix, runs the mocha suite in the extension host, then hovers a
// quote in the workbench and saves screenshots of the hover, the inlay hints, the Problems panel, the
// Outline and the Sources panel (sample 000, then the workspace).
//
// Usage: node --import tsx test/e2e/vscode.ts <code-server bin> <file.vsix> <suite index.js> <screenshots dir>
// SOURCED_E2E_DEBUG=1 saves a screenshot to the temp dir whenever opening a file needs another try.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { EDITED, SAMPLE, sampleWithStatistic, writeSummary } from './shared';

const root = resolve(__dirname, '..', '..');
const CHROMIUM = process.env['SOURCED_E2E_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SUITE_TIMEOUT_MS = 8 * 60_000;

function log(msg: string): void {
  process.stdout.write(`[vscode-e2e] ${msg}\n`);
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** The workspace the tests open: the samples, plus copies with an unattributed statistic appended. */
function prepareWorkspace(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(root, 'samples'))) cpSync(join(root, 'samples', f), join(dir, f));
  const withStat = sampleWithStatistic(root);
  for (const name of [`stat-diagnostics${EDITED}`, `stat-quickfix${EDITED}`, `stat-settings${EDITED}`, 'as-text.txt', 'also-text.txt']) {
    writeFileSync(join(dir, name), withStat);
  }
}

interface CodeServer {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Installs the .vsix and starts code-server in its own process group, with its own config and dirs. */
async function startCodeServer(bin: string, vsix: string, work: string, env: NodeJS.ProcessEnv): Promise<CodeServer> {
  const port = await freePort();
  const config = join(work, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const userData = join(work, 'user-data');
  const extensions = join(work, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'editor.hover.delay': 300,
        'window.commandCenter': false,
        'chat.commandCenter.enabled': false,
        'workbench.colorTheme': 'Default Light Modern',
        'files.associations': { [`*${EDITED}`]: 'news-article' },
      },
      null,
      2,
    ),
  );
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  const t0 = Date.now();
  const install = spawnSync(bin, [...common, '--install-extension', vsix, '--force'], { encoding: 'utf8', env, timeout: 120_000 });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
  const listed = spawnSync(bin, [...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', env, timeout: 60_000 });
  if (!/^sourced\.sourced@/m.test(listed.stdout)) throw new Error(`sourced.sourced is not listed after install:\n${listed.stdout}\n${listed.stderr}`);
  log(`installed ${listed.stdout.trim()} in ${Date.now() - t0} ms`);

  const serverLog = join(work, 'code-server.log');
  const child = spawn(
    bin,
    [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (b: Buffer) => appendFileSync(serverLog, b));
  child.stderr?.on('data', (b: Buffer) => appendFileSync(serverLog, b));
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async (): Promise<void> => {
    if (exited || child.pid === undefined) return;
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(group, 'SIGKILL'); // whatever is left of the group: watchers, extension hosts
    } catch {
      /* already gone */
    }
  };
  const until = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited while starting:\n${existsSync(serverLog) ? readFileSync(serverLog, 'utf8') : ''}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) {
      await stop();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server listening on ${url} (pid ${child.pid})`);
  return { url, child, stop };
}

/** Runs the mocha suite inside the extension host, the way @vscode/test-web does; resolves to its exit code. */
async function runSuite(browser: Browser, url: string, workspace: string, suite: string, harness: string): Promise<number> {
  const authority = new URL(url).host;
  const remote = (p: string): string => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(harness)],
    ['extensionTestsPath', remote(suite)],
  ]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let settle: (code: number) => void = () => undefined;
  const exit = new Promise<number>((r) => (settle = r));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    // The workbench's own chatter is long; the suite's lines and errors are what matter.
    if (type === 'error' || /\b(ok|FAIL)\b|passing|failing|Error/.test(line)) process.stdout.write(`  [${type}] ${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise<number>((r) => setTimeout(() => r(-1), SUITE_TIMEOUT_MS));
  const code = await Promise.race([exit, timeout]);
  await page.close().catch(() => undefined);
  if (code === -1) log(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
  return code;
}

async function waitVisible(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout });
}

/**
 * Opens a workspace file as a person would: its tab when it has one, else its row in the Explorer,
 * else Quick Open; then waits until its tab is the active one.
 */
async function openFile(page: Page, name: string): Promise<void> {
  const activeTab = page.locator('.tabs-container .tab.active', { hasText: name });
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Escape');
    try {
      const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
      if (await tab.isVisible()) await tab.click();
      else if (await row.isVisible()) await row.click();
      else {
        await page.keyboard.press('Control+P');
        await waitVisible(page, '.quick-input-widget .quick-input-box input', 10_000);
        await page.keyboard.type(name);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: 15_000 });
      }
      await activeTab.waitFor({ timeout: 15_000 });
      // Focus the editor through its visible viewport, then go to the top: the view may be restored
      // scrolled (the suite before this one had the file open), and a point computed from the scrolled
      // lines' own box can lie outside the viewport.
      await page.locator('.editor-instance .monaco-editor .overflow-guard').first().click({ position: { x: 80, y: 10 } });
      await page.keyboard.press('Control+Home');
      return;
    } catch (err) {
      if (attempt >= 2) throw err;
      log(`opening ${name}: try ${attempt + 1} failed (${String(err).split('\n')[0]}); again`);
      if (process.env['SOURCED_E2E_DEBUG']) await page.screenshot({ path: join(tmpdir(), `sourced-open-${name}-${attempt}.png`) });
    }
  }
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await waitVisible(page, '.quick-input-widget .quick-input-box input');
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
}

/**
 * The Sources page: the webview is an iframe inside an iframe (docs/sources-panel.md), so every frame
 * of the page is asked until one satisfies `ready`. Frames come and go as the panel re-renders.
 */
async function sourcesFrame(page: Page, what: string, ready: (f: Frame) => Promise<boolean>, timeout = 30_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      try {
        if (await ready(f)) return f;
      } catch {
        /* detached or still loading */
      }
    }
    if (Date.now() > until) throw new Error(`no webview frame shows ${what} within ${timeout / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** The speaker links and how many bars a Sources page shows, and its summary line. */
async function sourcesPage(f: Frame): Promise<{ names: string[]; bars: number; filled: number; summary: string }> {
  // Each speaker is listed twice, by kind and (hidden) by organisation.
  const names = [...new Set((await f.locator('a.name').allInnerTexts()).map((t) => t.trim()))];
  const widths = await f.locator('svg.bar rect.fill').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  const summary = (await f.locator('.summary').first().innerText({ timeout: 1000 }).catch(() => '')).trim();
  return { names, bars: widths.length, filled: widths.filter((w) => w > 0).length, summary };
}

/** What the workbench pass found: checks passed, and a line for each that failed. */
interface WorkbenchOutcome {
  passed: number;
  readonly problems: string[];
}

/**
 * Opens the workbench as a person would and takes the screenshots: the hover on a Wang Wenbin quote,
 * the inlay hints, the Problems panel, the Outline, and the Sources panel for an article and the workspace.
 */
async function screenshots(browser: Browser, url: string, workspace: string, outDir: string): Promise<WorkbenchOutcome> {
  const outcome: WorkbenchOutcome = { passed: 0, problems: [] };
  const problems = outcome.problems;
  const check = (ok: boolean, problem: string): boolean => {
    if (ok) outcome.passed++;
    else problems.push(problem);
    return ok;
  };
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await waitVisible(page, '.monaco-workbench', 60_000);
  await waitVisible(page, '.explorer-folders-view, .explorer-viewlet', 60_000).catch(() => undefined);

  // Open the sample through Quick Open.
  await openFile(page, SAMPLE);
  await waitVisible(page, '.monaco-editor .view-lines');
  await page.locator('.monaco-editor .view-line', { hasText: 'China calls NATO' }).first().waitFor({ timeout: 30_000 });

  // Wait for the server: the squiggles and the status of the Problems count come from it.
  await page.waitForTimeout(2500);
  const quote = page.locator('.monaco-editor .view-line span', { hasText: 'accusing China of spreading false' }).first();
  await quote.waitFor({ timeout: 30_000 });
  const box = await quote.boundingBox();
  if (!box) throw new Error('the quote is not on screen');
  let hoverText = '';
  for (let attempt = 0; attempt < 5 && !hoverText.includes('Wang Wenbin'); attempt++) {
    await page.mouse.move(box.x + 5, box.y + 2);
    await page.mouse.move(box.x + 40 + attempt * 7, box.y + box.height / 2, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(500);
      hoverText = (await hover.innerText()).trim();
    } catch {
      hoverText = '';
    }
  }
  await page.screenshot({ path: join(outDir, 'hover.png') });
  if (check(hoverText.includes('Wang Wenbin'), `the hover over the quote does not name Wang Wenbin: ${JSON.stringify(hoverText.slice(0, 300))}`)) {
    log(`hover: ${hoverText.split('\n').slice(0, 3).join(' / ')}`);
  }

  // Inlay hints: the whole article wrapped onto the screen, the cursor on the "he" of "he said at a
  // routine briefing" so that the document highlights mark Wang Wenbin's introduction too.
  await page.keyboard.press('Escape');
  await page.mouse.move(700, 880);
  await runCommand(page, 'View: Toggle Word Wrap');
  const article = readFileSync(join(workspace, SAMPLE), 'utf8').split('\n');
  const heLine = article.findIndex((l) => l.includes('he said at a routine briefing'));
  await page.keyboard.press('Control+G');
  await waitVisible(page, '.quick-input-widget .quick-input-box input');
  await page.keyboard.type(`${heLine + 1}:${article[heLine]!.indexOf('he said at a routine briefing') + 2}`);
  await page.keyboard.press('Enter');
  // The editor renders spaces as no-break spaces: \s matches both.
  const hint = page.locator('.monaco-editor .view-line', { hasText: /\[Wang\sWenbin\]/ }).first();
  const hintShown = await hint.waitFor({ timeout: 20_000 }).then(
    () => true,
    () => false,
  );
  const hintLines = (await page.locator('.monaco-editor .view-line', { hasText: /\[(Wang\sWenbin|Jens\sStoltenberg)\]/ }).allInnerTexts()).map((l) => l.replace(/\s+/g, ' '));
  await page.waitForTimeout(800); // the highlights follow the cursor after a short delay
  // The widest highlight mark: the introduction, far longer than any "he" a word match would mark.
  const marks = await page.locator('.monaco-editor .view-overlays .wordHighlightStrong, .monaco-editor .view-overlays .wordHighlight').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
  await page.screenshot({ path: join(outDir, 'inlay-hints.png') });
  if (check(hintShown && hintLines.some((l) => /\bhe\W*\[Wang Wenbin\]\W*said at a routine briefing/.test(l)), `no "[Wang Wenbin]" hint after "he" in the editor: ${JSON.stringify(hintLines)}`)) {
    log(`inlay hints on screen: ${hintLines.map((l) => (/(\S+\s*\[[^\]]+\]\s*\S+)/.exec(l) ?? [''])[0]).join(' | ')}`);
  }
  if (check(marks.length >= 2 && Math.max(...marks) > 150, `the cursor on "he" does not highlight Wang Wenbin's introduction: mark widths ${JSON.stringify(marks)} px`)) {
    log(`document highlights: ${marks.length} marks, ${JSON.stringify(marks)} px wide`);
  }
  await runCommand(page, 'View: Toggle Word Wrap');
  await page.keyboard.press('Control+Home'); // unwrapped, the view would stay scrolled past the end

  // The Problems panel, with the warning on the appended statistic.
  await page.mouse.move(700, 880);
  await openFile(page, `stat-diagnostics${EDITED}`);
  await page.keyboard.press('Control+End'); // the appended sentence, squiggled, above the panel
  await page.waitForTimeout(2000);
  await runCommand(page, 'View: Focus Problems');
  await waitVisible(page, '.markers-panel');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: '18 percent' }).first();
  check(
    await row.waitFor({ timeout: 20_000 }).then(
      () => true,
      () => false,
    ),
    'the Problems panel does not list the "18 percent" statistic',
  );
  await page.screenshot({ path: join(outDir, 'problems.png') });

  // The Outline of sample 000, with the file tree folded away to give it the height.
  await runCommand(page, 'View: Close Panel');
  await openFile(page, SAMPLE);
  await page.waitForTimeout(1000);
  await page.locator('.pane-header', { hasText: /^workspace$/i }).first().click().catch(() => undefined);
  await runCommand(page, 'Explorer: Focus on Outline View');
  await waitVisible(page, '.outline-pane, [id="outline"]').catch(() => undefined);
  const speaker = page.locator('.monaco-list-row', { hasText: 'Speakers' }).first();
  try {
    await speaker.waitFor({ timeout: 20_000 });
    // Unfold the speakers so the names show.
    await speaker.click();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(800);
    outcome.passed++;
  } catch {
    problems.push('the Outline does not show the Speakers section');
  }
  await page.screenshot({ path: join(outDir, 'outline.png') });

  // The Sources panel for sample 000, from the command palette, as docs/sources-panel.md describes.
  // The edited copy is closed first: an open article counts in the workspace whatever its extension.
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, SAMPLE);
  await runCommand(page, 'Sourced: Show Sources');
  await waitVisible(page, `.tabs-container .tab:has-text("Sources: ${SAMPLE}")`).catch(() => undefined);
  let shown = { names: [] as string[], bars: 0, filled: 0, summary: '' };
  try {
    await sourcesFrame(page, 'the speakers of sample 000 with their bars', async (f) => {
      shown = await sourcesPage(f);
      return shown.names.includes('Jens Stoltenberg') && shown.filled > 0;
    });
  } catch (err) {
    log(String(err));
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'sources-panel.png') });
  if (check(shown.names.includes('Jens Stoltenberg') && shown.names.includes('Wang Wenbin') && shown.filled >= shown.names.length, `the Sources panel for ${SAMPLE} does not show Stoltenberg and Wang Wenbin with bars: ${JSON.stringify(shown)}`)) {
    log(`sources panel: ${shown.summary}; ${shown.names.join(', ')}; ${shown.filled} filled bars`);
  }

  // Workspace: the five samples, one speaker of which only 001 quotes; clicking his name opens 001.
  let workspaceShown = { names: [] as string[], bars: 0, filled: 0, summary: '' };
  let revealed = false;
  try {
    const first = await sourcesFrame(page, 'the Workspace button', async (f) => (await f.locator('button[data-scope="workspace"]').count()) > 0);
    await first.locator('button[data-scope="workspace"]').click();
    const frame = await sourcesFrame(page, 'the workspace page', async (f) => {
      workspaceShown = await sourcesPage(f);
      return workspaceShown.summary.startsWith('5 articles') && workspaceShown.names.includes('Antony Blinken');
    });
    await frame.locator('a.name', { hasText: 'Antony Blinken' }).first().click();
    const name001 = readdirSync(workspace).find((f) => f.startsWith('001_'))!;
    // 001 becomes the active editor with his introduction selected ("Ln 5, Col 317 (36 selected)").
    revealed = await Promise.all([
      page.locator('.tabs-container .tab.active', { hasText: name001 }).first().waitFor({ timeout: 15_000 }),
      page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ }).first().waitFor({ timeout: 15_000 }),
    ]).then(
      () => true,
      () => false,
    );
    await page.waitForTimeout(800);
  } catch (err) {
    log(String(err));
  }
  await page.screenshot({ path: join(outDir, 'sources-workspace.png') });
  if (check(workspaceShown.summary.startsWith('5 articles') && workspaceShown.filled > 0 && revealed, `the workspace Sources page (${JSON.stringify(workspaceShown)}) or its Antony Blinken link (opened 001 with a selection: ${revealed}) failed`)) {
    log(`sources panel, workspace: ${workspaceShown.summary}; ${workspaceShown.names.length} speakers; Antony Blinken opened 001`);
  }
  await page.close();
  return outcome;
}

async function main(): Promise<number> {
  const [bin, vsix, suite, shotsArg] = process.argv.slice(2);
  if (!bin || !vsix || !suite) throw new Error('usage: vscode.ts <code-server bin> <file.vsix> <suite index.js> [screenshots dir]');
  const shots = resolve(shotsArg ?? join(root, 'test', 'e2e', 'screenshots'));
  const work = mkdtempSync(join(tmpdir(), 'sourced-vscode-e2e-'));
  const workspace = join(work, 'workspace');
  prepareWorkspace(workspace);
  const results = join(work, 'results.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_DATA_HOME: join(work, 'xdg-data'),
    XDG_CONFIG_HOME: join(work, 'xdg-config'),
    XDG_CACHE_HOME: join(work, 'xdg-cache'),
    SOURCED_E2E_RESULTS: results,
    // No extension gallery: nothing is fetched, and nothing tries to.
    EXTENSIONS_GALLERY: '{}',
  };
  let server: CodeServer | null = null;
  let browser: Browser | null = null;
  let failed = false;
  let passedChecks = 0;
  let failedChecks = 0;
  try {
    server = await startCodeServer(resolve(bin), resolve(vsix), work, env);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    const t0 = Date.now();
    const code = await runSuite(browser, server.url, workspace, resolve(suite), join(root, 'test', 'e2e', 'harness'));
    const outcome = existsSync(results) ? (JSON.parse(readFileSync(results, 'utf8')) as { failures: number; outcomes: { title: string; state: string; ms: number; error?: string }[] }) : null;
    if (outcome) {
      for (const o of outcome.outcomes) log(`${o.state === 'passed' ? 'ok  ' : 'FAIL'} ${o.title} (${o.ms} ms)${o.error ? `\n${o.error}` : ''}`);
    } else log('the suite wrote no results');
    const passed = outcome?.outcomes.filter((o) => o.state === 'passed').length ?? 0;
    log(`extension-host suite: exit code ${code}, ${passed} passed, ${outcome?.failures ?? '?'} failed, ${Date.now() - t0} ms`);
    passedChecks += passed;
    failedChecks += outcome ? outcome.failures : 1;
    if (code !== 0 || !outcome || outcome.failures !== 0 || passed === 0) failed = true;

    const t1 = Date.now();
    const { passed: shotsPassed, problems } = await screenshots(browser, server.url, workspace, shots).catch(async (err: unknown) => {
      for (const page of browser?.contexts().flatMap((c) => c.pages()) ?? []) await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => undefined);
      throw err;
    });
    for (const p of problems) log(`FAIL workbench: ${p}`);
    if (problems.length > 0 || shotsPassed === 0) failed = true;
    passedChecks += shotsPassed;
    failedChecks += problems.length;
    log(`workbench pass: ${problems.length === 0 ? 'ok' : 'FAILED'}, ${shotsPassed} checks passed, screenshots in ${shots}, ${Date.now() - t1} ms`);
  } catch (err) {
    failed = true;
    failedChecks += 1;
    log(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    const serverLog = join(work, 'code-server.log');
    if (existsSync(serverLog)) process.stdout.write(readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n'));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    writeSummary(passedChecks, failedChecks);
    if (failed) log(`kept ${work} for inspection`);
    else rmSync(work, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
