// Converts analysis offsets (UTF-16 code units, half-open) to LSP positions and back.
// The only place that does: one line-start index per document version, looked up by blocks of text.

import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/types';

/** Line lookups start from blocks of 2 ** BLOCK_BITS code units: a table of 64 KB per MB of text. */
const BLOCK_BITS = 6;

/** A line break: "\r\n", "\r" or "\n". */
const LINE_BREAK = /\r\n?|\n/g;

/** Line starts of one text; lines end at `\n`, `\r\n` or a lone `\r`, as the LSP defines them. */
export class LineIndex {
  private readonly starts: Int32Array;
  /** Where each line's text ends, before its line break: a position never needs to look at the text. */
  private readonly ends: Int32Array;
  /**
   * The line holding the first code unit of each block of BLOCK units: a lookup starts there and
   * steps forward over at most a few lines, where a bisection of a long text's lines took most of
   * the time of building a 1 MB outline.
   */
  private readonly blockLines: Int32Array;

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
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    const blockLines = new Int32Array((text.length >> BLOCK_BITS) + 1);
    let line = 0;
    for (let b = 0; b < blockLines.length; b++) {
      const at = b << BLOCK_BITS;
      while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
      blockLines[b] = line;
    }
    this.blockLines = blockLines;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line that holds an offset (clamped to the text). */
  lineOf(offset: number): number {
    const o = clamp(offset, 0, this.text.length);
    const starts = this.starts;
    let line = this.blockLines[o >> BLOCK_BITS]!;
    while (line + 1 < starts.length && starts[line + 1]! <= o) line++;
    return line;
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
    return new LinePosition(line, Math.min(o, this.ends[line]!) - start);
  }

  /** The offset of a position; a line or character past the end clamps, as the LSP asks. */
  toOffset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const span = this.lineSpan(position.line);
    return span.start + clamp(position.character, 0, span.end - span.start);
  }

  toRange(span: Span): Range {
    return this.rangeOf(span.start, span.end);
  }

  /** toRange for a span given as its two offsets. */
  rangeOf(start: number, end: number): Range {
    return new SpanRange(this.toPosition(start), this.toPosition(end));
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

/**
 * Positions and ranges are made by constructors, not object literals: V8 moves a literal's allocation
 * site to the old generation once its objects outlive a collection (responses are cached per
 * version), and a 1 MB document's outline then took twice as long to build.
 */
class LinePosition implements Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class SpanRange implements Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
