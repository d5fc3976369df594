// The extensionTestsPath module: VS Code's extension host calls run(), which runs the mocha
// tests beside it and rejects when any fails. Results also go to $SOURCED_E2E_RESULTS as JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** The test files, in the order they run (scripts/e2e.mjs bundles each beside this one). */
const SUITE_FILES = ['speakers.test.js', 'extension.test.js'];

interface Outcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly ms: number;
  readonly error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  // Speakers first: the settings tests in extension.test add plain text to the languages, and with them
  // the .txt copies to the workspace index.
  for (const file of SUITE_FILES) mocha.addFile(join(__dirname, file));
  const outcomes: Outcome[] = [];
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env['SOURCED_E2E_RESULTS'];
      if (file) writeFileSync(file, JSON.stringify({ failures, outcomes }, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${outcomes.length} end-to-end tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      outcomes.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 });
      console.log(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on('fail', (t, err: unknown) => {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      outcomes.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error });
      console.error(`  FAIL ${t.fullTitle()}\n${error}`);
    });
  });
}
