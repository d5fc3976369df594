// Finds quotations: pairs opening and closing marks (straight and curly), keeps nested quotes
// inside their outer quote, joins multi-paragraph quotes and skips apostrophes, inch marks and strays.

import type { Article, Boilerplate, Paragraph, QuoteKind, Span, Token } from './types';
import { isLetter, isDigit } from './article';
import { REPORTING_VERBS } from './lexicon';

/** A quotation found in the text, before attribution. */
export interface QuoteSpan extends Span {
  readonly inner: Span;
  readonly kind: QuoteKind;
  /** Paragraph index of the opening and closing marks. */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /** The marked parts: one, or several when the attribution interrupts the quotation. */
  readonly parts: readonly Span[];
}

type Family = 'double' | 'single';
type Direction = 'open' | 'close' | 'either';

interface Mark {
  readonly pos: number;
  readonly family: Family;
  readonly dir: Direction;
}

const MAX_RETRIES_PER_PARAGRAPH = 4;
/** How many lines a quote may run on without a re-opening mark (text broken into lines mid-quote). */
const MAX_UNMARKED_LINES = 3;
const CLITIC = /^(?:s|m|d|t|re|ve|ll)(?![\p{L}])/iu;

function classify(text: string, t: Token, paraStart: number, paraEnd: number): Mark | null {
  const ch = t.text;
  const before = t.start > paraStart ? text[t.start - 1]! : ' ';
  const after = t.end < paraEnd ? text[t.end]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013\-\/]/.test(before) || t.start === paraStart;
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013\u2026]/.test(after) || t.end === paraEnd;
  switch (ch) {
    case '\u201c':
    case '\u201e':
    case '\u00ab':
      // A left mark used as a closer (a common typo) shows as no space after, space before the next word missing.
      return { pos: t.start, family: 'double', dir: spaceAfter && !spaceBefore ? 'close' : 'open' };
    case '\u201d':
    case '\u00bb':
      return { pos: t.start, family: 'double', dir: spaceBefore && !spaceAfter ? 'open' : 'close' };
    case '``':
      return { pos: t.start, family: 'double', dir: 'open' };
    case "''":
    case '"':
      if (spaceBefore && !spaceAfter) return { pos: t.start, family: 'double', dir: 'open' };
      // After a comma or colon a mark may open (said," [Warhol] liked) or close ("…," he said): let the state decide.
      if (spaceAfter && !spaceBefore) return { pos: t.start, family: 'double', dir: isDigit(before) || before === ',' || before === ':' ? 'either' : 'close' };
      return { pos: t.start, family: 'double', dir: 'either' };
    case '\u2018':
      return { pos: t.start, family: 'single', dir: spaceAfter && !spaceBefore ? 'close' : 'open' };
    case '\u2019':
    case "'":
      if (spaceBefore && !spaceAfter) {
        // Text rebuilt from tokens spaces out clitics ("Trump 's", "I ’m"): those are apostrophes.
        if (CLITIC.test(text.slice(t.end, t.end + 3))) return null;
        return { pos: t.start, family: 'single', dir: ch === "'" || isLetter(after) || after === '\u2018' ? 'open' : 'either' };
      }
      if (!spaceBefore) return { pos: t.start, family: 'single', dir: 'close' };
      return null;
    default:
      return null;
  }
}

interface Pairing {
  readonly pairs: Array<[number, number]>; // positions of open and close marks
  /** Position of an outer opening mark still open at the paragraph's end, or -1. */
  readonly openAtEnd: number;
  /** Positions of opening marks that never closed inside an outer quote: candidates to drop. */
  readonly strays: number[];
}

/** Pairs marks inside one paragraph. Inside a double quote, single marks and further doubles nest. */
function pair(marks: readonly Mark[], text: string, skip: ReadonlySet<number>, continuing: boolean, reopened: boolean): Pairing {
  const pairs: Array<[number, number]> = [];
  const strays: number[] = [];
  // The stack holds opening marks; nested ones are tracked only to find the outer close.
  const stack: Mark[] = [];
  let i = 0;
  if (continuing) {
    // The paragraph continues an open quote: its leading mark re-opens it.
    stack.push({ pos: -1, family: 'double', dir: 'open' });
    if (reopened) i = 1;
  }
  for (; i < marks.length; i++) {
    const m = marks[i]!;
    if (skip.has(m.pos)) continue;
    const top = stack[stack.length - 1];
    if (m.family === 'single') {
      // Single marks matter at the top level (UK style, headlines) and nested in a single quote.
      if (top && top.family === 'double') {
        if (m.dir === 'open' || (m.dir === 'either' && !stack.some((s) => s.family === 'single'))) {
          if (m.dir === 'open') stack.push(m);
        } else if (stack.length > 0 && stack[stack.length - 1]!.family === 'single') stack.pop();
        continue;
      }
      if (!top) {
        if (m.dir === 'open') stack.push(m);
        continue;
      }
      // top is a single quote
      if (m.dir === 'close' || m.dir === 'either') {
        stack.pop();
        if (stack.length === 0) pairs.push([top.pos, m.pos]);
      } else if (m.dir === 'open' && /[\s]/.test(text[m.pos - 1] ?? ' ')) {
        // A new single opening at top level while one is open: the earlier one was an apostrophe-like stray.
        strays.push(top.pos);
        stack.pop();
        stack.push(m);
      }
      continue;
    }
    // double family
    const doubleOpen = stack.findIndex((s) => s.family === 'double');
    if (doubleOpen < 0) {
      if (stack.length > 0) {
        // A double mark while only single quotes are open: treat the single as a stray apostrophe.
        for (const s of stack) strays.push(s.pos);
        stack.length = 0;
      }
      if (m.dir === 'open' || (m.dir === 'either' && !isDigit(text[m.pos - 1] ?? ''))) stack.push(m);
      continue;
    }
    if (m.dir === 'close' || m.dir === 'either') {
      // Close the innermost double; singles opened after it are dropped.
      while (stack.length > 0 && stack[stack.length - 1]!.family === 'single') stack.pop();
      const open = stack.pop()!;
      if (stack.length === 0) pairs.push([open.pos, m.pos]);
    } else {
      stack.push(m);
    }
  }
  const outer = stack[0];
  if (outer && stack.length > 1) {
    for (let k = 1; k < stack.length; k++) strays.push(stack[k]!.pos);
  }
  return { pairs, openAtEnd: outer ? outer.pos : -2, strays };
}

export function findQuotes(article: Article, boilerplate: readonly Boilerplate[]): QuoteSpan[] {
  const { text, tokens, paragraphs } = article;
  const out: QuoteSpan[] = [];
  let pendingStart = -1; // the opening mark of a quote still open from an earlier paragraph
  let pendingParagraph = -1;
  let b = 0;
  for (const p of paragraphs) {
    while (b < boilerplate.length && boilerplate[b]!.end <= p.start) b++;
    const inBoilerplate = b < boilerplate.length && boilerplate[b]!.start <= p.start && boilerplate[b]!.end >= p.end;
    if (inBoilerplate) {
      pendingStart = -1;
      continue;
    }
    const first = p.sentenceStart < article.sentences.length ? article.sentences[p.sentenceStart]!.tokenStart : 0;
    const last = p.sentenceEnd > 0 ? article.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
    const marks: Mark[] = [];
    for (let k = first; k < last; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'quote') continue;
      const m = classify(text, t, p.start, p.end);
      if (m) marks.push(m);
    }
    // A quote continues into this paragraph if the paragraph opens with a quotation mark (the news
    // convention), or if its first double mark closes (a quote broken over lines without re-opening).
    const reopened = pendingStart >= 0 && marks.length > 0 && marks[0]!.pos === p.start && marks[0]!.family === 'double' && marks[0]!.dir !== 'close';
    const firstDouble = marks.find((m) => m.family === 'double');
    const closesHere = pendingStart >= 0 && !reopened && firstDouble !== undefined && firstDouble.dir === 'close' && p.index - pendingParagraph <= MAX_UNMARKED_LINES;
    const continuing = reopened || closesHere;
    if (pendingStart >= 0 && !continuing) pendingStart = -1;
    const skip = new Set<number>();
    let result = pair(marks, text, skip, continuing, reopened);
    for (let retry = 0; retry < MAX_RETRIES_PER_PARAGRAPH; retry++) {
      // A stray opener that swallowed the rest of the paragraph: drop it and pair again, unless
      // the next paragraph opens with a mark (a multi-paragraph quote).
      const next = paragraphs[p.index + 1];
      const nextOpens = next !== undefined && (/^["\u201c\u201e\u00ab]/.test(text.slice(next.start, next.start + 1)) || firstDoubleCloses(article, next));
      const danglingOuter = result.openAtEnd >= 0 && !nextOpens;
      if (!danglingOuter && result.strays.length === 0) break;
      if (danglingOuter) skip.add(result.openAtEnd);
      for (const s of result.strays) skip.add(s);
      result = pair(marks, text, skip, continuing, reopened);
    }
    for (const [open, close] of result.pairs) {
      const start = open === -1 ? pendingStart : open;
      const firstParagraph = open === -1 ? pendingParagraph : p.index;
      if (start < 0) continue;
      const span = { start, end: close + markLength(text, close) };
      const inner = { start: start + markLength(text, start), end: close };
      if (inner.end - inner.start < 2) continue; // 'n', '' : not a quotation
      out.push({ ...span, inner, kind: quoteKind(article, span), firstParagraph, lastParagraph: p.index, parts: [span] });
    }
    if (result.openAtEnd === -1 && continuing) {
      // still continuing from before: keep the original start
    } else if (result.openAtEnd >= 0) {
      pendingStart = result.openAtEnd;
      pendingParagraph = p.index;
    } else if (result.openAtEnd < -1) {
      pendingStart = -1;
    }
  }
  out.sort((x, y) => x.start - y.start);
  return mergeInterrupted(article, out);
}

/** The longest stretch between two parts of one quotation that can be its attribution ("," she said. "). */
const MAX_INTERRUPTION = 260;

/**
 * “A,” she said. “B.” is one quotation interrupted by its attribution: the parts are joined, so the
 * quote covers what the speaker said from the first opening mark to the last closing one.
 */
function mergeInterrupted(article: Article, quotes: QuoteSpan[]): QuoteSpan[] {
  const { text } = article;
  const out: QuoteSpan[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    // endsWith, not a /,\s*$/ test: a regex scans the whole inner text, and a quote grown by merging gets long.
    const prevCut = prev !== undefined && text.slice(prev.inner.start, prev.inner.end).trimEnd().endsWith(',');
    if (prev && prev.lastParagraph === q.firstParagraph && q.start - prev.end <= MAX_INTERRUPTION && (prev.kind === 'direct' || prevCut)) {
      const gap = text.slice(prev.end, q.start);
      const innerEnd = text.slice(prev.inner.start, prev.inner.end).trimEnd();
      const words = gap.match(/[\p{L}']+/gu) ?? [];
      const opensSentence = /^[\s]*[,]/.test(gap) || innerEnd.endsWith(',');
      if (!/[\n\r"\u201c\u201d]/.test(gap) && opensSentence && /[,.:;]\s*$/.test(gap) && words.some((w) => REPORTING_VERBS.has(w.toLowerCase())) && words.length <= 45) {
        // The parts arrays are this function's own (one per found quote): extend in place, not copy, so a long chain stays linear.
        const parts = prev.parts as Span[];
        parts.push(...q.parts);
        out[out.length - 1] = { start: prev.start, end: q.end, inner: { start: prev.inner.start, end: q.inner.end }, kind: 'direct', firstParagraph: prev.firstParagraph, lastParagraph: q.lastParagraph, parts };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

function markLength(text: string, pos: number): number {
  const ch = text[pos];
  return (ch === "'" || ch === '`') && text[pos + 1] === ch ? 2 : 1;
}

/** Whether the first double quotation mark in a paragraph is a closing one. */
function firstDoubleCloses(article: Article, p: Paragraph): boolean {
  const { tokens, text } = article;
  const from = article.sentences[p.sentenceStart]?.tokenStart ?? 0;
  const to = p.sentenceEnd > 0 ? article.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'quote') continue;
    const m = classify(text, t, p.start, p.end);
    if (m && m.family === 'double') return m.dir === 'close';
  }
  return false;
}

const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019]?$/;

/** Direct when it carries a whole statement; partial when a few quoted words sit inside reported speech. */
function quoteKind(article: Article, span: Span): QuoteKind {
  const { text } = article;
  const inner = text.slice(span.start + 1, span.end - 1).trim();
  const words = inner.split(/\s+/).filter((w) => w.length > 0).length;
  if (/[.!?\u2026,]$/.test(inner) && words >= 4) return 'direct';
  if (words >= 12) return 'direct';
  // A quotation that opens a sentence or follows a colon stands as a statement of its own.
  let k = span.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const before = k >= 0 ? text[k]! : '\n';
  if ((before === '\n' || before === '\r' || before === ':' || SENTENCE_END.test(text.slice(Math.max(0, k - 1), k + 1))) && words >= 4) return 'direct';
  return 'partial';
}
