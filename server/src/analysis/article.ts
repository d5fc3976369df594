// Splits a text once into paragraphs, sentences and tokens, all with offsets.
// Every other analysis reads this model; none of them re-scans the raw text for structure.

import type { Article, Paragraph, Sentence, Span, Token, TokenKind, TokenList, TokenWord } from './types';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon';
import { wordFeatures, type WordFeatures } from './word-features';
import { editedLines, textEdit } from './edit';

const LETTER = /[\p{L}\p{M}]/u;

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a letter or mark, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

export function isLetter(ch: string): boolean {
  if (ch.length !== 1) return ch !== '' && LETTER.test(ch);
  // The same answer as the regular expression, read from a table: this runs for every character.
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = LETTER_UNITS[code]!;
  if (known === 0) LETTER_UNITS[code] = known = LETTER.test(ch) ? 1 : 2;
  return known === 1;
}
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e']);

export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** A distinct token: its text, lower case and kind, held once however often the text repeats it. */
interface Word extends WordFeatures {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
}

/**
 * A token is its offset and its word: `end`, `text`, `lower` and `kind` read the word. An Article
 * keeps neither: `TokenList.at` makes one when asked (see FlatTokens), so a long text holds no
 * object per token (a 10 MB document has 1.8 million tokens).
 */
class WordToken implements Token {
  constructor(
    readonly start: number,
    private readonly word: Word,
  ) {}

  get end(): number {
    return this.start + this.word.text.length;
  }
  get kind(): TokenKind {
    return this.word.kind;
  }
  get text(): string {
    return this.word.text;
  }
  get lower(): string {
    return this.word.lower;
  }
  get folded(): string {
    return this.word.folded;
  }
  get stem(): string {
    return this.word.stem;
  }
  get features(): number {
    return this.word.features;
  }
  /** What JSON and test output show: the same fields as a plain token. */
  toJSON(): { start: number; end: number; kind: TokenKind; text: string; lower: string } {
    return { start: this.start, end: this.end, kind: this.kind, text: this.text, lower: this.lower };
  }
}

/**
 * The distinct words of one text with their lower case: every token of the same word shares one
 * string and one lower-case string, so a long text holds each word once and folds its case once.
 */
export class Vocabulary {
  /**
   * An open-addressing table from a hash of a word's characters and kind to the word: the hash and
   * the word's index + 1 (0: empty) side by side in flat arrays, so a probe touches a word only to
   * compare it in place in the text. A word seen before costs no new string.
   */
  private hashes = new Int32Array(1024);
  private indexes = new Int32Array(1024);
  /** The words by number, in the order first seen. */
  readonly words: Word[] = [];
  /** How many words a fresh split of the text found; later versions only add to `words`. */
  freshSize = 0;

  /** A copy that numbers every word as this one does: the next version of a document adds to it. */
  clone(): Vocabulary {
    const copy = new Vocabulary();
    copy.hashes = this.hashes.slice();
    copy.indexes = this.indexes.slice();
    for (const w of this.words) copy.words.push(w);
    copy.freshSize = this.freshSize;
    return copy;
  }

  /** The number of the shared word for the token text[start, end) of a kind. */
  idAt(text: string, start: number, end: number, kind: TokenKind): number {
    let h = 0x811c9dc5 ^ KIND_SEED[kind];
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const mask = this.indexes.length - 1;
    let slot = homeSlot(h, mask);
    for (;;) {
      const index = this.indexes[slot]!;
      if (index === 0) break;
      if (this.hashes[slot] === h) {
        const w = this.words[index - 1]!;
        if (w.text.length === length && w.kind === kind && text.startsWith(w.text, start)) return index - 1;
      }
      slot = (slot + 1) & mask;
    }
    this.words.push(makeWord(text.slice(start, end), kind));
    this.hashes[slot] = h;
    this.indexes[slot] = this.words.length;
    if (this.words.length * 2 > this.indexes.length) this.grow();
    return this.words.length - 1;
  }

  /** Doubles the table when it is half full, so probe runs stay short. */
  private grow(): void {
    const hashes = this.hashes;
    const indexes = this.indexes;
    this.hashes = new Int32Array(indexes.length * 2);
    this.indexes = new Int32Array(indexes.length * 2);
    const mask = this.indexes.length - 1;
    for (let old = 0; old < indexes.length; old++) {
      if (indexes[old] === 0) continue;
      let slot = homeSlot(hashes[old]!, mask);
      while (this.indexes[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.indexes[slot] = indexes[old]!;
    }
  }
}

/** Where a hash's probe starts: the high bits folded in, so that a table of 2^k slots sees all of the hash. */
function homeSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

const KIND_SEED: Readonly<Record<TokenKind, number>> = { word: 0, number: 0x9e3779b9, quote: 0x7f4a7c15, punct: 0x94d049bb, symbol: 0x2545f491 };

function makeWord(text: string, kind: TokenKind): Word {
  const lower = text.toLowerCase();
  const { folded, stem, features } = wordFeatures(text, lower, kind);
  return { text, lower, kind, folded, stem, features };
}

/** Int32 values appended one at a time: the tokens' feature bits, collected without boxing into a JS array. */
export class Int32Buffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** Appends values[from, to). */
  pushRange(values: Int32Array, from: number, to: number): void {
    while (this.length + (to - from) > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(values.subarray(from, to), this.length);
    this.length += to - from;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  /** A copy of the values pushed so far. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Tokens as they are made: each token's offset, word and feature bits appended to flat buffers,
 * with no object per token.
 */
class TokenBuffer {
  readonly starts: Int32Buffer;
  readonly ids: Int32Buffer;
  readonly features: Int32Buffer;

  constructor(
    capacity: number,
    readonly vocabulary: Vocabulary,
  ) {
    this.starts = new Int32Buffer(capacity);
    this.ids = new Int32Buffer(capacity);
    this.features = new Int32Buffer(capacity);
  }

  get length(): number {
    return this.starts.length;
  }

  push(start: number, id: number): void {
    this.starts.push(start);
    this.ids.push(id);
    this.features.push(this.vocabulary.words[id]!.features);
  }

  word(i: number): Word {
    return this.vocabulary.words[this.ids.get(i)]!;
  }
}

/** Tokenizes a span of the text into tokens you can hold: for word lists and tests, not for whole articles. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const buffer = new TokenBuffer(64, new Vocabulary());
  tokenizeInto(text, from, to, buffer);
  const out: Token[] = [];
  for (let i = 0; i < buffer.length; i++) out.push(new WordToken(buffer.starts.get(i), buffer.word(i)));
  return out;
}

/** Tokenizes a span of the text. Apostrophes inside or at the end of words (China's, Russia’s, ’90s, rock 'n' roll) stay in the word. */
function tokenizeInto(text: string, from: number, to: number, tokens: TokenBuffer): void {
  const first = tokens.length;
  const vocabulary = tokens.vocabulary;
  let i = from;
  const push = (start: number, end: number, kind: TokenKind): void => {
    tokens.push(start, vocabulary.idAt(text, start, end, kind));
  };
  while (i < to) {
    const code = text.charCodeAt(i);
    // Most tokens start with an ASCII letter: test that first, before the space and digit cases.
    const asciiLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (!asciiLetter && isSpace(code)) {
      i++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c >= 48 && c <= 57) j++;
        else if ((c === 44 || c === 46) && j + 1 < to && isDigitCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(i, j, 'number');
      i = j;
      continue;
    }
    const width = asciiLetter ? 1 : letterWidth(text, i);
    if (width > 0) {
      let j = i + width;
      while (j < to) {
        const c = text.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
          j++;
          continue;
        }
        const w = wordCharWidth(text, j);
        if (w > 0) {
          j += w;
          continue;
        }
        // The character after the joiner may be astral (two code units): step over all of it.
        if (c === 45 || c === 0x2011 || c === 46 || c === 38) {
          const next = j + 1 < to ? wordCharWidth(text, j + 1) : 0;
          if (next > 0 && !(c === 46 && !isAbbrevDot(text, i, j))) {
            j += 1 + next;
            continue;
          }
          break;
        }
        if (c === 39 || c === 0x2019) {
          const next = j + 1 < to ? letterWidth(text, j + 1) : 0;
          if (next > 0) {
            j += 1 + next;
            continue;
          }
        }
        break;
      }
      // Honorifics and initials keep their period ("Mr.", "G.K."): it ends no sentence and belongs to the name.
      if (j < to && text.charCodeAt(j) === 46 && glueDotAt(text, i, j)) j++;
      push(i, j, 'word');
      i = j;
      continue;
    }
    const ch = charAt(text, i);
    if ((code === 39 || code === 0x2019) && tokens.length > first && tokens.word(tokens.length - 1).kind === 'word') {
      // Text rebuilt from tokens spaces out clitics ("Trump 's", "I ’m"): keep them words, not quotation marks.
      const m = CLITIC_AHEAD.exec(text.slice(i + 1, Math.min(to, i + 4)));
      if (m) {
        push(i, i + 1 + m[0].length, 'word');
        i += 1 + m[0].length;
        continue;
      }
    }
    if ((code === 39 || code === 0x2019) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1)) && decadeAhead(text, i + 1, to)) {
      // ’90s: an elided century, not a quotation mark.
      let j = i + 1;
      while (j < to && isDigitCode(text.charCodeAt(j))) j++;
      if (j < to && text[j] === 's') j++;
      push(i, j, 'word');
      i = j;
      continue;
    }
    if ((ch === "'" || ch === '`') && text[i + 1] === ch && i + 1 < to) {
      // '' and `` stand for double quotation marks in some newswire text.
      push(i, i + 2, 'quote');
      i += 2;
      continue;
    }
    if (isQuoteMark(ch)) {
      push(i, i + 1, 'quote');
      i++;
      continue;
    }
    if (isSurrogateHigh(code)) {
      // A pair is one symbol; a lone high surrogate (charAt gives one unit) is one on its own, never half of the next pair.
      const n = i + ch.length <= to ? ch.length : 1;
      push(i, i + n, 'symbol');
      i += n;
      continue;
    }
    push(i, i + 1, PUNCT.has(code) ? 'punct' : 'symbol');
    i++;
  }
}

const PUNCT: ReadonlySet<number> = new Set([...'.,;:!?()[]{}-\u2013\u2014\u2026/'].map((c) => c.charCodeAt(0)));

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Code units taken by the letter (or mark) at i: 0 if none, 2 for an astral letter. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (isSurrogateHigh(code)) {
    const ch = charAt(text, i);
    return ch.length === 2 && LETTER.test(ch) ? 2 : 0;
  }
  let known = LETTER_UNITS[code]!;
  if (known === 0) LETTER_UNITS[code] = known = LETTER.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57 ? 1 : letterWidth(text, i);
}

const CLITIC_AHEAD = /^(?:s|m|d|t|re|ve|ll)(?![\p{L}\p{N}])/iu;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

function glueDot(word: string): boolean {
  return INITIALS.test(word) || TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

const LONGEST_TITLE_ABBREVIATION = Math.max(0, ...[...TITLE_ABBREVIATIONS].map((a) => a.length));

/** glueDot for text[start, end), without the slice for the usual sentence-final word. */
function glueDotAt(text: string, start: number, end: number): boolean {
  // Initials end in a capital, and lower-casing never shortens a word: a long word ending in a
  // lowercase letter can be neither.
  const last = text.charCodeAt(end - 1);
  if (end - start > LONGEST_TITLE_ABBREVIATION && last >= 97 && last <= 122) return false;
  return glueDot(text.slice(start, end));
}

function decadeAhead(text: string, i: number, to: number): boolean {
  // Exactly two digits then "s" or a non-letter: ’90s, ’08.
  return i + 1 < to && isDigit(text[i + 1]!) && !(i + 2 < to && isDigit(text[i + 2]!));
}

/** A dot stays inside a word only in initialisms like U.S. or D.C. (single letters between dots). */
function isAbbrevDot(text: string, wordStart: number, dot: number): boolean {
  return dot - wordStart === 1 || (dot >= 2 && text[dot - 2] === '.') || DOMAIN_SUFFIX.test(text.slice(dot, dot + 6));
}

/** "CBC.ca", "Politico.com": a site's name keeps its domain. */
const DOMAIN_SUFFIX = /^\.(?:com|org|net|ca|co|uk|gov|edu|io|de|fr)(?![\p{L}\p{N}])/u;

function isSurrogateHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (isSurrogateHigh(code) && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i] ?? '';
}

/**
 * Non-empty lines are paragraphs: news text puts one paragraph on a line. Any "\n" or "\r" ends a
 * line, so the paragraphs of text[from, to) are those of the whole text when both ends are line ends.
 */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let lineStart = from;
  // A test per character, not indexOf: Node 20's optimised indexOf(…, from) was seen to rescan a
  // 10 MB text from the start on each call (20 s for one split), depending on how V8 compiled the caller.
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      let s = lineStart;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      // A line holding only an HTML comment (a sourced-disable directive) is not part of the article.
      if (e > s && !(text.startsWith('<!--', s) && text.startsWith('-->', e - 3) && text.indexOf('-->', s) === e - 3)) out.push({ start: s, end: e });
      if (code === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  return out;
}

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

/**
 * A run-on "sentence" longer than this (text pasted without full stops) is cut into pieces of this
 * many tokens, so that the per-sentence searches of the analyses stay linear in the text's length.
 * News sentences stay far below it (the longest in the samples and gold texts has 93 tokens).
 */
export const MAX_SENTENCE_TOKENS = 400;

/** Sentence boundaries inside one paragraph, as token index ranges. */
function splitSentences(tokens: TokenBuffer, from: number, to: number, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = tokens.starts;
  const endOf = (k: number): number => starts.get(k) + tokens.word(k).text.length;
  let start = from;
  for (let i = from; i < to; i++) {
    if (i - start >= MAX_SENTENCE_TOKENS) {
      out.push([start, i]);
      start = i;
    }
    const t = tokens.word(i);
    if (t.kind !== 'punct' || !(t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) continue;
    // Ellipses inside a sentence ("countries... any") and abbreviations do not end it.
    let end = i + 1;
    while (end < to && tokens.word(end).kind === 'punct' && (tokens.word(end).text === '.' || tokens.word(end).text === '!' || tokens.word(end).text === '?')) end++;
    while (end < to && CLOSERS.has(tokens.word(end).text) && starts.get(end) === endOf(end - 1)) end++;
    if (end >= to) continue;
    const next = tokens.word(end);
    const nextStart = starts.get(end);
    if (nextStart === endOf(end - 1)) continue; // no space: "3.6", "U.S.A"
    if (t.text === '.' && i > from && endOf(i - 1) === starts.get(i) && isAbbreviation(tokens.word(i - 1))) continue;
    if (t.text === '…' || (end - i >= 3 && t.text === '.')) {
      if (!startsUpper(next, nextStart, text)) continue;
    }
    if (!startsSentence(next, nextStart, text)) continue;
    if (end <= start) continue; // a mark inside the run just taken ("! ." before a quote) would end an empty sentence
    out.push([start, end]);
    start = end;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** A word right before a full stop (no space between) that keeps it: an initial, "U.S.", "Gov". */
function isAbbreviation(prev: Word): boolean {
  if (prev.kind === 'word' && prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return true; // initials: "D. Trump"
  if (prev.kind === 'word' && prev.text.includes('.')) return true; // "U.S." "D.C."
  return prev.kind === 'word' && ABBREVIATIONS.has(prev.lower);
}

function startsUpper(t: Word, start: number, text: string): boolean {
  const ch = text[start]!;
  return ch !== ch.toLowerCase() || t.kind === 'number';
}

function startsSentence(t: Word, start: number, text: string): boolean {
  if (t.kind === 'quote' || t.kind === 'number') return true;
  if (t.kind === 'punct') return t.text === '(' || t.text === '[' || t.text === '-' || t.text === '—';
  return startsUpper(t, start, text);
}

/**
 * Builds the Article model: the one place the text is split. Given the Article of an earlier version
 * of the same document, only the lines an edit touched are split again: the paragraphs before them
 * are taken as they were, those after them moved by the edit's length. The result is the same as
 * splitting everything (test/reparse.test.ts), because a paragraph's split reads only its own line.
 */
export function parseArticle(text: string, previous?: Article): Article {
  // Only tokens this module stored can be moved; an Article built by hand is split again. Moved tokens
  // keep their word numbers, so the new vocabulary continues the earlier one, unless edits have filled
  // it with words no longer in the text ("t", "th", "the" typed one letter at a time).
  const before = previous && previous.tokens instanceof FlatTokens ? previous.tokens : null;
  const earlier = before && before.vocabulary.words.length <= 2 * before.vocabulary.freshSize + 1000 ? previous! : null;
  const vocabulary = earlier ? before!.vocabulary.clone() : new Vocabulary();
  const parts = new ArticleParts(text, vocabulary);
  if (!earlier) {
    for (const span of splitParagraphs(text)) parts.split(span);
    vocabulary.freshSize = vocabulary.words.length;
  } else {
    const edit = textEdit(earlier.text, text);
    const lines = editedLines(text, edit);
    const shift = edit.newEnd - edit.oldEnd;
    const old = earlier.paragraphs;
    let k = 0;
    while (k < old.length && old[k]!.end < lines.from) k++;
    parts.keep(earlier, k);
    // The earlier paragraphs on the edited lines are replaced by the lines' new split.
    while (k < old.length && old[k]!.start <= lines.to - shift) k++;
    for (const span of splitParagraphs(text, lines.from, lines.to)) parts.split(span);
    for (; k < old.length; k++) parts.move(earlier, k, shift);
  }
  return parts.article();
}

/**
 * An Article's tokens as flat arrays: offsets in an Int32Array, words in an array of the shared
 * Word records. No object per token is kept (the garbage collector has nothing to copy or mark
 * per token); `at` makes the token asked for, which dies young.
 */
class FlatTokens implements TokenList {
  readonly length: number;

  constructor(
    readonly starts: Int32Array,
    /** Each token's word, by its number in the vocabulary. */
    readonly ids: Int32Array,
    readonly vocabulary: Vocabulary,
  ) {
    this.length = starts.length;
  }

  at(index: number): Token | undefined {
    return index >= 0 && index < this.length ? new WordToken(this.starts[index]!, this.vocabulary.words[this.ids[index]!]!) : undefined;
  }

  word(index: number): TokenWord | undefined {
    return index >= 0 && index < this.length ? this.vocabulary.words[this.ids[index]!]! : undefined;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.starts[index]! + this.vocabulary.words[this.ids[index]!]!.text.length;
  }

  /** What JSON shows: the tokens, as an array would. */
  toJSON(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.length; i++) out.push(new WordToken(this.starts[i]!, this.vocabulary.words[this.ids[i]!]!).toJSON());
    return out;
  }
}

/** An Article under construction, a paragraph at a time. */
class ArticleParts {
  private paragraphs: Paragraph[] = [];
  private sentences: Sentence[] = [];
  private readonly tokens: TokenBuffer;

  constructor(
    private readonly text: string,
    vocabulary: Vocabulary,
  ) {
    // News text has about one token per five or six characters: a quarter of the length is rarely outgrown.
    this.tokens = new TokenBuffer(Math.max(64, text.length >> 2), vocabulary);
  }

  /** Splits one paragraph of the text. */
  split(span: Span): void {
    const { text, tokens, sentences } = this;
    const pIndex = this.paragraphs.length;
    const sentenceFrom = sentences.length;
    const tokenFrom = tokens.length;
    tokenizeInto(text, span.start, span.end, tokens);
    for (const [a, b] of splitSentences(tokens, tokenFrom, tokens.length, text)) {
      sentences.push({ index: sentences.length, paragraph: pIndex, start: tokens.starts.get(a), end: tokens.starts.get(b - 1) + tokens.word(b - 1).text.length, tokenStart: a, tokenEnd: b });
    }
    this.paragraphs.push({ index: pIndex, start: span.start, end: span.end, sentenceStart: sentenceFrom, sentenceEnd: sentences.length });
  }

  /** Takes the first `count` paragraphs of an earlier Article as they are: same place, same objects. */
  keep(from: Article, count: number): void {
    if (count === 0) return;
    const flat = from.tokens as FlatTokens;
    const last = from.paragraphs[count - 1]!;
    const tokenEnd = last.sentenceEnd > 0 ? from.sentences[last.sentenceEnd - 1]!.tokenEnd : 0;
    this.paragraphs = from.paragraphs.slice(0, count);
    this.sentences = from.sentences.slice(0, last.sentenceEnd);
    this.tokens.starts.pushRange(flat.starts, 0, tokenEnd);
    this.tokens.ids.pushRange(flat.ids, 0, tokenEnd);
    this.tokens.features.pushRange(from.tokenFeatures, 0, tokenEnd);
  }

  /** Appends an earlier Article's paragraph `shift` code units later: its sentences and tokens, moved. */
  move(from: Article, index: number, shift: number): void {
    const { tokens, sentences } = this;
    const flat = from.tokens as FlatTokens;
    const p = from.paragraphs[index]!;
    const pIndex = this.paragraphs.length;
    const sentenceFrom = sentences.length;
    const tokenFrom = p.sentenceEnd > p.sentenceStart ? from.sentences[p.sentenceStart]!.tokenStart : 0;
    const tokenTo = p.sentenceEnd > p.sentenceStart ? from.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
    const tokenShift = tokens.length - tokenFrom;
    for (let k = tokenFrom; k < tokenTo; k++) tokens.starts.push(flat.starts[k]! + shift);
    tokens.ids.pushRange(flat.ids, tokenFrom, tokenTo);
    tokens.features.pushRange(from.tokenFeatures, tokenFrom, tokenTo);
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = from.sentences[si]!;
      sentences.push({ index: sentences.length, paragraph: pIndex, start: s.start + shift, end: s.end + shift, tokenStart: s.tokenStart + tokenShift, tokenEnd: s.tokenEnd + tokenShift });
    }
    this.paragraphs.push({ index: pIndex, start: p.start + shift, end: p.end + shift, sentenceStart: sentenceFrom, sentenceEnd: sentences.length });
  }

  article(): Article {
    const { text, paragraphs, sentences } = this;
    const tokens = new FlatTokens(this.tokens.starts.toArray(), this.tokens.ids.toArray(), this.tokens.vocabulary);
    return { text, paragraphs, sentences, tokens, tokenFeatures: this.tokens.features.toArray(), headline: findHeadline(text, paragraphs) };
  }
}

/** A first paragraph that is short and does not end like a sentence reads as a headline. */
function findHeadline(text: string, paragraphs: readonly Paragraph[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const line = text.slice(first.start, first.end);
  if (line.length > 200) return null;
  // A full stop ends a sentence, not a headline, unless the line is in title case (some feeds add one).
  if (/[.!?:]$/.test(line) && !/['’"”]$/.test(line) && !(line.endsWith('.') && isTitleCase(line))) return null;
  if (/^[A-Z][A-Z .,]+(?:,\s*[A-Z][\w .]*)?\s*(?:--|—|–|:)/.test(line)) return null; // a dateline paragraph
  return { start: first.start, end: first.end };
}

/** Most words of four letters or more capitalised: "Obama Sees ‘Personal Insult’ if Blacks Don’t Rally". */
export function isTitleCase(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  let upper = 0;
  for (const w of words) if (w[0] !== w[0]!.toLowerCase()) upper++;
  return upper / words.length >= 0.8;
}

/** Index of the sentence that contains offset, or -1. Binary search. */
export function sentenceAt(article: Article, offset: number): number {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** No tokens: the Article of an analysis that stopped before its text was split (never a base to re-split from). */
export const NO_TOKENS: TokenList = {
  length: 0,
  at: () => undefined,
  word: () => undefined,
  start: () => NaN,
  end: () => NaN,
};

/** The tokens [from, to) of a list as an array: for tests and tools, never inside the analysis. */
export function tokenArray(tokens: TokenList, from = 0, to = tokens.length): Token[] {
  const out: Token[] = [];
  for (let i = from; i < to; i++) out.push(tokens.at(i)!);
  return out;
}

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(article: Article, offset: number): number {
  const t = article.tokens;
  const starts = t instanceof FlatTokens ? t.starts : null;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts ? starts[mid]! : t.at(mid)!.start) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
