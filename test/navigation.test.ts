// The issue 8 adapters on hand-built analyses: inlay hint sites, definition and references, semantic
// tokens (overlaps resolved innermost first, one token per line), workspace symbol matching.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, mention, person, quote } from './helpers/fixture';
import { inlayHints } from '../server/src/lsp/inlayHints';
import { definition, highlights, references } from '../server/src/lsp/navigation';
import { flatten, LEGEND, semanticTokens, tokenItems } from '../server/src/lsp/semanticTokens';
import { fuzzyMatch, wordsMatch, workspaceSymbols } from '../server/src/lsp/workspaceSymbols';

const TEXT = 'Talks\n\nForeign Minister Ann Lee spoke. "We agree,"\nshe said.\n\n"Fine," Lee added.\n';

function doc() {
  const ann = person(0, 'Ann Lee', [mention(TEXT, 'Foreign Minister Ann Lee'), mention(TEXT, 'she', 'pronoun'), mention(TEXT, 'Lee', 'surname', 1)], 'Foreign Minister');
  const q1 = { ...quote(TEXT, 0, '"We agree,"', 0, 'said'), speakerMention: mention(TEXT, 'she', 'pronoun'), reason: { rule: 'pronoun' as const, explanation: 'pronoun “she” → Ann Lee', evidence: [] } };
  const q2 = { ...quote(TEXT, 1, '"Fine,"', 0, 'added'), speakerMention: mention(TEXT, 'Lee', 'surname', 1), reason: { rule: 'surname' as const, explanation: 'surname', evidence: [] } };
  return fixture(TEXT, { entities: [ann], quotes: [q1, q2] });
}

test('inlay hints after the pronoun and the surname, none after the full name; only inside the range', () => {
  const d = doc();
  const hints = inlayHints(d, { start: 0, end: TEXT.length });
  assert.deepEqual(hints.map((h) => [d.lines.toOffset(h.position), h.label]), [[TEXT.indexOf('she') + 3, '[Ann Lee]'], [TEXT.lastIndexOf('Lee') + 3, '[Ann Lee]']]);
  assert.equal(inlayHints(d, { start: 0, end: TEXT.indexOf('she') }).length, 0);
});

test('definition and references from a pronoun; highlights from the cursor just after a name', () => {
  const d = doc();
  const at = TEXT.indexOf('she') + 1;
  assert.deepEqual(definition(d, at)?.range, d.lines.toRange({ start: TEXT.indexOf('Foreign'), end: TEXT.indexOf(' spoke') }));
  const refs = references(d, at, true).map((l) => TEXT.slice(d.lines.toOffset(l.range.start), d.lines.toOffset(l.range.end)));
  assert.deepEqual(refs, ['Foreign Minister Ann Lee', '"We agree,"', 'she', '"Fine,"', 'Lee']);
  assert.equal(references(d, at, false).length, 4);
  assert.equal(highlights(d, TEXT.indexOf('she') + 3).length, 3, 'the cursor right after "she"');
  assert.equal(definition(d, 1), null);
});

test('semantic tokens: a mention inside a quote splits it; a token never spans two lines', () => {
  const d = doc();
  assert.deepEqual(flatten([{ start: 0, end: 10, type: 'quote', modifiers: 1 }, { start: 3, end: 5, type: 'person', modifiers: 0 }]), [
    { start: 0, end: 3, type: 'quote', modifiers: 1 },
    { start: 3, end: 5, type: 'person', modifiers: 0 },
    { start: 5, end: 10, type: 'quote', modifiers: 1 },
  ]);
  const items = tokenItems(d);
  assert.equal(items.filter((i) => i.type === 'quote').length, 2);
  const data = semanticTokens(d).data;
  assert.equal(data.length % 5, 0);
  const quoteType = LEGEND.tokenTypes.indexOf('quote');
  // Both quotes are Ann Lee's: the same speaker modifier.
  const mods = new Set<number>();
  for (let i = 0; i < data.length; i += 5) if (data[i + 3] === quoteType) mods.add(data[i + 4]!);
  assert.equal(mods.size, 1);
  const multiline = fixture('Head\n\n"One\ntwo," she said.\n', { quotes: [quote('Head\n\n"One\ntwo," she said.\n', 0, '"One\ntwo,"', null)] });
  assert.deepEqual(semanticTokens(multiline).data, [2, 0, 4, quoteType, 1 << LEGEND.tokenModifiers.indexOf('unattributed'), 1, 0, 5, quoteType, 1 << LEGEND.tokenModifiers.indexOf('unattributed')]);
});

test('semantic tokens: the attribution that interrupts a quote is not coloured as quotation', () => {
  const text = '"We agree," she said. "It is final."\n';
  const parts = [{ start: 0, end: text.indexOf(' she') }, { start: text.indexOf('"It'), end: text.length - 1 }];
  const q = { ...quote(text, 0, text.slice(0, text.length - 1), null), parts };
  const quoted = tokenItems(fixture(text, { quotes: [q] })).filter((i) => i.type === 'quote');
  assert.deepEqual(quoted.map((i) => text.slice(i.start, i.end)), ['"We agree,"', '"It is final."']);
});

test('workspace symbols: fuzzy on speakers, every word on quotes, speakers without quotes left out', () => {
  assert.ok(fuzzyMatch('jstol', 'Jens Stoltenberg'));
  assert.ok(!fuzzyMatch('xyz', 'Jens Stoltenberg'));
  assert.ok(wordsMatch('china threat', 'stop hyping up the so-called China threat'));
  assert.ok(!wordsMatch('china danger', 'stop hyping up the so-called China threat'));
  const d = doc();
  const article = { uri: 'file:///a.article', name: 'a.article', headline: null, unattributedStatistics: [], speakers: [{ id: 0, name: 'Ann Lee', fullName: 'Foreign Minister Ann Lee', title: null, organisation: null, kind: 'person' as const, range: d.lines.toRange({ start: 7, end: 10 }) }, { id: 1, name: 'Bo Park', fullName: 'Bo Park', title: null, organisation: null, kind: 'person' as const, range: d.lines.toRange({ start: 0, end: 1 }) }], quotes: [{ id: 0, kind: 'direct' as const, text: 'We agree', range: d.lines.toRange({ start: 0, end: 1 }), speaker: 0, words: 2 }] };
  assert.deepEqual(workspaceSymbols([article], 'lee').map((s) => [s.name, s.containerName]), [['Ann Lee', 'Foreign Minister Ann Lee · a.article']]);
  assert.deepEqual(workspaceSymbols([article], 'agree').map((s) => [s.name, s.containerName]), [['“We agree”', 'Ann Lee · a.article']]);
  assert.deepEqual(workspaceSymbols([article], 'park'), [], 'Bo Park is never quoted');
  assert.equal(workspaceSymbols([article], '', 1).length, 1, 'the limit');
});
