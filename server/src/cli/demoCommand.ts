// `sourced demo [DIR]`: the readable report for every article in a folder (default `samples/`),
// which is what `npm run demo` shows a new user.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalyze } from './analyzeCommand';
import { fileError, type Output } from './output';

/** The endings the demo picks up: the news-article language's, and plain text gold files. */
export const ARTICLE_EXTENSIONS = ['.article', '.news', '.txt'];

export function runDemo(dir: string, output: Output): number | Promise<number> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => ARTICLE_EXTENSIONS.some((ext) => n.endsWith(ext)))
      .sort();
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : '';
    fileError(output, dir, code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : String(err));
    return 1;
  }
  if (names.length === 0) {
    fileError(output, dir, `no articles (${ARTICLE_EXTENSIONS.join(', ')}) in this folder`);
    return 1;
  }
  output.out(`Sourced demo: ${names.length} articles in ${dir}\n\n`);
  return runAnalyze({ files: names.map((n) => join(dir, n)), json: false, options: {} }, output);
}
