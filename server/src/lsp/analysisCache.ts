// One analysis per open document version, made on first use and kept until the text changes.
// Every feature asks here, so a document is analysed once however many requests it gets; after an
// edit, the last version's analysis seeds the next, so the paragraphs the edit left alone are not split again.

import type { Analysis, AnalysisOptions } from '../analysis/types';
import { analyzeForEdits } from '../analysis/index';
import { LineIndex } from './positions';

/** What the cache needs of a document: TextDocuments' documents fit it. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** An analysis together with the line index of the same text version. */
export interface AnalysedDocument {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

export class AnalysisCache {
  private readonly entries = new Map<string, AnalysedDocument>();
  /** The last analysis of a document whose text has changed since: only a base for the next one, never served. */
  private readonly superseded = new Map<string, Analysis>();
  private options: AnalysisOptions;
  private readonly listeners: Array<(doc: AnalysedDocument) => void> = [];

  constructor(options: AnalysisOptions = {}, private readonly run: (text: string, options: AnalysisOptions, previous?: Analysis) => Analysis = analyzeForEdits) {
    this.options = options;
  }

  /** Called with each new analysis, right after it is made (and before the request that asked for it is answered). */
  onAnalysed(listener: (doc: AnalysedDocument) => void): void {
    this.listeners.push(listener);
  }

  /** The analysis of this exact version, made now if the cache holds an older one. */
  get(doc: VersionedText): AnalysedDocument {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const previous = this.superseded.get(doc.uri) ?? hit?.analysis;
    this.superseded.delete(doc.uri);
    const entry: AnalysedDocument = { uri: doc.uri, version: doc.version, analysis: this.run(text, this.options, previous), lines: new LineIndex(text) };
    this.entries.set(doc.uri, entry);
    for (const l of this.listeners) l(entry);
    return entry;
  }

  /** The document's text changed: its analysis is no longer served, only kept to seed the next version's. */
  changed(uri: string): void {
    const hit = this.entries.get(uri);
    if (!hit) return;
    this.entries.delete(uri);
    this.superseded.set(uri, hit.analysis);
  }

  /** Forgets a document: on close. */
  drop(uri: string): void {
    this.entries.delete(uri);
    this.superseded.delete(uri);
  }

  /** New analysis options invalidate every analysis; the split text stays valid as a base. */
  setOptions(options: AnalysisOptions): void {
    this.options = options;
    for (const [uri, entry] of this.entries) this.superseded.set(uri, entry.analysis);
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
