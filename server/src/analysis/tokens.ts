// How an Article holds its tokens: the vocabulary of distinct words, and token lists stored flat
// (offsets and word numbers in typed arrays), with the short-lived token objects read from them.

import type { Token, TokenKind, TokenList, TokenWord } from './types';
import { wordFeatures, type WordFeatures } from './word-features';

/** A distinct token: its text, lower case and kind, held once however often the text repeats it. */
export interface Word extends WordFeatures {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
}

/**
 * A token is its offset and its word: `end`, `text`, `lower` and `kind` read the word. An Article
 * keeps neither: `TokenList.at` makes one when asked (see FlatTokens), so a long text holds no
 * object per token (a 10 MB document has 1.8 million tokens).
 */
export class WordToken implements Token {
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
  get figure(): number {
    return this.word.figure;
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
  /** The words by number, in the order first seen (the table's own list). */
  readonly words: Word[];
  /**
   * By code unit below 128, the number of the one-unit mark or symbol token of that unit (-1 until
   * met): its kind depends on the unit alone, so the tokenizer looks it up once, not per token.
   */
  asciiMarks = new Int32Array(128).fill(-1);
  /** How many words a fresh split of the text found; later versions only add to `words`. */
  freshSize = 0;

  constructor(private readonly table = new WordTable()) {
    this.words = table.words;
  }

  /** A copy that numbers every word as this one does: the next version of a document adds to it. */
  clone(): Vocabulary {
    const copy = new Vocabulary(this.table.clone());
    copy.asciiMarks = this.asciiMarks.slice();
    copy.freshSize = this.freshSize;
    return copy;
  }

  /** The feature bits of word number id (its Word's `features`). */
  featuresOf(id: number): number {
    return this.table.bits.data[id]!;
  }

  /** The length of word number id (its Word's `text.length`). */
  lengthOf(id: number): number {
    return this.table.lengths.data[id]!;
  }

  /** The number of the shared word for the token text[start, end) of a kind. */
  idAt(text: string, start: number, end: number, kind: TokenKind): number {
    let h = wordHashSeed(kind);
    for (let i = start; i < end; i++) h = wordHashStep(h, text.charCodeAt(i));
    return this.idOfHashed(text, start, end, kind, h);
  }

  /**
   * idAt for a token whose hash the caller worked out while reading it: wordHashStep over each code
   * unit of text[start, end), from wordHashSeed(kind). The tokenizer hashes a word as it scans it.
   */
  idOfHashed(text: string, start: number, end: number, kind: TokenKind, h: number): number {
    const found = this.table.find(text, start, end, kind, h);
    return found >= 0 ? found : this.table.add(-found - 1, h, sharedWord(text, start, end, kind, h));
  }

  /** idOfHashed for a token read from code units (tokenizer.ts's CodeUnits): units[k - base] is text.charCodeAt(k). */
  idOfUnits(text: string, units: Uint16Array, base: number, start: number, end: number, kind: TokenKind, h: number): number {
    const found = this.table.findUnits(units, base, start, end, kind, h);
    return found >= 0 ? found : this.addFromUnits(text, units, base, start, end, kind, h, -found - 1);
  }

  /**
   * idOfUnits for a word the document's table lacks, at the free slot the probe gave. Apart, so that
   * idOfUnits stays small enough for the compiler to inline into the tokenizer's loop: with the new
   * word's making (sharedWord, wordFeatures) in it, the look-up stopped being inlined (a profile put
   * the call at about 1.5 ms of a 1 MB analysis).
   */
  private addFromUnits(text: string, units: Uint16Array, base: number, start: number, end: number, kind: TokenKind, h: number, slot: number): number {
    return this.table.add(slot, h, sharedWord(text, start, end, kind, h), units, start - base);
  }
}

/** Int32 values appended one at a time: the tokens' feature bits, collected without boxing into a JS array. */
export class Int32Buffer {
  /** The values, with room beyond `length` (TokenBuffer.push writes its three buffers in one step). */
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  /** Appends values[from, to). */
  pushRange(values: Int32Array, from: number, to: number): void {
    this.reserve(to - from);
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

  /**
   * The values pushed so far, for a buffer that is done: a view of its storage when at least half
   * of it is used (an Article's tokens fill about three quarters of theirs), else a copy. Copying
   * the three token arrays of a long text cost more than the unused tail does in memory.
   */
  finish(): Int32Array {
    return this.length * 2 >= this.data.length ? this.data.subarray(0, this.length) : this.data.slice(0, this.length);
  }

  /** Room for `more` values, doubling the capacity as often as needed. */
  private reserve(more: number): void {
    let capacity = this.data.length;
    while (this.length + more > capacity) capacity *= 2;
    if (capacity === this.data.length) return;
    const grown = new Int32Array(capacity);
    grown.set(this.data);
    this.data = grown;
  }
}

/**
 * Words by a hash of their characters and kind (see wordHashSeed), in open addressing. Slot k holds
 * the hash at 2k and the word's index + 1 (0: empty) at 2k + 1; where the word's characters start
 * in `units`, and its length and kind, are read by its index, only when the hash matches. A probe
 * compares the word in place in the text against `units`, one flat array, so it touches neither the
 * Word nor its string: those lie scattered over the heap. Two numbers a slot make the table half the
 * size four did, so more of it stays in cache; a slot's other words cost nothing to pass. A word found
 * costs no new string. Each Vocabulary has one; the process keeps one more for the words its
 * documents share (sharedWord).
 */
class WordTable {
  private slots = new Int32Array(2048);
  /** Every word's code units, one after another, in the order added. */
  private units = new Uint16Array(8192);
  private unitCount = 0;
  readonly words: Word[] = [];
  /** Each word's feature bits by its index: what the tokenizer copies per token, read without loading the Word. */
  readonly bits = new Int32Buffer(1024);
  /** Each word's length by its index: a token's end, read without loading the Word. */
  readonly lengths = new Int32Buffer(1024);
  /** Each word's length and kind (shapeOf) by its index. */
  private readonly shapes = new Int32Buffer(1024);
  /** Where each word's characters start in `units`, by its index. */
  private readonly froms = new Int32Buffer(1024);

  /** The index of the word text[start, end) of a kind, whose hash is h; if none, -1 - the free slot it would take. */
  find(text: string, start: number, end: number, kind: TokenKind, h: number): number {
    return this.probe(h, shapeOf(end - start, kind), null, text, start, end);
  }

  /** find for a word read from code units: units[k - base] is text.charCodeAt(k). */
  findUnits(units: Uint16Array, base: number, start: number, end: number, kind: TokenKind, h: number): number {
    return this.probe(h, shapeOf(end - start, kind), units, '', start - base, end - base);
  }

  /** The probe of find and findUnits: the word is units[start, end) when units are given, else text[start, end). */
  private probe(h: number, shape: number, units: Uint16Array | null, text: string, start: number, end: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = homeSlot(h, mask);
    for (;;) {
      const index = slots[(slot << 1) + 1]!;
      if (index === 0) return -1 - slot;
      if (slots[slot << 1] === h && this.shapes.data[index - 1] === shape) {
        const from = this.froms.data[index - 1]!;
        if (units ? this.sameAsUnits(from, units, start, end) : this.sameUnits(from, text, start, end)) return index - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the units from `from` in the pool are text[start, end). */
  private sameUnits(from: number, text: string, start: number, end: number): boolean {
    const units = this.units;
    for (let k = start, u = from; k < end; k++, u++) if (units[u] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Whether the units from `from` in the pool are units[start, end). */
  private sameAsUnits(from: number, units: Uint16Array, start: number, end: number): boolean {
    const pool = this.units;
    for (let k = start, p = from; k < end; k++, p++) if (pool[p] !== units[k]) return false;
    return true;
  }

  /**
   * Adds a word find did not find, at the free slot it gave; returns the word's index. `source`, when
   * given, holds the word's code units from `sourceStart` (the tokenizer's window): read from there,
   * as reading the word's string unit by unit (a slice of the document) cost a third of adding it.
   */
  add(slot: number, h: number, word: Word, source: Uint16Array | null = null, sourceStart = 0): number {
    const text = word.text;
    if (this.unitCount + text.length > this.units.length) {
      const grown = new Uint16Array(Math.max(2 * this.units.length, this.unitCount + text.length));
      grown.set(this.units.subarray(0, this.unitCount));
      this.units = grown;
    }
    const from = this.unitCount;
    const pool = this.units;
    if (source !== null) for (let k = 0; k < text.length; k++) pool[from + k] = source[sourceStart + k]!;
    else for (let k = 0; k < text.length; k++) pool[from + k] = text.charCodeAt(k);
    this.unitCount += text.length;
    this.words.push(word);
    this.bits.push(word.features);
    this.lengths.push(text.length);
    this.shapes.push(shapeOf(text.length, word.kind));
    this.froms.push(from);
    this.slots[slot << 1] = h;
    this.slots[(slot << 1) + 1] = this.words.length;
    // Doubled when half full, so probe runs stay short.
    if (this.words.length * 4 > this.slots.length) this.slots = grownSlots(this.slots);
    return this.words.length - 1;
  }

  clone(): WordTable {
    const copy = new WordTable();
    copy.slots = this.slots.slice();
    copy.units = this.units.slice(0, Math.max(this.unitCount, 1));
    copy.unitCount = this.unitCount;
    copy.bits.pushRange(this.bits.data, 0, this.bits.length);
    copy.lengths.pushRange(this.lengths.data, 0, this.lengths.length);
    copy.shapes.pushRange(this.shapes.data, 0, this.shapes.length);
    copy.froms.pushRange(this.froms.data, 0, this.froms.length);
    for (const w of this.words) copy.words.push(w);
    return copy;
  }
}

/** A word's length and kind in one number, as a slot holds them. */
function shapeOf(length: number, kind: TokenKind): number {
  return length * 8 + kindCode(kind);
}

function kindCode(kind: TokenKind): number {
  switch (kind) {
    case 'word':
      return 0;
    case 'number':
      return 1;
    case 'quote':
      return 2;
    case 'punct':
      return 3;
    default:
      return 4;
  }
}

/** A table of slots twice the size, each entry placed again: tables grow when half full, so probe runs stay short. */
function grownSlots(old: Int32Array): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(old.length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let o = 0; o < old.length; o += 2) {
    if (old[o + 1] === 0) continue;
    let slot = homeSlot(old[o]!, mask);
    while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot << 1] = old[o]!;
    slots[(slot << 1) + 1] = old[o + 1]!;
  }
  return slots;
}

/** Where a hash's probe starts: the high bits folded in, so that a table of 2^k slots sees all of the hash. */
function homeSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

/** Where a token's hash starts (FNV-1a, its offset basis mixed with the kind): see idOfHashed. */
export function wordHashSeed(kind: TokenKind): number {
  // A switch, not a table indexed by the kind's name: that keyed look-up cost more than the hashing.
  switch (kind) {
    case 'word':
      return WORD_SEED;
    case 'number':
      return 0x811c9dc5 ^ 0x9e3779b9;
    case 'quote':
      return 0x811c9dc5 ^ 0x7f4a7c15;
    case 'punct':
      return 0x811c9dc5 ^ 0x94d049bb;
    default:
      return 0x811c9dc5 ^ 0x2545f491;
  }
}

/** wordHashSeed('word'). */
export const WORD_SEED = 0x811c9dc5 | 0;

/** The hash after one more code unit. */
export function wordHashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/**
 * The Word for the token text[start, end) of a kind, whose hash is h (as idOfHashed). A Word depends
 * on nothing but its text and kind, so the words met in earlier documents are kept for the whole
 * process (as spaCy's vocabulary keeps lexemes): a news article is mostly words the last one used,
 * and working out a new word's lower case and features costs more than reading it. Each document
 * still numbers its own words (Vocabulary). The kept words are found by the hash the tokenizer
 * already worked out and compared in place, so a word kept before costs no string of its own.
 */
function sharedWord(text: string, start: number, end: number, kind: TokenKind, h: number): Word {
  const found = shared.find(text, start, end, kind, h);
  if (found >= 0) return shared.words[found]!;
  const word = makeWord(text.slice(start, end), kind);
  // A longer slice points into the document's text and would keep it alive: only short words are kept.
  if (end - start < COPIED_SLICE_LENGTH && shared.words.length < MAX_SHARED_WORDS) shared.add(-found - 1, h, word);
  return word;
}

function makeWord(text: string, kind: TokenKind): Word {
  const lower = text.toLowerCase();
  const { folded, stem, features, figure } = wordFeatures(text, lower, kind);
  return { text, lower, kind, folded, stem, features, figure };
}

/** Words met so far in this process, in a table like Vocabulary's (see sharedWord). */
let shared = new WordTable();

/** At most this many shared words (about 10 MB); later new words are made per document. */
const MAX_SHARED_WORDS = 50_000;

/** V8 copies a slice shorter than this (SlicedString::kMinLength); a longer one keeps its parent string. */
const COPIED_SLICE_LENGTH = 13;

/** Forgets the shared words: for measurements of a process's first document, never needed for results. */
export function forgetSharedWords(): void {
  shared = new WordTable();
}


/**
 * Tokens as they are made: each token's offset, word and feature bits appended to flat buffers,
 * with no object per token.
 */
export class TokenBuffer {
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
    this.pushWord(start, id, this.vocabulary.featuresOf(id));
  }

  /** push for a word whose feature bits (its Word's `features`) the caller has read already. */
  pushWord(start: number, id: number, bits: number): void {
    const { starts, ids, features } = this;
    const n = starts.length;
    // Every token passes here: while all three have room, one test instead of one per buffer.
    if (n < starts.data.length && n < ids.data.length && n < features.data.length) {
      starts.data[n] = start;
      ids.data[n] = id;
      features.data[n] = bits;
      starts.length = ids.length = features.length = n + 1;
      return;
    }
    starts.push(start);
    ids.push(id);
    features.push(bits);
  }

  word(i: number): Word {
    return this.vocabulary.words[this.ids.get(i)]!;
  }

  start(i: number): number {
    return this.starts.get(i);
  }

  end(i: number): number {
    return this.starts.get(i) + this.vocabulary.lengthOf(this.ids.get(i));
  }
}

/**
 * An Article's tokens as flat arrays: offsets and word numbers (into the vocabulary) in Int32Arrays.
 * No object per token is kept (the garbage collector has nothing to copy or mark per token); `at`
 * makes the token asked for, which dies young.
 */
export class FlatTokens implements TokenList {
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
    return this.starts[index]! + this.vocabulary.lengthOf(this.ids[index]!);
  }

  /** What JSON shows: the tokens, as an array would. */
  toJSON(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.length; i++) out.push(new WordToken(this.starts[i]!, this.vocabulary.words[this.ids[i]!]!).toJSON());
    return out;
  }
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
