// Reads `<!-- sourced-disable RULE -->` comments that turn diagnostics off for a file or a line.
// Syntax: sourced-disable (whole file), sourced-disable-line (its line), sourced-disable-next-line.

import type { Span, Suppression } from './types';

const DIRECTIVE = /<!--[ \t]*sourced-disable(-line|-next-line)?((?:[ \t]+[A-Za-z][\w.-]*(?:[ \t]*,[ \t]*[A-Za-z][\w.-]*)*)?)[ \t]*-->/g;

export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  // Every directive opens a comment: looking for "<!--" (its first unit is rare in prose) is ten times faster
  // than looking for the directive's name in a text that has none.
  if (!text.includes('<!--') || !text.includes('sourced-disable')) return out;
  // Directives come in text order: several on one line share its span instead of each scanning the line again.
  let own: Span = { start: 0, end: -1 };
  let next: Span | null = null;
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const rules = (m[2] ?? '').split(/[\s,]+/).filter((r) => r.length > 0);
    const scope = m[1] === '-line' ? 'line' : m[1] === '-next-line' ? 'next-line' : 'file';
    if (start > own.end) {
      own = lineAround(text, start);
      next = null;
    }
    const governs: Span = scope === 'file' ? { start: 0, end: text.length } : scope === 'line' ? own : (next ??= nextLine(text, own.end));
    out.push({ start, end, rules, scope, governs });
  }
  return out;
}

function lineAround(text: string, offset: number): Span {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = offset;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

function nextLine(text: string, lineEnd: number): Span {
  let s = lineEnd;
  if (text[s] === '\r') s++;
  if (text[s] === '\n') s++;
  return lineAround(text, Math.min(s, text.length));
}

/** Whether a rule is switched off at a span by any directive. */
export function isSuppressed(suppressions: readonly Suppression[], rule: string, span: Span): boolean {
  for (const s of suppressions) {
    if (s.rules.length > 0 && !s.rules.includes(rule)) continue;
    if (span.start >= s.governs.start && span.start <= s.governs.end) return true;
  }
  return false;
}
