// Code actions: "Add source" inserted at the end of the statistic's clause (plain text or
// snippet), disable comments for the line and the file, deleting boilerplate. Edits are applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor, clauseEnd, editSupport } from '../server/src/lsp/codeActions';
import { diagnosticsFor } from '../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
import { find, fixture, statistic } from './helpers/fixture';

const PLAIN = { documentChanges: false, snippets: false };

function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.['file:///fixture.article'] as TextEdit[];
  assert.ok(edits, `plain edits in ${action.title}`);
  return TextDocument.applyEdits(TextDocument.create('file:///fixture.article', 'news-article', 1, text), edits);
}

function actionsFor(text: string, figure: string) {
  const d = fixture(text, { statistics: [statistic(text, figure)] });
  const span = find(text, figure);
  return { d, actions: codeActionsFor(d, { start: span.start + 1, end: span.start + 1 }, diagnosticsFor(d, DEFAULT_SETTINGS), PLAIN) };
}

test('clause end: before the next comma, semicolon or sentence-final mark after the statistic', () => {
  const cases: Array<[string, string, string]> = [
    ['Head\n\nPrices rose by 18 percent last year.', '18 percent', 'last year'],
    ['Head\n\nThe war created 3.6 million refugees, and more fled.', '3.6 million refugees', 'refugees'],
    ['Head\n\nCosts rose 2.5 percent in May; wages fell.', '2.5 percent', 'in May'],
    ['Head\n\nDid 40 percent of them vote?', '40 percent', 'vote'],
  ];
  for (const [text, figure, before] of cases) {
    const s = find(text, figure);
    assert.equal(clauseEnd(fixture(text, {}).analysis, s), find(text, before).end, `${figure} in ${JSON.stringify(text)}`);
  }
});

test('Add source inserts ", according to [source]" before the final stop, linked to the diagnostic', () => {
  const text = 'Head\n\nIntro line.\nPrices rose by 18 percent last year.\n';
  const { actions } = actionsFor(text, '18 percent');
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Add source: insert “, according to [source]” after “18 percent”', 'Disable unattributedStatistic for this line', 'Disable unattributedStatistic for this file'],
  );
  const add = actions[0]!;
  assert.equal(add.kind, 'quickfix');
  assert.equal(add.isPreferred, true);
  assert.equal(add.diagnostics?.length, 1);
  assert.equal(add.diagnostics?.[0]?.code, 'unattributedStatistic');
  assert.equal(apply(text, add), 'Head\n\nIntro line.\nPrices rose by 18 percent last year, according to [source].\n');
});

test('disable for the line puts a next-line comment above (a line-end one on line 1); for the file at the top', () => {
  const text = 'Head\r\n\r\nPrices rose by 18 percent last year.\r\n';
  const { actions } = actionsFor(text, '18 percent');
  assert.equal(apply(text, actions[1]!), 'Head\r\n\r\n<!-- sourced-disable-next-line unattributedStatistic -->\r\nPrices rose by 18 percent last year.\r\n');
  assert.equal(apply(text, actions[2]!), '<!-- sourced-disable unattributedStatistic -->\r\nHead\r\n\r\nPrices rose by 18 percent last year.\r\n');
  const first = 'Prices rose by 18 percent.\nMore.';
  assert.equal(apply(first, actionsFor(first, '18 percent').actions[1]!), 'Prices rose by 18 percent. <!-- sourced-disable-line unattributedStatistic -->\nMore.');
  // The comment the action writes really does silence the diagnostic.
  const silenced = apply(text, actions[1]!);
  const d = fixture(silenced, { statistics: [statistic(silenced, '18 percent')] });
  assert.deepEqual(diagnosticsFor(d, DEFAULT_SETTINGS), []);
});

test('snippet edits when the client supports them, versioned document changes otherwise', () => {
  const text = 'Head\n\nPrices rose by 18 percent last year.';
  const d = fixture(text, { statistics: [statistic(text, '18 percent')] }, 'file:///fixture.article', 7);
  const at = find(text, '18 percent');
  const snippet = codeActionsFor(d, at, [], editSupport({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } }))[0]!;
  const change = snippet.edit?.documentChanges?.[0];
  assert.ok(change && 'textDocument' in change);
  assert.deepEqual(change.textDocument, { uri: 'file:///fixture.article', version: 7 });
  assert.deepEqual(change.edits[0], { range: d.lines.toRange({ start: find(text, 'year').end, end: find(text, 'year').end }), snippet: { kind: 'snippet', value: ', according to ${1:source}' } });
  const versioned = codeActionsFor(d, at, [], editSupport({ workspace: { workspaceEdit: { documentChanges: true } } }))[0]!;
  const plainChange = versioned.edit?.documentChanges?.[0];
  assert.ok(plainChange && 'edits' in plainChange);
  assert.equal((plainChange.edits[0] as TextEdit).newText, ', according to [source]');
});

test('no actions away from statistics, for attributed ones, or for suppressed ones', () => {
  const text = 'Head\n\nPrices rose by 18 percent last year. UN data show 5 percent growth.';
  const d = fixture(text, { statistics: [statistic(text, '18 percent'), statistic(text, '5 percent', 'UN data')] });
  assert.deepEqual(codeActionsFor(d, find(text, 'Head'), [], PLAIN), []);
  assert.deepEqual(codeActionsFor(d, find(text, '5 percent'), [], PLAIN), []);
  const sup = `<!-- sourced-disable unattributedStatistic -->\n${text}`;
  assert.deepEqual(codeActionsFor(fixture(sup, { statistics: [statistic(sup, '18 percent')] }), find(sup, '18 percent'), [], PLAIN), []);
});

test('Delete boilerplate removes its span and the line break after it', () => {
  const text = 'Head\n\nA sentence.\nSupport our journalism: donate today.\nMore news.\n';
  const d = fixture(text, { boilerplate: [{ ...find(text, 'Support our journalism: donate today.'), text: 'Support our journalism: donate today.', rule: 'donation-appeal' }] });
  const [del] = codeActionsFor(d, find(text, 'donate'), [], PLAIN);
  assert.equal(del?.title, 'Delete boilerplate');
  assert.equal(apply(text, del!), 'Head\n\nA sentence.\nMore news.\n');
  const inline = 'Head\n\nA sentence. Follow us on X. More text.\n';
  const d2 = fixture(inline, { boilerplate: [{ ...find(inline, 'Follow us on X.'), text: 'Follow us on X.', rule: 'social-follow' }] });
  assert.equal(apply(inline, codeActionsFor(d2, find(inline, 'Follow'), [], PLAIN)[0]!), 'Head\n\nA sentence.  More text.\n');
});
