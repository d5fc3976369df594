// Quick fixes with their edits: add a source to an unattributed statistic, disable the rule
// for a line or the file, delete boilerplate. Offsets come from the analysis; ranges from positions.ts.

import { CodeActionKind, type CodeAction, type ClientCapabilities, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { SnippetTextEdit } from 'vscode-languageserver-types';
import type { Analysis, Boilerplate, Span, Statistic } from '../analysis/types';
import { isSuppressed } from '../analysis/directives';
import { sentenceAt, tokenIndexAt } from '../analysis/article';
import type { AnalysedDocument } from './analysisCache';
import { DIAGNOSTIC_SOURCE, type DiagnosticRule } from './diagnostics';
import type { Feature } from './feature';
import { runSafe } from './runSafe';
import { excerpt } from '../report/describe';
import { aliasActions, aliasEditSupport } from './aliasActions';

/** What the client can apply, read once from its capabilities. */
export interface EditSupport {
  /** Versioned `documentChanges`: the client refuses an edit made for an older version. */
  readonly documentChanges: boolean;
  /** LSP 3.18 snippet edits: the inserted `source` placeholder is selected for typing over. */
  readonly snippets: boolean;
}

export function editSupport(client: ClientCapabilities): EditSupport {
  const ws = client.workspace?.workspaceEdit;
  const documentChanges = ws?.documentChanges === true;
  return { documentChanges, snippets: documentChanges && ws?.snippetEditSupport === true };
}

/** One insertion or deletion as offsets; turned into a TextEdit or a SnippetTextEdit at the end. */
interface Change {
  readonly span: Span;
  readonly text: string;
  readonly snippet?: string;
}

const CLAUSE_ENDS = new Set([',', ';', '.', '!', '?', '…']);

/** Where a source fits: before the first `,` `;` or sentence-final mark after the statistic, else the sentence end. */
export function clauseEnd(analysis: Analysis, statistic: Span): number {
  const article = analysis.article;
  const s = sentenceAt(article, statistic.start);
  if (s < 0) return statistic.end;
  const sentence = article.sentences[s]!;
  for (let i = Math.max(tokenIndexAt(article, statistic.end), sentence.tokenStart); i < sentence.tokenEnd; i++) {
    const t = article.tokens.at(i)!;
    if (t.kind === 'punct' && CLAUSE_ENDS.has(t.text)) return t.start;
  }
  return sentence.end;
}

/** A line-start directive above the line, or a line-end one on the first line (nothing is above it). */
function disableForLine(doc: AnalysedDocument, rule: DiagnosticRule, span: Span): Change {
  const line = doc.lines.lineOf(span.start);
  const own = doc.lines.lineSpan(line);
  if (line === 0) return { span: { start: own.end, end: own.end }, text: ` <!-- sourced-disable-line ${rule} -->` };
  return { span: { start: own.start, end: own.start }, text: `<!-- sourced-disable-next-line ${rule} -->${doc.lines.lineBreak()}` };
}

function disableForFile(doc: AnalysedDocument, rule: DiagnosticRule): Change {
  return { span: { start: 0, end: 0 }, text: `<!-- sourced-disable ${rule} -->${doc.lines.lineBreak()}` };
}

/** The boilerplate's span, with the line break after it when nothing else follows on its line. */
function deletion(doc: AnalysedDocument, b: Boilerplate): Change {
  const text = doc.analysis.text;
  let end = b.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const lineRest = end > b.end && (text[end - 1] === '\n' || text[end - 1] === '\r');
  return { span: { start: b.start, end: lineRest ? end : b.end }, text: '' };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function codeActionsFor(doc: AnalysedDocument, range: Span, diagnostics: readonly Diagnostic[], support: EditSupport): CodeAction[] {
  const { analysis } = doc;
  const actions: CodeAction[] = [];
  const linked = (rule: DiagnosticRule, span: Span): Diagnostic[] => {
    const r = doc.lines.toRange(span);
    return diagnostics.filter(
      (d) => d.source === DIAGNOSTIC_SOURCE && d.code === rule && d.range.start.line === r.start.line && d.range.start.character === r.start.character && d.range.end.line === r.end.line && d.range.end.character === r.end.character,
    );
  };
  const action = (title: string, rule: DiagnosticRule, span: Span, changes: Change[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: linked(rule, span),
    ...(preferred ? { isPreferred: true } : {}),
    edit: workspaceEdit(doc, changes, support),
  });

  const statistics = analysis.statistics.filter((s: Statistic) => !s.attributed && overlaps(s, range) && !isSuppressed(analysis.suppressions, 'unattributedStatistic', s));
  for (const s of statistics) {
    const at = clauseEnd(analysis, s);
    actions.push(
      action(`Add source: insert “, according to [source]” after “${excerpt(s.text, 40)}”`, 'unattributedStatistic', s, [{ span: { start: at, end: at }, text: ', according to [source]', snippet: ', according to ${1:source}' }], true),
    );
  }
  for (const s of statistics) {
    actions.push(action('Disable unattributedStatistic for this line', 'unattributedStatistic', s, [disableForLine(doc, 'unattributedStatistic', s)]));
    actions.push(action('Disable unattributedStatistic for this file', 'unattributedStatistic', s, [disableForFile(doc, 'unattributedStatistic')]));
  }
  for (const b of analysis.boilerplate) {
    if (overlaps(b, range) && !isSuppressed(analysis.suppressions, 'boilerplate', b)) actions.push(action('Delete boilerplate', 'boilerplate', b, [deletion(doc, b)]));
  }
  return actions;
}

function workspaceEdit(doc: AnalysedDocument, changes: readonly Change[], support: EditSupport): WorkspaceEdit {
  if (!support.documentChanges) {
    return { changes: { [doc.uri]: changes.map((c): TextEdit => ({ range: doc.lines.toRange(c.span), newText: c.text })) } };
  }
  const edits = changes.map((c): TextEdit | SnippetTextEdit =>
    support.snippets && c.snippet !== undefined ? { range: doc.lines.toRange(c.span), snippet: { kind: 'snippet', value: c.snippet } } : { range: doc.lines.toRange(c.span), newText: c.text },
  );
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  return !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty);
}

export const codeActionsFeature: Feature = {
  name: 'codeActions',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }),
  register(ctx) {
    ctx.connection.onCodeAction((params, token) =>
      runSafe(ctx.log, 'code actions', [], token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        if (!doc || !wantsQuickFixes(params.context.only)) return [];
        const span = doc.lines.toSpan(params.range);
        const client = ctx.clientCapabilities();
        return [...codeActionsFor(doc, span, params.context.diagnostics, editSupport(client)), ...aliasActions(doc, span, params.context.diagnostics, ctx.vocabularyFile(), aliasEditSupport(client))];
      }),
    );
  },
};
