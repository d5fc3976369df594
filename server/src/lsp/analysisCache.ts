// One analysis per open document version, made on first use and kept until the text changes.
// Every feature asks here, so a document is analysed once however many requests it gets.

import type { Analysis, AnalysisOptions } from '../analysis/types';
import { analyze } from '../analysis/index';
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
  private options: AnalysisOptions;

  constructor(options: AnalysisOptions = {}, private readonly run: (text: string, options: AnalysisOptions) => Analysis = analyze) {
    this.options = options;
  }

  /** The analysis of this exact version, made now if the cache holds an older one. */
  get(doc: VersionedText): AnalysedDocument {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const entry: AnalysedDocument = { uri: doc.uri, version: doc.version, analysis: this.run(text, this.options), lines: new LineIndex(text) };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  /** Drops a document's analysis: on close, and on edit so a stale analysis does not hold memory. */
  drop(uri: string): void {
    this.entries.delete(uri);
  }

  /** New analysis options invalidate everything. */
  setOptions(options: AnalysisOptions): void {
    this.options = options;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
