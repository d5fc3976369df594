// The vocabulary of distinct words: the tokenizer hashes each word while it reads it, and that hash
// must be the one idAt works out, or the same word would be numbered twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../server/src/analysis/article';
import { FlatTokens, forgetSharedWords, TokenBuffer, Vocabulary, WORD_SEED, wordHashStep } from '../server/src/analysis/tokens';
import { codeUnits, isWhiteSpace, tokenize, tokenizeInto } from '../server/src/analysis/tokenizer';
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

test('tokens: an ASCII mark or symbol is one token of its kind wherever it stands, numbered alike in a copy of the vocabulary', () => {
  // The tokenizer looks each such unit up once per vocabulary (asciiMarks): the kind must still be the unit's own.
  const marks = [...'!"#$%&()*+,-./:;<=>?@[\\]^_{|}~'];
  const text = `${marks.join(' ')} x${marks.join('y')}z`;
  const buffer = new TokenBuffer(16, new Vocabulary());
  tokenizeInto(text, 0, text.length, buffer);
  const kindOf = (mark: string) => (mark === '"' ? 'quote' : '.,;:!?()[]{}-/'.includes(mark) ? 'punct' : 'symbol');
  const byText = new Map<string, number[]>();
  for (let i = 0; i < buffer.length; i++) {
    const w = buffer.word(i);
    if (w.kind === 'word') continue;
    assert.equal(w.text.length, 1, `“${w.text}” is one unit`);
    assert.equal(w.kind, kindOf(w.text), `kind of “${w.text}”`);
    byText.set(w.text, [...(byText.get(w.text) ?? []), buffer.ids.get(i)]);
  }
  // "-" and "." join the letters around them ("x-y", "x.y" initialism rules aside): count only what stood alone.
  for (const mark of marks) assert.ok(byText.has(mark), `“${mark}” met`);
  for (const [mark, ids] of byText) assert.equal(new Set(ids).size, 1, `“${mark}” numbered once`);
  const copy = buffer.vocabulary.clone();
  const again = new TokenBuffer(16, copy);
  tokenizeInto(text, 0, text.length, again);
  assert.deepEqual(again.ids.toArray(), buffer.ids.toArray(), 'the copy numbers every token as the original');
  assert.equal(copy.words.length, buffer.vocabulary.words.length, 'and adds no word');
});

test('tokens: a vocabulary grown past many doublings finds every word again, and a copy grows apart from it', () => {
  // The table compares words in place against its pool of code units: words that share a prefix,
  // a length or a hash seed must still be told apart, after every regrowth and in a copy.
  const vocabulary = new Vocabulary();
  const texts: string[] = [];
  for (let i = 0; i < 6000; i++) texts.push(i % 3 === 0 ? `w${i}` : i % 3 === 1 ? `w${i}x` : `Ω${i.toString(36)}é`);
  const text = texts.join(' ');
  const ids: number[] = [];
  let at = 0;
  for (const t of texts) {
    ids.push(vocabulary.idAt(text, at, at + t.length, 'word'));
    at += t.length + 1;
  }
  assert.equal(new Set(ids).size, texts.length, 'each distinct text is its own word');
  const copy = vocabulary.clone();
  at = 0;
  texts.forEach((t, k) => {
    assert.equal(vocabulary.idAt(text, at, at + t.length, 'word'), ids[k], `“${t}” found again`);
    assert.equal(vocabulary.words[ids[k]!]!.text, t);
    assert.equal(vocabulary.featuresOf(ids[k]!), vocabulary.words[ids[k]!]!.features, `the bits of “${t}”`);
    assert.equal(vocabulary.lengthOf(ids[k]!), t.length, `the length of “${t}”`);
    at += t.length + 1;
  });
  // “qnawfj” and “orduix” share their hash (FNV-1a, 0x00a22c9e) and their length: only the comparison tells them apart.
  const pair = 'qnawfj orduix';
  const hashOf = (from: number): number => {
    let h = WORD_SEED;
    for (let k = from; k < from + 6; k++) h = wordHashStep(h, pair.charCodeAt(k));
    return h;
  };
  assert.equal(hashOf(0), hashOf(7), 'the pair collides');
  const first = vocabulary.idAt(pair, 0, 6, 'word');
  const second = vocabulary.idAt(pair, 7, 13, 'word');
  assert.notEqual(first, second);
  assert.deepEqual([vocabulary.words[first]!.text, vocabulary.words[second]!.text], ['qnawfj', 'orduix']);
  assert.equal(vocabulary.idAt(pair, 7, 13, 'word'), second, 'and each is found again');
  // The same text of another kind is another word.
  const asNumber = vocabulary.idAt('w0', 0, 2, 'symbol');
  assert.notEqual(asNumber, ids[0]);
  assert.equal(vocabulary.words[asNumber]!.kind, 'symbol');
  // A word added to the copy is unknown to the original, whose pool it must not have written over.
  const extra = 'zz-only-in-the-copy';
  const inCopy = copy.idAt(extra, 0, extra.length, 'word');
  assert.equal(copy.words[inCopy]!.text, extra);
  assert.equal(copy.idAt(text, 0, texts[0]!.length, 'word'), ids[0]);
  const size = vocabulary.words.length;
  assert.equal(vocabulary.idAt(extra, 0, extra.length, 'word'), size, 'new to the original: numbered after its own words');
});

test('tokens: the code units the tokenizer reads are the text’s, for any range, with or without Node’s Buffer', () => {
  const ranges: Array<[number, number]> = [[0, TEXT.length], [1, TEXT.length - 1], [3, 4], [7, 7], [TEXT.indexOf('𝒜') + 1, TEXT.length]];
  const withBuffer = globalThis.Buffer;
  for (const useBuffer of [true, false]) {
    if (!useBuffer) (globalThis as { Buffer?: unknown }).Buffer = undefined;
    try {
      for (const [from, to] of ranges) {
        const { units, base } = codeUnits(TEXT, from, to);
        assert.equal(base, from);
        assert.equal(units.length, to - from);
        for (let k = from; k < to; k++) assert.equal(units[k - base], TEXT.charCodeAt(k), `unit ${k} of [${from}, ${to}), Buffer ${useBuffer}`);
      }
      // A paragraph tokenized from the units of a wider range numbers the same words at the same places.
      const lineFrom = TEXT.indexOf('Politico');
      const lineTo = TEXT.indexOf('\n', lineFrom);
      const own = new TokenBuffer(8, new Vocabulary());
      const wide = new TokenBuffer(8, new Vocabulary());
      tokenizeInto(TEXT, lineFrom, lineTo, own);
      tokenizeInto(TEXT, lineFrom, lineTo, wide, codeUnits(TEXT, 5, TEXT.length));
      assert.deepEqual([...wide.starts.toArray()], [...own.starts.toArray()]);
      assert.deepEqual([...wide.ids.toArray()].map((id) => wide.vocabulary.words[id]!.text), [...own.ids.toArray()].map((id) => own.vocabulary.words[id]!.text));
    } finally {
      globalThis.Buffer = withBuffer;
    }
  }
});

test('isWhiteSpace answers as the regular expression \\s does, for every code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('tokens: tokenize() gives the same tokens whatever it read before (its word table is shared by every call)', () => {
  const view = (text: string): string => JSON.stringify(tokenize(text).map((t) => [t.start, t.end, t.text, t.kind, t.lower, t.features, t.figure]));
  const first = view('Mr. Smith said 4.5 per cent of “U.S.” voters won’t.');
  for (let k = 0; k < 500; k++) tokenize(`word${k} Word${k}'s ${k}% per cent`);
  assert.equal(view('Mr. Smith said 4.5 per cent of “U.S.” voters won’t.'), first);
});

test('tokens: a currency\'s letters glued to an amount are a word of their own ("R50,000", "Sh2,900", "R24bn"); "R2", "G7", "B52" stay words', () => {
  const view = (text: string): string[] => tokenize(text).map((t) => `${t.text}:${t.kind}`);
  assert.deepEqual(view('R50,000 Sh2,900 R24bn KSh3,000'), ['R:word', '50,000:number', 'Sh:word', '2,900:number', 'R:word', '24:number', 'bn:word', 'KSh:word', '3,000:number']);
  assert.deepEqual(view('R2 G7 B52 Rx50'), ['R2:word', 'G7:word', 'B52:word', 'Rx50:word']);
});

test('tokens: a variation selector belongs to the symbol before it ("✉️", "❤️"), never a word of its own', () => {
  const view = (text: string): string[][] => tokenize(text).map((t) => [t.text, t.kind]);
  assert.deepEqual(view('✉️ Email 📘 Facebook ❤︎'), [
    ['✉️', 'symbol'],
    ['Email', 'word'],
    ['📘', 'symbol'],
    ['Facebook', 'word'],
    ['❤︎', 'symbol'],
  ]);
});

test('sentences: "No." abbreviates a number only before one ("No. 10"); a quoted "No." or "said no." ends its sentence', () => {
  const text = 'Emma Hill said: "No." John Major said: "Yes." The answer was no. Nobody came. It was No. 10 that called.';
  const a = parseArticle(text);
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ['Emma Hill said: "No."', 'John Major said: "Yes."', 'The answer was no.', 'Nobody came.', 'It was No. 10 that called.']);
  // The quote of each sentence is its own speaker's.
  const quoted = analyze(text);
  assert.deepEqual(quoted.quotes.map((q) => quoted.entities[q.speaker!]!.name), ['Emma Hill', 'John Major']);
});

test('sentences: a unit\'s letter glued to its number ("–20C.", "77F.") keeps no full stop and ends its sentence; an initial ("John C. Smith") keeps it', () => {
  const text = 'It rarely rose above –20C. Analysis of the core showed a shift. It hit 77F. John C. Smith spoke. The U.S. team won.';
  const a = parseArticle(text);
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ['It rarely rose above –20C.', 'Analysis of the core showed a shift.', 'It hit 77F.', 'John C. Smith spoke.', 'The U.S. team won.']);
  const words: string[] = [];
  for (let i = 0; i < a.tokens.length; i++) words.push(a.tokens.word(i)!.text);
  assert.ok(words.includes('C') && words.includes('C.') && words.includes('F'), words.join(' '));
});
