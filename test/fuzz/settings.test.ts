// Settings are data only (issue 7): whatever a workspace puts in `sourced.*` or `sourced.json`, reading it
// never throws, never touches a prototype, keeps user words as literals (no pattern is ever run), and a
// bad value gets one clear message and the default. Checked on the pure readers and over LSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { SymbolKind, type DocumentSymbol, type PublishDiagnosticsParams, type ShowMessageParams } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis/index';
import { analysisOptions, DEFAULT_SETTINGS, readSettings, type Settings } from '../../server/src/lsp/settings';
import { combineVocabularies, mergeOptions, parseVocabulary, readVocabulary } from '../../server/src/workspace/vocabulary';
import { TestClient } from '../helpers/lspClient';
import { params, ROOT } from './corpus';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
/** Strings that would mean something if anyone took them for a pattern, a path or code. */
const HOSTILE_STRINGS = ['.*', '(a+)+$', '[', '\\', '^said$', '$&', '${process.exit()}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '../../etc/passwd', 'http://127.0.0.1:1/', '<!-- -->', '\u0000', '\ud83d', ' '.repeat(3), '', 'a'.repeat(10_000)];
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 20 }));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(hostileString, { maxLength: 10 }),
  fc.array(fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })), { maxLength: 6 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 6 }),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);
const KEYS = ['languages', 'unattributedStatistic', 'unattributedQuote', 'boilerplate', 'inlayHints', 'extraReportingVerbs', 'ignoredNames', 'speakerAliases', 'crossArticleWording', 'crossArticleAttribution', 'unattributedStatistic.severity', 'inlayHints.enabled', '__proto__', 'constructor'];
/** A `sourced` section as a workspace could send it: any key, any JSON value; parsed from JSON so "__proto__" is an own key. */
const hostileSection: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), hostileString), fc.oneof(hostileValue, fc.dictionary(fc.constantFrom('severity', 'enabled', '__proto__'), hostileValue, { maxKeys: 2 })), { maxKeys: 8 }).map((o) => JSON.parse(JSON.stringify(o)) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
  hostileValue,
);

const isOwnStringRecord = (r: object): boolean => Object.getPrototypeOf(r) === Object.prototype && Object.entries(r).every(([k, v]) => typeof k === 'string' && typeof v === 'string' && k.trim() === k && k !== '' && v.trim() === v && v !== '');

function wellFormed(s: Settings): void {
  assert.ok(s.languages.length > 0 && s.languages.every((l) => typeof l === 'string' && l.trim() === l && l !== ''));
  for (const sev of [s.unattributedStatistic.severity, s.unattributedQuote.severity, s.crossArticleWording.severity, s.crossArticleAttribution.severity]) assert.ok(SEVERITIES.includes(sev), sev);
  assert.ok(['hint', 'off'].includes(s.boilerplate.severity));
  assert.equal(typeof s.inlayHints.enabled, 'boolean');
  for (const list of [s.extraReportingVerbs, s.ignoredNames]) assert.ok(Array.isArray(list) && list.every((x) => typeof x === 'string' && x !== '' && x.trim() === x));
  assert.ok(isOwnStringRecord(s.speakerAliases), JSON.stringify(s.speakerAliases));
}

function prototypesIntact(): void {
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'severity', 'enabled', 'x', '0']) assert.equal(probe[k], undefined, `Object.prototype.${k} was set`);
  assert.equal(Object.getPrototypeOf(probe), Object.prototype);
  assert.equal(typeof ({} as { toString: unknown }).toString, 'function');
}

test('readSettings: any section gives well-formed settings, one-line messages naming the setting, no throw', () => {
  fc.assert(
    fc.property(hostileSection, (raw) => {
      const r = readSettings(raw);
      wellFormed(r.settings);
      for (const p of r.problems) {
        assert.match(p, /^setting "sourced(\.[\w.]+)?"/, p);
        assert.ok(!/[\r\n]/.test(p), `one line: ${JSON.stringify(p)}`);
        assert.ok(p.length < 400, `short: ${p.length}`);
      }
      prototypesIntact();
    }),
    params(0.5),
  );
});

test('readVocabulary (sourced.json): any content gives well-formed lists and aliases, no throw', () => {
  fc.assert(
    fc.property(fc.oneof(hostileSection, fc.string({ unit: 'binary', maxLength: 200 })), (raw) => {
      const r = typeof raw === 'string' ? parseVocabulary(raw) : readVocabulary(raw);
      assert.ok(isOwnStringRecord(r.vocabulary.speakerAliases));
      for (const list of [r.vocabulary.extraReportingVerbs, r.vocabulary.ignoredNames]) assert.ok(list.every((x) => typeof x === 'string' && x !== ''));
      for (const p of r.problems) assert.ok(!/[\r\n\u0000\u2028\u2029]/.test(p), `one line: ${JSON.stringify(p)}`);
      const merged = mergeOptions(analysisOptions(DEFAULT_SETTINGS), combineVocabularies([r.vocabulary, r.vocabulary]));
      assert.ok(isOwnStringRecord(merged.speakerAliases as object));
      prototypesIntact();
    }),
    params(0.5),
  );
});

test('bad values: a clear message each and the default', () => {
  const r = readSettings(
    JSON.parse(
      '{"extraReportingVerbs": "said|told", "ignoredNames": [1, 2], "speakerAliases": {"__proto__": {"polluted": "yes"}}, "languages": {"length": 1}, "unattributedQuote": {"severity": {"toString": "error"}}, "inlayHints": {"enabled": "false"}}',
    ),
  );
  assert.deepEqual(r.settings.extraReportingVerbs, []);
  assert.deepEqual(r.settings.ignoredNames, []);
  assert.deepEqual(r.settings.speakerAliases, {});
  assert.deepEqual(r.settings.languages, DEFAULT_SETTINGS.languages);
  assert.equal(r.settings.unattributedQuote.severity, DEFAULT_SETTINGS.unattributedQuote.severity);
  assert.equal(r.settings.inlayHints.enabled, true);
  for (const key of ['extraReportingVerbs', 'ignoredNames', 'speakerAliases', 'languages', 'unattributedQuote.severity', 'inlayHints.enabled']) {
    const message = r.problems.find((p) => p.startsWith(`setting "sourced.${key}"`));
    assert.ok(message, `a message for ${key}: ${JSON.stringify(r.problems)}`);
    assert.match(message, /; using /, 'it says what is used instead');
  }
  prototypesIntact();
});

test('prototype keys are plain data: "__proto__", "constructor" and "toString" aliases stay literal aliases', () => {
  const raw = JSON.parse('{"speakerAliases": {"__proto__": "Proto Name", "constructor": "Builder", "toString": "Texter", "Mary Smith": "Mayor Smith"}}') as unknown;
  const { settings, problems } = readSettings(raw);
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.keys(settings.speakerAliases).sort(), ['Mary Smith', '__proto__', 'constructor', 'toString']);
  assert.equal(Object.getPrototypeOf(settings.speakerAliases), Object.prototype, 'the prototype was not replaced');
  assert.equal(settings.speakerAliases['__proto__' as string], 'Proto Name');
  const vocab = parseVocabulary('{"speakerAliases": {"__proto__": "Proto Name"}, "ignoredNames": ["constructor"]}');
  assert.deepEqual(Object.keys(vocab.vocabulary.speakerAliases), ['__proto__']);
  assert.deepEqual(Object.keys(combineVocabularies([vocab.vocabulary]).speakerAliases), ['__proto__']);
  // A text whose speaker is named like an Object.prototype member resolves as any other name.
  const text = 'Council meets\n\nJohn Constructor said, "We will build the new bridge next year, whatever it costs."\n';
  const a = analyze(text, analysisOptions(settings));
  assert.deepEqual(a.incomplete, null);
  prototypesIntact();
});

const ARTICLE = 'Council meets on budget\n\nMary Smith harrumphed, "We will build the new bridge next year, whatever it costs."\n';
const speakers = (options: Parameters<typeof analyze>[1]): Array<string | null> => {
  const a = analyze(ARTICLE, options);
  return a.quotes.map((q) => (q.speaker === null ? null : a.entities[q.speaker]!.name));
};

test('user words are literals, never patterns: extra verbs, ignored names, aliases', () => {
  assert.deepEqual(speakers({}), [null], '"harrumphed" is no reporting verb of its own');
  assert.deepEqual(speakers({ extraReportingVerbs: ['harrumphed'] }), ['Mary Smith']);
  for (const pattern of ['h.*', 'harrumph(ed)?', '[a-z]+', '.*', '\\w+', 'HARRUMPHED?']) assert.deepEqual(speakers({ extraReportingVerbs: [pattern] }), [null], pattern);
  assert.deepEqual(speakers({ extraReportingVerbs: ['harrumphed'], ignoredNames: ['Mary Smith'] }), [null]);
  for (const pattern of ['M.ry Sm.th', 'Mary.*', '.*', '^Mary Smith$']) assert.deepEqual(speakers({ extraReportingVerbs: ['harrumphed'], ignoredNames: [pattern] }), ['Mary Smith'], pattern);
  assert.deepEqual(speakers({ extraReportingVerbs: ['harrumphed'], speakerAliases: { 'Mary Smith': 'Mayor Smith' } }), ['Mayor Smith']);
  assert.deepEqual(speakers({ extraReportingVerbs: ['harrumphed'], speakerAliases: { 'M.*': 'X', '.*': 'Y', '$&': 'Z' } }), ['Mary Smith']);
});

test('huge settings are read in linear time and analysed', () => {
  const many = Array.from({ length: 200_000 }, (_, i) => `verb${i}`);
  const t0 = process.cpuUsage();
  const { settings, problems } = readSettings({ extraReportingVerbs: [...many, 'harrumphed'], ignoredNames: many, speakerAliases: Object.fromEntries(many.map((v) => [v, 'x'])) });
  assert.deepEqual(problems, []);
  assert.equal(settings.extraReportingVerbs.length, many.length + 1);
  assert.deepEqual(speakers(analysisOptions(settings)), ['Mary Smith']);
  const d = process.cpuUsage(t0);
  assert.ok((d.user + d.system) / 1000 < 20_000, 'well under a few seconds for 200,000 entries');
  // A rejected huge value is described briefly, not dumped.
  const bad = readSettings({ ignoredNames: [...many, 42] });
  assert.equal(bad.problems.length, 1);
  assert.ok(bad.problems[0]!.length < 300, bad.problems[0]);
});

// ---------------------------------------------------------------------------------------------
// Over LSP: workspace/didChangeConfiguration with hostile values.

const server = join(ROOT, 'dist/server.js');
let client: TestClient;
const uri = 'file:///fuzz/settings.article';

before(async () => {
  if (!existsSync(server)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status, 0, 'build');
  client = TestClient.start(server);
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await client.connection.sendNotification('initialized', {});
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: ARTICLE } });
  await client.diagnosticsFor(uri, 1, 10_000);
});

after(() => client?.kill());

/** Sends a configuration, waits for the diagnostics it causes; returns them and the messages shown meanwhile. */
async function configure(configuration: unknown): Promise<{ diagnostics: PublishDiagnosticsParams; messages: string[] }> {
  const from = client.notifications.length;
  client.configuration = configuration;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const diagnostics = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && client.notifications.slice(from).some((n) => n.params === p), 10_000);
  const messages = client.notifications
    .slice(from)
    .filter((n) => n.method === 'window/showMessage')
    .map((n) => (n.params as ShowMessageParams).message);
  return { diagnostics, messages };
}

/**
 * The outline's speakers once they are `expected`, or the last ones seen after two seconds. The server
 * pulls its settings with a request of its own after the notification, so a request sent right after
 * `configure` can be answered before the new settings apply; the diagnostics `configure` waits for
 * may be those of an earlier change.
 */
async function speakersSettleOn(expected: readonly string[]): Promise<string[]> {
  let names = await speakerNames();
  for (let tries = 0; tries < 100 && JSON.stringify(names) !== JSON.stringify(expected); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    names = await speakerNames();
  }
  return names;
}

async function speakerNames(): Promise<string[]> {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  // The outline's speakers, without its group of unattributed quotes.
  return (symbols.find((s) => s.name === 'Speakers')?.children ?? []).filter((s) => s.kind !== SymbolKind.Null).map((s) => s.name);
}

test('over LSP: hostile settings get one warning naming them, the defaults, and the server keeps serving', async () => {
  const baseline = await configure({});
  const hostile = JSON.parse(
    JSON.stringify({
      extraReportingVerbs: ['.*', '(a+)+$', 42],
      ignoredNames: 'Mary Smith',
      speakerAliases: { 'M.*': { nested: true } },
      unattributedQuote: { severity: 'catastrophic' },
      languages: [],
    }).replace('"M.*"', '"__proto__"'),
  ) as unknown;
  const { diagnostics, messages } = await configure(hostile);
  assert.equal(messages.length, 1, `one message: ${JSON.stringify(messages)}`);
  for (const key of ['extraReportingVerbs', 'ignoredNames', 'speakerAliases', 'unattributedQuote.severity', 'languages']) assert.ok(messages[0]!.includes(`sourced.${key}`), `${key} in ${messages[0]}`);
  assert.deepEqual(diagnostics.diagnostics, baseline.diagnostics.diagnostics, 'the defaults apply: same diagnostics as with no settings');
  assert.deepEqual(await speakersSettleOn([]), [], 'no speaker: "harrumphed" is not a verb, nothing was taken as a pattern');
});

test('over LSP: literal words take effect, patterns match nothing, huge lists are fine', async () => {
  await configure({ extraReportingVerbs: ['harrumphed'] });
  assert.deepEqual(await speakersSettleOn(['Mary Smith']), ['Mary Smith']);
  await configure({ extraReportingVerbs: ['h.*', '[a-z]+ed', '.*'] });
  assert.deepEqual(await speakersSettleOn([]), []);
  await configure({ extraReportingVerbs: ['harrumphed'], speakerAliases: { 'Mary Smith': 'Mayor Smith', '.*': 'Everyone' } });
  assert.deepEqual(await speakersSettleOn(['Mayor Smith']), ['Mayor Smith']);
  const many = Array.from({ length: 50_000 }, (_, i) => `name ${i}`);
  const { messages } = await configure({ extraReportingVerbs: ['harrumphed', ...many], ignoredNames: many });
  assert.deepEqual(messages, []);
  assert.deepEqual(await speakersSettleOn(['Mary Smith']), ['Mary Smith']);
  assert.equal(client.process.exitCode, null);
});
