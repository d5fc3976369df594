// Small wordings shared by the hover, the outline, the command line and the golden dumps.
// Kept in one place so the editor and the terminal describe a quote or a speaker the same way.

import type { Analysis, Entity, Quote, QuoteKind, Span } from '../analysis/types';
import { isWhiteSpace } from '../analysis/tokenizer';

/** Whitespace folded to single spaces, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  return excerptOf(text, 0, text.length, max);
}

/**
 * excerpt(text.slice(start, end), max), read in place: a quote's, claim's or figure's text is a slice
 * of the document, whose characters V8 reads through the document on every access, and the outline
 * of a long document makes thousands of excerpts (reading the document itself made the 1 MB outline
 * about a tenth faster).
 */
export function excerptOf(text: string, start: number, end: number, max = 60): string {
  // Fold only as much as the excerpt shows: a long quote or claim is not flattened whole.
  let flat = cleanPrefix(text, start, end, max) ?? '';
  if (flat === '') flat = folded(text, start, end, max);
  if (flat.length <= max) return flat;
  // Cut on a code point boundary so a surrogate pair is never split.
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/**
 * The first max + 1 characters of text[start, end) when folding would not change them (single spaces
 * between words, no leading or trailing space): most quotes and claims, read with one slice instead
 * of a character loop.
 */
function cleanPrefix(text: string, start: number, end: number, max: number): string | null {
  const n = Math.min(end, start + max + 1);
  for (let i = start; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) continue;
    if (code === 32) {
      if (i === start || i + 1 >= end) return null;
      const next = text.charCodeAt(i + 1);
      if (next <= 32 || isWhiteSpace(next)) return null;
      continue;
    }
    if (code < 32 || isWhiteSpace(code)) return null;
  }
  return n > start ? text.slice(start, n) : null;
}

/** Whitespace runs of text[start, end) folded to one space, leading and trailing ones dropped, up to max + 1 characters. */
function folded(text: string, start: number, end: number, max: number): string {
  let flat = '';
  let space = false;
  for (let i = start; i < end && flat.length <= max; i++) {
    const ch = text[i]!;
    // By code: the regular expression cost a test and a one-character string per non-ASCII character.
    if (isWhiteSpace(ch.charCodeAt(0))) {
      space = flat.length > 0;
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += ch;
  }
  return flat;
}

export function entityById(analysis: Analysis, id: number | null): Entity | null {
  if (id === null) return null;
  // Entities are numbered by their place in the list: read it there, and search only a list built otherwise.
  const at = analysis.entities[id];
  return at && at.id === id ? at : (analysis.entities.find((e) => e.id === id) ?? null);
}

/** "Wang Wenbin, foreign ministry spokesman, China's foreign ministry": name, then title and organisation when known. */
export function entityLabel(entity: Entity): string {
  const parts = [entity.name];
  if (entity.title && !entity.name.includes(entity.title)) parts.push(entity.title);
  if (entity.organisation && !entity.name.includes(entity.organisation) && !(entity.title ?? '').includes(entity.organisation)) parts.push(entity.organisation);
  return parts.join(', ');
}

/** The speaker's name of a quote, or null when unattributed. */
export function speakerName(analysis: Analysis, quote: Quote): string | null {
  return entityById(analysis, quote.speaker)?.name ?? null;
}

export function quotesBy(analysis: Analysis, entityId: number): Quote[] {
  return analysis.quotes.filter((q) => q.speaker === entityId);
}

const KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};

export function quoteKindLabel(kind: QuoteKind): string {
  return KIND_LABELS[kind];
}

export function spanText(analysis: Analysis, span: Span): string {
  return analysis.text.slice(span.start, span.end);
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
