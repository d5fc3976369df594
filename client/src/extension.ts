// The VS Code side of Sourced: starts the bundled language server (dist/server.js) for the
// languages in `sourced.languages`, passes the `sourced` settings on, and adds its commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SourcesPanel } from './sourcesPanel';

const SECTION = 'sourced';
const ARTICLE_LANGUAGE = 'news-article';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
/** Start and stop run one after another, never interleaved. */
let lifecycle: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('Sourced', { log: true });
  context.subscriptions.push(output);

  const sources = new SourcesPanel(
    () => client,
    (document) => (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && configuredLanguages().includes(document.languageId),
  );
  context.subscriptions.push(
    sources,
    vscode.commands.registerCommand('sourced.showSources', () => sources.show()),
    vscode.commands.registerCommand('sourced.analyseAsArticle', analyseAsArticle),
    vscode.commands.registerCommand('sourced.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.languages`)) void restart(context);
    }),
  );
  void restart(context);
}

export function deactivate(): Promise<void> {
  return enqueue(stop);
}

function enqueue(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(step, step);
  return lifecycle;
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  return enqueue(async () => {
    await stop();
    await start(context);
  });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (err) {
      output?.error(`Stopping the server failed: ${String(err)}`);
    }
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps its compiled code (a V8 code cache) in the extension's own storage.
  const env = { ...process.env, SOURCED_CACHE_DIR: context.globalStorageUri.fsPath };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
  };
  const next = new LanguageClient('sourced', 'Sourced', serverOptions, clientOptions);
  client = next;
  try {
    await next.start();
  } catch (err) {
    void vscode.window.showErrorMessage(`Sourced: the language server did not start: ${String(err)}`);
  }
}

/** The language ids in `sourced.languages` (the article language when unset or empty). */
function configuredLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration(SECTION).get<unknown>('languages');
  const languages = Array.isArray(configured)
    ? configured.filter((l): l is string => typeof l === 'string' && l.trim().length > 0)
    : [ARTICLE_LANGUAGE];
  return [...new Set(languages.length > 0 ? languages : [ARTICLE_LANGUAGE])];
}

/** `sourced.languages`, for files on disk and unsaved ones. */
function documentSelector(): DocumentSelector {
  return configuredLanguages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

async function analyseAsArticle(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Sourced: open a file to analyse first.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, ARTICLE_LANGUAGE);
  const languages = vscode.workspace.getConfiguration(SECTION).get<unknown>('languages');
  if (Array.isArray(languages) && !languages.includes(ARTICLE_LANGUAGE)) {
    void vscode.window.showWarningMessage(`Sourced: "${ARTICLE_LANGUAGE}" is not in sourced.languages, so this file is not analysed.`);
  }
}
