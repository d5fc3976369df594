// Quick fix "Add speaker alias": on a quote credited through a surname or partial name (or not credited),
// map that name to a source of the article in the workspace's sourced.json, created when missing.

import { CodeActionKind, type ClientCapabilities, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Entity, Quote, Span } from '../analysis/types';
import type { AnalysedDocument } from './analysisCache';
import { LineIndex } from './positions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { VocabularyFile } from '../workspace/vocabularyFiles';
import { parseVocabulary, withAlias } from '../workspace/vocabulary';

export interface AliasEditSupport {
  readonly documentChanges: boolean;
  /** The client can create files (`resourceOperations` has `create`): needed when sourced.json does not exist yet. */
  readonly create: boolean;
}

export function aliasEditSupport(client: ClientCapabilities): AliasEditSupport {
  const ws = client.workspace?.workspaceEdit;
  return { documentChanges: ws?.documentChanges === true, create: ws?.documentChanges === true && (ws.resourceOperations ?? []).includes('create') };
}

/** At most this many targets are offered for one quote. */
const MAX_TARGETS = 5;

function norm(s: string): string {
  return s.toLowerCase().replace(/\u2019/g, "'").replace(/['\u2019]s$/, '').replace(/\s+/g, ' ').trim();
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The name written at the quote's cue, when an alias for it would change the attribution: a surname or a partial name. */
function aliasOf(quote: Quote, speaker: Entity | null): string | null {
  const m = quote.speakerMention;
  if (!m || (m.kind !== 'surname' && m.kind !== 'name')) return null;
  const alias = m.text.replace(/['\u2019]s$/, '').trim();
  if (!/^\p{Lu}/u.test(alias)) return null;
  if (speaker && norm(speaker.name) === norm(alias) && (speaker.kind !== 'institution' || alias.includes(' '))) return null;
  return alias;
}

/** Sources the alias could stand for: persons whose name holds the alias's words, else every named person; the current speaker first. */
function targets(analysis: AnalysedDocument['analysis'], alias: string, speaker: Entity | null, quote: Quote): Entity[] {
  const words = norm(alias).split(' ');
  const named = analysis.entities.filter((e) => e.kind === 'person' && e.name.includes(' ') && norm(e.name) !== norm(alias));
  const holding = named.filter((e) => words.every((w) => norm(e.name).split(' ').includes(w)));
  const pool = holding.length > 0 ? holding : named;
  const distance = (e: Entity): number => Math.min(...e.mentions.map((m) => Math.abs(m.start - quote.start)));
  const sorted = [...pool].sort((a, b) => distance(a) - distance(b));
  if (speaker && sorted.includes(speaker)) {
    sorted.splice(sorted.indexOf(speaker), 1);
    sorted.unshift(speaker);
  }
  return sorted.slice(0, MAX_TARGETS);
}

function fileEdit(file: VocabularyFile, alias: string, name: string, support: AliasEditSupport): WorkspaceEdit | null {
  const text = withAlias(file.text, alias, name);
  if (text === null) return null;
  if (file.text === null) {
    if (!support.create) return null;
    const at = new LineIndex('').toRange({ start: 0, end: 0 });
    return { documentChanges: [{ kind: 'create', uri: file.uri, options: { ignoreIfExists: true } }, { textDocument: { uri: file.uri, version: null }, edits: [{ range: at, newText: text }] }] };
  }
  const edit: TextEdit = { range: new LineIndex(file.text).toRange({ start: 0, end: file.text.length }), newText: text };
  return support.documentChanges ? { documentChanges: [{ textDocument: { uri: file.uri, version: null }, edits: [edit] }] } : { changes: { [file.uri]: [edit] } };
}

export function aliasActions(doc: AnalysedDocument, range: Span, diagnostics: readonly Diagnostic[], file: VocabularyFile | null, support: AliasEditSupport): CodeAction[] {
  if (!file) return [];
  const known = file.text === null ? {} : parseVocabulary(file.text).vocabulary.speakerAliases;
  const { analysis } = doc;
  const out: CodeAction[] = [];
  const offered = new Set<string>();
  for (const q of analysis.quotes) {
    if (!overlaps(q, range)) continue;
    const speaker = q.speaker === null ? null : (analysis.entities.find((e) => e.id === q.speaker) ?? null);
    const alias = aliasOf(q, speaker);
    if (!alias) continue;
    const r = doc.lines.toRange(q);
    const linked = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'unattributedQuote' && d.range.start.line === r.start.line && d.range.start.character === r.start.character);
    for (const target of targets(analysis, alias, speaker, q)) {
      const key = `${norm(alias)}\u0000${target.name}`;
      if (offered.has(key) || known[alias] === target.name) continue;
      const edit = fileEdit(file, alias, target.name, support);
      if (!edit) continue;
      offered.add(key);
      out.push({
        title: `Add speaker alias “${alias}” → “${target.fullName}” (sourced.json)`,
        kind: CodeActionKind.QuickFix,
        ...(linked.length ? { diagnostics: linked } : {}),
        edit,
      });
    }
  }
  return out;
}
