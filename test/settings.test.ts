// Settings validation: defaults, nested and dotted keys, and bad values that fall back
// with a message naming the setting instead of throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisOptions, DEFAULT_SETTINGS, readSettings, sameAnalysisOptions } from '../server/src/lsp/settings';

test('nothing given: the defaults and no problems', () => {
  for (const raw of [undefined, null, {}]) {
    const r = readSettings(raw);
    assert.deepEqual(r.settings, DEFAULT_SETTINGS);
    assert.deepEqual(r.problems, []);
  }
  assert.equal(DEFAULT_SETTINGS.unattributedStatistic.severity, 'warning');
  assert.equal(DEFAULT_SETTINGS.unattributedQuote.severity, 'information');
  assert.deepEqual(DEFAULT_SETTINGS.languages, ['news-article']);
});

test('nested (VS Code) and dotted (hand-written) keys are both read', () => {
  const nested = readSettings({ unattributedStatistic: { severity: 'error' }, boilerplate: { severity: 'off' }, languages: ['news-article', 'markdown'] });
  assert.equal(nested.settings.unattributedStatistic.severity, 'error');
  assert.equal(nested.settings.boilerplate.severity, 'off');
  assert.deepEqual(nested.settings.languages, ['news-article', 'markdown']);
  const dotted = readSettings({ 'unattributedStatistic.severity': 'Hint', 'inlayHints.enabled': false });
  assert.equal(dotted.settings.unattributedStatistic.severity, 'hint');
  assert.equal(dotted.settings.inlayHints.enabled, false);
  assert.deepEqual(dotted.problems, []);
});

test('bad values fall back to their defaults with one message each', () => {
  const r = readSettings({
    unattributedStatistic: { severity: 'loud' },
    boilerplate: { severity: 'warning' },
    inlayHints: { enabled: 'yes' },
    extraReportingVerbs: 'quipped',
    speakerAliases: { Biden: 42 },
    languages: [],
  });
  assert.equal(r.settings.unattributedStatistic.severity, 'warning');
  assert.equal(r.settings.boilerplate.severity, 'hint');
  assert.equal(r.settings.inlayHints.enabled, true);
  assert.deepEqual(r.settings.extraReportingVerbs, []);
  assert.deepEqual(r.settings.speakerAliases, {});
  assert.deepEqual(r.settings.languages, ['news-article']);
  assert.equal(r.problems.length, 6);
  assert.match(r.problems[0]!, /sourced\.unattributedStatistic\.severity.*"loud".*using "warning"/);
  assert.ok(r.problems.some((p) => p.includes('sourced.speakerAliases')));
  assert.deepEqual(readSettings('nonsense').settings, DEFAULT_SETTINGS);
  assert.equal(readSettings('nonsense').problems.length, 1);
});

test('analysis options come from the settings; severities do not change them', () => {
  const a = readSettings({ extraReportingVerbs: [' quipped ', 'quipped'], ignoredNames: ['Reuters'], speakerAliases: { 'the president': 'Joe Biden' } }).settings;
  assert.deepEqual(analysisOptions(a), { extraReportingVerbs: ['quipped'], ignoredNames: ['Reuters'], speakerAliases: { 'the president': 'Joe Biden' } });
  const b = readSettings({ extraReportingVerbs: ['quipped'], ignoredNames: ['Reuters'], speakerAliases: { 'the president': 'Joe Biden' }, unattributedStatistic: { severity: 'error' } }).settings;
  assert.ok(sameAnalysisOptions(a, b));
  assert.ok(!sameAnalysisOptions(a, DEFAULT_SETTINGS));
});
