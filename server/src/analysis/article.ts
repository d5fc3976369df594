// Splits a text once into paragraphs, sentences and tokens, all with offsets.
// Every other analysis reads this model; none of them re-scans the raw text for structure.

import type { Article, Paragraph, Sentence, Span } from './types';
import { ABBREVIATIONS } from './lexicon';
import { editedLines, textEdit } from './edit';
import { FlatTokens, TokenBuffer, Vocabulary, type Word } from './tokens';
import { isSpace, tokenizeInto, unitsWindow, type CodeUnits } from './tokenizer';
import { SENTENCE_END } from './word-features';
import type { SentenceOrigins } from './reuse';

/**
 * Non-empty lines are paragraphs: news text puts one paragraph on a line. Any "\n" or "\r" ends a
 * line, so the paragraphs of text[from, to) are those of the whole text when both ends are line ends.
 */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let lineStart = from;
  // The regular expression engine finds line ends several times faster than a test per character in
  // JavaScript. Not indexOf(…, from): Node 20's optimised indexOf was seen to rescan a 10 MB text from
  // the start on each call (20 s for one split), depending on how V8 compiled the caller.
  LINE_END.lastIndex = from;
  for (;;) {
    // test, not exec: no match array per line (on 10 MB, half the time of the split).
    const i = LINE_END.test(text) && LINE_END.lastIndex - 1 < to ? LINE_END.lastIndex - 1 : to;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // A line holding only an HTML comment (a sourced-disable directive) is not part of the article.
    if (e > s && !(text.startsWith('<!--', s) && text.startsWith('-->', e - 3) && text.indexOf('-->', s) === e - 3)) out.push({ start: s, end: e });
    if (i >= to) break;
    lineStart = text.charCodeAt(i) === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    LINE_END.lastIndex = lineStart;
  }
  return out;
}

/** Any "\n" or "\r" (a "\r\n" pair is read as one line end by splitParagraphs). */
const LINE_END = /[\r\n]/g;

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

/**
 * A run-on "sentence" longer than this (text pasted without full stops) is cut into pieces of this
 * many tokens, so that the per-sentence searches of the analyses stay linear in the text's length.
 * News sentences stay far below it (the longest in the samples and gold texts has 93 tokens).
 */
export const MAX_SENTENCE_TOKENS = 400;

/** The sentences of paragraph `paragraph`, whose tokens are [from, to): appended to `sentences`, in order. */
function splitSentences(tokens: TokenBuffer, from: number, to: number, text: string, sentences: Sentence[], paragraph: number): void {
  let start = from;
  for (let i = from; i < to; i++) {
    if (i - start >= MAX_SENTENCE_TOKENS) {
      addSentence(sentences, tokens, paragraph, start, i);
      start = i;
    }
    // The flat bit: most tokens end no sentence, and their Word need not be loaded.
    if ((tokens.features.get(i) & SENTENCE_END) === 0) continue;
    const t = tokens.word(i);
    // Ellipses inside a sentence ("countries... any") and abbreviations do not end it.
    let end = i + 1;
    while (end < to && tokens.word(end).kind === 'punct' && (tokens.word(end).text === '.' || tokens.word(end).text === '!' || tokens.word(end).text === '?')) end++;
    while (end < to && CLOSERS.has(tokens.word(end).text) && tokens.start(end) === tokens.end(end - 1)) end++;
    if (end >= to) continue;
    const next = tokens.word(end);
    const nextStart = tokens.start(end);
    if (nextStart === tokens.end(end - 1)) continue; // no space: "3.6", "U.S.A"
    // Not a unit's letter glued to its number: "rose above –20C. Analysis …" ends there.
    if (t.text === '.' && i > from && tokens.end(i - 1) === tokens.start(i) && isAbbreviation(tokens.word(i - 1), next) && !(i - 2 >= from && tokens.word(i - 2).kind === 'number' && tokens.end(i - 2) === tokens.start(i - 1))) continue;
    // "PORTLAND, Ore. — A measles outbreak …": a dateline's abbreviated region runs on into its dash.
    if (t.text === '.' && i > from && end === i + 1 && isDatelineRegion(tokens.word(i - 1)) && (next.text === '—' || next.text === '–')) continue;
    if (t.text === '…' || (end - i >= 3 && t.text === '.')) {
      if (!startsUpper(next, nextStart, text)) continue;
    }
    if (!startsSentence(next, nextStart, text)) continue;
    if (end <= start) continue; // a mark inside the run just taken ("! ." before a quote) would end an empty sentence
    addSentence(sentences, tokens, paragraph, start, end);
    start = end;
  }
  if (start < to) addSentence(sentences, tokens, paragraph, start, to);
}

/** Appends the sentence of tokens [a, b) of a paragraph: a function, not a closure made per paragraph. */
function addSentence(sentences: Sentence[], tokens: TokenBuffer, paragraph: number, a: number, b: number): void {
  sentences.push({ index: sentences.length, paragraph, start: tokens.start(a), end: tokens.end(b - 1), tokenStart: a, tokenEnd: b });
}

/** A word right before a full stop (no space between) that keeps it: an initial, "U.S.", "Gov". */
function isAbbreviation(prev: Word, next: Word): boolean {
  // "No." abbreviates a number only before one ("No. 10"); she said: "No." ends a sentence.
  if (prev.lower === 'no') return next.kind === 'number';
  if (prev.kind === 'word' && prev.text.length === 1 && isUpperLetter(prev.text)) return true; // initials: "D. Trump"
  if (prev.kind === 'word' && prev.text.includes('.')) return true; // "U.S." "D.C."
  return prev.kind === 'word' && ABBREVIATIONS.has(prev.lower);
}

/** A short capitalised word a dateline abbreviates a region with ("Ore.", "Calif.", "Wash."). */
function isDatelineRegion(prev: Word): boolean {
  return prev.kind === 'word' && prev.text.length <= 5 && isUpperLetter(prev.text[0]!) && prev.text.slice(1) === prev.lower.slice(1);
}

/** Whether a one-unit text is an upper-case letter (\p{Lu}): A to Z by code, the regex only beyond ASCII. */
function isUpperLetter(unit: string): boolean {
  const code = unit.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(unit);
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
  return splitArticle(text, previous).article;
}

/** parseArticle, and where the sentences of the new Article came from when it was split from `previous`. */
export function splitArticle(text: string, previous?: Article): { readonly article: Article; readonly origins: SentenceOrigins | null } {
  // Only tokens this module stored can be moved; an Article built by hand is split again. Moved tokens
  // keep their word numbers, so the new vocabulary continues the earlier one, unless edits have filled
  // it with words no longer in the text ("t", "th", "the" typed one letter at a time).
  const before = previous && previous.tokens instanceof FlatTokens ? previous.tokens : null;
  const earlier = before && before.vocabulary.words.length <= 2 * before.vocabulary.freshSize + 1000 ? previous! : null;
  const vocabulary = earlier ? before!.vocabulary.clone() : new Vocabulary();
  const parts = new ArticleParts(text, vocabulary);
  if (!earlier) {
    const spans = splitParagraphs(text);
    for (let k = 0; k < spans.length; k++) parts.split(spans[k]!);
    vocabulary.freshSize = vocabulary.words.length;
    return { article: parts.article(), origins: null };
  } else {
    const edit = textEdit(earlier.text, text);
    const lines = editedLines(text, edit);
    const shift = edit.newEnd - edit.oldEnd;
    const old = earlier.paragraphs;
    let k = 0;
    while (k < old.length && old[k]!.end < lines.from) k++;
    parts.keep(earlier, k);
    const keptSentences = parts.sentenceCount;
    const keptTokens = parts.tokenCount;
    // The earlier paragraphs on the edited lines are replaced by the lines' new split.
    while (k < old.length && old[k]!.start <= lines.to - shift) k++;
    for (const span of splitParagraphs(text, lines.from, lines.to)) parts.split(span);
    const movedSentences = parts.sentenceCount;
    const movedTokens = parts.tokenCount;
    const firstMoved = k < old.length ? old[k]! : null;
    for (; k < old.length; k++) parts.move(earlier, k, shift);
    const article = parts.article();
    // The first moved paragraph's first sentence and token give the shifts (none moved: nothing to shift).
    const oldSentence = firstMoved ? firstMoved.sentenceStart : earlier.sentences.length;
    const oldToken = oldSentence < earlier.sentences.length ? earlier.sentences[oldSentence]!.tokenStart : earlier.tokens.length;
    const origins: SentenceOrigins = {
      previous: earlier, keptSentences, keptTokens, movedSentences, movedTokens,
      sentenceShift: movedSentences - oldSentence, tokenShift: movedTokens - oldToken, offsetShift: shift,
    };
    return { article, origins };
  }
}

/** No code units: the window before the first paragraph asks for one. */
const NO_UNITS: CodeUnits = { units: new Uint16Array(0), base: 0 };

/** An Article under construction, a paragraph at a time. */
class ArticleParts {
  private paragraphs: Paragraph[] = [];
  /** The code units of the paragraphs split last and next (tokenizer.ts unitsWindow), renewed when a paragraph ends past them. */
  private units = NO_UNITS;
  private sentences: Sentence[] = [];
  private readonly tokens: TokenBuffer;

  constructor(
    private readonly text: string,
    vocabulary: Vocabulary,
  ) {
    // News text has about one token per five or six characters: a quarter of the length is rarely outgrown.
    this.tokens = new TokenBuffer(Math.max(64, text.length >> 2), vocabulary);
  }

  get sentenceCount(): number {
    return this.sentences.length;
  }

  get tokenCount(): number {
    return this.tokens.length;
  }

  /** Splits one paragraph of the text; paragraphs come in text order. */
  split(span: Span): void {
    const { text, tokens, sentences } = this;
    if (span.end > this.units.base + this.units.units.length) this.units = unitsWindow(text, span.start, span.end);
    const units = this.units;
    const pIndex = this.paragraphs.length;
    const sentenceFrom = sentences.length;
    const tokenFrom = tokens.length;
    tokenizeInto(text, span.start, span.end, tokens, units);
    splitSentences(tokens, tokenFrom, tokens.length, text, sentences, pIndex);
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
    const tokens = new FlatTokens(this.tokens.starts.finish(), this.tokens.ids.finish(), this.tokens.vocabulary);
    return { text, paragraphs, sentences, tokens, tokenFeatures: this.tokens.features.finish(), headline: findHeadline(text, paragraphs) };
  }
}

/** A first paragraph (the one at `from`) that is short and does not end like a sentence reads as a headline. */
function findHeadline(text: string, paragraphs: readonly Paragraph[], from = 0): Span | null {
  const first = paragraphs[from];
  if (!first || paragraphs.length < from + 2) return null;
  const line = text.slice(first.start, first.end);
  if (line.length > 200) return null;
  // A full stop ends a sentence, not a headline, unless the line is in title case (some feeds add one).
  if (/[.!?:]$/.test(line) && !/['’"”]$/.test(line) && !(line.endsWith('.') && isTitleCase(line))) return null;
  if (/^[A-Z][A-Z .,]+(?:,\s*[A-Z][\w .]*)?\s*(?:--|—|–|:)/.test(line)) return null; // a dateline paragraph
  return { start: first.start, end: first.end };
}

/**
 * The article with the headline read after the page furniture that opens the text ("Skip to main
 * content", a breadcrumb trail, "Sign in | Subscribe"): the first paragraph no furniture span holds,
 * read as a text's first paragraph is. The same article when no furniture opens the text.
 */
export function withHeadlineAfter(article: Article, furniture: readonly Span[]): Article {
  const { paragraphs } = article;
  let k = 0;
  let b = 0;
  // The spans are in text order and apart: one walk over both lists.
  while (k < paragraphs.length) {
    while (b < furniture.length && furniture[b]!.end <= paragraphs[k]!.start) b++;
    if (b < furniture.length && furniture[b]!.start <= paragraphs[k]!.start && paragraphs[k]!.end <= furniture[b]!.end) k++;
    else break;
  }
  return k === 0 ? article : { ...article, headline: findHeadline(article.text, paragraphs, k) };
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

/**
 * sentenceAt for offsets met in text order (each quote's start, say): a walk on from the last answer
 * instead of a search over every sentence, whose objects a long text holds too many of to stay in cache.
 * An offset before the last one is searched for as sentenceAt does.
 */
export class SentenceCursor {
  /** The first sentence that ends after the last offset walked to. */
  private next = 0;

  constructor(private readonly article: Article) {}

  at(offset: number): number {
    const s = this.article.sentences;
    let k = this.next;
    if (k > 0 && offset < s[k - 1]!.end) return sentenceAt(this.article, offset);
    while (k < s.length && s[k]!.end <= offset) k++;
    this.next = k;
    return k < s.length && s[k]!.start <= offset ? k : -1;
  }
}

/**
 * tokenIndexAt for offsets met in text order (the parts of each quote): a search that gallops on from
 * the last answer, over the few tokens between two quotes, instead of halving all of them each time.
 * An offset before the last one is searched for as tokenIndexAt does.
 */
export class TokenCursor {
  /** The last answer: every token before it starts before the last offset. */
  private next = 0;
  private last = -Infinity;

  constructor(private readonly article: Article) {}

  at(offset: number): number {
    if (offset < this.last) return tokenIndexAt(this.article, offset);
    this.last = offset;
    const t = this.article.tokens;
    const n = t.length;
    let lo = this.next;
    let hi = lo;
    // Steps of 1, 2, 4, … until a token starts at or after the offset (or the tokens end).
    for (let step = 1; hi < n && t.start(hi) < offset; step *= 2) {
      lo = hi + 1;
      hi = this.next + step;
    }
    if (hi > n) hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.start(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    this.next = lo;
    return lo;
  }
}

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(article: Article, offset: number): number {
  const t = article.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
