// Wires one LSP connection: open documents, settings, the analysis cache and the feature modules
// server.ts passes in; each feature reads analyses through the FeatureContext, never the text.

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import type { DocumentEvent, Feature, FeatureContext } from './feature';
import { analysisOptions, DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { articleExtensions, uriToPath } from '../workspace/files';
import { EMPTY_VOCABULARY, mergeOptions, VOCABULARY_FILE } from '../workspace/vocabulary';
import { loadVocabulary, type LoadedVocabulary } from '../workspace/vocabularyFiles';

function ignore(): void {
  // The connection is closing; there is no one left to tell.
}

export const SERVER_NAME = 'sourced-language-server';

export function startSession(connection: Connection, version: string, features: readonly Feature[]): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache(analysisOptions(DEFAULT_SETTINGS));
  let settings: Settings = DEFAULT_SETTINGS;
  let client: ClientCapabilities = {};
  let lastProblems = '';
  /** The `sourced` section passed as initializationOptions, if any: the fallback when the client has no other. */
  let initSettings: unknown = undefined;
  /** The open documents the server analyses, with the last version announced to the features. */
  const active = new Map<string, number>();
  const documentListeners: Array<(event: DocumentEvent) => void> = [];
  const settingsListeners: Array<() => void> = [];
  const log = (message: string): void => connection.console.log(message);
  const workspace = new WorkspaceIndex(log);
  /** The workspace folders' sourced.json, merged into the analysis options. */
  let vocabulary: LoadedVocabulary = { files: [], vocabulary: EMPTY_VOCABULARY, problems: [] };
  let lastVocabularyProblems = '';
  const effectiveOptions = (s: Settings) => mergeOptions(analysisOptions(s), vocabulary.vocabulary);

  const emit = (event: DocumentEvent): void => {
    for (const l of documentListeners) l(event);
  };
  const wanted = (languageId: string): boolean => settings.languages.includes(languageId);

  const ctx: FeatureContext = {
    connection,
    analysisOf(uri) {
      const doc = documents.get(uri);
      return doc && active.has(uri) ? cache.get(doc) : null;
    },
    currentVersion(uri) {
      const doc = documents.get(uri);
      return doc && active.has(uri) ? doc.version : null;
    },
    analysedUris: () => [...active.keys()],
    settings: () => settings,
    clientCapabilities: () => client,
    log,
    onDocument: (l) => void documentListeners.push(l),
    onAnalysed: (l) => cache.onAnalysed(l),
    onSettings: (l) => void settingsListeners.push(l),
    workspace,
    vocabularyFile: () => vocabulary.files[0] ?? null,
  };
  workspace.setLive({ uris: () => [...active.keys()], get: (uri) => ctx.analysisOf(uri) });

  documents.onDidOpen(({ document }) => {
    if (!wanted(document.languageId)) return;
    active.set(document.uri, document.version);
    emit({ uri: document.uri, kind: 'open', version: document.version });
  });
  documents.onDidChangeContent(({ document }) => {
    // TextDocuments also fires this right after an open; the open was announced already.
    if (!active.has(document.uri) || active.get(document.uri) === document.version) return;
    active.set(document.uri, document.version);
    cache.changed(document.uri);
    emit({ uri: document.uri, kind: 'change', version: document.version });
  });
  documents.onDidClose(({ document }) => {
    cache.drop(document.uri);
    if (!active.delete(document.uri)) return;
    emit({ uri: document.uri, kind: 'close', version: null });
  });

  const applySettings = (raw: unknown): void => {
    const { settings: next, problems } = readSettings(raw);
    const text = problems.join('; ');
    // Say each distinct problem once, not on every configuration change.
    // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
    if (text && text !== lastProblems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Sourced: ${text}.` }).catch(ignore);
    lastProblems = text;
    const optionsChanged = JSON.stringify(effectiveOptions(settings)) !== JSON.stringify(effectiveOptions(next));
    settings = next;
    if (optionsChanged) cache.setOptions(effectiveOptions(next));
    workspace.configure(articleExtensions(next.languages), effectiveOptions(next));
    for (const doc of documents.all()) {
      const was = active.has(doc.uri);
      const now = wanted(doc.languageId);
      if (was && !now) {
        active.delete(doc.uri);
        cache.drop(doc.uri);
        emit({ uri: doc.uri, kind: 'close', version: null });
      } else if (!was && now) {
        active.set(doc.uri, doc.version);
        emit({ uri: doc.uri, kind: 'open', version: doc.version });
      }
    }
    for (const l of settingsListeners) l();
  };

  const canPull = (): boolean => client.workspace?.configuration === true;
  const pullSettings = async (): Promise<void> => {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'sourced' }])) as unknown[];
      // A client with nothing configured answers null: the initialization options then still hold.
      applySettings(section ?? initSettings);
    } catch (err) {
      log(`Sourced: could not read the settings: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  /** Reads sourced.json again; new aliases, verbs or ignored names re-analyse everything, as a settings change does. */
  const reloadVocabulary = async (): Promise<void> => {
    const before = JSON.stringify(effectiveOptions(settings));
    vocabulary = await loadVocabulary(workspace.folderPaths);
    const text = vocabulary.problems.join('; ');
    if (text && text !== lastVocabularyProblems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Sourced: ${text}.` }).catch(ignore);
    lastVocabularyProblems = text;
    if (JSON.stringify(effectiveOptions(settings)) === before) return;
    cache.setOptions(effectiveOptions(settings));
    workspace.configure(articleExtensions(settings.languages), effectiveOptions(settings));
    for (const l of settingsListeners) l();
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [params.rootPath] : []);
    workspace.setFolders(folders);
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      positionEncoding: 'utf-16',
    };
    for (const f of features) Object.assign(capabilities, f.capabilities(client));
    capabilities.workspace = { ...capabilities.workspace, workspaceFolders: { supported: true, changeNotifications: true } };
    // Clients without workspace/configuration (some Neovim and Emacs setups) may pass settings here.
    const init: unknown = params.initializationOptions;
    if (init && typeof init === 'object') {
      initSettings = (init as Record<string, unknown>)['sourced'] ?? init;
      applySettings(initSettings);
    }
    return { capabilities, serverInfo: { name: SERVER_NAME, version } };
  });

  connection.onInitialized(() => {
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourced' }).catch((err: unknown) => log(`Sourced: could not register for settings changes: ${String(err)}`));
    }
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Every extension an article may have; the index keeps those `sourced.languages` enables.
      const watchers = [{ globPattern: '**/*.{article,news,txt,md,markdown}' }, { globPattern: `**/${VOCABULARY_FILE}` }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((err: unknown) => log(`Sourced: could not watch the workspace files: ${String(err)}`));
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((list) => {
          workspace.setFolders((list ?? []).map((f) => f.uri));
          return reloadVocabulary();
        }).catch((err: unknown) => log(`Sourced: could not read the workspace folders: ${String(err)}`));
      });
    }
    // Settings first (they name the languages to index), then sourced.json, then the background index.
    void (async () => {
      if (canPull()) await pullSettings();
      await reloadVocabulary();
      workspace.configure(articleExtensions(settings.languages), effectiveOptions(settings));
      workspace.start();
    })().catch((err: unknown) => log(`Sourced: could not start the workspace index: ${String(err)}`));
  });

  connection.onDidChangeWatchedFiles((params) => {
    let vocabularyChanged = false;
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (path && workspace.folderPaths.some((f) => path === join(f, VOCABULARY_FILE))) vocabularyChanged = true;
      else workspace.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    if (vocabularyChanged) void reloadVocabulary().catch((err: unknown) => log(`Sourced: could not read ${VOCABULARY_FILE}: ${String(err)}`));
  });

  connection.onDidChangeConfiguration((params) => {
    if (canPull()) {
      void pullSettings();
      return;
    }
    const pushed: unknown = params.settings;
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)['sourced'] : undefined;
    applySettings(section ?? initSettings);
  });

  for (const f of features) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}
