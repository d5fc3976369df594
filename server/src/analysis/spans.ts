// Small look-ups over lists of spans, shared by the analyses that must skip boilerplate or quotes.
// Spans may overlap; lists need not be sorted: the helpers sort a copy once.

import type { Span } from './types';

/**
 * A test for "may some span reach into [start, end)?": false means no offset of the range is covered,
 * so a scan of the range can skip spanCover at each offset. Binary search over spans sorted by start.
 */
export function spanOverlap(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among sorted[0..i], so overlapping spans need no merging.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.length > 0 ? reach[reach.length - 1]! : -Infinity));
  return (start, end) => {
    // sorted[0..lo) start before the range ends; one of them reaches into it when the furthest end is past its start.
    const lo = firstStartingFrom(sorted, end);
    return lo > 0 && reach[lo - 1]! > start;
  };
}

/** The index of the first span that starts at `offset` or later, in spans ordered by start (a binary search). */
function firstStartingFrom(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A test for "does some span cover this offset?": an overlap with the one-unit range at the offset. */
export function spanCover(spans: readonly Span[]): (offset: number) => boolean {
  return coverOf(spanOverlap(spans));
}

/** spanCover from an overlap test already built, for a caller that needs both. */
export function coverOf(overlaps: (start: number, end: number) => boolean): (offset: number) => boolean {
  return (offset) => overlaps(offset, offset + 1);
}
