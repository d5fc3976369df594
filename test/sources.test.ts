// The Sources panel's data function (share of voice, groups, unsourced figures) on hand-made digests
// and on the samples, and its page: strict CSP, escaped text, theme variables, click targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver';
import { analyze } from '../server/src/analysis/index';
import { LineIndex } from '../server/src/lsp/positions';
import { digestOf, type ArticleDigest } from '../server/src/workspace/digest';
import { sourcesData, UNATTRIBUTED_KEY } from '../server/src/workspace/sources';
import { renderSourcesHtml } from '../server/src/workspace/sourcesHtml';

const at = (line: number): Range => new LineIndex('\n'.repeat(line + 1)).toRange({ start: line, end: line + 1 });

function digest(uri: string, speakers: Array<[number, string, 'person' | 'group' | 'institution', string | null]>, quotes: Array<[number | null, number]>, stats: string[] = []): ArticleDigest {
  return {
    uri,
    name: uri.slice(uri.lastIndexOf('/') + 1),
    headline: null,
    speakers: speakers.map(([id, name, kind, organisation]) => ({ id, name, fullName: `Title ${name}`, title: 'Title', organisation, kind, range: at(id) })),
    quotes: quotes.map(([speaker, words], i) => ({ id: i, kind: 'direct', text: `quote ${i} <b>`, range: at(10 + i), speaker, words })),
    unattributedStatistics: stats.map((text, i) => ({ text, range: at(30 + i) })),
  };
}

test('one article: words and quotes per speaker, shares of all quoted words, most words first', () => {
  const d = digest('file:///a.article', [[0, 'Ann Lee', 'person', 'Acme'], [1, 'Acme', 'institution', null]], [[0, 10], [1, 25], [0, 5], [null, 10]], ['18 percent']);
  const data = sourcesData([d], 'article');
  assert.equal(data.quotes, 4);
  assert.equal(data.words, 50);
  assert.deepEqual(data.speakers.map((s) => [s.name, s.quotes, s.words, s.share]), [['Acme', 1, 25, 0.5], ['Ann Lee', 2, 15, 0.3], ['Unattributed quotes', 1, 10, 0.2]]);
  assert.equal(data.speakers[2]!.key, UNATTRIBUTED_KEY);
  assert.deepEqual(data.byKind.map((g) => [g.label, g.words]), [['Institutions', 25], ['People', 15], ['Unattributed', 10]]);
  assert.deepEqual(data.byOrganisation.map((g) => [g.label, g.words]), [['Acme', 40], ['Unattributed', 10]], 'Ann Lee of Acme and Acme itself');
  assert.deepEqual(data.unattributedStatistics.map((s) => s.label), ['a.article: 18 percent']);
  const ann = data.speakers.find((s) => s.name === 'Ann Lee')!;
  assert.deepEqual(ann.introduction?.range, at(0));
  assert.equal(ann.quoteLocations.length, 2);
  assert.equal(data.title, 'a.article');
});

test('the workspace: the same speaker in two articles is one entry, counted in both', () => {
  const a = digest('file:///a.article', [[0, 'Ann Lee', 'person', null]], [[0, 10]]);
  const b = digest('file:///b.article', [[3, 'Ann  Lee', 'person', 'Acme'], [4, 'Bo Park', 'person', null]], [[3, 6], [4, 4]]);
  const data = sourcesData([a, b], 'workspace');
  assert.equal(data.title, '2 articles');
  const ann = data.speakers.find((s) => s.name === 'Ann Lee')!;
  assert.equal(ann.quotes, 2);
  assert.equal(ann.articles, 2);
  assert.equal(ann.organisation, 'Acme', 'an organisation any article gives');
  assert.equal(sourcesData([], 'workspace').words, 0);
});

test('the samples: sample 000 gives Wang Wenbin three quotes and names the unsourced figures', () => {
  const text = readFileSync(join(__dirname, '..', 'samples/000_ef0489480ae83f10.article'), 'utf8');
  const data = sourcesData([digestOf('file:///000.article', analyze(text), new LineIndex(text))], 'article');
  assert.equal(data.title, "China calls NATO claims of backing Russia 'disinformation'");
  const wang = data.speakers.find((s) => s.name === 'Wang Wenbin');
  assert.equal(wang?.quotes, 3);
  assert.equal(wang.kind, 'person');
  const shares = data.speakers.reduce((n, s) => n + s.share, 0);
  assert.ok(Math.abs(shares - 1) < 1e-9, 'the shares add up to one');
});

test('the page: nonce-only CSP, no remote resources, theme variables, escaped text, one location per link', () => {
  const d = digest('file:///a.article', [[0, 'Ann <script>alert(1)</script>', 'person', null]], [[0, 10], [null, 2]], ['$5 "million"']);
  const data = sourcesData([d], 'article');
  const { html, locations } = renderSourcesHtml(data, { nonce: 'n0nce' });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';">/);
  assert.ok(!/https?:\/\//.test(html), 'nothing loaded from the network');
  assert.ok(!html.includes('<script>alert'), 'names are escaped');
  assert.ok(html.includes('Ann &#60;script&#62;alert(1)&#60;/script&#62;'));
  assert.match(html, /var\(--vscode-editor-background\)/);
  assert.match(html, /var\(--vscode-charts-blue\)/);
  assert.equal((html.match(/<script nonce="n0nce">/g) ?? []).length, 1);
  assert.equal((html.match(/<style nonce="n0nce">/g) ?? []).length, 1);
  assert.ok(!/ style="/.test(html), 'no inline style attributes (the CSP would block them)');
  const indices = [...html.matchAll(/data-location="(\d+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual([...indices].sort((a, b) => a - b), locations.map((_, i) => i), 'every link is one location');
  assert.ok(locations.some((l) => l.label.includes('$5 "million"')));
  assert.match(html, /<rect class="fill k-person" width="83\.33"/, '10 of 12 words');
  const hostile = renderSourcesHtml(data, { nonce: `x'; script-src * 'unsafe-inline` }).html;
  const csp = /Content-Security-Policy" content="([^"]*)"/.exec(hostile)![1]!;
  assert.deepEqual(csp.split(';').map((d) => d.trim().split(' ')[0]).filter(Boolean), ['default-src', 'style-src', 'script-src'], 'the CSP cannot be widened through the options');
  assert.ok(!/'unsafe-inline'|\*/.test(csp), csp);
});
