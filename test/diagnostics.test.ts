// Diagnostics adapter: which items become diagnostics, their codes, messages, severities,
// tags and data, and the suppression comments. Hand-built analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { diagnosticsFor } from '../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS, readSettings } from '../server/src/lsp/settings';
import { find, fixture, quote, statistic } from './helpers/fixture';

function doc(text: string) {
  return fixture(text, {
    statistics: [statistic(text, '18 percent'), statistic(text, '3.6 million refugees', 'UN figures')],
    quotes: [quote(text, 0, '"nobody said this"', null)],
    boilerplate: [{ ...find(text, 'Follow us on Twitter.'), text: 'Follow us on Twitter.', rule: 'social-follow' }],
  });
}

const TEXT = 'Headline\n\nPrices rose by 18 percent last year.\nThere are 3.6 million refugees, UN figures show.\nA man said "nobody said this" here.\nFollow us on Twitter.\n';

test('unattributed statistics, unattributed quotes and boilerplate, with the default severities', () => {
  const ds = diagnosticsFor(doc(TEXT), DEFAULT_SETTINGS);
  assert.deepEqual(
    ds.map((d) => [d.code, d.severity, d.message]),
    [
      ['unattributedStatistic', DiagnosticSeverity.Warning, 'Statistic “18 percent” has no source'],
      ['unattributedQuote', DiagnosticSeverity.Information, 'Quote “nobody said this” is not attributed to anyone'],
      ['boilerplate', DiagnosticSeverity.Hint, 'Boilerplate (social follow): not part of the article'],
    ],
  );
  const stat = ds[0]!;
  assert.equal(stat.source, 'sourced');
  assert.deepEqual(JSON.parse(JSON.stringify(stat.range)), { start: { line: 2, character: 15 }, end: { line: 2, character: 25 } });
  assert.deepEqual(stat.data, { rule: 'unattributedStatistic', ...find(TEXT, '18 percent'), version: 1 });
  assert.deepEqual(ds[2]!.tags, [DiagnosticTag.Unnecessary]);
});

test('severities come from the settings; off removes the diagnostic', () => {
  const settings = readSettings({ unattributedStatistic: { severity: 'error' }, unattributedQuote: { severity: 'off' }, boilerplate: { severity: 'off' } }).settings;
  const ds = diagnosticsFor(doc(TEXT), settings);
  assert.deepEqual(
    ds.map((d) => [d.code, d.severity]),
    [['unattributedStatistic', DiagnosticSeverity.Error]],
  );
});

test('suppression comments: next line, same line, whole file, other rules untouched', () => {
  const nextLine = TEXT.replace('Prices rose', '<!-- sourced-disable-next-line unattributedStatistic -->\nPrices rose');
  assert.deepEqual(diagnosticsFor(doc(nextLine), DEFAULT_SETTINGS).map((d) => d.code), ['unattributedQuote', 'boilerplate']);
  const sameLine = TEXT.replace('last year.', 'last year. <!-- sourced-disable-line unattributedStatistic -->');
  assert.deepEqual(diagnosticsFor(doc(sameLine), DEFAULT_SETTINGS).map((d) => d.code), ['unattributedQuote', 'boilerplate']);
  const file = `<!-- sourced-disable unattributedStatistic, boilerplate -->\n${TEXT}`;
  assert.deepEqual(diagnosticsFor(doc(file), DEFAULT_SETTINGS).map((d) => d.code), ['unattributedQuote']);
  const otherRule = TEXT.replace('Prices rose', '<!-- sourced-disable-next-line boilerplate -->\nPrices rose');
  assert.deepEqual(diagnosticsFor(doc(otherRule), DEFAULT_SETTINGS).map((d) => d.code), ['unattributedStatistic', 'unattributedQuote', 'boilerplate']);
});
