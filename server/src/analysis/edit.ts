// What an edit left alone between two versions of a text: their common prefix and suffix, and the
// whole lines around the change, outside which every line (and so every paragraph) is as it was.

/** One replaced range: old[start, oldEnd) became new[start, newEnd); everything around it is unchanged. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** How many code units the common prefix and suffix scans compare at once, as substrings: large steps, then small ones. */
const CHUNKS = [16384, 512];

/** The smallest single replacement that turns `before` into `after` (common prefix and suffix). */
export function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  // Whole chunks first: comparing two substrings is a memory compare, far cheaper than a loop of
  // charCodeAt over a long document; the last, unequal chunk is then walked unit by unit.
  let start = 0;
  for (const chunk of CHUNKS) while (start + chunk <= shorter && before.slice(start, start + chunk) === after.slice(start, start + chunk)) start += chunk;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix may not reach into the prefix: "aa" -> "aaa" is one "a" inserted at 2, not at 0.
  const room = shorter - start;
  let tail = 0;
  for (const chunk of CHUNKS) while (tail + chunk <= room && before.slice(before.length - tail - chunk, before.length - tail) === after.slice(after.length - tail - chunk, after.length - tail)) tail += chunk;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The lines of the new text that the edit touched, [from, to): `from` starts a line (0, or just
 * after a line break in the common prefix), `to` is the first line break at or after the change
 * (in the common suffix), or the text's end. Lines outside are the earlier text's lines, unchanged.
 */
export function editedLines(text: string, edit: TextEdit): { readonly from: number; readonly to: number } {
  let from = edit.start;
  while (from > 0 && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = edit.newEnd;
  while (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
  return { from, to };
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
