// Issue 8 in a real VS Code extension host: inlay hints, go to definition, references, highlights,
// semantic tokens, workspace symbols, the cross-article check and the Sources panel, each through
// the vscode.* command a user's editor runs. The workspace holds the five samples (docs/sources-panel.md).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { SAMPLE } from '../shared';
import { fileUri, open, sourcedDiagnostics, waitFor } from './util';

const SAMPLES = ['000_ef0489480ae83f10', '001_72da79c4c43f0361', '002_fde1de1c94562f78', '003_289c796e0ae72323', '004_fdb90f0e5952176f'].map((s) => `${s}.article`);
const name = (n: string): string => SAMPLES.find((s) => s.startsWith(n))!;

/** The position `k` code units into the first occurrence of `needle`. */
function positionOf(doc: vscode.TextDocument, needle: string, k = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `the document has ${JSON.stringify(needle)}`);
  return doc.positionAt(at + k);
}

function labelOf(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

function targetOf(d: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d;
}

function base(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Asks until the provider answers something non-empty: the server may still be analysing or indexing. */
function ask<T>(what: string, command: string, ...args: unknown[]): Promise<T[]> {
  return waitFor(what, async () => {
    const r = await vscode.commands.executeCommand<T[] | undefined>(command, ...args);
    return r && r.length > 0 ? r : undefined;
  });
}

/** Sources panel tabs (the webview's view type, as the workbench prefixes it, ends with sourced.sources). */
function sourcesTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('sourced.sources'));
}

suite('Sourced speakers across the editor (issue 8)', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('inlay hints: after "he said at a routine briefing", a hint names Wang Wenbin', async () => {
    const doc = await open(SAMPLE);
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const hints = await ask<vscode.InlayHint>('inlay hints', 'vscode.executeInlayHintProvider', doc.uri, whole);
    const after = positionOf(doc, 'he said at a routine briefing', 2);
    const hint = hints.find((h) => h.position.isEqual(after));
    assert.ok(hint, `a hint right after "he"; got ${JSON.stringify(hints.map((h) => [h.position.line, h.position.character, labelOf(h)]))}`);
    assert.equal(labelOf(hint), '[Wang Wenbin]');
    assert.ok(
      hints.some((h) => labelOf(h) === '[Jens Stoltenberg]'),
      'the earlier "he said" is Stoltenberg',
    );
  });

  test('go to definition from "he" and from "Stoltenberg" lands on the introduction', async () => {
    const doc = await open(SAMPLE);
    const fromPronoun = await ask<vscode.Location | vscode.LocationLink>('a definition', 'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'he said at a routine', 1));
    const wang = targetOf(fromPronoun[0]!);
    assert.equal(wang.uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(wang.range), "Beijing's foreign ministry spokesman Wang Wenbin");
    const fromSurname = await ask<vscode.Location | vscode.LocationLink>('a definition', 'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Stoltenberg also said', 3));
    const jens = targetOf(fromSurname[0]!);
    assert.equal(doc.getText(jens.range), 'NATO Secretary-General Jens Stoltenberg');
    assert.equal(jens.range.start.line, 7, 'line 8, where he is introduced');
  });

  test('find references lists the mentions and quotes; highlights mark the mentions', async () => {
    const doc = await open(SAMPLE);
    const at = positionOf(doc, 'Wang Wenbin said', 2);
    const refs = await ask<vscode.Location>('references', 'vscode.executeReferenceProvider', doc.uri, at);
    const texts = refs.map((r) => doc.getText(r.range));
    assert.ok(refs.length >= 5, `several locations: ${JSON.stringify(texts)}`);
    assert.ok(
      refs.every((r) => r.uri.toString() === doc.uri.toString()),
      'all in the article',
    );
    assert.ok(texts.includes("Beijing's foreign ministry spokesman Wang Wenbin"), JSON.stringify(texts));
    assert.ok(texts.includes('he'), `the pronoun among ${JSON.stringify(texts)}`);
    assert.equal(texts.filter((t) => t.startsWith('"')).length, 3, `his three quotes: ${JSON.stringify(texts)}`);
    const marks = await ask<vscode.DocumentHighlight>('document highlights', 'vscode.executeDocumentHighlights', doc.uri, at);
    assert.deepEqual(
      marks.map((m) => doc.getText(m.range)),
      ["Beijing's foreign ministry spokesman Wang Wenbin", 'he'],
    );
    assert.equal(marks[0]!.kind, vscode.DocumentHighlightKind.Write, 'the introduction');
  });

  test('semantic tokens: quotes coloured by speaker, mentions by kind, with the custom token types', async () => {
    const doc = await open(SAMPLE);
    const legend = await waitFor('the semantic tokens legend', () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri));
    for (const t of ['person', 'group', 'institution', 'quote']) assert.ok(legend.tokenTypes.includes(t), `${t} in ${legend.tokenTypes.join(', ')}`);
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
      return t && t.data.length > 0 ? t : undefined;
    });
    assert.equal(tokens.data.length % 5, 0);
    const decoded: Array<{ text: string; type: string; mods: string[] }> = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type, mods] = Array.from(tokens.data.subarray(i, i + 5)) as [number, number, number, number, number];
      line += dl;
      char = dl === 0 ? char + dc : dc;
      const start = new vscode.Position(line, char);
      decoded.push({ text: doc.getText(new vscode.Range(start, start.translate(0, len))), type: legend.tokenTypes[type]!, mods: legend.tokenModifiers.filter((_, b) => (mods & (1 << b)) !== 0) });
    }
    const quote = (needle: string) => decoded.find((t) => t.type === 'quote' && t.text.includes(needle));
    const wang1 = quote('accusing China');
    const wang2 = quote('We have always');
    const jens = quote('live up to');
    assert.ok(wang1 && wang2 && jens, 'the quotes are tokens');
    assert.deepEqual(wang1.mods, wang2.mods, 'one speaker, one colour');
    assert.notDeepEqual(wang1.mods, jens.mods, 'two speakers, two colours');
    assert.equal(decoded.find((t) => t.text === "Beijing's foreign ministry spokesman Wang Wenbin")?.type, 'person');
    assert.ok(decoded.some((t) => t.text === 'US officials' && t.type === 'group'));
    assert.ok(decoded.some((t) => t.type === 'institution'));
  });

  test('workspace symbols: "Stoltenberg" finds him in 000 and in 004, which no editor has opened', async () => {
    const found = await waitFor('Stoltenberg in two articles', async () => {
      const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[] | undefined>('vscode.executeWorkspaceSymbolProvider', 'Stoltenberg')) ?? [];
      const files = [...new Set(symbols.filter((s) => s.name === 'Jens Stoltenberg').map((s) => base(s.location.uri)))].sort();
      return files.length >= 2 ? files : undefined;
    });
    assert.deepEqual(found, [name('000'), name('004')]);
    const quotes = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'so-called China threat')) ?? [];
    assert.deepEqual(
      [...new Set(quotes.filter((s) => s.kind === vscode.SymbolKind.String).map((s) => base(s.location.uri)))].sort(),
      [name('001'), name('002'), name('004')],
    );
  });

  test('cross-article: "stop hyping up the so-called China threat" is attributed differently in 001, 002 and 004', async () => {
    for (const n of ['001', '002', '004']) {
      const doc = await open(name(n));
      const d = await waitFor(`crossArticleAttribution on the quote in ${n}`, () =>
        sourcedDiagnostics(doc.uri, 'crossArticleAttribution').find((x) => doc.getText(x.range).includes('stop hyping up the so-called China threat')),
      );
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.match(d.message, /^Attributed differently elsewhere: /);
      const others = (d.relatedInformation ?? []).map((r) => base(r.location.uri)).sort();
      assert.deepEqual(
        others,
        ['001', '002', '004'].filter((o) => o !== n).map(name),
        d.message,
      );
      assert.equal(sourcedDiagnostics(doc.uri, 'crossArticleWording').length, 0, 'the outlets quote word for word');
    }
  });

  test('cross-article: a reworded copy written to disk is flagged as a possible misquote, and its deletion clears it', async () => {
    const doc = await open(name('001'));
    const copy = fileUri('zz-reworded-copy.article');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(name('002'))));
    const reworded = original.replace('“stop hyping up the so-called China threat.”', '“stop hyping up the so-called Chinese threat.”');
    assert.notEqual(reworded, original, 'sample 002 has the quote in curly marks');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(reworded));
    try {
      await waitFor('crossArticleWording on 001 after the copy appears', () => sourcedDiagnostics(doc.uri, 'crossArticleWording').find((d) => doc.getText(d.range).includes('stop hyping')), 30_000);
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
    await waitFor('the wording diagnostic to go with the copy', () => sourcedDiagnostics(doc.uri, 'crossArticleWording').length === 0, 30_000);
  });

  test('"Sourced: Show Sources" opens the Sources webview for the active article', async () => {
    const doc = await open(name('001'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    await vscode.commands.executeCommand('sourced.showSources');
    // The title is set once the server's page has come back; a failed request leaves it "Sources".
    const tab = await waitFor('the Sources panel titled after 001', () => sourcesTabs().find((t) => t.label === `Sources: ${name('001')}`));
    assert.equal(sourcesTabs().length, 1);
    assert.ok(tab.group.viewColumn !== vscode.window.activeTextEditor?.viewColumn, 'beside the editor');
    // Following the editor: another article makes it that article's page.
    await open(name('000'));
    await waitFor('the panel to follow the active article', () => sourcesTabs().find((t) => t.label === `Sources: ${name('000')}`));
    await vscode.commands.executeCommand('sourced.showSources');
    assert.equal(sourcesTabs().length, 1, 'the command again reveals the same panel');
  });
});
