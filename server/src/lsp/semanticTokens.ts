// Semantic tokens: each quote coloured by its speaker (token type `quote`, modifier `speakerN`), each
// mention of a source by its kind (`person`, `group`, `institution`); package.json maps them to theme colours.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityKind, Span } from '../analysis/types';
import type { AnalysedDocument } from './analysisCache';
import type { Feature } from './feature';
import { runSafe } from './runSafe';

/** How many speakers get a colour of their own; the ninth shares the first one's. */
export const SPEAKER_COLOURS = 8;

export const TOKEN_TYPES = ['person', 'group', 'institution', 'quote'] as const;
export const TOKEN_MODIFIERS = [...Array.from({ length: SPEAKER_COLOURS }, (_, i) => `speaker${i}`), 'unattributed', 'declaration'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

interface Item extends Span {
  readonly type: TokenType;
  readonly modifiers: number;
}

function typeIndex(t: TokenType): number {
  return TOKEN_TYPES.indexOf(t);
}

function modifierBit(name: (typeof TOKEN_MODIFIERS)[number]): number {
  return 1 << TOKEN_MODIFIERS.indexOf(name);
}

const KIND_TYPES: Record<EntityKind, TokenType> = { person: 'person', group: 'group', institution: 'institution' };

/** The items to colour, possibly overlapping (a mention inside a quote, a quote inside a quote). */
export function tokenItems(doc: AnalysedDocument): Item[] {
  const { analysis } = doc;
  // Speakers numbered in the order they are first quoted, so colours read top to bottom.
  const colour = new Map<number, number>();
  for (const q of analysis.quotes) if (q.speaker !== null && !colour.has(q.speaker)) colour.set(q.speaker, colour.size % SPEAKER_COLOURS);
  const speakerBit = (id: number): number => {
    const c = colour.get(id);
    return c === undefined ? 0 : modifierBit(`speaker${c}` as (typeof TOKEN_MODIFIERS)[number]);
  };
  const items: Item[] = [];
  for (const q of analysis.quotes) {
    const modifiers = q.speaker === null ? modifierBit('unattributed') : speakerBit(q.speaker);
    // “A,” she said. “B.”: the parts are quotation, the attribution between them is not.
    for (const part of q.parts) items.push({ start: part.start, end: part.end, type: 'quote', modifiers });
  }
  for (const e of analysis.entities) {
    e.mentions.forEach((m, i) => items.push({ start: m.start, end: m.end, type: KIND_TYPES[e.kind], modifiers: speakerBit(e.id) | (i === 0 ? modifierBit('declaration') : 0) }));
  }
  return items.filter((i) => i.end > i.start);
}

/** Non-overlapping pieces: where items overlap, the shortest (innermost) one wins. */
export function flatten(items: readonly Item[]): Item[] {
  const bounds = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out: Item[] = [];
  let active: Item[] = [];
  let next = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    while (next < sorted.length && sorted[next]!.start <= from) active.push(sorted[next++]!);
    active = active.filter((i) => i.end > from);
    let best: Item | null = null;
    for (const i of active) if (!best || i.end - i.start < best.end - best.start) best = i;
    if (!best) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === best.type && last.modifiers === best.modifiers) out[out.length - 1] = { ...last, end: to };
    else out.push({ start: from, end: to, type: best.type, modifiers: best.modifiers });
  }
  return out;
}

/** The LSP encoding: five integers a token, relative to the previous one, one token per line piece. */
export function semanticTokens(doc: AnalysedDocument): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const item of flatten(tokenItems(doc))) {
    const first = doc.lines.lineOf(item.start);
    const last = doc.lines.lineOf(item.end);
    for (let line = first; line <= last; line++) {
      const span = doc.lines.lineSpan(line);
      const start = doc.lines.toPosition(Math.max(item.start, span.start));
      const end = doc.lines.toPosition(Math.min(item.end, span.end));
      const length = end.character - start.character;
      if (length <= 0 || end.line !== start.line) continue;
      data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, length, typeIndex(item.type), item.modifiers);
      prevLine = start.line;
      prevChar = start.character;
    }
  }
  return { data };
}

export const semanticTokensFeature: Feature = {
  name: 'semanticTokens',
  capabilities: () => ({ semanticTokensProvider: { legend: LEGEND, full: true, range: false } }),
  register(ctx) {
    ctx.connection.languages.semanticTokens.on((params, token) =>
      runSafe(ctx.log, 'semantic tokens', { data: [] }, token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        return doc ? semanticTokens(doc) : { data: [] };
      }),
    );
    ctx.onSettings(() => {
      if (ctx.clientCapabilities().workspace?.semanticTokens?.refreshSupport) ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
    });
  },
};
