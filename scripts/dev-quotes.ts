import { analyze } from '../server/src/analysis/index';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const a = analyze(readFileSync(f, 'utf8'));
  console.log(f, a.article.paragraphs.length, a.article.sentences.length, a.incomplete);
  for (const q of a.quotes) console.log('  ', q.kind, JSON.stringify(q.text.slice(0, 70)));
}
