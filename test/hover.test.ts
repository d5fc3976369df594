// Hover adapter: speaker, cue, kind and the reason on a quote; unattributed quotes; a speaker's
// quote list on a mention; statistics, claims and boilerplate. Hand-built analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { hoverAt } from '../server/src/lsp/hover';
import { find, fixture, mention, person, quote, statistic } from './helpers/fixture';

const TEXT = [
  'Headline about a ministry',
  '',
  'Foreign ministry spokesman Wang Wenbin said "the claims are lies" on Thursday.',
  '"We reject them," he said.',
  'Someone wrote "a line with no source" somewhere.',
  'Prices rose by 18 percent last year.',
  'Subscribe to our newsletter for more.',
].join('\n');

const wang = person(0, 'Wang Wenbin', [mention(TEXT, 'Wang Wenbin'), mention(TEXT, 'he', 'pronoun', 1)], 'foreign ministry spokesman');
const doc = fixture(TEXT, {
  entities: [wang],
  quotes: [quote(TEXT, 0, '"the claims are lies"', 0, 'said'), quote(TEXT, 1, '"We reject them,"', 0, 'said'), quote(TEXT, 2, '"a line with no source"', null, null, 'partial')],
  statistics: [statistic(TEXT, '18 percent')],
  claims: [{ id: 0, ...find(TEXT, 'Wang Wenbin said "the claims are lies"'), text: 'Wang Wenbin said "the claims are lies"', kind: 'denial', claimant: 0, cue: { ...find(TEXT, 'said'), text: 'said' }, target: 'the claims', targetSpan: null }],
  boilerplate: [{ ...find(TEXT, 'Subscribe to our newsletter for more.'), text: 'Subscribe to our newsletter for more.', rule: 'subscription-appeal' }],
});

function value(offset: number): string {
  const h = hoverAt(doc, offset);
  assert.ok(h, `a hover at ${offset}`);
  return (h.contents as MarkupContent).value;
}

test('hover on a quote names the speaker with title, the cue, the kind and why', () => {
  const v = value(find(TEXT, 'lies').start);
  assert.match(v, /\*\*Wang Wenbin\*\* — foreign ministry spokesman/);
  assert.match(v, /direct quote · cue: `said`/);
  assert.match(v, /Why: cue “said” next to the quote \(rule `adjacent-cue`\)/);
  const h = hoverAt(doc, find(TEXT, 'lies').start)!;
  assert.deepEqual(h.range, doc.lines.toRange(find(TEXT, '"the claims are lies"')));
});

test('hover on an unattributed quote says so', () => {
  const v = value(find(TEXT, 'no source').start);
  assert.match(v, /\*\*Unattributed\*\* partial quote: the article names no source/);
  assert.doesNotMatch(v, /Why:/);
});

test('hover on a speaker mention lists their quotes with line numbers', () => {
  for (const at of [find(TEXT, 'Wenbin').start, find(TEXT, 'he', 1).start]) {
    const v = value(at);
    assert.match(v, /\*\*Wang Wenbin\*\* — foreign ministry spokesman \(person\)/);
    assert.match(v, /2 quotes in this article:/);
    assert.match(v, /- line 3: "the claims are lies"/);
    assert.match(v, /- line 4: "We reject them,"/);
  }
});

test('hover on a statistic gives its source or says none is given', () => {
  const v = value(find(TEXT, '18 percent').start + 3);
  assert.match(v, /\*\*Statistic\*\* “18 percent” \(percentage\)/);
  assert.match(v, /No source given\./);
  assert.match(v, /Why: no source in the sentence/);
});

test('hover on a claim gives claimant, kind and target; boilerplate is page furniture', () => {
  const onCue = value(find(TEXT, 'said').start);
  assert.match(onCue, /\*\*Claim\*\* \(denial\) by \*\*Wang Wenbin\*\*/);
  assert.match(onCue, /Target: the claims/);
  assert.match(value(find(TEXT, 'newsletter').start), /\*\*Boilerplate\*\* \(subscription appeal\): page furniture/);
});

test('innermost first: a quote inside a claim shows the quote, then the claim', () => {
  const v = value(find(TEXT, 'claims are').start);
  assert.ok(v.indexOf('Wang Wenbin') < v.indexOf('**Claim**'));
  assert.match(v, /\n---\n/);
});

test('nothing under the cursor: no hover; plain text for clients without markdown', () => {
  assert.equal(hoverAt(doc, find(TEXT, 'Headline').start), null);
  const plain = hoverAt(doc, find(TEXT, 'lies').start, false)!;
  assert.equal((plain.contents as MarkupContent).kind, 'plaintext');
  assert.doesNotMatch((plain.contents as MarkupContent).value, /\*\*/);
});
