// The cross-article quote matcher: normalised words, 3-gram containment, wording and speaker
// comparison, and the index over the five samples (one story from five outlets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/index';
import { LineIndex } from '../server/src/lsp/positions';
import { digestOf, quoteRecords, type ArticleDigest } from '../server/src/workspace/digest';
import { fingerprint, MAX_MATCHES_PER_QUOTE, normaliseWords, QuoteIndex, sameSpeaker, sameWording, similarity, type QuoteRecord } from '../server/src/workspace/crossArticle';

const root = join(__dirname, '..');

function samples(): ArticleDigest[] {
  const dir = join(root, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.article'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return digestOf(`file:///samples/${f}`, analyze(text), new LineIndex(text));
    });
}

/** "file:///samples/002_fde….article" -> "002". */
const outlet = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1).slice(0, 3);

const rec = (article: string, id: number, text: string, speaker: string | null = null): QuoteRecord => ({ article, id, text, speaker: speaker ? { name: speaker, fullName: speaker } : null });

test('words are folded: case, typographic quotes, hyphens, punctuation; an ellipsis stays', () => {
  assert.deepEqual(normaliseWords('“Stop hyping up the so-called ‘China threat’,” he said.'), ['stop', 'hyping', 'up', 'the', 'so', 'called', 'china', 'threat', 'he', 'said']);
  assert.deepEqual(normaliseWords('Russia’s war'), ["russia's", 'war']);
  assert.deepEqual(normaliseWords('China urges NATO to … stop'), ['china', 'urges', 'nato', 'to', '…', 'stop']);
  assert.deepEqual(normaliseWords('wait... what'), ['wait', '…', 'what']);
});

test('a quote interrupted by its attribution is matched on its quoted words alone, in either article', () => {
  const one = '"We cannot go on like this," said John Smith, a grain farmer. "The banks will not wait."\n';
  const two = 'John Smith was blunt: "We cannot go on like this. The banks will not wait."\n';
  const [a, b] = [one, two].map((t, n) => digestOf(`file:///${n}.article`, analyze(t), new LineIndex(t)));
  assert.equal(a!.quotes[0]!.text, 'We cannot go on like this, … The banks will not wait.');
  assert.equal(a!.quotes[0]!.words, 11);
  assert.ok(sameWording(fingerprint(a!.quotes[0]!.text), fingerprint(b!.quotes[0]!.text)), 'the same words, not a misquote');
});

test('similarity is containment over 3-grams: a partial quote of a longer passage scores 1', () => {
  const long = fingerprint('NATO should stop hyping up the so-called China threat and provoking confrontation and rivalry');
  assert.equal(similarity(fingerprint('stop hyping up the so-called China threat.'), long), 1);
  assert.equal(similarity(long, fingerprint('stop hyping up the so-called China threat.')), 1, 'symmetric');
  assert.ok(similarity(fingerprint('stop hyping up the so-called Chinese threat'), long) >= 0.6, 'one word changed still matches');
  assert.ok(similarity(fingerprint('NATO hyping up China’s responsibility on the Ukraine issue'), long) < 0.6, 'a different sentence does not');
  // Two-word quotes have no 3-grams: found verbatim or not at all; one word is never enough.
  assert.equal(similarity(fingerprint('decisive enabler'), fingerprint('become a decisive enabler of Russia’s war')), 1);
  assert.equal(similarity(fingerprint('enabler decisive'), fingerprint('become a decisive enabler of Russia’s war')), 0);
  assert.equal(similarity(fingerprint('chaos'), fingerprint('chaos')), 0);
});

test('wording: a shorter or longer excerpt is the same wording; a changed, added or dropped word inside is not', () => {
  const passage = fingerprint('NATO should stop hyping up the so-called China threat and provoking confrontation');
  assert.ok(sameWording(fingerprint('stop hyping up the so-called China threat'), passage));
  assert.ok(!sameWording(fingerprint('stop hyping up the so-called Chinese threat'), passage), 'a changed word');
  assert.ok(!sameWording(fingerprint('stop hyping the so-called China threat'), passage), 'a dropped word');
  assert.ok(!sameWording(fingerprint('stop hyping up the so-called China military threat'), passage), 'an added word');
  // An ellipsis marks left-out words.
  assert.ok(sameWording(fingerprint('NATO should stop … the so-called China threat'), passage));
});

test('speakers: the same name or one name within the other; otherwise different', () => {
  const s = (name: string, fullName = name) => ({ name, fullName });
  assert.ok(sameSpeaker(s('Jens Stoltenberg', 'NATO Secretary-General Jens Stoltenberg'), s('Stoltenberg')));
  assert.ok(sameSpeaker(s('Wang Yi', 'China’s foreign minister Wang Yi'), s('Wang Yi', 'Foreign Minister Wang Yi')));
  assert.ok(sameSpeaker(s('the NATO'), s('NATO')));
  assert.ok(!sameSpeaker(s('Beijing’s envoy to the EU'), s('Beijing’s mission to the EU')));
  assert.ok(!sameSpeaker(s('Beijing’s mission to the EU'), s('spokesperson for Beijing’s mission to the European Union')));
  assert.ok(!sameSpeaker(s('China'), null));
  assert.ok(sameSpeaker(null, null));
});

test('the index finds matches in other articles only, and forgets an article replaced or deleted', () => {
  const index = new QuoteIndex();
  index.set('a', [rec('a', 0, 'we will never accept these groundless claims', 'Wang Yi')]);
  index.set('b', [rec('b', 0, 'we will never accept these claims', 'Lin Jian'), rec('b', 1, 'chaos')]);
  const found = index.matches([rec('c', 0, 'We will never accept these groundless claims!', 'Wang Yi')]);
  assert.deepEqual(found.map((m) => [m.there.article, m.sameWording, m.sameSpeaker]), [['a', true, true], ['b', false, false]]);
  assert.deepEqual(index.matches([rec('a', 0, 'we will never accept these groundless claims', 'Wang Yi')]).map((m) => m.there.article), ['b'], 'not its own article');
  index.set('b', [rec('b', 0, 'something else entirely was said here')]);
  index.delete('a');
  assert.deepEqual(index.matches([rec('c', 0, 'we will never accept these groundless claims')]), []);
  assert.equal(index.articles, 1);
});

test('a quote copied into many articles: the most similar copies, at most MAX_MATCHES_PER_QUOTE', () => {
  const index = new QuoteIndex();
  const quote = 'the one of the most important things is that we will never accept these claims';
  for (let i = 0; i < 300; i++) index.set(`a${i}`, [rec(`a${i}`, 0, i === 7 ? quote : `${quote} at all`), rec(`a${i}`, 1, `one of the ${i}`)]);
  const found = index.matches([rec('b', 0, quote)]);
  assert.equal(found.length, MAX_MATCHES_PER_QUOTE);
  assert.ok(found.every((m) => m.similarity === 1 && m.sameWording));
  assert.deepEqual(index.matches([rec('b', 0, 'one of the things')]), [], 'common 3-grams alone find nothing');
});

test('the five samples: "stop hyping up the so-called China threat" in 001, 002 and 004, attributed three ways', () => {
  const digests = samples();
  const index = new QuoteIndex();
  for (const d of digests) index.set(d.uri, quoteRecords(d));
  const quote = (prefix: string, words: string) => {
    const d = digests.find((x) => x.name.startsWith(prefix))!;
    const q = quoteRecords(d).find((r) => r.text.includes(words));
    assert.ok(q, `${words} in ${prefix}`);
    return q;
  };
  const hyping = quote('001', 'stop hyping up the so-called China threat');
  const threeWay = index.matches([hyping]).filter((m) => m.there.text.includes('stop hyping up'));
  assert.deepEqual(threeWay.map((m) => outlet(m.there.article)).sort(), ['002', '004']);
  for (const m of threeWay) {
    assert.ok(m.sameWording, `${m.there.article}: word for word`);
    assert.ok(!m.sameSpeaker, `${m.there.article}: ${m.there.speaker?.fullName} vs ${hyping.speaker?.fullName}`);
  }
  const speakers = [hyping, ...threeWay.map((m) => m.there)].map((r) => r.speaker?.name ?? null);
  assert.equal(new Set(speakers).size, 3, `three attributions: ${speakers.join(' / ')}`);
  for (const s of speakers) assert.match(String(s), /Beijing’s (envoy|mission)/);
  // The other direction finds the same three.
  const from002 = index.matches([quote('002', 'stop hyping up')]).filter((m) => m.there.text.includes('stop hyping up'));
  assert.deepEqual(from002.map((m) => outlet(m.there.article)).sort(), ['001', '004']);
  // A quote no other outlet carries has no match.
  assert.deepEqual(index.matches([quote('000', 'We have always maintained')]), []);
});
