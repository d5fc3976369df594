// Every article file of the workspace folders, analysed in the background from disk and kept current on
// file events; open documents count with their editor text. Holds digests and the cross-article quote index.

import type { AnalysisOptions } from '../analysis/types';
import { analyze } from '../analysis/index';
import type { AnalysedDocument } from '../lsp/analysisCache';
import { LineIndex } from '../lsp/positions';
import { QuoteIndex, type CrossMatch } from './crossArticle';
import { digestOf, quoteRecords, type ArticleDigest } from './digest';
import { hasExtension, keyOf, listFiles, pathToUri, readText, uriToPath } from './files';

/** The open documents the session analyses: their editor text wins over the file on disk. */
export interface LiveDocuments {
  uris(): readonly string[];
  get(uri: string): AnalysedDocument | null;
}

export interface IndexLimits {
  /** Files larger than this are not articles (and would stall the server): left out. */
  readonly maxFileBytes: number;
  readonly maxFiles: number;
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: IndexLimits = { maxFileBytes: 512 * 1024, maxFiles: 5000, maxDepth: 12 };

export interface IndexStatus {
  /** True until the first scan has started and while files wait to be read or analysed. */
  readonly indexing: boolean;
  /** Articles in the index: files read from disk plus open documents. */
  readonly articles: number;
  readonly folders: readonly string[];
}

const NO_LIVE: LiveDocuments = { uris: () => [], get: () => null };

export class WorkspaceIndex {
  private folders: string[] = [];
  private extensions: string[] = [];
  private options: AnalysisOptions = {};
  /** Digests of files read from disk, by key (the file's path). */
  private readonly disk = new Map<string, ArticleDigest>();
  /** Digests of open documents, by key, with the version they were made from. */
  private readonly live = new Map<string, { readonly version: number; readonly uri: string; readonly digest: ArticleDigest }>();
  private readonly quotes = new QuoteIndex();
  private readonly queue = new Set<string>();
  private running = false;
  private scanning = 0;
  private generation = 0;
  private started = false;
  private liveDocs: LiveDocuments = NO_LIVE;
  private readonly listeners: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly log: (message: string) => void,
    private readonly limits: IndexLimits = DEFAULT_LIMITS,
  ) {}

  setLive(live: LiveDocuments): void {
    this.liveDocs = live;
  }

  /** Fires when files on disk were added, changed or removed (after the queue drains). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Workspace folders as URIs or paths; a change rescans once started. */
  setFolders(folders: readonly string[]): void {
    const paths = folders.map((f) => uriToPath(f) ?? f).filter((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p));
    if (JSON.stringify(paths) === JSON.stringify(this.folders)) return;
    this.folders = paths;
    if (this.started) this.rescan();
  }

  /** The extensions to index (from `sourced.languages`) and the analysis options; a change re-reads everything. */
  configure(extensions: readonly string[], options: AnalysisOptions): void {
    const extChanged = JSON.stringify(extensions) !== JSON.stringify(this.extensions);
    const optChanged = JSON.stringify(options) !== JSON.stringify(this.options);
    this.extensions = [...extensions];
    this.options = options;
    if (optChanged) this.live.clear();
    if (this.started && (extChanged || optChanged)) this.rescan();
  }

  /** Starts the first scan (after `initialized`, so the server answers requests first). */
  start(): void {
    this.started = true;
    this.rescan();
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  status(): IndexStatus {
    this.refreshLive();
    return { indexing: !this.started || this.scanning > 0 || this.queue.size > 0 || this.running, articles: this.effectiveKeys().size, folders: this.folders };
  }

  /** Resolves once nothing waits to be indexed. */
  idle(): Promise<void> {
    if (this.scanning === 0 && this.queue.size === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A watched file was created, changed or deleted. */
  fileChanged(uri: string, deleted: boolean): void {
    const path = uriToPath(uri);
    if (!path || !this.inFolders(path)) return;
    if (deleted) {
      // A deleted folder arrives as one event: drop everything under it.
      let removed = false;
      for (const key of [...this.disk.keys()]) {
        if (key === path || key.startsWith(path.endsWith('/') ? path : `${path}/`)) {
          this.disk.delete(key);
          this.queue.delete(key);
          if (!this.live.has(key)) this.quotes.delete(key);
          removed = true;
        }
      }
      if (removed) this.emit();
      return;
    }
    if (!hasExtension(path, this.extensions)) return;
    this.queue.add(path);
    this.pump();
  }

  /** Every article: open documents with their current text, then files from disk. */
  articles(): ArticleDigest[] {
    this.refreshLive();
    const out: ArticleDigest[] = [];
    for (const key of this.effectiveKeys()) {
      const d = this.digestByKey(key);
      if (d) out.push(d);
    }
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** The digest of one article (open or on disk), or null. */
  digest(uri: string): ArticleDigest | null {
    this.refreshLive();
    return this.digestByKey(keyOf(uri));
  }

  /**
   * This open document's quotes (or only those with the given ids) found in other articles;
   * `there.article` is a key for `digestByKey`.
   */
  crossMatches(doc: AnalysedDocument, only?: ReadonlySet<number>): CrossMatch[] {
    // Alone in the workspace: nothing to compare with, and no digest to make.
    if (this.disk.size === 0 && this.liveDocs.uris().length <= 1) return [];
    this.refreshLive();
    const key = keyOf(doc.uri);
    const digest = this.live.get(key)?.digest ?? this.liveDigest(doc);
    const records = quoteRecords(digest).filter((r) => !only || only.has(r.id));
    return this.quotes.matches(records.map((r) => ({ ...r, article: key })));
  }

  digestByKey(key: string): ArticleDigest | null {
    return this.live.get(key)?.digest ?? this.disk.get(key) ?? null;
  }

  private effectiveKeys(): Set<string> {
    return new Set([...this.live.keys(), ...this.disk.keys()]);
  }

  private liveDigest(doc: AnalysedDocument): ArticleDigest {
    return digestOf(doc.uri, doc.analysis, doc.lines);
  }

  /** Brings open documents' digests up to their current versions; closed ones fall back to disk. */
  private refreshLive(): void {
    const open = new Set<string>();
    for (const uri of this.liveDocs.uris()) {
      const key = keyOf(uri);
      open.add(key);
      const doc = this.liveDocs.get(uri);
      if (!doc) continue;
      const held = this.live.get(key);
      if (held && held.version === doc.version && held.uri === uri) continue;
      const digest = this.liveDigest(doc);
      this.live.set(key, { version: doc.version, uri, digest });
      this.quotes.set(key, quoteRecords(digest).map((r) => ({ ...r, article: key })));
    }
    for (const key of [...this.live.keys()]) {
      if (open.has(key)) continue;
      this.live.delete(key);
      const disk = this.disk.get(key);
      if (disk) this.quotes.set(key, quoteRecords(disk).map((r) => ({ ...r, article: key })));
      else this.quotes.delete(key);
      // The file may have changed on disk while it was open (or been saved): read it again.
      if (this.inFolders(key) && hasExtension(key, this.extensions)) {
        this.queue.add(key);
        this.pump();
      }
    }
  }

  private inFolders(path: string): boolean {
    return this.folders.some((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  private rescan(): void {
    const generation = ++this.generation;
    this.scanning++;
    void (async () => {
      try {
        const found = new Set<string>();
        for (const folder of this.folders) {
          for (const p of await listFiles(folder, this.extensions, { maxFiles: this.limits.maxFiles - found.size, maxDepth: this.limits.maxDepth })) found.add(p);
          if (found.size >= this.limits.maxFiles) {
            this.log(`Sourced: the workspace holds more than ${this.limits.maxFiles} article files; only the first ${this.limits.maxFiles} are indexed.`);
            break;
          }
        }
        if (generation !== this.generation) return;
        let removed = false;
        for (const key of [...this.disk.keys()]) {
          if (found.has(key)) continue;
          this.disk.delete(key);
          if (!this.live.has(key)) this.quotes.delete(key);
          removed = true;
        }
        for (const p of found) this.queue.add(p);
        if (removed) this.emit();
      } catch (err) {
        this.log(`Sourced: indexing the workspace failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        this.scanning--;
        this.pump();
      }
    })();
  }

  /** Reads and analyses queued files one at a time, yielding between files so requests are answered. */
  private pump(): void {
    if (this.running) return;
    if (this.queue.size === 0) {
      if (this.scanning === 0) this.settle();
      return;
    }
    this.running = true;
    let changed = false;
    const step = async (): Promise<void> => {
      const next = this.queue.values().next();
      if (next.done) return;
      const path = next.value;
      this.queue.delete(path);
      const read = await readText(path, this.limits.maxFileBytes);
      if (!read.ok) {
        if (this.disk.delete(path)) changed = true;
        if (!this.live.has(path)) this.quotes.delete(path);
        if (read.reason !== 'no such file') this.log(`Sourced: not indexing ${path}: ${read.reason}`);
        return;
      }
      const uri = pathToUri(path);
      const digest = digestOf(uri, analyze(read.text, this.options), new LineIndex(read.text));
      this.disk.set(path, digest);
      if (!this.live.has(path)) this.quotes.set(path, quoteRecords(digest).map((r) => ({ ...r, article: path })));
      changed = true;
    };
    const loop = (): void => {
      if (this.queue.size === 0) {
        this.running = false;
        if (changed) this.emit();
        if (this.scanning === 0) this.settle();
        return;
      }
      step().then(
        () => setImmediate(loop),
        (err: unknown) => {
          this.log(`Sourced: indexing failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          setImmediate(loop);
        },
      );
    };
    setImmediate(loop);
  }

  private settle(): void {
    if (this.running || this.scanning > 0 || this.queue.size > 0) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private emit(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch (err) {
        this.log(`Sourced: workspace listener failed: ${String(err)}`);
      }
    }
  }
}
