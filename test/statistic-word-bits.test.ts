// Each token's `figure` bits (statistic-word-bits.ts) stand for a look-up in a statistics word list:
// every bit must say exactly what its list says, for every list word and for every word of real texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../server/src/analysis/tokenizer';
import * as W from '../server/src/analysis/statistic-words';
import * as B from '../server/src/analysis/statistic-word-bits';

/** Each bit and the test it replaces, written against the lists as the scan used to read them. */
const MEANINGS: ReadonlyArray<readonly [string, number, (text: string, lower: string, kind: string) => boolean]> = [
  ['MONTH', B.MONTH, (_, w) => W.MONTHS.has(w)],
  ['CLOCK_OR_ERA', B.CLOCK_OR_ERA, (_, w) => W.CLOCK_WORDS.has(w) || W.ERA_WORDS.has(w)],
  ['AGE_WORD', B.AGE_WORD, (_, w) => W.AGE_WORDS.has(w)],
  ['LABEL_WORD', B.LABEL_WORD, (_, w) => W.LABEL_WORDS.has(w)],
  ['STOP_WORD', B.STOP_WORD, (_, w) => W.STOP_WORDS.has(w)],
  ['IRREGULAR_PLURAL', B.IRREGULAR_PLURAL, (_, w) => W.IRREGULAR_PLURALS.has(w)],
  ['CASUALTY_NOUN', B.CASUALTY_NOUN, (_, w) => W.CASUALTY_NOUNS.has(w)],
  ['CASUALTY_VERB', B.CASUALTY_VERB, (_, w) => W.CASUALTY_VERBS.has(w)],
  ['CASUALTY_AUXILIARY', B.CASUALTY_AUXILIARY, (_, w) => W.CASUALTY_AUXILIARIES.has(w)],
  ['CURRENCY_WORD', B.CURRENCY_WORD, (_, w) => W.CURRENCY_WORDS.has(w)],
  ['UNIT', B.UNIT, (_, w) => W.UNITS.has(w)],
  ['TIME_UNIT', B.TIME_UNIT, (_, w) => W.TIME_UNITS.has(w)],
  ['KNOWN_SET_DETERMINER', B.KNOWN_SET_DETERMINER, (_, w) => W.KNOWN_SET_DETERMINERS.has(w)],
  ['KNOWN_SET_ADJECTIVE', B.KNOWN_SET_ADJECTIVE, (_, w) => W.KNOWN_SET_ADJECTIVES.has(w)],
  ['SOURCE_VERB', B.SOURCE_VERB, (_, w) => W.SOURCE_VERBS.has(w)],
  ['QUANTITY_LINK', B.QUANTITY_LINK, (_, w) => W.QUANTITY_LINKS.has(w)],
  ['CHANGE_VERB', B.CHANGE_VERB, (_, w) => W.CHANGE_VERBS.has(w)],
  ['CHANGE_NOUN', B.CHANGE_NOUN, (_, w) => W.CHANGE_NOUNS.has(w)],
  ['RATE_WORD', B.RATE_WORD, (_, w) => W.RATE_WORDS.has(w)],
  ['FRACTION_ARTICLE', B.FRACTION_ARTICLE, (_, w) => W.FRACTION_ARTICLES.has(w)],
  ['FEW_WORD', B.FEW_WORD, (_, w) => W.FEW_WORDS.has(w)],
  ['MULTIPLIER_WORD', B.MULTIPLIER_WORD, (_, w) => W.MULTIPLIER_WORDS.has(w)],
  ['MULTIPLIER_VERB', B.MULTIPLIER_VERB, (_, w) => W.MULTIPLIER_VERBS.has(w)],
  ['CURRENCY_SYMBOL_PREFIX', B.CURRENCY_SYMBOL_PREFIX, (_, w) => W.CURRENCY_SYMBOL_PREFIXES.has(w)],
  ['UNIT_BEFORE_NUMBER', B.UNIT_BEFORE_NUMBER, (_, w) => W.UNITS_BEFORE_NUMBER.has(w)],
  ['FRACTION', B.FRACTION, (_, w) => W.FRACTIONS.has(w)],
  // Not a word in capitals only ("NHS", "HALVES"): an acronym names what follows it.
  ['COUNT_NOUN', B.COUNT_NOUN, (text, w, kind) => kind === 'word' && W.isCountNounText(w) && !/^[A-Z]{2,}$/.test(text)],
  ['NUMBER_WORD', B.NUMBER_WORD, (_, w) => W.isNumberWord(w)],
  ['SCALE_WORD', B.SCALE_WORD, (_, w) => W.SCALE_WORDS.has(w)],
  ['VAGUE_MAGNITUDE', B.VAGUE_MAGNITUDE, (_, w) => W.VAGUE_MAGNITUDES.has(w)],
  ['AFTER_ARTICLE_WORD', B.AFTER_ARTICLE_WORD, (text) => W.AFTER_ARTICLE.has(text)],
];

function check(text: string, lower: string, kind: string, figure: number): void {
  for (const [name, bit, holds] of MEANINGS) assert.equal((figure & bit) !== 0, holds(text, lower, kind), `${name} of ${JSON.stringify(text)} (${kind})`);
}

test('statistic word bits: the bits are distinct and none is left over', () => {
  let all = 0;
  for (const [name, bit] of MEANINGS) {
    assert.equal(all & bit, 0, `${name} shares a bit`);
    all |= bit;
  }
  for (const [name, value] of Object.entries(B)) if (typeof value === 'number') assert.ok(MEANINGS.some(([n]) => n === name), `${name} has a meaning above`);
});

test('statistic word bits: every word of every list, in three casings, has exactly its lists’ bits', () => {
  const entries = new Set<string>();
  for (const value of Object.values(W)) {
    if (value instanceof Set || value instanceof Map) for (const key of value.keys()) if (typeof key === 'string') entries.add(key);
  }
  let checked = 0;
  for (const entry of entries) {
    for (const text of [entry, entry.charAt(0).toUpperCase() + entry.slice(1), entry.toUpperCase()]) {
      for (const t of tokenize(text)) {
        check(t.text, t.lower, t.kind, t.figure);
        checked++;
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} tokens checked`);
});

test('statistic word bits: every token of the samples and the statistics fixtures has exactly its lists’ bits', () => {
  const texts: string[] = readdirSync('samples').filter((n) => n.endsWith('.article')).map((n) => readFileSync(join('samples', n), 'utf8'));
  // The fixtures' cases are JSON: every string in them is text the scan may meet.
  const strings = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x);
  };
  for (const dir of ['test/fixtures', 'test/fixtures/statistics', 'test/fixtures/boilerplate']) {
    for (const name of readdirSync(dir)) if (name.endsWith('.json')) strings(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  let checked = 0;
  for (const text of texts) {
    for (const t of tokenize(text)) {
      check(t.text, t.lower, t.kind, t.figure);
      checked++;
    }
  }
  assert.ok(checked > 5_000, `only ${checked} tokens checked`);
});

test('statistic word bits: what the scan reads of a few words', () => {
  const figure = (text: string): number => tokenize(text)[0]!.figure;
  assert.ok(figure('January') & B.MONTH);
  assert.ok(figure('refugees') & B.COUNT_NOUN);
  assert.ok(!(figure('refugees') & B.TIME_UNIT));
  assert.ok(figure('twenty-five') & B.NUMBER_WORD);
  assert.ok(figure('°') & B.UNIT, 'a symbol can be a unit');
  assert.ok(figure('million') & B.AFTER_ARTICLE_WORD);
  assert.ok(!(figure('mIllion') & B.AFTER_ARTICLE_WORD), 'AFTER_ARTICLE is read as written');
  assert.equal(figure('Washington'), 0);
});
