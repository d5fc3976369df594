// Finds the same quotation in other articles (allowing small differences) and compares wording and attribution.
// Pure: quote records in, matches out; no I/O, no editor types, no article-specific knowledge.

/** Who an article says spoke a quote, as the article names them. */
export interface SpeakerRef {
  readonly name: string;
  readonly fullName: string;
}

/** One quote of one article, as the matcher needs it. */
export interface QuoteRecord {
  /** The article's key (its URI). */
  readonly article: string;
  /** The quote's id in its article's analysis. */
  readonly id: number;
  /** The words inside the marks. */
  readonly text: string;
  readonly speaker: SpeakerRef | null;
}

/** A quote's words, normalised, with its word 3-grams: computed once per quote. */
export interface Fingerprint {
  readonly words: readonly string[];
  readonly grams: ReadonlySet<string>;
}

export interface CrossMatch {
  readonly here: QuoteRecord;
  readonly there: QuoteRecord;
  /** Share of the shorter quote's 3-grams found in the longer one (1 for short quotes found verbatim). */
  readonly similarity: number;
  /** False when the overlapping words differ (a word changed, added or dropped inside the passage): a possible misquote. */
  readonly sameWording: boolean;
  /** False when the two articles name different speakers (or only one names any). */
  readonly sameSpeaker: boolean;
}

/** Containment over word 3-grams from which two quotes count as the same quotation. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Quotes with fewer words are ignored: one word in quotation marks ("chaos") is not evidence of a shared quotation. */
export const MIN_WORDS = 2;
/** At most this many copies elsewhere are reported for one quote: the most similar. */
export const MAX_MATCHES_PER_QUOTE = 20;
/** A 3-gram held by more quotes than this finds no candidates by itself (it still counts in the similarity). */
const COMMON_GRAM = 200;
/** Long passages are cut here for the word alignment, which is quadratic. */
const MAX_ALIGNED_WORDS = 400;

const ELLIPSIS = '…';

/**
 * Lower-case words of a quote: typographic quotes, dashes and case folded, punctuation dropped, so
 * `“Stop hyping up the so-called ‘China threat’,”` and `"stop hyping up the so called China threat."`
 * give the same words. An ellipsis stays, as a marker of words left out.
 */
export function normaliseWords(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/\.\s*\.\s*\./g, ELLIPSIS);
  const out: string[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|…/gu)) out.push(m[0]);
  return out;
}

export function fingerprint(text: string): Fingerprint {
  const words = normaliseWords(text).filter((w, i, all) => w !== ELLIPSIS || (i > 0 && all[i - 1] !== ELLIPSIS));
  return { words, grams: gramsOf(words) };
}

function gramsOf(words: readonly string[]): Set<string> {
  const plain = words.filter((w) => w !== ELLIPSIS);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= plain.length; i++) grams.add(`${plain[i]} ${plain[i + 1]} ${plain[i + 2]}`);
  return grams;
}

function wordCount(f: Fingerprint): number {
  let n = 0;
  for (const w of f.words) if (w !== ELLIPSIS) n++;
  return n;
}

/** Whether `needle` occurs as a contiguous run of words in `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * How much of the shorter quote the longer one holds: containment over word 3-grams, so a partial
 * quote of a longer passage scores 1. Quotes too short for 3-grams count only when found verbatim.
 */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  const [short, long] = wordCount(a) <= wordCount(b) ? [a, b] : [b, a];
  if (wordCount(short) < MIN_WORDS) return 0;
  if (short.grams.size === 0) {
    const plain = (f: Fingerprint): string[] => f.words.filter((w) => w !== ELLIPSIS);
    return containsRun(plain(long), plain(short)) ? 1 : 0;
  }
  let shared = 0;
  for (const g of short.grams) if (long.grams.has(g)) shared++;
  return shared / short.grams.size;
}

/**
 * Whether two matching quotes give the same words where they overlap. The words are aligned (longest
 * common subsequence); words before the first or after the last aligned pair are a longer or shorter
 * excerpt, not a difference. A gap inside is a difference unless the other side marks it with an ellipsis.
 */
export function sameWording(a: { readonly words: readonly string[] }, b: { readonly words: readonly string[] }): boolean {
  const x = a.words.slice(0, MAX_ALIGNED_WORDS);
  const y = b.words.slice(0, MAX_ALIGNED_WORDS);
  const pairs = align(x, y);
  if (pairs.length === 0) return false;
  for (let k = 1; k < pairs.length; k++) {
    const [i0, j0] = pairs[k - 1]!;
    const [i1, j1] = pairs[k]!;
    const gapX = x.slice(i0 + 1, i1);
    const gapY = y.slice(j0 + 1, j1);
    if (gapX.length === 0 && gapY.length === 0) continue;
    // "to … stop" against "to reflect and stop": the ellipsis stands for the left-out words.
    const elided = (gap: readonly string[], other: readonly string[]): boolean => gap.length > 0 && gap.every((w) => w === ELLIPSIS) && !other.includes(ELLIPSIS);
    if (elided(gapX, gapY) || elided(gapY, gapX)) continue;
    if (gapX.every((w) => w === ELLIPSIS) && gapY.every((w) => w === ELLIPSIS)) continue;
    return false;
  }
  return true;
}

/** Index pairs of a longest common subsequence of two word lists (ellipses never pair). */
function align(x: readonly string[], y: readonly string[]): Array<[number, number]> {
  const n = x.length;
  const m = y.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = x[i] === y[j] && x[i] !== ELLIPSIS ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j] && x[i] !== ELLIPSIS) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

function nameKey(s: string): string[] {
  return normaliseWords(s)
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w !== 'the');
}

/**
 * Whether two articles credit the same speaker: the same name, or one name's words all within the
 * other's ("Stoltenberg" and "Jens Stoltenberg", "NATO" and "NATO leaders"). "Beijing's envoy to the EU"
 * and "Beijing's mission to the EU" are different sources; two unattributed quotes agree.
 */
export function sameSpeaker(a: SpeakerRef | null, b: SpeakerRef | null): boolean {
  if (a === null || b === null) return a === b;
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  if (ka.length === 0 || kb.length === 0) return nameKey(a.fullName).join(' ') === nameKey(b.fullName).join(' ');
  return ka.every((w) => kb.includes(w)) || kb.every((w) => ka.includes(w));
}

/**
 * A quote as the index holds it: its record, its words as shared strings, and counts. A Set of 3-grams
 * per quote cost more than the quote itself; the few comparisons that need them make them again.
 */
interface Entry {
  readonly record: QuoteRecord;
  /** The quote's words, each string shared with every other quote that uses the word. */
  readonly words: readonly string[];
  /** How many distinct 3-grams the words make (the grams themselves are made again when needed). */
  readonly gramCount: number;
  readonly plainWords: number;
}

/** The quotes under one key: most keys (3-grams above all) belong to one quote, held without an array. */
type Posting = Entry | Entry[];

class Postings {
  private readonly map = new Map<string, Posting>();

  add(key: string, entry: Entry): void {
    const p = this.map.get(key);
    if (p === undefined) this.map.set(key, entry);
    else if (Array.isArray(p)) p.push(entry);
    else this.map.set(key, [p, entry]);
  }

  remove(key: string, entry: Entry): void {
    const p = this.map.get(key);
    if (p === undefined) return;
    if (!Array.isArray(p)) {
      if (p === entry) this.map.delete(key);
      return;
    }
    const at = p.indexOf(entry);
    if (at >= 0) p.splice(at, 1);
    if (p.length === 1) this.map.set(key, p[0]!);
    else if (p.length === 0) this.map.delete(key);
  }

  get(key: string): readonly Entry[] | undefined {
    const p = this.map.get(key);
    return p === undefined ? undefined : Array.isArray(p) ? p : [p];
  }

  size(key: string): number {
    const p = this.map.get(key);
    return p === undefined ? 0 : Array.isArray(p) ? p.length : 1;
  }
}

/** similarity(query, the entry's fingerprint), read from the entry's arrays. */
function similarityTo(query: Fingerprint, queryWords: number, entry: Entry): number {
  const entryIsShort = entry.plainWords < queryWords;
  const shortWords = entryIsShort ? entry.plainWords : queryWords;
  if (shortWords < MIN_WORDS) return 0;
  const shortGrams = entryIsShort ? entry.gramCount : query.grams.size;
  if (shortGrams === 0) {
    const plain = (words: readonly string[]): string[] => words.filter((w) => w !== ELLIPSIS);
    return entryIsShort ? (containsRun(plain(query.words), plain(entry.words)) ? 1 : 0) : containsRun(plain(entry.words), plain(query.words)) ? 1 : 0;
  }
  let shared = 0;
  for (const g of gramsOf(entry.words)) if (query.grams.has(g)) shared++;
  return shared / shortGrams;
}

/**
 * The quotes of many articles, indexed by 3-gram (and by word for short quotes) so that finding
 * a quote's matches reads only the candidates. Articles are replaced whole when they change.
 */
export class QuoteIndex {
  private readonly byArticle = new Map<string, Entry[]>();
  private readonly byGram = new Postings();
  private readonly byWord = new Postings();
  /** Two-word quotes only, by each word: the candidates a longer quote may contain. */
  private readonly shortByWord = new Postings();
  /** One string per distinct word of the indexed quotes (never shrinks: a vocabulary, not the quotes). */
  private readonly vocabulary = new Map<string, string>();

  /** Puts an article's quotes in, replacing what the index held for it. */
  set(article: string, records: readonly QuoteRecord[]): void {
    this.delete(article);
    const entries: Entry[] = [];
    for (const record of records) {
      const print = fingerprint(record.text);
      const plainWords = wordCount(print);
      if (plainWords < MIN_WORDS) continue;
      const words = print.words.map((w) => {
        const known = this.vocabulary.get(w);
        if (known !== undefined) return known;
        this.vocabulary.set(w, w);
        return w;
      });
      const entry: Entry = { record, words, gramCount: print.grams.size, plainWords };
      entries.push(entry);
      for (const g of print.grams) this.byGram.add(g, entry);
      for (const w of new Set(entry.words)) {
        if (w === ELLIPSIS) continue;
        this.byWord.add(w, entry);
        if (entry.gramCount === 0) this.shortByWord.add(w, entry);
      }
    }
    this.byArticle.set(article, entries);
  }

  delete(article: string): void {
    const old = this.byArticle.get(article);
    if (!old) return;
    this.byArticle.delete(article);
    for (const entry of old) {
      for (const g of gramsOf(entry.words)) this.byGram.remove(g, entry);
      for (const w of new Set(entry.words)) {
        this.byWord.remove(w, entry);
        this.shortByWord.remove(w, entry);
      }
    }
  }

  has(article: string): boolean {
    return this.byArticle.has(article);
  }

  get articles(): number {
    return this.byArticle.size;
  }

  /** Every quote of other articles that matches one of these quotes: per quote the most similar first, at most MAX_MATCHES_PER_QUOTE. */
  matches(records: readonly QuoteRecord[], threshold = SIMILARITY_THRESHOLD): CrossMatch[] {
    const out: CrossMatch[] = [];
    for (const here of records) {
      const print = fingerprint(here.text);
      const words = wordCount(print);
      if (words < MIN_WORDS) continue;
      const scored: Array<{ readonly entry: Entry; readonly score: number }> = [];
      for (const [entry, bound] of this.candidates(print)) {
        if (entry.record.article === here.article || bound < threshold) continue;
        const score = similarityTo(print, words, entry);
        if (score >= threshold) scored.push({ entry, score });
      }
      scored.sort((a, b) => b.score - a.score || a.entry.record.article.localeCompare(b.entry.record.article) || a.entry.record.id - b.entry.record.id);
      for (const { entry, score } of scored.slice(0, MAX_MATCHES_PER_QUOTE)) {
        out.push({ here, there: entry.record, similarity: score, sameWording: sameWording(print, entry), sameSpeaker: sameSpeaker(here.speaker, entry.record.speaker) });
      }
    }
    return out;
  }

  /** Candidate quotes, each with an upper bound of its similarity (from the 3-grams counted; 1 when unknown). */
  private candidates(print: Fingerprint): Map<Entry, number> {
    const shared = new Map<Entry, number>();
    let skipped = 0;
    let rarest: readonly Entry[] | undefined;
    for (const g of print.grams) {
      const posting = this.byGram.get(g);
      if (!posting) continue;
      // "one of the": too common to find anything by; counted as possibly shared by everyone.
      if (posting.length > COMMON_GRAM) {
        skipped++;
        if (!rarest || posting.length < rarest.length) rarest = posting;
        continue;
      }
      for (const e of posting) shared.set(e, (shared.get(e) ?? 0) + 1);
    }
    const out = new Map<Entry, number>();
    for (const [e, n] of shared) {
      const denominator = Math.min(print.grams.size, e.gramCount);
      out.set(e, denominator === 0 ? 1 : Math.min(1, (n + skipped) / denominator));
    }
    // Mostly common 3-grams (a quote reprinted in hundreds of articles): the quotes of the rarest of them too.
    if (rarest && skipped >= print.grams.size * SIMILARITY_THRESHOLD) for (const e of rarest) out.set(e, 1);
    if (print.grams.size === 0) {
      // A two-word quote: every quote holding its rarest word is a candidate.
      let best: readonly Entry[] | undefined;
      for (const w of print.words) {
        if (w === ELLIPSIS) continue;
        const set = this.byWord.get(w);
        if (!set) return out;
        if (!best || set.length < best.length) best = set;
      }
      for (const e of best ?? []) out.set(e, 1);
    } else {
      // A longer quote may also contain a two-word quote of another article.
      for (const w of print.words) for (const e of this.shortByWord.get(w) ?? []) out.set(e, 1);
    }
    return out;
  }
}
