// Workspace symbols: the speakers and quotes of every article in the workspace folders (indexed in the
// background from disk) and of the open documents, found by a fuzzy query on the name or the quote.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { EntityKind } from '../analysis/types';
import type { ArticleDigest } from '../workspace/digest';
import type { Feature } from './feature';
import { runSafe } from './runSafe';
import { excerpt } from '../report/describe';

const KINDS: Record<EntityKind, SymbolKind> = { person: SymbolKind.Object, group: SymbolKind.Namespace, institution: SymbolKind.Class };

/** At most this many symbols an answer; the client asks again as the query grows. */
export const MAX_SYMBOLS = 500;

/** Whether every character of the query appears in the name in order (case-insensitive); an empty query matches all. */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Whether every word of the query occurs in the text (case-insensitive): quotes are long, so no scattered matches. */
export function wordsMatch(query: string, text: string): boolean {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .every((w) => t.includes(w));
}

/** 0 for a name that starts with the query, 1 for one that contains it, 2 for a scattered match: better first. */
function rank(query: string, name: string): number {
  const q = query.trim().toLowerCase();
  const n = name.toLowerCase();
  if (!q || n.startsWith(q)) return 0;
  return n.includes(q) ? 1 : 2;
}

export function workspaceSymbols(articles: readonly ArticleDigest[], query: string, limit = MAX_SYMBOLS): SymbolInformation[] {
  const found: Array<{ symbol: SymbolInformation; rank: number; order: number }> = [];
  let order = 0;
  for (const a of articles) {
    const names = new Map(a.speakers.map((s) => [s.id, s.name]));
    for (const s of a.speakers) {
      if (!a.quotes.some((q) => q.speaker === s.id)) continue;
      if (!fuzzyMatch(query, s.name)) continue;
      const detail = s.fullName !== s.name ? `${s.fullName} · ` : '';
      found.push({ symbol: { name: s.name, kind: KINDS[s.kind], location: { uri: a.uri, range: s.range }, containerName: `${detail}${a.name}` }, rank: rank(query, s.name), order: order++ });
    }
    for (const q of a.quotes) {
      const name = `“${excerpt(q.text, 80)}”`;
      if (!wordsMatch(query, q.text)) continue;
      const speaker = q.speaker === null ? 'unattributed' : (names.get(q.speaker) ?? 'unattributed');
      found.push({ symbol: { name, kind: SymbolKind.String, location: { uri: a.uri, range: q.range }, containerName: `${speaker} · ${a.name}` }, rank: rank(query, q.text) + 0.5, order: order++ });
    }
  }
  return found
    .sort((x, y) => x.rank - y.rank || x.order - y.order)
    .slice(0, limit)
    .map((f) => f.symbol);
}

export const workspaceSymbolsFeature: Feature = {
  name: 'workspaceSymbols',
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(ctx) {
    ctx.connection.onWorkspaceSymbol((params, token) => runSafe(ctx.log, 'workspace symbols', [], token, () => workspaceSymbols(ctx.workspace.articles(), params.query)));
  },
};
