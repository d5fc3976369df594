// What the real-editor tests share: the sentence they append to sample 000 so that it has an
// unattributed statistic, and the counts file each stage leaves for scripts/e2e.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAT_SENTENCE = 'Prices rose by 18 percent last year.';
export const SAMPLE = '000_ef0489480ae83f10.article';

/**
 * The extension of the copies of sample 000 with a statistic appended. They are news articles to the
 * editor (files.associations in the user settings vscode.ts writes) but not to the server's workspace index, which
 * walks .article and .news files: the folder's articles stay the five samples, as docs/sources-panel.md
 * expects (workspace symbols, the cross-article check, "5 articles" in the Sources panel).
 */
export const EDITED = '.draft';

/** Sample 000 with STAT_SENTENCE as a paragraph of its own at the end. */
export function sampleWithStatistic(root: string): string {
  const base = readFileSync(join(root, 'samples', SAMPLE), 'utf8').trimEnd();
  return `${base}\n\n${STAT_SENTENCE}\n`;
}

/** Counts for scripts/e2e.mjs's closing line, written where $SOURCED_E2E_SUMMARY says. */
export function writeSummary(passed: number, failed: number): void {
  const file = process.env['SOURCED_E2E_SUMMARY'];
  if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
}
