// Re-parsing after an edit (issue 6): the paragraphs an edit left alone are taken from the earlier
// Article, shifted, and the result is exactly what splitting the new text from scratch gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, SentenceCursor, sentenceAt, TokenCursor, tokenIndexAt } from '../server/src/analysis/article';
import { NO_TOKENS, tokenArray } from '../server/src/analysis/tokens';
import { textEdit } from '../server/src/analysis/edit';
import { analyze } from '../server/src/analysis/index';
import type { Token } from '../server/src/analysis/types';
import { comparable, comparableArticle } from './helpers/comparable';

const samples = readdirSync(join(__dirname, '..', 'samples'))
  .filter((n) => n.endsWith('.article'))
  .sort()
  .map((n) => readFileSync(join(__dirname, '..', 'samples', n), 'utf8'));

/** The shared word behind a token: a moved token keeps its word, a re-split one gets a new one. */
function wordOf(t: Token): unknown {
  return (t as unknown as { readonly word: unknown }).word;
}

const edits: ReadonlyArray<readonly [string, (t: string) => string]> = [
  ['a word typed in the middle', (t) => `${t.slice(0, t.length >> 1)} and${t.slice(t.length >> 1)}`],
  ['a word deleted in the middle', (t) => t.slice(0, t.length >> 1) + t.slice((t.length >> 1) + 4)],
  ['a paragraph split in two', (t) => `${t.slice(0, t.length >> 1)}\n${t.slice(t.length >> 1)}`],
  ['two paragraphs joined', (t) => t.replace('\n', ' ')],
  ['a blank line added', (t) => t.replace('\n', '\n\n\n')],
  ['the first character deleted', (t) => t.slice(1)],
  ['text added at the end', (t) => `${t}\nMore text, "he said."`],
  ['the last character deleted', (t) => t.slice(0, -1)],
  ['spaces typed at the end of a line', (t) => t.replace('\n', '   \n')],
  ['a letter typed after trailing spaces', (t) => t.replace('\n', '  x\n')],
  ['line endings made CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['a directive line inserted', (t) => t.replace('\n', '\n<!-- sourced-disable -->\n')],
  ['a full stop removed', (t) => t.replace('. ', ' ')],
  ['a quotation mark added', (t) => t.replace(' ', ' "')],
  ['everything replaced', () => 'A new text.\n"Quoted," she said.'],
  ['emptied', () => ''],
  ['unchanged', (t) => t],
];

test('reparse: every edit of every sample gives the same Article as a fresh split', () => {
  assert.ok(samples.length >= 5);
  for (const text of samples) {
    const before = parseArticle(text);
    for (const [what, edit] of edits) {
      const after = edit(text);
      assert.deepStrictEqual(comparableArticle(parseArticle(after, before)), comparableArticle(parseArticle(after)), `${what}`);
    }
  }
});

test('reparse: paragraphs before the edit share their tokens, those after it keep their words', () => {
  const text = samples[0]!;
  const before = parseArticle(text);
  const at = before.paragraphs[Math.floor(before.paragraphs.length / 2)]!.start;
  const after = parseArticle(`${text.slice(0, at)}new words ${text.slice(at)}`, before);
  // The first paragraph is untouched: the very same objects.
  assert.equal(after.sentences[0], before.sentences[0]);
  assert.equal(wordOf(after.tokens.at(0)!), wordOf(before.tokens.at(0)!));
  // The last paragraph moved by 10 units: its tokens keep their words.
  const last = after.tokens.at(after.tokens.length - 1)!;
  const was = before.tokens.at(before.tokens.length - 1)!;
  assert.equal(last.start, was.start + 10);
  assert.equal(wordOf(last), wordOf(was));
  // The edited paragraph was split again.
  assert.deepEqual(tokenArray(after.tokens).filter((t) => t.start >= at).slice(0, 2).map((t) => t.text), ['new', 'words']);
});

test('reparse: analyze from the previous version equals a fresh analysis, on every sample', () => {
  for (const text of samples) {
    const previous = analyze(text);
    for (const [what, edit] of edits.slice(0, 6)) {
      const after = edit(text);
      assert.deepStrictEqual(comparable(analyze(after, {}, previous)), comparable(analyze(after)), what);
    }
  }
});

test('textEdit: the common prefix and suffix never overlap', () => {
  assert.deepEqual(textEdit('aa', 'aaa'), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(textEdit('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(textEdit('abXcd', 'abYYcd'), { start: 2, oldEnd: 3, newEnd: 4 });
  assert.deepEqual(textEdit('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
  assert.deepEqual(textEdit('', 'xy'), { start: 0, oldEnd: 0, newEnd: 2 });
  assert.deepEqual(textEdit('aXa', 'a'), { start: 1, oldEnd: 3, newEnd: 1 });
});

test('reparse: an Article with no stored tokens (an analysis that stopped early) is no base', () => {
  const text = samples[0]!;
  const stopped = { text, paragraphs: [], sentences: [], tokens: NO_TOKENS, tokenFeatures: new Int32Array(0), headline: null };
  assert.deepStrictEqual(comparableArticle(parseArticle(`${text} More.`, stopped)), comparableArticle(parseArticle(`${text} More.`)));
});

test('token list: word, start and end agree with the token at(i) makes; nothing outside [0, length)', () => {
  for (const text of samples) {
    const { tokens } = parseArticle(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens.at(i)!;
      const w = tokens.word(i)!;
      assert.deepEqual([w.text, w.lower, w.kind, w.folded, w.stem, w.features, w.figure], [t.text, t.lower, t.kind, t.folded, t.stem, t.features, t.figure]);
      assert.equal(tokens.start(i), t.start);
      assert.equal(tokens.end(i), t.end);
      assert.equal(t.end, t.start + t.text.length);
    }
    for (const outside of [-1, tokens.length, tokens.length + 5]) {
      assert.equal(tokens.at(outside), undefined);
      assert.equal(tokens.word(outside), undefined);
    }
  }
});

test('a sentence cursor answers as sentenceAt does, for offsets in text order, backwards, and in the gaps between sentences', () => {
  const article = parseArticle('Headline here\n\nOne sentence. Two follows “quoted.” Three!\n\n\nFour is here.   Five.\n');
  const offsets: number[] = [];
  for (let o = -1; o <= article.text.length + 1; o++) offsets.push(o);
  const forward = new SentenceCursor(article);
  for (const o of offsets) assert.equal(forward.at(o), sentenceAt(article, o), `offset ${o} in order`);
  // Every third offset, then the same offsets again from the end: the cursor jumps ahead and back.
  const jumping = new SentenceCursor(article);
  const mixed = [...offsets.filter((_, k) => k % 3 === 0), ...[...offsets].reverse()];
  for (const o of mixed) assert.equal(jumping.at(o), sentenceAt(article, o), `offset ${o} out of order`);
});

test('a token cursor answers as tokenIndexAt does, for offsets in order, with long jumps, and backwards', () => {
  const text = Array.from({ length: 60 }, (_, k) => `Sentence ${k} says “quoted words ${k}” and more.`).join('\n\n');
  const article = parseArticle(text);
  const offsets: number[] = [];
  for (let o = -1; o <= text.length + 1; o++) offsets.push(o);
  const forward = new TokenCursor(article);
  for (const o of offsets) assert.equal(forward.at(o), tokenIndexAt(article, o), `offset ${o} in order`);
  // Long jumps ahead (every 97th offset), repeats, then the same offsets from the end.
  const jumping = new TokenCursor(article);
  const mixed = [...offsets.filter((_, k) => k % 97 === 0), text.length, text.length, ...[...offsets].reverse().filter((_, k) => k % 5 === 0)];
  for (const o of mixed) assert.equal(jumping.at(o), tokenIndexAt(article, o), `offset ${o} out of order`);
});
