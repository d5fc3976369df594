// The contract between server.ts and each LSP feature module (hover, diagnostics, symbols, …).
// A feature declares its capabilities and registers its handlers; it reads analyses, never text.

import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { AnalysedDocument } from './analysisCache';
import type { Settings } from './settings';

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
  /** Fires after new settings are read (and the cache reset when the analysis options changed). */
  onSettings(listener: () => void): void;
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
