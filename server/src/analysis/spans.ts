// Small look-ups over lists of spans, shared by the analyses that must skip boilerplate or quotes.
// Spans may overlap; lists need not be sorted: the helpers sort a copy once.

import type { Span } from './types';

/** A test for "does some span cover this offset?", binary search over spans sorted by start. */
export function spanCover(spans: readonly Span[]): (offset: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among sorted[0..i], so overlapping spans need no merging.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.length > 0 ? reach[reach.length - 1]! : -Infinity));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    // sorted[0..lo) start at or before the offset; one of them covers it when the furthest end is past it.
    return lo > 0 && reach[lo - 1]! > offset;
  };
}
