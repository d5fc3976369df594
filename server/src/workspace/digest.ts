// What the workspace keeps of one article: its speakers, quotes and unsourced figures with their ranges,
// small enough to hold for every file of a folder. Made from the Analysis; never re-reads the text.

import type { Range } from 'vscode-languageserver';
import type { Analysis, EntityKind, QuoteKind } from '../analysis/types';
import { tokenIndexAt } from '../analysis/article';
import { quotedParts } from '../analysis/quotes';
import type { LineIndex } from '../lsp/positions';
import { excerpt } from '../report/describe';
import type { QuoteRecord } from './crossArticle';

export interface DigestSpeaker {
  readonly id: number;
  readonly name: string;
  readonly fullName: string;
  readonly title: string | null;
  readonly organisation: string | null;
  readonly kind: EntityKind;
  /** Where the article introduces the speaker (its first mention). */
  readonly range: Range;
}

export interface DigestQuote {
  readonly id: number;
  readonly kind: QuoteKind;
  /** The words inside the marks. */
  readonly text: string;
  readonly range: Range;
  /** Entity id in `speakers`, or null when unattributed. */
  readonly speaker: number | null;
  /** Words inside the marks. */
  readonly words: number;
}

export interface DigestStatistic {
  readonly text: string;
  readonly range: Range;
}

export interface ArticleDigest {
  readonly uri: string;
  /** The file's base name, for lists and messages. */
  readonly name: string;
  readonly headline: string | null;
  readonly speakers: readonly DigestSpeaker[];
  readonly quotes: readonly DigestQuote[];
  readonly unattributedStatistics: readonly DigestStatistic[];
}

/** The base name of a URI's path, decoded ("file:///a/b%20c.article" -> "b c.article"). */
export function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * A copy of a string that shares no memory with the article's text. Substrings of a long string can
 * keep all of it alive, and the workspace holds digests of thousands of files whose texts it dropped.
 */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

export function digestOf(uri: string, analysis: Analysis, lines: LineIndex): ArticleDigest {
  const tokens = analysis.article.tokens;
  const wordsIn = (start: number, end: number): number => {
    let n = 0;
    for (let i = tokenIndexAt(analysis.article, start); i < tokens.length && tokens.start(i) < end; i++) {
      const kind = tokens.word(i)!.kind;
      if (kind === 'word' || kind === 'number') n++;
    }
    return n;
  };
  // Only the sources some quote is attributed to: the other people an article names are the editor's
  // business (hover, outline), not the workspace's, and a folder has thousands of them.
  const quoted = new Set<number>();
  for (const q of analysis.quotes) if (q.speaker !== null) quoted.add(q.speaker);
  const speakers: DigestSpeaker[] = [];
  for (const e of analysis.entities) {
    const first = e.mentions[0];
    if (!first || !quoted.has(e.id)) continue;
    speakers.push({ id: e.id, name: detached(e.name), fullName: detached(e.fullName), title: e.title === null ? null : detached(e.title), organisation: e.organisation === null ? null : detached(e.organisation), kind: e.kind, range: lines.toRange(first) });
  }
  const known = new Set(speakers.map((s) => s.id));
  const quotes: DigestQuote[] = analysis.quotes.map((q) => {
    // The quoted words only: “A,” she said. “B.” is compared with other articles as "A, … B."
    const parts = quotedParts(analysis.text, q);
    return {
      id: q.id,
      kind: q.kind,
      text: detached(parts.map((p) => analysis.text.slice(p.start, p.end)).join(' … ')),
      range: lines.toRange(q),
      speaker: q.speaker !== null && known.has(q.speaker) ? q.speaker : null,
      words: parts.reduce((n, p) => n + wordsIn(p.start, p.end), 0),
    };
  });
  const unattributedStatistics = analysis.statistics.filter((s) => !s.attributed).map((s) => ({ text: detached(s.text), range: lines.toRange(s) }));
  const headline = analysis.headline ? detached(excerpt(analysis.text.slice(analysis.headline.start, analysis.headline.end), 120)) : null;
  return { uri, name: baseName(uri), headline, speakers, quotes, unattributedStatistics };
}

/** The digest's quotes as the cross-article matcher reads them. */
export function quoteRecords(digest: ArticleDigest): QuoteRecord[] {
  const byId = new Map(digest.speakers.map((s) => [s.id, s]));
  return digest.quotes.map((q) => {
    const s = q.speaker === null ? undefined : byId.get(q.speaker);
    return { article: digest.uri, id: q.id, text: q.text, speaker: s ? { name: s.name, fullName: s.fullName } : null };
  });
}
