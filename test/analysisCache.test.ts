// The analysis cache: one analysis per version, and after an edit the last version's analysis is
// handed to the next run as its base (issue 6), never served for the new version itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCache } from '../server/src/lsp/analysisCache';
import { analyze } from '../server/src/analysis/index';
import type { Analysis, AnalysisOptions } from '../server/src/analysis/types';
import { comparable } from './helpers/comparable';

function recording(): { cache: AnalysisCache; bases: Array<Analysis | undefined> } {
  const bases: Array<Analysis | undefined> = [];
  const cache = new AnalysisCache({}, (text: string, options: AnalysisOptions, previous?: Analysis) => {
    bases.push(previous);
    return analyze(text, options, previous);
  });
  return { cache, bases };
}

test('analysisCache: a version is analysed once; the next version is seeded with the last one', () => {
  const { cache, bases } = recording();
  let text = 'Officials said on Monday.\n"We will go," she said.';
  const doc = { uri: 'file:///a.article', version: 1, getText: () => text };
  const first = cache.get(doc);
  assert.equal(cache.get(doc), first);
  assert.deepEqual(bases, [undefined]);
  text = `${text}\nA third paragraph.`;
  doc.version = 2;
  cache.changed(doc.uri);
  const second = cache.get(doc);
  assert.notEqual(second, first);
  assert.equal(bases[1], first.analysis);
  assert.deepStrictEqual(comparable(second.analysis), comparable(analyze(text)));
});

test('analysisCache: a closed document leaves nothing behind to seed a reopened one', () => {
  const { cache, bases } = recording();
  const doc = { uri: 'file:///b.article', version: 1, getText: () => 'One line.\nTwo lines.' };
  cache.get(doc);
  cache.changed(doc.uri);
  cache.drop(doc.uri);
  assert.equal(cache.size, 0);
  cache.get(doc);
  assert.deepEqual(bases, [undefined, undefined]);
});

test('analysisCache: new options re-analyse every document, each seeded with its own last analysis', () => {
  const { cache, bases } = recording();
  const doc = { uri: 'file:///c.article', version: 1, getText: () => '"Fine," the minister said.' };
  const before = cache.get(doc);
  cache.setOptions({ ignoredNames: ['minister'] });
  const after = cache.get(doc);
  assert.notEqual(after, before);
  assert.equal(bases[1], before.analysis);
});
