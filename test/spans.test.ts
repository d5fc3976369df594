// The span look-ups that let scans skip boilerplate: checked against a plain scan of every offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanCover, spanOverlap } from '../server/src/analysis/spans';
import type { Span } from '../server/src/analysis/types';

const SPANS: Span[] = [
  { start: 10, end: 20 },
  { start: 5, end: 8 },
  { start: 15, end: 40 },
  { start: 50, end: 50 }, // empty: covers nothing
  { start: 60, end: 61 },
];

test('spans: spanCover says whether some span holds an offset', () => {
  const covered = spanCover(SPANS);
  for (let o = -2; o < 70; o++) assert.equal(covered(o), SPANS.some((s) => s.start <= o && o < s.end), `offset ${o}`);
  assert.equal(spanCover([])(3), false);
});

test('spans: spanOverlap is never false where some offset of the range is covered', () => {
  const covered = spanCover(SPANS);
  const overlaps = spanOverlap(SPANS);
  for (let a = -2; a < 70; a++) {
    for (let b = a + 1; b <= 72; b++) {
      let any = false;
      for (let o = a; o < b && !any; o++) any = covered(o);
      if (any) assert.ok(overlaps(a, b), `[${a}, ${b}) holds a covered offset`);
      // Exact for non-empty spans: a range that meets one of them overlaps.
      assert.equal(overlaps(a, b), SPANS.some((s) => s.start < b && s.end > a), `[${a}, ${b})`);
    }
  }
  assert.equal(spanOverlap([])(0, 100), false);
});
