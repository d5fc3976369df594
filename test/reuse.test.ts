// Per-sentence work taken over from the previous version (reuse.ts, issue 6): which sentences an edit
// left alone, and an analysis built on the previous one that equals a fresh one, edit after edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, splitArticle } from '../server/src/analysis/article';
import { originOf, READ_MARGIN } from '../server/src/analysis/reuse';
import { analyze, analyzeForEdits } from '../server/src/analysis/index';
import { comparable } from './helpers/comparable';
import type { Article } from '../server/src/analysis/types';
import { findBoilerplate } from '../server/src/analysis/boilerplate';
import { findQuotes } from '../server/src/analysis/quotes';
import { attributeQuotes, type AttributionReuse } from '../server/src/analysis/attribution';

const paragraph = (i: number): string => `Paragraph ${i} says that Minister Ana Ruiz met farmers, and the spokesperson said “all is well” on day ${i}.`;
const TEXT = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n');

test('reuse: sentences away from an edit map to the previous ones, moved; those near it do not', () => {
  const before = parseArticle(TEXT);
  const at = TEXT.indexOf('Paragraph 20');
  const after = `${TEXT.slice(0, at)}Edited: ${TEXT.slice(at)}`;
  const { article, origins } = splitArticle(after, before);
  assert.ok(origins);
  const near: number[] = [];
  for (let si = 0; si < article.sentences.length; si++) {
    const s = article.sentences[si]!;
    const o = originOf(origins, article, si);
    if (!o) {
      near.push(si);
      continue;
    }
    const old = before.sentences[o.sentence]!;
    assert.equal(after.slice(s.start, s.end), TEXT.slice(old.start, old.end), `sentence ${si}`);
    assert.equal(s.start - old.start, o.offsetShift);
    assert.equal(s.tokenStart - old.tokenStart, o.tokenShift);
    assert.equal(o.offsetShift, s.start > at ? 'Edited: '.length : 0);
  }
  // The edited paragraph, and its neighbours within READ_MARGIN tokens, are worked out again; nothing else.
  const edited = article.sentences.findIndex((s) => after.slice(s.start, s.end).startsWith('Edited'));
  assert.ok(near.includes(edited));
  for (const si of near) {
    const s = article.sentences[si]!;
    const e = article.sentences[edited]!;
    assert.ok(s.tokenEnd + READ_MARGIN > e.tokenStart && s.tokenStart - READ_MARGIN < e.tokenEnd, `sentence ${si} is not near the edit`);
  }
  assert.ok(near.length < 6, `${near.length} sentences worked out again`);
});

test('reuse: a quotation mark typed far away re-pairs marks in untouched paragraphs; their work is done again', () => {
  // The third paragraph opens a quote it never closes: whether it runs on depends on how the next
  // paragraph's marks pair, so a mark typed there changes which words of the long first sentence,
  // far from the edit, lie inside the quote (and so whom "He" can mean).
  const text = [
    'Budget vote nears',
    'The committee met on Monday, its chairman said.',
    '"In an illustration of the mood, Senator John Smith and Governor Ann Lee spoke at length about budgets, taxes, schools and roads. It was a long meeting with many speeches and much disagreement between the parties in the room.',
    '"Without this network, the plan fails," the report said.',
    'He said the vote was close.',
  ].join('\n');
  const previous = analyzeForEdits(text);
  for (let at = text.indexOf('"Without'); at < text.length; at += 3) {
    for (const mark of ['“', '"', '”']) {
      const next = `${text.slice(0, at)}${mark}${text.slice(at)}`;
      assert.deepStrictEqual(comparable(analyzeForEdits(next, {}, previous)), comparable(analyze(next)), `${mark} at ${at}`);
    }
  }
});

test('reuse: a chain of edits on every sample, each analysed from the last, equals analysing afresh', () => {
  const dir = join(__dirname, '..', 'samples');
  const inserts = [' and', '“', ', she said.', '\n', ' Mr. Tom Hart, the mayor, said “no.”', ' 45 percent of', 'x'];
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % Math.max(1, n));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.article')).sort()) {
    let text = readFileSync(join(dir, name), 'utf8');
    let previous = analyzeForEdits(text);
    for (let step = 0; step < 6; step++) {
      const at = next(text.length + 1);
      text = step % 3 === 2 ? text.slice(0, at) + text.slice(at + next(30)) : text.slice(0, at) + inserts[next(inserts.length)]! + text.slice(at);
      const incremental = analyzeForEdits(text, {}, previous);
      assert.deepStrictEqual(comparable(incremental), comparable(analyze(text)), `${name}, edit ${step}`);
      previous = incremental;
    }
  }
});

test('reuse: a figure\'s sources read for an untouched sentence do not carry what "it" stood for before the edit', () => {
  // "It claims": whether "it" names a source depends on the entities, which an edit far above changes;
  // the sentence's cues, taken over from the previous version, must not have settled it.
  const filler = 'The weather was mild and the roads were quiet all day long.\n'.repeat(6);
  const before = `NATO told reporters that the talks failed.\n${filler}It claims the cost is $100 million.`;
  const after = before.replace('NATO told reporters', 'the talks failed, and');
  assert.match(analyze(before).statistics[0]!.explanation, /NATO claims/);
  const fresh = analyze(after);
  assert.equal(fresh.statistics[0]!.attributed, false);
  assert.deepStrictEqual(comparable(analyzeForEdits(after, {}, analyzeForEdits(before))), comparable(fresh));
});

test('reuse: the sentence loop resumes at the registry checkpoint before the edit; cues before it are the previous ones, the result a fresh one', () => {
  const attribute = (article: Article, reuse: AttributionReuse | null) => {
    const boilerplate = findBoilerplate(article);
    return attributeQuotes(article, findQuotes(article, boilerplate), boilerplate, {}, reuse, true);
  };
  const before = parseArticle(TEXT);
  const previous = attribute(before, null);
  assert.ok(previous.memo.checkpoints.length >= 5, `${previous.memo.checkpoints.length} checkpoints`);
  const at = TEXT.indexOf('Paragraph 30');
  const after = `${TEXT.slice(0, at)}She said “no.” ${TEXT.slice(at)}`;
  const { article, origins } = splitArticle(after, before);
  const resumed = attribute(article, { origins: origins!, memo: previous.memo });
  const fresh = attribute(parseArticle(after), null);
  assert.deepStrictEqual(JSON.parse(JSON.stringify({ q: resumed.quotes, e: resumed.entities })), JSON.parse(JSON.stringify({ q: fresh.quotes, e: fresh.entities })));
  // Sentences well before the edit kept their resolved cues, the very objects; those after were resolved again.
  const editedSentence = article.sentences.findIndex((s) => s.end > at);
  const kept = resumed.cues.filter((c) => previous.cues.includes(c));
  assert.ok(kept.length > 0, 'no cue was taken over');
  assert.ok(kept.every((c) => c.sentence < editedSentence), 'a cue at or after the edit was taken over');
  assert.ok(kept.length >= previous.cues.filter((c) => c.sentence < editedSentence - 8).length, 'cues far before the edit were resolved again');
  // Checkpoints past the edit are new, and the next version can resume from them.
  const later = after.indexOf('Paragraph 38');
  const third = `${after.slice(0, later)}x${after.slice(later)}`;
  const split = splitArticle(third, article);
  const again = attribute(split.article, { origins: split.origins!, memo: resumed.memo });
  assert.ok(again.cues.some((c) => resumed.cues.includes(c) && c.sentence > editedSentence), 'no cue after the first edit was taken over');
  assert.deepStrictEqual(JSON.parse(JSON.stringify({ q: again.quotes, e: again.entities })), JSON.parse(JSON.stringify(((r) => ({ q: r.quotes, e: r.entities }))(attribute(parseArticle(third), null)))));
});

test('reuse: a relative\'s name kept only under a known surname stays so in a sentence moved by an edit before it', () => {
  // "Yau Wai-ching defeated …" opens its sentence: offered to the registry only if "Wai-ching" is a known surname.
  const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says the council met on day ${i}.`).join('\n');
  const before = `${body}\nLau Siu-lai and Youngspiration 's Yau Wai-ching were elected.\nYau Wai-ching defeated another candidate by 424 votes.`;
  const after = `"${before}`;
  assert.deepEqual(comparable(analyzeForEdits(after, {}, analyzeForEdits(before))), comparable(analyze(after)));
});
