// Unit tests of the one offset <-> position conversion: line breaks of every kind,
// surrogate pairs (UTF-16 code units, the LSP default), clamping at the end of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../server/src/lsp/positions';

/** What the client receives: positions are class instances here (see positions.ts), plain objects on the wire. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('LF text: offsets to positions and back', () => {
  const idx = new LineIndex('ab\ncd\n\nef');
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(wire(idx.toPosition(0)), { line: 0, character: 0 });
  assert.deepEqual(wire(idx.toPosition(2)), { line: 0, character: 2 });
  assert.deepEqual(wire(idx.toPosition(3)), { line: 1, character: 0 });
  assert.deepEqual(wire(idx.toPosition(6)), { line: 2, character: 0 });
  assert.deepEqual(wire(idx.toPosition(7)), { line: 3, character: 0 });
  for (let o = 0; o <= idx.text.length; o++) assert.equal(idx.toOffset(idx.toPosition(o)), o, `round trip at ${o}`);
});

test('CRLF counts two code units; an offset between CR and LF is the end of its line', () => {
  const text = 'one\r\ntwo\r\n';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 3);
  assert.deepEqual(wire(idx.toPosition(5)), { line: 1, character: 0 });
  assert.deepEqual(wire(idx.toPosition(3)), { line: 0, character: 3 });
  assert.deepEqual(wire(idx.toPosition(4)), { line: 0, character: 3 });
  assert.deepEqual(idx.lineSpan(1), { start: 5, end: 8 });
  assert.equal(idx.toOffset({ line: 1, character: 3 }), 8);
  assert.equal(idx.toOffset({ line: 2, character: 0 }), 10);
  assert.equal(idx.lineBreak(), '\r\n');
});

test('a lone CR ends a line, as the LSP says', () => {
  const idx = new LineIndex('a\rb\nc');
  assert.equal(idx.lineCount, 3);
  assert.deepEqual(wire(idx.toPosition(2)), { line: 1, character: 0 });
  assert.deepEqual(wire(idx.toPosition(4)), { line: 2, character: 0 });
  assert.equal(idx.lineBreak(), '\r');
});

test('surrogate pairs count as two UTF-16 code units', () => {
  const text = 'x😀y\n😀😀z';
  const idx = new LineIndex(text);
  assert.deepEqual(wire(idx.toPosition(text.indexOf('y'))), { line: 0, character: 3 });
  assert.deepEqual(wire(idx.toPosition(text.indexOf('z'))), { line: 1, character: 4 });
  assert.deepEqual(wire(idx.toRange({ start: 1, end: 3 })), { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
  assert.equal(idx.toOffset({ line: 1, character: 4 }), text.indexOf('z'));
});

test('end of text and out-of-range input clamp instead of throwing', () => {
  const text = 'abc\ndef';
  const idx = new LineIndex(text);
  assert.deepEqual(wire(idx.toPosition(text.length)), { line: 1, character: 3 });
  assert.deepEqual(wire(idx.toPosition(text.length + 50)), { line: 1, character: 3 });
  assert.deepEqual(wire(idx.toPosition(-4)), { line: 0, character: 0 });
  assert.equal(idx.toOffset({ line: 9, character: 0 }), text.length);
  assert.equal(idx.toOffset({ line: 0, character: 99 }), 3, 'a character past the line end means the line end');
  const trailing = new LineIndex('abc\n');
  assert.deepEqual(wire(trailing.toPosition(4)), { line: 1, character: 0 });
  assert.deepEqual(wire(new LineIndex('').toPosition(0)), { line: 0, character: 0 });
  assert.equal(new LineIndex('').lineBreak(), '\n');
});

test('lineOf agrees with a linear scan on a long mixed text', () => {
  const parts: string[] = [];
  // Lines shorter and longer than a lookup block (64 code units), and runs of empty lines.
  for (let i = 0; i < 300; i++) parts.push(`line ${i} ${'é'.repeat(i % 7)}${'x'.repeat((i * 37) % 190)}${i % 11 === 0 ? '\n'.repeat(70) : ''}${['\n', '\r\n', '\r'][i % 3]}`);
  const text = parts.join('');
  const idx = new LineIndex(text);
  let line = 0;
  for (let o = 0; o < text.length; o++) {
    assert.equal(idx.lineOf(o), line);
    if (text[o] === '\n' || (text[o] === '\r' && text[o + 1] !== '\n')) line++;
  }
});

test('toRange is the two positions of its span, for every span of a mixed text', () => {
  const text = 'ab\r\ncd\n\ref\rgh\n\r\nij';
  const idx = new LineIndex(text);
  for (let start = -1; start <= text.length + 1; start++) {
    for (let end = start; end <= text.length + 2; end++) {
      assert.deepEqual(wire(idx.toRange({ start, end })), wire({ start: idx.toPosition(start), end: idx.toPosition(end) }), `${start}-${end}`);
    }
  }
});

test('lineOf agrees with a linear scan on a long text of LF breaks only (the indexOf path)', () => {
  const text = Array.from({ length: 200 }, (_, i) => `line ${i}${'\n'.repeat(1 + (i % 3))}`).join('');
  const idx = new LineIndex(text);
  let line = 0;
  for (let o = 0; o < text.length; o++) {
    assert.equal(idx.lineOf(o), line);
    if (text[o] === '\n') line++;
  }
  assert.equal(idx.lineCount, line + 1);
});

test('lineOf answers the same in any order of questions (the last line is only a hint)', () => {
  const parts: string[] = [];
  for (let i = 0; i < 120; i++) parts.push(`l${i}${'x'.repeat(i % 5)}${['\n', '\r\n', '\r', '\n\n'][i % 4]}`);
  const text = parts.join('');
  const truth: number[] = [];
  let line = 0;
  for (let o = 0; o <= text.length; o++) {
    truth.push(line);
    if (text[o] === '\n' || (text[o] === '\r' && text[o + 1] !== '\n')) line++;
  }
  const idx = new LineIndex(text);
  // Forwards, backwards, by jumps and at random: the hint is right, one line off, or far off.
  const orders = [
    truth.map((_, o) => o),
    truth.map((_, o) => truth.length - 1 - o),
    truth.map((_, o) => (o * 37) % truth.length),
    truth.map((_, o) => (o * 7919 + 13) % truth.length),
  ];
  for (const order of orders) for (const o of order) assert.equal(idx.lineOf(o), truth[o], `offset ${o}`);
  assert.equal(idx.lineOf(-5), 0);
  assert.equal(idx.lineOf(text.length + 5), truth[text.length]);
});
