// The contract between server.ts and each LSP feature module (hover, diagnostics, symbols, …).
// A feature declares its capabilities and registers its handlers; it reads analyses, never text.

import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { AnalysedDocument } from './analysisCache';
import type { Settings } from './settings';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { VocabularyFile } from '../workspace/vocabularyFiles';

export interface FeatureContext {
  readonly connection: Connection;
  /** The current analysis of an open document, or null when it is not open or not in `sourced.languages`. */
  analysisOf(uri: string): AnalysedDocument | null;
  /** The version of an open, analysed document right now (null when closed or not analysed). */
  currentVersion(uri: string): number | null;
  /** The URIs of the open documents the server analyses. */
  analysedUris(): readonly string[];
  settings(): Settings;
  clientCapabilities(): ClientCapabilities;
  log(message: string): void;
  /** Fires when a document starts being analysed (opened, or its language enabled), changes, or stops (closed, or its language disabled). */
  onDocument(listener: (event: DocumentEvent) => void): void;
  /** Fires when a document version has been analysed, before the request that asked for it is answered: for work to do afterwards. */
  onAnalysed(listener: (doc: AnalysedDocument) => void): void;
  /** Fires after new settings are read (and the cache reset when the analysis options changed). */
  onSettings(listener: () => void): void;
  /** Every article file of the workspace folders (indexed in the background) and the open documents. */
  readonly workspace: WorkspaceIndex;
  /** The first workspace folder's `sourced.json` (text null when absent), or null without a folder: where aliases are written. */
  vocabularyFile(): VocabularyFile | null;
}

export interface DocumentEvent {
  readonly uri: string;
  readonly kind: 'open' | 'change' | 'close';
  /** The new version; null on close. */
  readonly version: number | null;
}

export interface Feature {
  readonly name: string;
  capabilities(client: ClientCapabilities): ServerCapabilities;
  register(ctx: FeatureContext): void;
}
