// The evaluation's metrics on small hand-made cases (matching order, inner spans, aliases,
// unjudged quotes, statistics, boilerplate characters, Python-style rounding), then agreement with
// the reference shared/tools/score.py on the shared gold sets when they are beside the repo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixed, innerSpan, matchPairs, normalizeName, score, speakerMatches, summaryLine, type ScoredArticle } from '../server/src/eval/score';

test('inner spans drop marks, spaces and trailing punctuation', () => {
  const text = 'He said: "We will win," and left.';
  const q = { start: text.indexOf('"'), end: text.indexOf(',"') + 2 };
  assert.deepEqual(innerSpan(q, text), [text.indexOf('We'), text.indexOf('win') + 3]);
});

test('matching is one-to-one, best first, ties to the later gold and prediction as score.py does', () => {
  const same = (g: number, p: number) => (g === p ? 1 : 0.5);
  assert.deepEqual(matchPairs([0, 1], [0, 1], same, 0.5), [[1, 1], [0, 0]]);
  assert.deepEqual(matchPairs([0, 1], [5], () => 1, 1), [[1, 0]]);
  assert.deepEqual(matchPairs([0], [0], () => 0.4, 0.5), []);
});

test('speaker names fold case and punctuation and match aliases as whole words', () => {
  assert.equal(normalizeName('Wang  Wenbin, spokesman'), ' wang wenbin spokesman ');
  assert.ok(speakerMatches('China’s foreign ministry', ["China's foreign ministry"]));
  assert.ok(speakerMatches('Foreign ministry spokesman Wang Wenbin', ['Wang Wenbin']));
  assert.ok(!speakerMatches('Wangari', ['Wang']));
  assert.ok(!speakerMatches(null, ['Wang']));
  assert.ok(speakerMatches({ name: 'Lin Jian' }, ['Lin']));
});

function article(text: string, gold: ScoredArticle['gold'], predicted: ScoredArticle['predicted']): ScoredArticle {
  return { name: gold.file, text, gold, predicted };
}

test('quote, speaker and attribution scores, with unjudged gold speakers left out', () => {
  const text = '"one two three," A said. "four five," B said. "six," C said.';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const s = score([
    article(
      text,
      { file: 'a.txt', quotes: [{ ...span('"one two three,"'), aliases: ['A'] }, { ...span('"four five,"'), aliases: ['B'] }, { ...span('"six,"'), speaker: null }] },
      { quotes: [{ ...span('"one two three,"'), speaker: 'Mr A' }, { ...span('"four five,"'), speaker: 'C' }, { ...span('"six,"'), speaker: 'C' }, { ...span('A said'), kind: 'indirect', speaker: 'A' }] },
    ),
  ]);
  assert.deepEqual([s.quotes.gold, s.quotes.predicted, s.quotes.matched], [3, 3, 3]);
  assert.deepEqual([s.speakers.correct, s.speakers.judged], [1, 2]);
  assert.equal(s.speakers.accuracy, 0.5);
  assert.equal(s.attribution.precision, 0.5);
  assert.equal(s.statistics, null, 'statistics not annotated in this set');
  assert.equal(summaryLine(s), 'summary: quote-f1=1.000 speaker-acc=0.500 attribution-f1=0.500');
  assert.deepEqual(s.findings.map((f) => f.kind), ['wrong speaker']);
});

test('statistics by overlap, unattributed ones alone, boilerplate by characters; missing predictions count', () => {
  const text = 'x'.repeat(100);
  const s = score([
    article(
      text,
      { file: 'a.txt', quotes: [], statistics: [{ start: 0, end: 10, attributed: true }, { start: 20, end: 30, attributed: false }], boilerplate: [{ start: 50, end: 60 }] },
      { quotes: [], statistics: [{ start: 5, end: 12, attributed: false }, { start: 40, end: 45, attributed: false }], boilerplate: [{ start: 55, end: 70 }] },
    ),
    article(text, { file: 'b.txt', quotes: [{ start: 0, end: 4, aliases: ['X'] }] }, null),
  ]);
  assert.deepEqual([s.statistics?.gold, s.statistics?.predicted, s.statistics?.precision, s.statistics?.recall], [2, 2, 0.5, 0.5]);
  assert.deepEqual([s.unattributed?.gold, s.unattributed?.predicted, s.unattributed?.recall], [1, 2, 0]);
  assert.deepEqual([s.boilerplate?.precision, s.boilerplate?.recall], [5 / 15, 5 / 10]);
  assert.equal(s.missing, 1);
  assert.equal(s.quotes.recall, 0);
});

test('three decimals round half to even like Python', () => {
  assert.equal(fixed(0.0625, 3), '0.062');
  assert.equal(fixed(0.9375, 3), '0.938');
  assert.equal(fixed(0.3125, 3), '0.312');
  assert.equal(fixed(2 / 3, 3), '0.667');
  assert.equal(fixed(1, 3), '1.000');
  assert.equal(fixed(0, 3), '0.000');
});

const shared = join(__dirname, '..', '..', 'shared');
const scorePy = join(shared, 'tools/score.py');
const python = spawnSync('python3', ['--version']).status === 0;
const cli = join(__dirname, '..', 'dist/cli.js');

for (const set of ['seeds', 'wikinews', 'polnear-dev']) {
  const dir = join(shared, 'gold', set);
  test(`sourced eval agrees with score.py on ${set}`, { skip: !(python && existsSync(dir) && existsSync(scorePy)) && 'shared/ or python3 is not here' }, () => {
    assert.ok(existsSync(cli), 'dist/cli.js is built (npm test builds it)');
    const texts = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => join(dir, n));
    const analyzed = spawnSync(process.execPath, [cli, 'analyze', '--json', ...texts], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(analyzed.status, 0, analyzed.stderr);
    const pred = join(mkdtempSync(join(tmpdir(), 'sourced-eval-')), 'pred.jsonl');
    writeFileSync(pred, analyzed.stdout);
    const reference = spawnSync('python3', [scorePy, dir, pred, '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(reference.status, 0, reference.stderr);
    // One analyzer run, verbose: its table and summary are the plain run's, followed by the findings.
    const ours = spawnSync(process.execPath, [cli, 'eval', dir, '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const fromFile = spawnSync(process.execPath, [cli, 'eval', dir, '--pred', pred], { encoding: 'utf8' });
    const summary = (out: string) => out.split('\n').find((l) => l.startsWith('summary:'));
    assert.equal(ours.status, 0, ours.stderr);
    assert.equal(summary(ours.stdout), summary(reference.stdout));
    assert.equal(summary(fromFile.stdout), summary(reference.stdout));
    // Precision and recall too, not only the F1s of the summary: quotes, attribution, statistics, unattributed, boilerplate.
    const theirs = [...reference.stdout.matchAll(/P=([\d.]+) R=([\d.]+) F1=([\d.]+)/g)].map((m) => m.slice(1).join(' '));
    const mine = [...ours.stdout.matchAll(/^(?:quotes|end-to-end attribution|statistics|unattributed statistics|boilerplate characters) +([\d.]+) +([\d.]+) +([\d.]+)/gm)].map((m) => m.slice(1).join(' '));
    assert.ok(theirs.length >= 2);
    assert.deepEqual(mine, theirs);
    // The counts behind the numbers agree too.
    const counts = (out: string) => out.match(/gold \d+, predicted \d+, matched \d+/)?.[0];
    assert.equal(counts(ours.stdout), counts(reference.stdout));
    const misses = (out: string, word: string) => out.split('\n').filter((l) => l.trimStart().startsWith(word)).length;
    const verbose = ours.stdout;
    for (const word of ['missed quote', 'extra quote', 'missed unattributed', 'extra unattributed']) assert.equal(misses(verbose, word), misses(reference.stdout, word), word);
    assert.equal(misses(verbose, 'wrong speaker'), misses(reference.stdout, 'speaker '));
  });
}
