// Issue 8 over a real LSP conversation with the built server, on a temp workspace holding copies of the
// five samples: inlay hints, navigation, semantic tokens, workspace symbols, cross-article hover and
// diagnostics, the sources request, file watching, sourced.json and the "Add speaker alias" quick fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CreateFile,
  Diagnostic,
  DocumentHighlight,
  Hover,
  InitializeResult,
  InlayHint,
  Location,
  MarkupContent,
  Position,
  PublishDiagnosticsParams,
  SemanticTokens,
  SemanticTokensLegend,
  SymbolInformation,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver';
import { TestClient } from './helpers/lspClient';
import type { SourcesResult } from '../server/src/lsp/sources';
import type { IndexStatus } from '../server/src/workspace/workspaceIndex';

const root = join(__dirname, '..');
const server = join(root, 'dist/server.js');
const SAMPLES = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.article')).sort();

let dir: string;
let client: TestClient;
let legend: SemanticTokensLegend;
const docs = new Map<string, TextDocument>();

const uriOf = (name: string): string => pathToFileURL(join(dir, name)).href;
const sample = (prefix: string): string => SAMPLES.find((s) => s.startsWith(prefix))!;

function positionOf(name: string, needle: string, delta = 0, nth = 0): Position {
  const doc = docs.get(name)!;
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in ${name}`);
  return doc.positionAt(at + delta);
}

function textAt(name: string, range: { start: Position; end: Position }): string {
  const doc = docs.get(name)!;
  return doc.getText().slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

async function open(name: string, text?: string): Promise<PublishDiagnosticsParams> {
  const doc = TextDocument.create(uriOf(name), 'news-article', 1, text ?? readFileSync(join(dir, name), 'utf8'));
  docs.set(name, doc);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'news-article', version: 1, text: doc.getText() } });
  return client.diagnosticsFor(doc.uri, 1);
}

async function indexed(): Promise<IndexStatus> {
  for (let i = 0; i < 200; i++) {
    const status = (await client.connection.sendRequest('sourced/workspaceStatus')) as IndexStatus;
    if (!status.indexing) return status;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the workspace index did not finish');
}

function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : (d.message as MarkupContent).value;
}

/** Waits for diagnostics of a URI published after `since` notifications that pass the test. */
function diagnosticsAfter(uri: string, since: number, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 8000): Promise<PublishDiagnosticsParams> {
  return client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && client.notifications.findIndex((n) => n.params === p) >= since && ok(p), timeoutMs);
}

before(async () => {
  if (!existsSync(server)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0, 'build');
  dir = mkdtempSync(join(tmpdir(), 'sourced-ws-'));
  for (const s of SAMPLES) copyFileSync(join(root, 'samples', s), join(dir, s));
  // Files the index must leave out: another language, a hidden folder, a file too large to be an article.
  writeFileSync(join(dir, 'notes.log'), '"A quote," Wang said.\n');
  client = TestClient.start(server);
  const init = (await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        symbol: {},
      },
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        inlayHint: {},
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
  })) as InitializeResult;
  const caps = init.capabilities;
  assert.ok(caps.inlayHintProvider && caps.definitionProvider && caps.referencesProvider && caps.documentHighlightProvider && caps.workspaceSymbolProvider);
  assert.ok(caps.semanticTokensProvider);
  legend = caps.semanticTokensProvider.legend;
  await client.connection.sendNotification('initialized', {});
});

after(() => {
  client?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the workspace index reads every article file of the folder in the background', async () => {
  const status = await indexed();
  assert.equal(status.articles, SAMPLES.length, 'the five samples, not notes.log');
});

test('inlay hints: after "he" the resolved speaker, Wang Wenbin', async () => {
  const name = sample('000');
  await open(name);
  const doc = docs.get(name)!;
  const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: doc.uri }, range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) } })) as InlayHint[];
  const after = positionOf(name, 'he said at a routine briefing', 2);
  const hint = hints.find((h) => h.position.line === after.line && h.position.character === after.character);
  assert.ok(hint, `a hint after "he"; got ${JSON.stringify(hints.map((h) => [h.position, h.label]))}`);
  assert.equal(hint.label, '[Wang Wenbin]');
  assert.ok(hints.some((h) => h.label === '[Jens Stoltenberg]'), 'the first "he said" is Stoltenberg');
  assert.ok(!hints.some((h) => textAt(name, { start: doc.positionAt(doc.offsetAt(h.position) - 11), end: h.position }) === 'Wang Wenbin'), 'no hint after a full name');
});

test('inlay hints: sourced.inlayHints.enabled false turns them off', async () => {
  const name = sample('000');
  const doc = docs.get(name)!;
  const range = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
  client.configuration = { inlayHints: { enabled: false } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  let hints: InlayHint[] = [];
  for (let i = 0; i < 40; i++) {
    hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: doc.uri }, range })) as InlayHint[];
    if (hints.length === 0) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.deepEqual(hints, []);
  client.configuration = null;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
});

test('go to definition on a pronoun or surname jumps to the full introduction', async () => {
  const name = sample('000');
  const fromPronoun = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'he said at a routine', 1) })) as Location;
  assert.equal(fromPronoun.uri, uriOf(name));
  assert.equal(textAt(name, fromPronoun.range), "Beijing's foreign ministry spokesman Wang Wenbin");
  const fromSurname = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'Stoltenberg also said', 3) })) as Location;
  assert.equal(textAt(name, fromSurname.range), 'NATO Secretary-General Jens Stoltenberg');
  const fromQuote = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'We have always maintained', 3) })) as Location;
  assert.equal(textAt(name, fromQuote.range), "Beijing's foreign ministry spokesman Wang Wenbin", 'from a quote to its speaker');
  const nothing = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'humanitarian aid', 2) });
  assert.equal(nothing, null);
});

test('find references lists every mention and quote; highlights mark the mentions', async () => {
  const name = sample('000');
  const at = positionOf(name, 'Wang Wenbin said', 2);
  const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(name) }, position: at, context: { includeDeclaration: true } })) as Location[];
  const texts = refs.map((r) => textAt(name, r.range));
  assert.equal(texts[0], "Beijing's foreign ministry spokesman Wang Wenbin");
  assert.ok(texts.includes('he'), `the pronoun among ${JSON.stringify(texts)}`);
  assert.equal(texts.filter((t) => t.startsWith('"')).length, 3, 'his three quotes');
  const withoutDecl = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(name) }, position: at, context: { includeDeclaration: false } })) as Location[];
  assert.equal(withoutDecl.length, refs.length - 1);
  const marks = (await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: uriOf(name) }, position: at })) as DocumentHighlight[];
  assert.deepEqual(marks.map((m) => textAt(name, m.range)), ["Beijing's foreign ministry spokesman Wang Wenbin", 'he']);
  assert.equal(marks[0]!.kind, 3, 'the introduction is the "write"');
});

test('semantic tokens colour quotes by speaker and mentions by kind', async () => {
  const name = sample('000');
  const doc = docs.get(name)!;
  const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } })) as SemanticTokens;
  assert.equal(tokens.data.length % 5, 0);
  const decoded: Array<{ text: string; type: string; mods: string[] }> = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const start = doc.offsetAt({ line, character: char });
    decoded.push({ text: doc.getText().slice(start, start + len), type: legend.tokenTypes[type]!, mods: legend.tokenModifiers.filter((_, b) => (mods & (1 << b)) !== 0) });
  }
  const quoteOf = (needle: string) => decoded.find((t) => t.type === 'quote' && t.text.includes(needle));
  const wang1 = quoteOf('accusing China');
  const wang2 = quoteOf('We have always');
  const stolt = quoteOf('live up to');
  assert.ok(wang1 && wang2 && stolt, 'quotes are tokens');
  assert.deepEqual(wang1.mods, wang2.mods, 'one speaker, one colour');
  assert.notDeepEqual(wang1.mods, stolt.mods, 'two speakers, two colours');
  assert.ok(wang1.mods.some((m) => m.startsWith('speaker')));
  const intro = decoded.find((t) => t.text === "Beijing's foreign ministry spokesman Wang Wenbin");
  assert.equal(intro?.type, 'person');
  assert.ok(intro.mods.includes('declaration'));
  assert.ok(decoded.some((t) => t.text === 'US officials' && t.type === 'group'));
  assert.ok(decoded.some((t) => t.text === 'China' && t.type === 'institution'));
});

test('workspace symbols find speakers and quotes in files that are not open', async () => {
  const speakers = (await client.connection.sendRequest('workspace/symbol', { query: 'Stoltenberg' })) as SymbolInformation[];
  const files = new Set(speakers.filter((s) => s.name === 'Jens Stoltenberg').map((s) => s.location.uri));
  assert.deepEqual([...files].sort(), [uriOf(sample('000')), uriOf(sample('004'))]);
  const quotes = (await client.connection.sendRequest('workspace/symbol', { query: 'so-called China threat' })) as SymbolInformation[];
  const where = quotes.filter((s) => s.kind === 15).map((s) => basename(fileURLToPath(s.location.uri)));
  assert.deepEqual(where.sort(), [sample('001'), sample('002'), sample('004')].sort());
});

test('cross-article hover: the quote in two other articles, with their attributions', async () => {
  const name = sample('001');
  await open(name);
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'NATO should stop hyping', 5) })) as Hover;
  const value = (hover.contents as MarkupContent).value.replace(/\\/g, '').replace(/\*\*/g, '');
  assert.match(value, /Also quoted in 2 other articles/);
  assert.ok(value.includes(`${sample('002')} line 9: attributed to Beijing’s mission to the EU (different attribution)`), value);
  assert.match(value, new RegExp(`${sample('004')} line 2: attributed to [^\\n]*spokesperson for Beijing’s mission to the European Union \\(different attribution\\)`));
});

test('cross-article diagnostics: a different attribution is an Information diagnostic with the other places', async () => {
  const name = sample('001');
  const p = await client.diagnosticsFor(uriOf(name), 1);
  let diags = p.diagnostics.filter((d) => d.code === 'crossArticleAttribution');
  if (!diags.some((d) => textAt(name, d.range).includes('stop hyping'))) {
    // Published before the index was complete: the next publication has them.
    diags = (await diagnosticsAfter(uriOf(name), 0, (q) => q.diagnostics.some((d) => d.code === 'crossArticleAttribution' && textAt(name, d.range).includes('stop hyping')))).diagnostics.filter((d) => d.code === 'crossArticleAttribution');
  }
  const hyping = diags.find((d) => textAt(name, d.range).includes('stop hyping'));
  assert.ok(hyping);
  assert.equal(hyping.severity, 3, 'Information');
  assert.match(messageOf(hyping), /to Beijing’s mission to the EU in 002_/);
  assert.match(messageOf(hyping), /here to Beijing’s envoy to the EU/);
  assert.deepEqual(hyping.relatedInformation?.map((r) => r.location.uri).sort(), [uriOf(sample('002')), uriOf(sample('004'))]);
  assert.ok(!p.diagnostics.some((d) => d.code === 'crossArticleWording'), 'the samples quote each other word for word');
});

test('a file changed on disk is re-indexed: a reworded copy is flagged as a possible misquote', async () => {
  const name = sample('001');
  const changed = readFileSync(join(dir, sample('002')), 'utf8').replace('“stop hyping up the so-called China threat.”', '“stop hyping up the so-called Chinese threat.”');
  const since = client.notifications.length;
  writeFileSync(join(dir, sample('002')), changed);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(sample('002')), type: 2 }] });
  const p = await diagnosticsAfter(uriOf(name), since, (q) => q.diagnostics.some((d) => d.code === 'crossArticleWording'));
  const wording = p.diagnostics.find((d) => d.code === 'crossArticleWording')!;
  assert.ok(textAt(name, wording.range).includes('stop hyping'));
  assert.match(messageOf(wording), /possible misquote/);
  assert.match(messageOf(wording), /so-called Chinese threat/);
  // Deleted: gone from the index and from the diagnostics.
  const since2 = client.notifications.length;
  rmSync(join(dir, sample('002')));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(sample('002')), type: 3 }] });
  await diagnosticsAfter(uriOf(name), since2, (q) => !q.diagnostics.some((d) => d.code === 'crossArticleWording'));
  assert.equal((await indexed()).articles, SAMPLES.length - 1);
  copyFileSync(join(root, 'samples', sample('002')), join(dir, sample('002')));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(sample('002')), type: 1 }] });
  assert.equal((await indexed()).articles, SAMPLES.length);
});

test('sourced.crossArticleAttribution.severity off turns the check off', async () => {
  const name = sample('001');
  const since = client.notifications.length;
  client.configuration = { crossArticleAttribution: { severity: 'off' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await diagnosticsAfter(uriOf(name), since, (q) => !q.diagnostics.some((d) => d.code === 'crossArticleAttribution'));
  client.configuration = null;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
});

test('sourced/sources: share of voice for an article and for the workspace, with the panel page', async () => {
  const one = (await client.connection.sendRequest('sourced/sources', { uri: uriOf(sample('000')) })) as SourcesResult;
  assert.equal(one.data.scope, 'article');
  assert.equal(one.data.quotes, 10);
  const wang = one.data.speakers.find((s) => s.name === 'Wang Wenbin');
  assert.equal(wang?.quotes, 3);
  assert.ok(wang.words > 40 && wang.share > 0.2 && wang.share < 1, `Wang Wenbin's words: ${wang.words}, ${wang.share}`);
  const words = one.data.speakers.map((s) => s.words);
  assert.deepEqual(words, [...words].sort((a, b) => b - a), 'most words first');
  assert.equal(one.data.words, words.reduce((a, b) => a + b, 0));
  assert.equal(one.html, undefined, 'no page unless asked');
  const all = (await client.connection.sendRequest('sourced/sources', { workspace: true, render: { nonce: 'abc123' } })) as SourcesResult;
  assert.equal(all.data.scope, 'workspace');
  assert.equal(all.data.articles, SAMPLES.length);
  const stolt = all.data.speakers.find((s) => s.name === 'Jens Stoltenberg');
  assert.equal(stolt?.articles, 2);
  assert.ok(all.html?.includes("script-src 'nonce-abc123'"));
  assert.ok(all.locations && all.locations.length > 0);
  const loc = all.locations[Number(/data-location="(\d+)"[^>]*>Jens Stoltenberg</.exec(all.html!)![1])]!;
  assert.equal(loc.uri, uriOf(sample('000')), 'the speaker links to where an article introduces him');
  assert.equal(await client.connection.sendRequest('sourced/sources', { uri: 'file:///nowhere.article' }), null);
});

test('sourced.json: aliases, extra verbs and ignored names reach the analysis; the alias quick fix writes the file', async () => {
  const name = 'two-wangs.article';
  const text = 'Two officials\n\nForeign Minister Wang Yi arrived in Paris on Monday. Foreign ministry spokesman Wang Wenbin spoke in Beijing on Tuesday.\n\n"We will not accept this," Wang said.\n\n"Prices will rise," Reuters said.\n\n"It went well," Wang chortled.\n';
  writeFileSync(join(dir, name), text);
  await open(name, text);
  const quoteAt = positionOf(name, 'We will not', 1);
  const hoverBefore = ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: quoteAt })) as Hover).contents as MarkupContent;
  assert.match(hoverBefore.value, /\*\*Wang Wenbin\*\*/, 'the nearest Wang before the alias');
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(name) }, range: { start: quoteAt, end: quoteAt }, context: { diagnostics: [] } })) as CodeAction[];
  const alias = actions.find((a) => a.title === 'Add speaker alias “Wang” → “Foreign Minister Wang Yi” (sourced.json)');
  assert.ok(alias, `the quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
  const [create, edit] = alias.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, uriOf('sourced.json'));
  const written = (edit.edits[0] as TextEdit).newText;
  assert.deepEqual(JSON.parse(written), { speakerAliases: { Wang: 'Wang Yi' } });
  // Apply it as an editor would, with the other vocabulary, and say the file changed.
  const since = client.notifications.length;
  writeFileSync(join(dir, 'sourced.json'), JSON.stringify({ ...JSON.parse(written), extraReportingVerbs: ['chortled'], ignoredNames: ['Reuters'] }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('sourced.json'), type: 1 }] });
  const p = await diagnosticsAfter(uriOf(name), since, () => true);
  const hoverAfter = ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: quoteAt })) as Hover).contents as MarkupContent;
  assert.match(hoverAfter.value, /\*\*Wang Yi\*\*/, 'the alias decides');
  assert.ok(p.diagnostics.length >= 0);
  const prices = ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'Prices will', 1) })) as Hover).contents as MarkupContent;
  assert.doesNotMatch(prices.value, /Reuters/, 'an ignored name is never a speaker');
  const chortled = ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: positionOf(name, 'It went well', 1) })) as Hover).contents as MarkupContent;
  assert.match(chortled.value, /cue: `chortled`/, 'an extra reporting verb is a cue');
  const after = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(name) }, range: { start: quoteAt, end: quoteAt }, context: { diagnostics: [] } })) as CodeAction[];
  assert.ok(!after.some((a) => a.title === alias.title), 'an alias already in sourced.json is not offered again');
});

test('a bad sourced.json warns once and changes nothing', async () => {
  writeFileSync(join(dir, 'sourced.json'), '{ "speakerAliases": { "Wang": 42 }, "colour": "red" }');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('sourced.json'), type: 2 }] });
  const warning = await client.waitFor<{ message: string }>('window/showMessage', (m) => m.message.includes('sourced.json'));
  assert.match(warning.message, /speaker alias "Wang" should map to a name/);
  assert.match(warning.message, /unknown key "colour"/);
  assert.equal(await client.stop(), 0);
});
