// Share of voice: who gets quoted, how often and at what length, in one article or across the workspace,
// grouped by kind or organisation, plus the figures given without a source. Pure: digests in, data out.

import { groupBy } from '../report/outline';
import type { Range } from 'vscode-languageserver';
import type { EntityKind } from '../analysis/types';
import type { ArticleDigest } from './digest';
import { normaliseWords } from './crossArticle';

/** A place to reveal in the editor. */
export interface SourceLocation {
  readonly uri: string;
  readonly range: Range;
  /** "000_x.article: “We have always …”" */
  readonly label: string;
}

export interface SpeakerShare {
  /** Stable within one answer: what the panel's bars and lists refer to. */
  readonly key: string;
  readonly name: string;
  /** The fullest name any article gives ("NATO Secretary-General Jens Stoltenberg"). */
  readonly fullName: string;
  readonly kind: EntityKind | 'unattributed';
  readonly organisation: string | null;
  readonly quotes: number;
  /** Words inside the speaker's quotation marks. */
  readonly words: number;
  /** words / all quoted words, 0..1. */
  readonly share: number;
  /** How many articles quote the speaker. */
  readonly articles: number;
  /** Where the article introduces the speaker, then each quote. */
  readonly introduction: SourceLocation | null;
  readonly quoteLocations: readonly SourceLocation[];
}

export interface SourceGroup {
  readonly label: string;
  readonly quotes: number;
  readonly words: number;
  readonly share: number;
  /** Keys of the group's speakers, most words first. */
  readonly speakers: readonly string[];
}

export interface SourcesData {
  readonly scope: 'article' | 'workspace';
  /** The article's headline or file name, or "N articles". */
  readonly title: string;
  readonly articles: number;
  readonly quotes: number;
  readonly words: number;
  /** Every speaker with at least one quote, most words first; quotes without a speaker last, as one entry. */
  readonly speakers: readonly SpeakerShare[];
  readonly byKind: readonly SourceGroup[];
  readonly byOrganisation: readonly SourceGroup[];
  readonly unattributedStatistics: readonly SourceLocation[];
}

const KIND_LABELS: Record<SpeakerShare['kind'], string> = {
  person: 'People',
  group: 'Groups',
  institution: 'Institutions',
  unattributed: 'Unattributed',
};

export const UNATTRIBUTED_KEY = 'unattributed';

interface Acc {
  key: string;
  name: string;
  fullName: string;
  kind: SpeakerShare['kind'];
  organisation: string | null;
  quotes: number;
  words: number;
  articles: Set<string>;
  introduction: SourceLocation | null;
  quoteLocations: SourceLocation[];
}

function quoteLabel(digest: ArticleDigest, text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `${digest.name}: “${flat.length > 60 ? `${flat.slice(0, 59).trimEnd()}…` : flat}”`;
}

/**
 * The share-of-voice data for the given articles: one digest for the current article, every indexed
 * digest for the workspace. Speakers with the same name in several articles are one entry.
 */
export function sourcesData(digests: readonly ArticleDigest[], scope: SourcesData['scope']): SourcesData {
  const byKey = new Map<string, Acc>();
  let totalQuotes = 0;
  let totalWords = 0;
  const statistics: SourceLocation[] = [];
  for (const d of digests) {
    const speakers = new Map(d.speakers.map((s) => [s.id, s]));
    for (const q of d.quotes) {
      const s = q.speaker === null ? undefined : speakers.get(q.speaker);
      const key = s ? `${s.kind}:${normaliseWords(s.name).join(' ') || s.name}` : UNATTRIBUTED_KEY;
      let acc = byKey.get(key);
      if (!acc) {
        acc = {
          key,
          name: s ? s.name : 'Unattributed quotes',
          fullName: s ? s.fullName : 'Unattributed quotes',
          kind: s ? s.kind : 'unattributed',
          organisation: s?.organisation ?? null,
          quotes: 0,
          words: 0,
          articles: new Set(),
          introduction: s ? { uri: d.uri, range: s.range, label: `${d.name}: ${s.fullName}` } : null,
          quoteLocations: [],
        };
        byKey.set(key, acc);
      } else if (s && s.fullName.length > acc.fullName.length) {
        acc.fullName = s.fullName;
      }
      if (s && !acc.organisation && s.organisation) acc.organisation = s.organisation;
      acc.quotes++;
      acc.words += q.words;
      acc.articles.add(d.uri);
      acc.quoteLocations.push({ uri: d.uri, range: q.range, label: quoteLabel(d, q.text) });
      totalQuotes++;
      totalWords += q.words;
    }
    for (const st of d.unattributedStatistics) statistics.push({ uri: d.uri, range: st.range, label: `${d.name}: ${st.text}` });
  }
  const share = (words: number): number => (totalWords === 0 ? 0 : words / totalWords);
  const speakers: SpeakerShare[] = [...byKey.values()]
    .map((a) => ({ ...a, share: share(a.words), articles: a.articles.size }))
    .sort((a, b) => Number(a.kind === 'unattributed') - Number(b.kind === 'unattributed') || b.words - a.words || b.quotes - a.quotes || a.name.localeCompare(b.name));
  const groups = (label: (s: SpeakerShare) => string): SourceGroup[] => {
    return [...groupBy(speakers, label).entries()]
      .map(([l, members]) => {
        const words = members.reduce((n, m) => n + m.words, 0);
        return { label: l, quotes: members.reduce((n, m) => n + m.quotes, 0), words, share: share(words), speakers: members.map((m) => m.key) };
      })
      .sort((a, b) => Number(a.label === KIND_LABELS.unattributed) - Number(b.label === KIND_LABELS.unattributed) || b.words - a.words || a.label.localeCompare(b.label));
  };
  const single = digests.length === 1 ? digests[0]! : null;
  return {
    scope,
    title: single ? (single.headline ?? single.name) : `${digests.length} ${digests.length === 1 ? 'article' : 'articles'}`,
    articles: digests.length,
    quotes: totalQuotes,
    words: totalWords,
    speakers,
    byKind: groups((s) => KIND_LABELS[s.kind]),
    byOrganisation: groups((s) => (s.kind === 'unattributed' ? KIND_LABELS.unattributed : (s.organisation ?? (s.kind === 'person' ? 'No organisation given' : s.name)))),
    unattributedStatistics: statistics,
  };
}
