// Finds quotations: pairs opening and closing marks (straight and curly), keeps nested quotes
// inside their outer quote, joins multi-paragraph quotes and skips apostrophes, inch marks and strays.

import type { Article, Boilerplate, Paragraph, QuoteKind, Span, TokenList } from './types';
import { sentenceAt } from './article';
import { isDigit, isLetter, isWhiteSpace } from './tokenizer';
import { ABBREVIATIONS, REPORTING_VERBS } from './lexicon';
import { nicknameClosing } from './nicknames';
import fw from './data/function-words.json';
import { QUOTE_KIND, isLowerContentWord } from './word-features';

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

/** The quotation mark token k of the paragraph [paraStart, paraEnd): which family, and whether it opens or closes. */
function classify(text: string, tokens: TokenList, k: number, paraStart: number, paraEnd: number): Mark | null {
  const ch = tokens.word(k)!.text;
  const start = tokens.start(k);
  const end = start + ch.length;
  const before = start > paraStart ? text[start - 1]! : ' ';
  const after = end < paraEnd ? text[end]! : ' ';
  // Tested by code unit rather than a regular expression on a one-character string: this runs for every mark.
  const spaceBefore = start === paraStart || opensAfter(text.charCodeAt(start - 1));
  const spaceAfter = end === paraEnd || closesBefore(text.charCodeAt(end));
  switch (ch) {
    case '\u201c':
    case '\u201e':
    case '\u00ab':
      // A left mark used as a closer (a common typo) shows as no space after, space before the next word missing.
      return { pos: start, family: 'double', dir: spaceAfter && !spaceBefore ? 'close' : 'open' };
    case '\u201d':
    case '\u00bb':
      return { pos: start, family: 'double', dir: spaceBefore && !spaceAfter ? 'open' : 'close' };
    case '``':
      return { pos: start, family: 'double', dir: 'open' };
    case "''":
    case '"':
      if (spaceBefore && !spaceAfter) return { pos: start, family: 'double', dir: 'open' };
      // After a comma or colon a mark may open (said," [Warhol] liked) or close ("…," he said): let the state decide.
      if (spaceAfter && !spaceBefore) return { pos: start, family: 'double', dir: isDigit(before) || before === ',' || before === ':' ? 'either' : 'close' };
      return { pos: start, family: 'double', dir: 'either' };
    case '\u2018':
      return { pos: start, family: 'single', dir: spaceAfter && !spaceBefore ? 'close' : 'open' };
    case '\u2019':
    case "'":
      if (spaceBefore && !spaceAfter) {
        // Text rebuilt from tokens spaces out clitics ("Trump 's", "I ’m"): those are apostrophes.
        if (CLITIC.test(text.slice(end, end + 3))) return null;
        return { pos: start, family: 'single', dir: ch === "'" || isLetter(after) || after === '\u2018' ? 'open' : 'either' };
      }
      // "The players' spirit": after a plural's s, a mark followed by a content word is its possessive
      // apostrophe ('cowards' and, 'liars' were: a function word follows a closing mark).
      if (!spaceBefore && (before === 's' || before === 'S') && after === ' ' && possessedNext(tokens, k)) return null;
      if (!spaceBefore) return { pos: start, family: 'single', dir: 'close' };
      return null;
    default:
      return null;
  }
}

/** Whether the token after k is a lowercase content word, as the thing a plural possessive names is ("players' spirit"). */
function possessedNext(tokens: TokenList, k: number): boolean {
  const next = tokens.word(k + 1);
  return next !== undefined && next.kind === 'word' && isLowerContentWord(next.lower, next.features) && next.text === next.lower;
}

/** What /[\s([{\u2014\u2013\-\/]/ matches: white space or a mark a quotation may open after. */
function opensAfter(code: number): boolean {
  return isWhiteSpace(code) || code === 40 || code === 91 || code === 123 || code === 0x2014 || code === 0x2013 || code === 45 || code === 47;
}

/** What /[\s)\]}.,;:!?\u2014\u2013\u2026]/ matches: white space or a mark a quotation may close before. */
function closesBefore(code: number): boolean {
  return isWhiteSpace(code) || code === 41 || code === 93 || code === 125 || code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 0x2014 || code === 0x2013 || code === 0x2026;
}

/**
 * What pair() found in one paragraph. One is reused by every call, and read before the next: a
 * paragraph's pairing made four lists and a pair per quote, all garbage at once.
 */
interface Pairing {
  /** Positions of open and close marks, two numbers a pair. */
  readonly pairs: number[];
  /** Position of an outer opening mark still open at the paragraph's end (-1: the quote continued into it), or -2. */
  openAtEnd: number;
  /** Positions of opening marks that never closed inside an outer quote: candidates to drop. */
  readonly strays: number[];
  /** The opening marks pair() holds while it reads a paragraph. */
  readonly stack: Mark[];
}

const pairing: Pairing = { pairs: [], openAtEnd: -2, strays: [], stack: [] };

/** The quote an earlier paragraph left open, re-opened by a paragraph that continues it. */
const CONTINUED: Mark = { pos: -1, family: 'double', dir: 'open' };

/** Pairs marks inside one paragraph. Inside a double quote, single marks and further doubles nest. */
function pair(marks: readonly Mark[], text: string, skip: MarksToSkip, continuing: boolean, reopened: boolean): Pairing {
  const { pairs, strays, stack } = pairing;
  pairs.length = 0;
  strays.length = 0;
  // The stack holds opening marks; nested ones are tracked only to find the outer close.
  stack.length = 0;
  let i = 0;
  if (continuing) {
    // The paragraph continues an open quote: its leading mark re-opens it.
    stack.push(CONTINUED);
    if (reopened) i = 1;
  }
  for (; i < marks.length; i++) {
    const m = marks[i]!;
    if (skip.has(m.pos)) continue;
    const top = stack[stack.length - 1];
    if (m.family === 'single') {
      // Single marks matter at the top level (UK style, headlines) and nested in a single quote.
      if (top && top.family === 'double') {
        if (m.dir === 'open' || (m.dir === 'either' && !hasFamily(stack, 'single'))) {
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
        if (stack.length === 0) pairs.push(top.pos, m.pos);
      } else if (m.dir === 'open' && /[\s]/.test(text[m.pos - 1] ?? ' ')) {
        // A new single opening at top level while one is open: the earlier one was an apostrophe-like stray.
        strays.push(top.pos);
        stack.pop();
        stack.push(m);
      }
      continue;
    }
    // double family
    if (!hasFamily(stack, 'double')) {
      // 'The government talks about "levelling up" but …': in UK style a double quote nests in a
      // single one, when the single closes after the double does.
      if (stack.length > 0 && m.dir !== 'close' && singleClosesAfterDouble(marks, i, skip)) {
        stack.push(m);
        continue;
      }
      if (stack.length > 0) {
        // A double mark while only single quotes are open: treat the single as a stray apostrophe.
        for (let k = 0; k < stack.length; k++) strays.push(stack[k]!.pos);
        stack.length = 0;
      }
      if (m.dir === 'open' || (m.dir === 'either' && !isDigit(text[m.pos - 1] ?? ''))) stack.push(m);
      continue;
    }
    if (m.dir === 'close' || m.dir === 'either') {
      // Close the innermost double; singles opened after it are dropped.
      while (stack.length > 0 && stack[stack.length - 1]!.family === 'single') stack.pop();
      const open = stack.pop()!;
      if (stack.length === 0) pairs.push(open.pos, m.pos);
    } else {
      stack.push(m);
    }
  }
  const outer = stack[0];
  if (outer && stack.length > 1) {
    for (let k = 1; k < stack.length; k++) strays.push(stack[k]!.pos);
  }
  pairing.openAtEnd = outer ? outer.pos : -2;
  return pairing;
}

/**
 * Whether the double mark marks[i], opening inside a single quote, closes at a later double mark
 * after which a single mark closes (the single quote around it); other doubles may open and close
 * before that one by one. Looks at most MAX_NESTED_MARKS marks ahead: a paragraph of thousands of
 * doubles must not make each of them read all the rest.
 */
function singleClosesAfterDouble(marks: readonly Mark[], i: number, skip: MarksToSkip): boolean {
  // Several doubles may nest one after another: ‘Then it was “after Christmas”. Then it was “the spring”.’
  let inside = true;
  const last = Math.min(marks.length, i + 1 + MAX_NESTED_MARKS);
  for (let j = i + 1; j < last; j++) {
    const m = marks[j]!;
    if (skip.has(m.pos)) continue;
    if (m.family === 'double') {
      if (inside === (m.dir === 'open')) return false;
      inside = !inside;
    } else if (!inside && m.dir !== 'open') return true;
  }
  return false;
}

/** How many marks after a double opening inside a single quote singleClosesAfterDouble reads for the single's close. */
const MAX_NESTED_MARKS = 24;

/** Whether a mark of the family is open on the stack (a loop: a closure per mark was garbage at once). */
function hasFamily(stack: readonly Mark[], family: Mark['family']): boolean {
  for (let k = 0; k < stack.length; k++) if (stack[k]!.family === family) return true;
  return false;
}

/** The marks of a paragraph that pairing passes over, by position. */
interface MarksToSkip {
  has(pos: number): boolean;
}

/** No marks to pass over (see pairQuotes). */
const NO_SKIP: MarksToSkip = { has: () => false };

/**
 * Marks of one paragraph to pass over: a flag per code unit of the paragraph, not a Set. A paragraph
 * of nothing but quotation marks skips hundreds of thousands of them, and a Set that large grew slower
 * per mark as it grew (a hostile input's time rose 10x for 4x the text).
 */
class SkippedMarks implements MarksToSkip {
  private readonly flags: Uint8Array;

  constructor(
    private readonly from: number,
    to: number,
  ) {
    this.flags = new Uint8Array(Math.max(0, to - from));
  }

  /** Notes the mark at pos; a position outside the paragraph (the -1 of a quote continued from before) is never looked up. */
  add(pos: number): void {
    if (pos >= this.from && pos - this.from < this.flags.length) this.flags[pos - this.from] = 1;
  }

  has(pos: number): boolean {
    return pos >= this.from && pos - this.from < this.flags.length && this.flags[pos - this.from] === 1;
  }
}

function hasLetter(text: string, from: number, to: number): boolean {
  let astral = false;
  for (let i = from; i < to; i++) {
    if (isLetter(text[i]!)) return true;
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) astral = true;
  }
  // Letters outside the Basic Multilingual Plane come as surrogate pairs.
  return astral && /\p{L}/u.test(text.slice(from, to));
}

/** Straight marks (" '' ``) and typographic ones are two styles: a text that opens a block with one and quotes inside it with the other keeps them apart. */
function isStraight(ch: string | undefined): boolean {
  return ch === '"' || ch === "'" || ch === '`';
}

export function findQuotes(article: Article, boilerplate: readonly Boilerplate[]): QuoteSpan[] {
  const abandoned = new Set<number>();
  const first = pairQuotes(article, boilerplate, abandoned);
  if (abandoned.size === 0) return mergeInterrupted(article, first);
  // An opener whose quote ran over paragraphs and never closed was not a quotation mark after all (an
  // excerpt marked only at each paragraph's start): pair again without it, so the quotes inside it count.
  return mergeInterrupted(article, pairQuotes(article, boilerplate, new Set(abandoned), abandoned));
}

/**
 * Pairs the marks of every paragraph. `ignored` holds opening marks to treat as plain text; openers of
 * multi-paragraph quotes that never close are added to `abandoned`.
 */
function pairQuotes(article: Article, boilerplate: readonly Boilerplate[], abandoned: Set<number>, ignored: ReadonlySet<number> = abandoned): QuoteSpan[] {
  const { text, tokens, paragraphs } = article;
  const out: QuoteSpan[] = [];
  let pendingStart = -1; // the opening mark of a quote still open from an earlier paragraph
  let pendingParagraph = -1;
  let b = 0;
  // The quotation-mark tokens in text order, read paragraph by paragraph through `q`.
  const quoteTokens: number[] = [];
  const { tokenFeatures } = article;
  for (let k = 0; k < tokens.length; k++) if ((tokenFeatures[k]! & QUOTE_KIND) !== 0) quoteTokens.push(k);
  let q = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    while (b < boilerplate.length && boilerplate[b]!.end <= p.start) b++;
    const inBoilerplate = b < boilerplate.length && boilerplate[b]!.start <= p.start && boilerplate[b]!.end >= p.end;
    if (inBoilerplate) {
      pendingStart = -1;
      const end = p.sentenceEnd > 0 ? article.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
      while (q < quoteTokens.length && quoteTokens[q]! < end) q++;
      continue;
    }
    const last = p.sentenceEnd > 0 ? article.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
    const marks: Mark[] = [];
    while (q < quoteTokens.length && quoteTokens[q]! < last) {
      const close = nicknameClosing(article, quoteTokens[q]!);
      if (close >= 0) {
        // Robert C. "Bobby" Scott: a nickname's marks are part of the name.
        while (q < quoteTokens.length && quoteTokens[q]! <= close) q++;
        continue;
      }
      const m = classify(text, tokens, quoteTokens[q]!, p.start, p.end);
      if (m) marks.push(m);
      q++;
    }
    // Most paragraphs hold no quotation mark and continue no quote: nothing to pair.
    if (marks.length === 0 && pendingStart < 0) continue;
    // A quote continues into this paragraph if the paragraph opens with a quotation mark (the news
    // convention), or if its first double mark closes (a quote broken over lines without re-opening).
    const pendingStraight = pendingStart >= 0 && isStraight(text[pendingStart]);
    const reopened = pendingStart >= 0 && marks.length > 0 && marks[0]!.pos === p.start && marks[0]!.family === 'double' && marks[0]!.dir !== 'close' && isStraight(text[p.start]) === pendingStraight;
    let firstDouble: Mark | undefined;
    for (let n = 0; n < marks.length && firstDouble === undefined; n++) if (marks[n]!.family === 'double') firstDouble = marks[n];
    const closesHere = pendingStart >= 0 && !reopened && firstDouble !== undefined && firstDouble.dir === 'close' && p.index - pendingParagraph <= MAX_UNMARKED_LINES;
    const continuing = reopened || closesHere;
    // ” … he delivered …,” — a right mark opening a paragraph that continues nothing is a mistyped left one.
    if (!continuing && marks.length > 0 && marks[0]!.pos === p.start && text[p.start] === '\u201d' && marks[0]!.dir === 'close') marks[0] = { ...marks[0]!, dir: 'open' };
    if (pendingStart >= 0 && !continuing) {
      if (pendingParagraph < p.index - 1 || reopensOtherStyle(text, p, pendingStraight)) abandoned.add(pendingStart);
      pendingStart = -1;
    }
    // Marks to pass over: made only when there is one (most paragraphs have none).
    let skip: SkippedMarks | null = null;
    if (ignored.size > 0) for (let n = 0; n < marks.length; n++) if (ignored.has(marks[n]!.pos)) (skip ??= new SkippedMarks(p.start, p.end)).add(marks[n]!.pos);
    let result = pair(marks, text, skip ?? NO_SKIP, continuing, reopened);
    // An opener after a cue that no mark closes before the paragraph ends: the quote runs to the end.
    let unclosedEnd = -1;
    for (let retry = 0; retry < MAX_RETRIES_PER_PARAGRAPH; retry++) {
      // A stray opener that swallowed the rest of the paragraph: drop it and pair again, unless
      // the next paragraph opens with a mark (a multi-paragraph quote).
      const danglingOuter = result.openAtEnd >= 0 && !nextOpensQuote(article, paragraphs[p.index + 1], text[result.openAtEnd]!);
      if (danglingOuter && result.strays.length === 0 && !continuing) {
        unclosedEnd = unclosedQuoteEnd(text, p, result.openAtEnd);
        if (unclosedEnd >= 0) break;
      }
      if (!danglingOuter && result.strays.length === 0) break;
      skip ??= new SkippedMarks(p.start, p.end);
      if (danglingOuter) skip.add(result.openAtEnd);
      for (let n = 0; n < result.strays.length; n++) skip.add(result.strays[n]!);
      result = pair(marks, text, skip, continuing, reopened);
    }
    // An index loop: destructuring each pair in a for-of made an iterator per quotation.
    for (let n = 0; n < result.pairs.length; n += 2) {
      const open = result.pairs[n]!;
      const close = result.pairs[n + 1]!;
      const start = open === -1 ? pendingStart : open;
      const firstParagraph = open === -1 ? pendingParagraph : p.index;
      if (start < 0) continue;
      const span = { start, end: close + markLength(text, close) };
      const inner = { start: start + markLength(text, start), end: close };
      if (inner.end - inner.start < 2) continue; // 'n', '' : not a quotation
      if (!hasLetter(text, inner.start, inner.end)) continue; // "783493499266084864" (an embed's id), "2.5": no words, no quotation
      if (isTitleOfWork(article, start, inner)) continue; // MSNBC's “Morning Joe”, the “War On Drugs”: a name, not words anyone said
      // Written out rather than spread: a spread with more fields after it takes V8's slow path.
      out.push({ start: span.start, end: span.end, inner, kind: quoteKind(article, span), firstParagraph, lastParagraph: p.index, parts: [span] });
    }
    if (unclosedEnd >= 0) {
      // "Gregoire said, “The Museum … did not choose them." — the closing mark is missing: the quote
      // ends with its paragraph, and no later paragraph continues it.
      const start = result.openAtEnd;
      const span = { start, end: unclosedEnd };
      const inner = { start: start + markLength(text, start), end: unclosedEnd };
      out.push({ start, end: unclosedEnd, inner, kind: innerKind(article, start, inner.start, inner.end), firstParagraph: p.index, lastParagraph: p.index, parts: [span] });
      pendingStart = -1;
    } else if (result.openAtEnd === -1 && continuing) {
      // still continuing from before: keep the original start
    } else if (result.openAtEnd >= 0) {
      pendingStart = result.openAtEnd;
      pendingParagraph = p.index;
    } else if (result.openAtEnd < -1) {
      pendingStart = -1;
    }
  }
  if (pendingStart >= 0 && pendingParagraph < paragraphs.length - 1) abandoned.add(pendingStart);
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** Whether a quote left open by `opener` goes on into paragraph `next`: it opens with a mark of the same style, or its first double mark closes. */
function nextOpensQuote(article: Article, next: Paragraph | undefined, opener: string): boolean {
  if (next === undefined) return false;
  const mark = article.text[next.start]!;
  return ((mark === '"' || mark === '\u201c' || mark === '\u201e' || mark === '\u00ab') && isStraight(opener) === isStraight(mark)) || firstDoubleCloses(article, next);
}

/** Whether paragraph p opens with a double mark of the other style than the pending quote's opener. */
function reopensOtherStyle(text: string, p: Paragraph, pendingStraight: boolean): boolean {
  const ch = text[p.start];
  return (ch === '"' || ch === '\u201c') && isStraight(ch) !== pendingStraight;
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
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!;
    const prev = out[out.length - 1];
    // The cheap tests first: most quotes are not the second part of an interrupted one.
    if (prev && prev.lastParagraph === q.firstParagraph && q.start - prev.end <= MAX_INTERRUPTION) {
      // Read from the end of the inner text, not by a regex over it: a quote grown by merging gets long.
      const prevCut = endsWithComma(text, prev.inner);
      const gap = prev.kind === 'direct' || prevCut ? text.slice(prev.end, q.start) : '';
      const opensSentence = gap !== '' && (/^[\s]*[,]/.test(gap) || prevCut);
      if (opensSentence && !/[\n\r"\u201c\u201d]/.test(gap) && /[,.:;]\s*$/.test(gap)) {
        const words = gap.match(/[\p{L}']+/gu) ?? [];
        const verbAt = words.findIndex((w) => REPORTING_VERBS.has(w.toLowerCase()));
        const joinable = verbAt >= 0 && words.length <= 45 && (resumesSentence(text, q) || !introducesAnother(gap, words, verbAt));
        if (joinable && !hasOwnCue(text, q) && !sentenceBetween(article, prev, q)) {
          // The parts arrays are this function's own (one per found quote): extend in place, not copy, so a long chain stays linear.
          const parts = prev.parts as Span[];
          parts.push(...q.parts);
          out[out.length - 1] = { start: prev.start, end: q.end, inner: { start: prev.inner.start, end: q.inner.end }, kind: 'direct', firstParagraph: prev.firstParagraph, lastParagraph: q.lastParagraph, parts };
          continue;
        }
      }
    }
    out.push(q);
  }
  return out;
}

/** Whether a quote's inner text ends with a comma, perhaps inside a nested quote's closing mark (‘…people,’”). */
function endsWithComma(text: string, inner: Span): boolean {
  let k = inner.end - 1;
  // White space (what \s matches) and closing single marks, by code: a regex test per character cost more than the rest.
  while (k > inner.start && (isWhiteSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019)) k--;
  return text[k] === ',';
}

/**
 * “A,” Mr. Obama said. And perhaps, he said, it could …, “B.” — when a sentence ends between the parts,
 * the second part must open the next sentence; here it sits inside a new sentence of paraphrase.
 */
function sentenceBetween(article: Article, prev: QuoteSpan, q: QuoteSpan): boolean {
  const before = sentenceAt(article, prev.end - 1);
  const after = sentenceAt(article, q.start);
  if (before < 0 || after < 0 || after === before) return false;
  return after > before + 1 || article.sentences[after]!.start !== q.start;
}

/** “…,” Tester said, referring to …, “you give …”: a part that opens in lower case resumes the same sentence. */
function resumesSentence(text: string, q: QuoteSpan): boolean {
  const first = /\p{L}/u.exec(text.slice(q.inner.start, Math.min(q.inner.end, q.inner.start + 8)));
  return first !== null && first[0] !== first[0].toUpperCase();
}

/** The longest title of a work, show, event or law in quotation marks, in code units. */
const MAX_TITLE = 80;
/** The most words such a title runs to. */
const MAX_TITLE_WORDS = 7;
/** The most words a title named as a work's runs to, its subtitle with it ("The Quiet Hours: Why Deep Work Happens Alone"). */
const MAX_WORK_TITLE_WORDS = 12;
/** Nouns for works with titles ("album", "book", "film"): function-words.json workNouns. */
const WORK_NOUNS: ReadonlySet<string> = new Set(fw.workNouns);

/** How many words before an appositive's comma may hold the noun for a work ("Her 1994 book for general readers,"). */
const WORK_NOUN_REACH = 5;

/** Whether one of the few words before offset `at` (a comma) is a noun for a work; no mark or sentence end between. */
function namesWorkBefore(text: string, at: number): boolean {
  let k = at;
  for (let n = 0; n < WORK_NOUN_REACH; n++) {
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\u00a0')) k--;
    let w = k;
    while (w > 0 && isLetter(text[w - 1]!)) w--;
    if (w === k) return false;
    if (WORK_NOUNS.has(text.slice(w, k).toLowerCase())) return true;
    k = w;
  }
  return false;
}

/** Small words a title leaves in lower case ("Face the Nation", "Women in Power"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(fw.titleSmallWords);
/**
 * Words before a title's opening mark: a preposition, a determiner, "titled", "during". Not "as":
 * "hailed Trump as “The Comeback Kid”" quotes the words of whoever hailed him; nor "her", also the
 * object of "called her “Miss Piggy”".
 */
const BEFORE_TITLE: ReadonlySet<string> = new Set([...fw.prepositions.filter((w) => w !== 'as'), ...fw.determiners.filter((w) => w !== 'her'), ...fw.titleIntroducers]);

/**
 * “Fox News Sunday”, MSNBC's “Morning Joe”, the “Justice Against Sponsors of Terrorism Act”: two or
 * more capitalised words in marks, no statement's end, after a preposition, a determiner or a
 * possessive, outside the headline (whose every word is capitalised), name a work, show, event or
 * law. Words someone said in capitals ("called her “Miss Piggy”") follow a verb or a noun and stay.
 */
function isTitleOfWork(article: Article, start: number, inner: Span): boolean {
  const { text, headline } = article;
  if (inner.end - inner.start > MAX_TITLE || inner.end - inner.start < 3) return false;
  const first = text[inner.start]!;
  if (!(isDigit(first) || (isLetter(first) && first !== first.toLowerCase()))) return false;
  if (headline && start >= headline.start && start < headline.end) return false;
  // The word before the mark first: most quotations follow a verb, a comma or a colon, and are ruled out here.
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  let w = k + 1;
  while (w > 0 && (isLetter(text[w - 1]!) || text[w - 1] === "'" || text[w - 1] === '\u2019')) w--;
  const before = text.slice(w, k + 1);
  // "the album “Paper Lanterns”", "Her book for general readers, “A Diary in the Ice,”": a noun for a
  // work right before the mark, or before the comma that opens an apposition, says a title follows.
  const work = WORK_NOUNS.has(before.toLowerCase()) || (text[k] === ',' && namesWorkBefore(text, k));
  // MSNBC's “Morning Joe”: a possessive names whose show it is.
  if (!work && !/['\u2019]s$/i.test(before) && !BEFORE_TITLE.has(before.toLowerCase())) return false;
  let e = inner.end - 1;
  while (e > inner.start && (text[e] === ',' || isWhiteSpace(text.charCodeAt(e)))) e--;
  if (TERMINALS.includes(text[e]!)) return false;
  const words = text.slice(inner.start, inner.end).split(/[^\p{L}\p{N}'\u2019-]+/u);
  let content = 0;
  let count = 0;
  for (const word of words) {
    if (word === '') continue;
    if (++count > (work ? MAX_WORK_TITLE_WORDS : MAX_TITLE_WORDS)) return false;
    if (TITLE_SMALL_WORDS.has(word.toLowerCase()) && word === word.toLowerCase()) continue;
    if (!(isDigit(word[0]!) || word[0] !== word[0]!.toLowerCase())) return false;
    content++;
  }
  return content >= 2;
}

/** Words that, after the cue, start a new clause that introduces a quote of its own. */
const SUBORDINATORS: ReadonlySet<string> = new Set(fw.clauseIntroducers);

/**
 * “A,” Trump said, adding later, “B.” — the cue is followed by a second clause (a participle, "before
 * asking her", or anything after a semicolon) that brings in the next quote: a new statement, not the
 * same one resumed.
 */
function introducesAnother(gap: string, words: readonly string[], verbAt: number): boolean {
  // A gap that ends in a comma or a colon leads into the next part ("before adding: “B.”").
  if (!/[,:]\s*$/.test(gap)) return false;
  // “A”, it added; and, later, “B” — a semicolon closes the attribution's clause: what follows is another.
  if (gap.includes(';')) return true;
  for (let k = verbAt + 1; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (SUBORDINATORS.has(w) || (w.length > 4 && w.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * “A,” Moore said. “B …,” added Clyburn. The second part carries a cue of its own right after it, so
 * it is another statement, likely another speaker's: the two are not joined.
 */
function hasOwnCue(text: string, q: QuoteSpan): boolean {
  // The comma may sit inside the closing mark ("B,” added X) or after it ("B", it added).
  const commaAfter = text[q.end] === ',';
  if (!commaAfter && !endsWithComma(text, q.inner)) return false;
  const clause = clauseAfter(text.slice(q.end + (commaAfter ? 1 : 0), q.end + 80));
  return clause.split(/[^\p{L}'\u2019-]+/u).slice(0, 7).some((w) => REPORTING_VERBS.has(w.toLowerCase()));
}

/**
 * The clause that opens `after`, up to the first end of a sentence or quotation mark. The period of a
 * title or an initial does not end it: in ‘“…,” Mr. King added.’ the clause holds the cue.
 */
function clauseAfter(after: string): string {
  const end = /[.!?\n\r"\u201c\u201d]/g;
  for (let m = end.exec(after); m !== null; m = end.exec(after)) {
    if (after[m.index] !== '.') return after.slice(0, m.index);
    let from = m.index;
    while (from > 0 && isLetter(after[from - 1]!)) from--;
    const word = after.slice(from, m.index);
    if (word === '' || (word.length > 1 && !ABBREVIATIONS.has(word.toLowerCase()))) return after.slice(0, m.index);
  }
  return after;
}

/**
 * The quoted words of each part of a quote, inside its marks: one span for most quotes, one per part
 * when the attribution interrupts it, so that what stands between (“, she said, ”) is left out.
 */
export function quotedParts(text: string, quote: { readonly inner: Span; readonly parts: readonly Span[] }): readonly Span[] {
  const { parts } = quote;
  if (parts.length < 2) return [quote.inner];
  const out: Span[] = [];
  for (let n = 0; n < parts.length; n++) {
    const part = parts[n]!;
    const start = n === 0 ? quote.inner.start : part.start + markLength(text, part.start);
    const end = n === parts.length - 1 ? quote.inner.end : part.end - closingMarkLength(text, part.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The length of the closing mark that ends at `end`: two for '' and ``, else one. */
function closingMarkLength(text: string, end: number): number {
  const ch = text[end - 1];
  return (ch === "'" || ch === '`') && text[end - 2] === ch ? 2 : 1;
}

function markLength(text: string, pos: number): number {
  const ch = text[pos];
  return (ch === "'" || ch === '`') && text[pos + 1] === ch ? 2 : 1;
}

/** The fewest characters an unclosed quotation must run to its paragraph's end. */
const MIN_UNCLOSED = 20;

/**
 * Where a quotation whose opener at `open` no mark closes ends: the end of its paragraph (before
 * trailing white space), when a cue leads into it (“said, "The…”, a colon) and its words end a sentence
 * there; else -1, for a stray mark.
 */
function unclosedQuoteEnd(text: string, p: Paragraph, open: number): number {
  let end = p.end;
  while (end > open && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end - open < MIN_UNCLOSED || !TERMINALS.includes(text[end - 1]!)) return -1;
  const first = text[open + markLength(text, open)];
  if (first === undefined || first === first.toLowerCase() || !isLetter(first)) return -1;
  let k = open - 1;
  while (k > p.start && (text[k] === ' ' || text[k] === '\t')) k--;
  if (text[k] === ':') return end;
  if (text[k] !== ',') return -1;
  let w = k;
  while (w > p.start && isLetter(text[w - 1]!)) w--;
  return REPORTING_VERBS.has(text.slice(w, k).toLowerCase()) ? end : -1;
}

/** Whether the first double quotation mark in a paragraph is a closing one. */
function firstDoubleCloses(article: Article, p: Paragraph): boolean {
  const { tokens, text } = article;
  const from = article.sentences[p.sentenceStart]?.tokenStart ?? 0;
  const to = p.sentenceEnd > 0 ? article.sentences[p.sentenceEnd - 1]!.tokenEnd : 0;
  for (let k = from; k < to; k++) {
    if (tokens.word(k)!.kind !== 'quote') continue;
    const m = classify(text, article.tokens, k, p.start, p.end);
    if (m && m.family === 'double') return m.dir === 'close';
  }
  return false;
}

const STATEMENT_END: ReadonlySet<string> = new Set(['.', '!', '?', '\u2026', ',']);

const TERMINALS = '.!?\u2026';
const CLOSING_MARKS = '"\'\u201d\u2019';

/** text[k] ends a sentence: a terminal mark, perhaps followed by a closing quotation mark. */
function endsSentenceAt(text: string, k: number): boolean {
  const ch = text[k]!;
  if (TERMINALS.includes(ch)) return true;
  return k >= 1 && CLOSING_MARKS.includes(ch) && TERMINALS.includes(text[k - 1]!);
}

/** Direct when it carries a whole statement; partial when a few quoted words sit inside reported speech. */
function quoteKind(article: Article, span: Span): QuoteKind {
  return innerKind(article, span.start, span.start + 1, span.end - 1);
}

/** quoteKind of the quotation opened at `start` whose words run over [from, to). */
function innerKind(article: Article, start: number, from: number, to: number): QuoteKind {
  const { text } = article;
  // Words (runs of non-space) counted only up to what the tests below need; a long quote is not split.
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < 12; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  let e = to - 1;
  while (e >= from && isWhiteSpace(text.charCodeAt(e))) e--;
  const endsStatement = e >= from && STATEMENT_END.has(text[e]!);
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const before = k >= 0 ? text[k]! : '\n';
  // "China has “always been a force for peace and stability.”": words run on into a quotation that opens
  // in lower case: a few words of it are part of the sentence, though American style puts the period
  // inside the marks. A longer one carries a statement of its own (as the seeds' annotators read it).
  const first = from < to ? text.charCodeAt(from) : 0;
  if (first >= 97 && first <= 122 && isLetter(before) && words < 10) return 'partial';
  if (endsStatement && words >= 4) return 'direct';
  if (words >= 12) return 'direct';
  // A quotation that opens a sentence or follows a colon stands as a statement of its own: a long one
  // always, a short one when it ends as a statement does ("No," he said. / “It's a start,” said …).
  if ((words >= 4 || (endsStatement && words >= 1)) && (before === '\n' || before === '\r' || before === ':' || endsSentenceAt(text, k))) return 'direct';
  return 'partial';
}
