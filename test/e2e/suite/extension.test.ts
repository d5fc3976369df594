// End-to-end tests that run inside a real VS Code extension host (code-server) against the
// Sourced extension installed from the .vsix. The workspace is a temp copy of samples/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteTeardown, test } from 'mocha';
import { EDITED, SAMPLE, STAT_SENTENCE } from '../shared';
import { codeOf, open, sourcedDiagnostics, waitFor } from './util';

const EXTENSION_ID = 'sourced.sourced';

/** The diagnostic on the appended "18 percent" sentence, once the server has published it. */
function statDiagnostic(doc: vscode.TextDocument): vscode.Diagnostic | undefined {
  return sourcedDiagnostics(doc.uri, 'unattributedStatistic').find((d) => doc.getText(d.range).includes('18 percent'));
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('sourced');

suite('Sourced in VS Code (installed from the .vsix)', () => {
  suiteTeardown(async () => {
    await config().update('unattributedStatistic.severity', undefined, vscode.ConfigurationTarget.Global);
    await config().update('languages', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the packaged extension is installed, and a .article file activates it as news-article', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.ok(!ext.extensionPath.includes('harness'), `the extension comes from the .vsix, not the test harness: ${ext.extensionPath}`);
    const doc = await open(SAMPLE);
    assert.equal(doc.languageId, 'news-article');
    await waitFor('the extension to activate', () => ext.isActive);
  });

  test('diagnostics: an unattributed statistic is a warning with source sourced and code unattributedStatistic', async () => {
    const doc = await open(`stat-diagnostics${EDITED}`);
    assert.ok(doc.getText().trimEnd().endsWith(STAT_SENTENCE), 'the workspace copy has the sentence appended');
    const d = await waitFor('a diagnostic on "18 percent"', () => statDiagnostic(doc));
    assert.equal(d.source, 'sourced');
    assert.equal(codeOf(d), 'unattributedStatistic');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /18 percent/);
  });

  test('diagnostics: the boilerplate in sample 003 is marked as a hint', async () => {
    const doc = await open('003_289c796e0ae72323.article');
    const found = await waitFor('boilerplate diagnostics', () => {
      const ds = sourcedDiagnostics(doc.uri, 'boilerplate');
      return ds.length > 0 ? ds : undefined;
    });
    for (const d of found) assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    const texts = found.map((d) => doc.getText(d.range));
    assert.ok(
      texts.some((t) => /independent journalism|contribution|Support/i.test(t)),
      `boilerplate covers the donation appeal: ${JSON.stringify(texts)}`,
    );
  });

  test('hover on the quote after "spokesman Wang Wenbin said that" names Wang Wenbin', async () => {
    const doc = await open(SAMPLE);
    const text = doc.getText();
    const cue = 'spokesman Wang Wenbin said that "';
    const at = text.indexOf(cue);
    assert.ok(at >= 0, 'the sample has the cue');
    const inside = doc.positionAt(at + cue.length + 10);
    const hovers = await waitFor('a hover from Sourced', async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside);
      return hoverText(hs ?? []).length > 0 ? hs : undefined;
    });
    const shown = hoverText(hovers);
    assert.match(shown, /Wang Wenbin/, shown);
  });

  test('document symbols: headline first, speakers with Wang Wenbin among them', async () => {
    const doc = await open(SAMPLE);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const headline = doc.lineAt(0).text;
    assert.ok(headline.startsWith(symbols[0]!.name.replace(/…$/, '')), `first symbol is the headline: ${symbols[0]!.name}`);
    const names = flatten(symbols).map((s) => s.name);
    assert.ok(names.includes('Wang Wenbin'), names.join(' | '));
  });

  test('a quick fix adds a source to the statistic, and its diagnostic goes away', async () => {
    const doc = await open(`stat-quickfix${EDITED}`);
    const d = await waitFor('a diagnostic on "18 percent"', () => statDiagnostic(doc));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = (actions ?? []).find((a) => a.title.startsWith('Add source'));
    assert.ok(fix, `an "Add source" quick fix among: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    const line = doc.lineAt(d.range.start.line).text;
    assert.notEqual(line, STAT_SENTENCE, 'the line changed');
    assert.match(line, /^Prices rose by 18 percent\b.*, according to \S/, line);
    await waitFor('the diagnostic to clear', () => statDiagnostic(doc) === undefined);
  });

  test('settings: unattributedStatistic.severity "error" raises the diagnostic, "off" removes it', async () => {
    const doc = await open(`stat-settings${EDITED}`);
    await waitFor('a warning on "18 percent"', () => statDiagnostic(doc)?.severity === vscode.DiagnosticSeverity.Warning);
    await config().update('unattributedStatistic.severity', 'error', vscode.ConfigurationTarget.Global);
    await waitFor('the diagnostic to become an error', () => statDiagnostic(doc)?.severity === vscode.DiagnosticSeverity.Error);
    await config().update('unattributedStatistic.severity', 'off', vscode.ConfigurationTarget.Global);
    await waitFor('the diagnostic to go', () => statDiagnostic(doc) === undefined);
    await config().update('unattributedStatistic.severity', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('the warning to come back', () => statDiagnostic(doc)?.severity === vscode.DiagnosticSeverity.Warning);
  });

  test('a plain text file is left alone until "Analyse this file as a news article"', async () => {
    const doc = await open('as-text.txt');
    assert.equal(doc.languageId, 'plaintext');
    // Give the server time it would need to publish; nothing may come for a language it was not asked for.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(sourcedDiagnostics(doc.uri), []);
    await vscode.commands.executeCommand('sourced.analyseAsArticle');
    await waitFor('the language to switch', () => vscode.window.activeTextEditor?.document.languageId === 'news-article');
    const switched = vscode.window.activeTextEditor!.document;
    await waitFor('a diagnostic once it is an article', () => statDiagnostic(switched));
  });

  test('sourced.languages: adding plaintext restarts the client and plain text is analysed', async () => {
    const doc = await open('also-text.txt');
    assert.equal(doc.languageId, 'plaintext');
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(statDiagnostic(doc), undefined);
    await config().update('languages', ['news-article', 'plaintext'], vscode.ConfigurationTarget.Global);
    await waitFor('a diagnostic on the plain text file', () => statDiagnostic(doc));
  });

  test('the commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['sourced.analyseAsArticle', 'sourced.restartServer', 'sourced.showSources']) assert.ok(commands.includes(c), c);
    await vscode.commands.executeCommand('sourced.restartServer');
    const doc = await open(`stat-diagnostics${EDITED}`);
    await waitFor('diagnostics after a restart', () => statDiagnostic(doc));
  });
});
