// Converts analysis offsets (UTF-16 code units, half-open) to LSP positions and back.
// The only place that does: one line-start index per document version, searched by bisection.

import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/types';

/** A line break: "\r\n", "\r" or "\n". */
const LINE_BREAK = /\r\n?|\n/g;

/** Line starts of one text; lines end at `\n`, `\r\n` or a lone `\r`, as the LSP defines them. */
export class LineIndex {
  private readonly starts: readonly number[];
  /** Where each line's text ends, before its line break: a position never needs to look at the text. */
  private readonly ends: readonly number[];
  /** The line lineOf answered last: a hint for the next question, never part of an answer. */
  private lastLine = 0;

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    // The regular expression engine finds line breaks several times faster than a test per character
    // in JavaScript, and never indexOf(…, from): see splitParagraphs in article.ts.
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
      ends.push(m.index);
      starts.push(m.index + m[0].length);
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line that holds an offset (clamped to the text). */
  lineOf(offset: number): number {
    const o = clamp(offset, 0, this.text.length);
    const starts = this.starts;
    // Responses convert offsets mostly in text order (an outline's quotes, a list of diagnostics):
    // the line of the last answer, or the one after it, usually holds the next offset too.
    const near = this.lastLine;
    if (starts[near]! <= o) {
      if (near + 1 >= starts.length || o < starts[near + 1]!) return near;
      if (near + 2 >= starts.length || o < starts[near + 2]!) return (this.lastLine = near + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return (this.lastLine = lo);
  }

  /** The line's text range without its line break. */
  lineSpan(line: number): Span {
    const l = clamp(line, 0, this.starts.length - 1);
    return { start: this.starts[l]!, end: this.ends[l]! };
  }

  /** The position of an offset. An offset inside a `\r\n` pair maps to the end of its line. */
  toPosition(offset: number): Position {
    const o = clamp(offset, 0, this.text.length);
    const line = this.lineOf(o);
    // lineSpan inlined: this runs for every range of every response.
    const start = this.starts[line]!;
    return { line, character: Math.min(o, this.ends[line]!) - start };
  }

  /** The offset of a position; a line or character past the end clamps, as the LSP asks. */
  toOffset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const span = this.lineSpan(position.line);
    return span.start + clamp(position.character, 0, span.end - span.start);
  }

  toRange(span: Span): Range {
    return { start: this.toPosition(span.start), end: this.toPosition(span.end) };
  }

  toSpan(range: Range): Span {
    return { start: this.toOffset(range.start), end: this.toOffset(range.end) };
  }

  /** The text's first line break, so inserted lines match the document's own. */
  lineBreak(): string {
    const second = this.starts[1];
    if (second === undefined) return '\n';
    return this.text.charCodeAt(second - 2) === 13 && this.text.charCodeAt(second - 1) === 10 ? '\r\n' : this.text[second - 1]!;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
