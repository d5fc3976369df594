// The workspace vocabulary (sourced.json): validation as data, merging with the settings, and the
// text the "Add speaker alias" quick fix writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineVocabularies, EMPTY_VOCABULARY, mergeOptions, parseVocabulary, readVocabulary, withAlias } from '../server/src/workspace/vocabulary';

test('a valid file is read whole; lists are trimmed and deduplicated', () => {
  const r = readVocabulary({ speakerAliases: { ' Wang ': 'Wang Yi' }, extraReportingVerbs: ['quipped', ' quipped '], ignoredNames: ['Reuters'], $schema: 'x' });
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.vocabulary, { speakerAliases: { Wang: 'Wang Yi' }, extraReportingVerbs: ['quipped'], ignoredNames: ['Reuters'] });
});

test('bad entries are dropped, each with a message; the rest is kept', () => {
  const r = readVocabulary({ speakerAliases: { Wang: 42, Lin: 'Lin Jian' }, extraReportingVerbs: 'quipped', ignoredNames: ['AP', 7], colour: 'red' });
  assert.deepEqual(r.vocabulary, { speakerAliases: { Lin: 'Lin Jian' }, extraReportingVerbs: [], ignoredNames: ['AP'] });
  assert.equal(r.problems.length, 4);
  assert.ok(r.problems.some((p) => p.includes('unknown key "colour"')));
  assert.deepEqual(readVocabulary([1, 2]).vocabulary, EMPTY_VOCABULARY);
  const broken = parseVocabulary('{ "speakerAliases": ');
  assert.deepEqual(broken.vocabulary, EMPTY_VOCABULARY);
  assert.match(broken.problems[0]!, /not valid JSON/);
  assert.deepEqual(parseVocabulary('  ').problems, [], 'an empty file is an empty vocabulary');
});

test('merged with the settings: lists joined, sourced.json wins an alias both name', () => {
  const merged = mergeOptions({ extraReportingVerbs: ['quipped'], ignoredNames: ['AP'], speakerAliases: { Wang: 'Wang Wenbin', Lin: 'Lin Jian' } }, { speakerAliases: { Wang: 'Wang Yi' }, extraReportingVerbs: ['chortled', 'quipped'], ignoredNames: [] });
  assert.deepEqual(merged, { extraReportingVerbs: ['quipped', 'chortled'], ignoredNames: ['AP'], speakerAliases: { Wang: 'Wang Yi', Lin: 'Lin Jian' } });
  const two = combineVocabularies([{ ...EMPTY_VOCABULARY, speakerAliases: { A: 'x' } }, { ...EMPTY_VOCABULARY, speakerAliases: { A: 'y' }, ignoredNames: ['AP'] }]);
  assert.deepEqual(two, { speakerAliases: { A: 'y' }, extraReportingVerbs: [], ignoredNames: ['AP'] });
});

test('the quick fix text: a new file, an added alias, other keys kept, broken JSON left alone', () => {
  assert.deepEqual(JSON.parse(withAlias(null, 'Wang', 'Wang Yi')!), { speakerAliases: { Wang: 'Wang Yi' } });
  const edited = withAlias('{"ignoredNames":["AP"],"speakerAliases":{"Lin":"Lin Jian"}}', 'Wang', 'Wang Yi')!;
  assert.deepEqual(JSON.parse(edited), { ignoredNames: ['AP'], speakerAliases: { Lin: 'Lin Jian', Wang: 'Wang Yi' } });
  assert.deepEqual(Object.keys(JSON.parse(edited)), ['ignoredNames', 'speakerAliases'], 'key order kept');
  assert.ok(edited.endsWith('}\n'));
  assert.deepEqual(Object.keys(JSON.parse(withAlias('{"ignoredNames":[]}', 'Wang', 'Wang Yi')!)), ['speakerAliases', 'ignoredNames']);
  assert.equal(withAlias('{ nope', 'Wang', 'Wang Yi'), null);
  assert.equal(withAlias('[]', 'Wang', 'Wang Yi'), null);
});
