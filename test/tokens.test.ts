// The vocabulary of distinct words: the tokenizer hashes each word while it reads it, and that hash
// must be the one idAt works out, or the same word would be numbered twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../server/src/analysis/article';
import { FlatTokens, forgetSharedWords } from '../server/src/analysis/tokens';
import { analyze } from '../server/src/analysis/index';

const TEXT = [
  'Mr. Smith-Jones and O’Brien said the U.S. and G.K. Chesterton’s café were naïve; 𝒜lpha and Zoë’s rock ’n’ roll.',
  'Politico.com and CBC.ca reported 3.6 million, 1,200 and ’90s figures at 5 p.m. — “the Mr. Smith-Jones” again.',
  'the the The THE Smith-Jones smith-jones U.S. U.S café café 𝒜lpha 𝒜lpha O’Brien O’Brien.',
].join('\n\n');

test('tokens: each distinct text and kind is one word, numbered as idAt numbers it', () => {
  const article = parseArticle(TEXT);
  const tokens = article.tokens as FlatTokens;
  const vocabulary = tokens.vocabulary;
  const seen = new Map<string, number>();
  vocabulary.words.forEach((w, id) => {
    const key = `${w.kind}\u0000${w.text}`;
    assert.equal(seen.get(key), undefined, `“${w.text}” (${w.kind}) numbered twice`);
    seen.set(key, id);
  });
  const size = vocabulary.words.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.at(i)!;
    assert.equal(vocabulary.idAt(TEXT, t.start, t.end, t.kind), tokens.ids[i], `token ${i} “${t.text}”`);
  }
  assert.equal(vocabulary.words.length, size, 'idAt found every word the tokenizer made');
  // Words the text repeats were found again, not added: fewer words than tokens.
  assert.ok(size < tokens.length);
  for (const repeated of ['Smith-Jones', 'U.S.', 'café', '𝒜lpha', 'O’Brien', 'Mr.']) assert.ok(seen.has(`word\u0000${repeated}`), repeated);
});

test('tokens: short words are shared between documents, long ones (slices of the text) are not', () => {
  forgetSharedWords();
  const first = parseArticle('The spokesperson for the ministry said no.').tokens as FlatTokens;
  const second = parseArticle('A spokesperson-in-chief and the ministry said yes.').tokens as FlatTokens;
  const wordOf = (tokens: FlatTokens, text: string) => tokens.vocabulary.words.find((w) => w.text === text);
  assert.equal(wordOf(second, 'ministry'), wordOf(first, 'ministry'), 'one Word for “ministry” in both');
  assert.equal(wordOf(second, 'said'), wordOf(first, 'said'));
  // “spokesperson-in-chief” (21 code units) would keep the first document's text alive: made per document.
  const third = parseArticle('A spokesperson-in-chief spoke.').tokens as FlatTokens;
  assert.notEqual(wordOf(third, 'spokesperson-in-chief'), wordOf(second, 'spokesperson-in-chief'));
  assert.deepEqual({ ...wordOf(third, 'spokesperson-in-chief') }, { ...wordOf(second, 'spokesperson-in-chief') });
});

test('tokens: the analysis is the same with the shared words forgotten or known', () => {
  const text = 'Mr. Lee, the foreign minister, said 40% of the 1,200 voters “agreed.” He added: “We will see.”';
  forgetSharedWords();
  const cold = JSON.stringify(analyze(text));
  const warm = JSON.stringify(analyze(text));
  assert.equal(warm, cold);
});
