// Cuts a span of text into tokens: words (apostrophes, hyphens and initials kept inside), numbers,
// quotation marks, punctuation and symbols, each looked up once in the vocabulary.

import type { Token, TokenKind } from './types';
import { TokenBuffer, Vocabulary, WORD_SEED, wordHashStep, WordToken } from './tokens';
import { TAKES_DOT } from './word-features';
import statisticWords from './data/statistic-words.json';

const LETTER = /[\p{L}\p{M}]/u;

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a letter or mark, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

export function isLetter(ch: string): boolean {
  if (ch.length !== 1) return ch !== '' && LETTER.test(ch);
  return isUnitLetter(ch.charCodeAt(0));
}

/** LETTER's answer for one code unit of the Basic Multilingual Plane, read from a table: this runs for every character. */
function isUnitLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = LETTER_UNITS[code]!;
  if (known === 0) LETTER_UNITS[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e']);

export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** The characters a regular expression's \s matches (and String.prototype.trim removes), by code unit. */
export function isWhiteSpace(code: number): boolean {
  // Printable ASCII first: the usual unit, and none of it white space but the space.
  if (code > 32 && code < 0xa0) return false;
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The words tokenize() has met: one table for every call. A table of its own per call (its slot and
 * unit arrays) made the phrase lists' first use most of a process's first analysis (about 60 ms).
 */
let listVocabulary: Vocabulary | null = null;

/** Tokenizes a span of the text into tokens you can hold: for word lists and tests, not for whole articles. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const buffer = new TokenBuffer(64, (listVocabulary ??= new Vocabulary()));
  tokenizeInto(text, from, to, buffer);
  const out: Token[] = [];
  for (let i = 0; i < buffer.length; i++) out.push(new WordToken(buffer.starts.get(i), buffer.word(i)));
  return out;
}

/** Tokenizes a span of the text. Apostrophes inside or at the end of words (China's, Russia’s, ’90s, rock 'n' roll) stay in the word. */
export function tokenizeInto(text: string, from: number, to: number, tokens: TokenBuffer, units: CodeUnits = codeUnits(text, from, to)): void {
  const first = tokens.length;
  const vocabulary = tokens.vocabulary;
  // The hot loops read code units from a typed array: V8 reads one faster than a string's charCodeAt.
  const u = units.units;
  const base = units.base;
  let i = from;
  while (i < to) {
    const code = u[i - base]!;
    // Most tokens start with an ASCII letter: test that first, before the space and digit cases.
    const asciiLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (!asciiLetter && isSpace(code)) {
      i++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < to) {
        const c = u[j - base]!;
        if (c >= 48 && c <= 57) j++;
        else if ((c === 44 || c === 46) && j + 1 < to && isDigitCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      pushToken(tokens, text, i, j, 'number');
      i = j;
      continue;
    }
    const width = asciiLetter ? 1 : letterWidth(text, i);
    if (width > 0) {
      let j = i + width;
      // The vocabulary's hash of the word, worked out while it is read rather than in a second pass.
      let h = asciiLetter ? wordHashStep(WORD_SEED, code) : hashRange(WORD_SEED, text, i, j);
      while (j < to) {
        const c = u[j - base]!;
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
          h = wordHashStep(h, c);
          j++;
          continue;
        }
        if (c >= 48 && c <= 57) {
          // "R50,000", "Sh2,900": a currency's letters against the amount are a word of their own.
          if (j - i <= MAX_GLUED_CURRENCY && gluedCurrencyAt(text, i, j, to)) break;
          h = wordHashStep(h, c);
          j++;
          continue;
        }
        // Any other ASCII unit but the joiners (- . & ' below) ends the word: most often a space.
        if (c < 128 && c !== 45 && c !== 46 && c !== 38 && c !== 39) break;
        const w = wordCharWidth(text, j);
        if (w > 0) {
          h = hashRange(h, text, j, j + w);
          j += w;
          continue;
        }
        // The character after the joiner may be astral (two code units): step over all of it.
        if (c === 45 || c === 0x2011 || c === 46 || c === 38) {
          const next = j + 1 < to ? wordCharWidth(text, j + 1) : 0;
          if (next > 0 && !(c === 46 && !isAbbrevDot(text, i, j))) {
            h = hashRange(h, text, j, j + 1 + next);
            j += 1 + next;
            continue;
          }
          break;
        }
        if (c === 39 || c === 0x2019) {
          const next = j + 1 < to ? letterWidth(text, j + 1) : 0;
          if (next > 0) {
            h = hashRange(h, text, j, j + 1 + next);
            j += 1 + next;
            continue;
          }
          // "the employers' association": a plural's possessive mark, not a closing quotation mark.
          if (pluralPossessiveAt(text, i, j, to)) {
            h = hashRange(h, text, j, j + 1);
            j++;
          }
        }
        break;
      }
      let id = vocabulary.idOfUnits(text, u, base, i, j, 'word', h);
      // The word's bits, read once: for its period below and for the token.
      let bits = vocabulary.featuresOf(id);
      // Honorifics and initials keep their period ("Mr.", "G.K."): it ends no sentence and belongs to the name.
      // Whether a word takes it is a bit of the word (TAKES_DOT), read once the word is looked up.
      // Not a unit's letter glued to its number ("rose above –20C. Analysis …"): its full stop ends the sentence.
      if (j < to && u[j - base] === 46 && (bits & TAKES_DOT) !== 0 && !(i > 0 && isAsciiDigit(text.charCodeAt(i - 1)))) {
        id = dottedId(vocabulary, text, i, j, h);
        bits = vocabulary.featuresOf(id);
        j++;
      }
      tokens.pushWord(i, id, bits);
      i = j;
      continue;
    }
    if (code < 128 && code !== 39 && code !== 96) {
      // An ASCII mark or symbol other than ' and ` (read in context below) is one token whatever surrounds it.
      let id = vocabulary.asciiMarks[code]!;
      if (id < 0) vocabulary.asciiMarks[code] = id = vocabulary.idAt(text, i, i + 1, code === 34 ? 'quote' : PUNCT.has(code) ? 'punct' : 'symbol');
      tokens.push(i, id);
      i++;
      continue;
    }
    i = otherToken(text, i, to, tokens, first, code);
  }
}

/** Currencies written as letters glued to the amount ("R50,000", "KSh3,000"), as written. */
const GLUED_CURRENCIES: ReadonlySet<string> = new Set(statisticWords.currencyAbbreviations);
const MAX_GLUED_CURRENCY = 3;

/**
 * Whether text[i, j), letters before a digit at j, is a currency glued to its amount: listed, and two
 * digits or a digit and a group or decimal mark follow ("R50,000", "Sh2,900", "R24bn"; "R2" stays a
 * word, as "G7" and "B52" do).
 */
function gluedCurrencyAt(text: string, i: number, j: number, to: number): boolean {
  if (j + 2 >= to) return false;
  const next = text.charCodeAt(j + 1);
  // A second digit, or a group or decimal mark and a digit ("Sh2,900", "R3.5bn").
  const amount = isDigitCode(next) || ((next === 44 || next === 46) && isDigitCode(text.charCodeAt(j + 2)));
  return amount && GLUED_CURRENCIES.has(text.slice(i, j));
}

/**
 * The token at text[i], a unit the main loop does not read itself (not a space, digit, letter or
 * plain ASCII mark): an apostrophe or backquote read in context, a quotation mark, an astral symbol,
 * any other mark. Pushes it and returns where the next token may start. Apart from the hot loop, so
 * that the loop stays small enough for the compiler to inline the word table's look-up into it.
 */
function otherToken(text: string, i: number, to: number, tokens: TokenBuffer, first: number, code: number): number {
  const ch = charAt(text, i);
  if ((code === 39 || code === 0x2019) && tokens.length > first && tokens.word(tokens.length - 1).kind === 'word') {
    // Text rebuilt from tokens spaces out clitics ("Trump 's", "I ’m"): keep them words, not quotation marks.
    const m = CLITIC_AHEAD.exec(text.slice(i + 1, Math.min(to, i + 4)));
    if (m) {
      pushToken(tokens, text, i, i + 1 + m[0].length, 'word');
      return i + 1 + m[0].length;
    }
  }
  if ((code === 39 || code === 0x2019) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1)) && decadeAhead(text, i + 1, to)) {
    // ’90s: an elided century, not a quotation mark.
    let j = i + 1;
    while (j < to && isDigitCode(text.charCodeAt(j))) j++;
    if (j < to && text[j] === 's') j++;
    pushToken(tokens, text, i, j, 'word');
    return j;
  }
  if ((ch === "'" || ch === '`') && text[i + 1] === ch && i + 1 < to) {
    // '' and `` stand for double quotation marks in some newswire text.
    pushToken(tokens, text, i, i + 2, 'quote');
    return i + 2;
  }
  if (isQuoteMark(ch)) {
    pushToken(tokens, text, i, i + 1, 'quote');
    return i + 1;
  }
  if (isSurrogateHigh(code)) {
    // A pair is one symbol; a lone high surrogate (charAt gives one unit) is one on its own, never half of the next pair.
    const n = withPresentation(text, i + (i + ch.length <= to ? ch.length : 1), to);
    pushToken(tokens, text, i, n, 'symbol');
    return n;
  }
  if (PUNCT.has(code)) {
    pushToken(tokens, text, i, i + 1, 'punct');
    return i + 1;
  }
  const n = withPresentation(text, i + 1, to);
  pushToken(tokens, text, i, n, 'symbol');
  return n;
}

/**
 * Past the variation selectors that ask for a symbol's emoji or text form ("✉️" is U+2709 U+FE0F):
 * they belong to the symbol before them, not to a word of their own (they are marks, which words take).
 */
function withPresentation(text: string, j: number, to: number): number {
  while (j < to && (text.charCodeAt(j) === 0xfe0f || text.charCodeAt(j) === 0xfe0e)) j++;
  return j;
}

/** How far back (UTF-16 units) pluralPossessiveAt looks for an open quotation. */
const MAX_QUOTE_REACH = 2000;

/**
 * Whether the mark at `mark`, right after the word that starts at `start`, is a plural's possessive
 * ("employers' association", "the teachers’ union"): the word ends in s, a space and a lower-case
 * letter follow, and no single quotation opened earlier on the line is still open (in "called them
 * 'bad actors' and said" the mark closes the quotation).
 */
function pluralPossessiveAt(text: string, start: number, mark: number, to: number): boolean {
  const s = text.charCodeAt(mark - 1);
  if ((s !== 115 && s !== 83) || mark + 2 >= to || text.charCodeAt(mark + 1) !== 32) return false;
  const after = text.charCodeAt(mark + 2);
  // A lower-case word after it ("the employers' association"), or a capital after a capitalised plural:
  // "the Kanyoro Growers' Association", "Veterans' Affairs".
  const capitalised = after >= 65 && after <= 90 && isUpperCode(text.charCodeAt(start));
  if ((after < 97 || after > 122) && !capitalised) return false;
  // Read the line from its start: a mark after a space (or an opening bracket) and before a letter
  // opens a quotation; a later mark with no letter after it closes the open one ("here,'", "actors'");
  // "don't" and "Jones's" do neither.
  // At most a paragraph's length back: a text of one long line must not make each such word read all of it.
  let lineStart = start;
  while (lineStart > 0 && lineStart > start - MAX_QUOTE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let open = false;
  for (let k = lineStart; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 39 && c !== 0x2018 && c !== 0x2019) continue;
    const before = k > 0 ? text.charCodeAt(k - 1) : 32;
    const letterAfter = letterWidth(text, k + 1) > 0;
    const spaceBefore = k === lineStart || isSpace(before) || before === 40 || before === 91 || before === 34 || before === 0x201c;
    if (c === 0x2018 || (spaceBefore && letterAfter)) open = true;
    else if (!letterAfter) open = false;
  }
  return !open;
}

/** Pushes the token text[start, end) of a kind, its word looked up by its text. */
function pushToken(tokens: TokenBuffer, text: string, start: number, end: number, kind: TokenKind): void {
  tokens.push(start, tokens.vocabulary.idAt(text, start, end, kind));
}

/** Code units text[base, base + units.length) in a typed array, which the tokenizer reads instead of the string. */
export interface CodeUnits {
  readonly units: Uint16Array;
  readonly base: number;
}

/** The code units of text[from, to): one native copy where Node's Buffer is at hand (UTF-16 is what a string holds). */
export function codeUnits(text: string, from = 0, to = text.length): CodeUnits {
  if (typeof Buffer !== 'function') {
    // Outside Node (a browser build of the library): the same units, one at a time.
    const units = new Uint16Array(to - from);
    for (let k = from; k < to; k++) units[k - from] = text.charCodeAt(k);
    return { units, base: from };
  }
  const bytes = Buffer.from(from === 0 && to === text.length ? text : text.slice(from, to), 'utf16le');
  // A Buffer from Node's pool may start at an odd byte: a Uint16Array needs an even one.
  const units = bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1) : new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return { units, base: from };
}

/** Code units a window holds (see unitsWindow): 128 KB, kept for the process. */
const WINDOW_UNITS = 1 << 16;

/** The window's storage, made at first use: a Buffer so that Node writes a string's units into it natively. */
let windowBytes: Buffer | null = null;

/**
 * The code units of text from `from` on, at least to `to`, in one buffer the process reuses: the units
 * of a long text are read a window at a time. A copy of a whole 10 MB text was 20 MB of fresh memory
 * each time, and the machine's first touch of each of its pages (5,000 faults) cost more than the
 * copy. Valid until the next call; text[from, to) longer than a window gets a copy of its own.
 */
export function unitsWindow(text: string, from: number, to: number): CodeUnits {
  if (to - from > WINDOW_UNITS || typeof Buffer !== 'function') return codeUnits(text, from, to);
  windowBytes ??= Buffer.alloc(2 * WINDOW_UNITS);
  const end = Math.min(text.length, from + WINDOW_UNITS);
  windowBytes.write(text.slice(from, end), 0, 'utf16le');
  return { units: new Uint16Array(windowBytes.buffer, windowBytes.byteOffset, end - from), base: from };
}

/** The word text[start, end] with its period (text[end] is '.'), whose hash before the period is h. */
function dottedId(vocabulary: Vocabulary, text: string, start: number, end: number, h: number): number {
  return vocabulary.idOfHashed(text, start, end + 1, 'word', wordHashStep(h, 46));
}

/** h stepped over the code units text[from, to). */
function hashRange(h: number, text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) h = wordHashStep(h, text.charCodeAt(k));
  return h;
}

const PUNCT: ReadonlySet<number> = new Set([...'.,;:!?()[]{}-\u2013\u2014\u2026/'].map((c) => c.charCodeAt(0)));

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Code units taken by the letter (or mark) at i: 0 if none, 2 for an astral letter. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isSurrogateHigh(code)) {
    const ch = charAt(text, i);
    return ch.length === 2 && LETTER.test(ch) ? 2 : 0;
  }
  return isUnitLetter(code) ? 1 : 0;
}

function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57 ? 1 : letterWidth(text, i);
}

const CLITIC_AHEAD = /^(?:s|m|d|t|re|ve|ll)(?![\p{L}\p{N}])/iu;

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

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a code unit is an ASCII digit 0-9. */
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
