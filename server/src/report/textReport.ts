// Renders an analysis as text for people: a short report for the command line and the demo,
// and a full dump (every field that matters, with offsets) for the golden tests.

import type { Analysis, Span } from '../analysis/types';
import { LineIndex } from '../lsp/positions';
import { entityById, entityLabel, excerpt, quoteKindLabel } from './describe';
import { outline, type OutlineNode } from './outline';

export type ReportDetail = 'summary' | 'full';

export function renderReport(name: string, analysis: Analysis, detail: ReportDetail = 'summary'): string {
  const lines = new LineIndex(analysis.text);
  return detail === 'full' ? renderFull(name, analysis, lines) : renderSummary(name, analysis, lines);
}

function at(lines: LineIndex, span: Span): string {
  return `L${lines.lineOf(span.start) + 1}`;
}

function renderSummary(name: string, analysis: Analysis, lines: LineIndex): string {
  const out: string[] = [`${name}`];
  if (analysis.incomplete) out.push(`  (incomplete: ${analysis.incomplete})`);
  const quotes = analysis.quotes;
  out.push(`  Quotes (${quotes.length})`);
  for (const q of quotes) {
    const speaker = entityById(analysis, q.speaker);
    const who = speaker ? entityLabel(speaker) : 'unattributed';
    const cue = q.cue ? ` (${q.cue.text})` : '';
    out.push(`    ${at(lines, q).padEnd(5)} ${excerpt(q.text, 70)}`);
    out.push(`          — ${who}${cue}, ${quoteKindLabel(q.kind)}`);
  }
  const unattributed = analysis.statistics.filter((s) => !s.attributed);
  out.push(`  Unattributed statistics (${unattributed.length} of ${analysis.statistics.length})`);
  for (const s of unattributed) out.push(`    ${at(lines, s).padEnd(5)} ${excerpt(s.text, 70)}`);
  out.push('  Outline');
  for (const node of outline(analysis)) renderOutline(node, lines, '    ', out);
  return `${out.join('\n')}\n`;
}

function renderOutline(node: OutlineNode, lines: LineIndex, indent: string, out: string[]): void {
  const detail = node.detail ? ` — ${node.detail}` : '';
  const where = node.children.length === 0 ? `${at(lines, node.selection)} ` : '';
  out.push(`${indent}${where}${node.name}${detail}`);
  for (const c of node.children) renderOutline(c, lines, `${indent}  `, out);
}

function renderFull(name: string, analysis: Analysis, lines: LineIndex): string {
  const out: string[] = [`# ${name}`];
  const pos = (span: Span): string => {
    const a = lines.toPosition(span.start);
    const b = lines.toPosition(span.end);
    return `[${span.start},${span.end}) ${a.line + 1}:${a.character}-${b.line + 1}:${b.character}`;
  };
  const quoted = (s: string, max = 80): string => JSON.stringify(excerpt(s, max));
  if (analysis.incomplete) out.push(`incomplete: ${analysis.incomplete}`);
  out.push(`headline: ${analysis.headline ? `${pos(analysis.headline)} ${quoted(analysis.text.slice(analysis.headline.start, analysis.headline.end))}` : 'none'}`);

  out.push('', `## quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    const speaker = entityById(analysis, q.speaker);
    out.push(`${pos(q)} ${q.kind} ${quoted(q.text)}`);
    out.push(`  speaker: ${speaker ? entityLabel(speaker) : 'none'}${q.speakerMention ? ` (mention ${quoted(q.speakerMention.text, 40)} ${q.speakerMention.kind})` : ''}`);
    out.push(`  cue: ${q.cue ? quoted(q.cue.text, 40) : 'none'}; rule: ${q.reason ? q.reason.rule : 'none'}`);
    if (q.reason) out.push(`  why: ${q.reason.explanation}`);
  }

  out.push('', `## entities (${analysis.entities.length})`);
  for (const e of analysis.entities) {
    out.push(`#${e.id} ${entityLabel(e)} (${e.kind}, ${e.gender})`);
    out.push(`  mentions: ${e.mentions.map((m) => `${quoted(m.text, 40)} ${m.kind} ${at(lines, m)}`).join('; ') || 'none'}`);
  }

  out.push('', `## statistics (${analysis.statistics.length})`);
  for (const s of analysis.statistics) {
    out.push(`${pos(s)} ${s.kind} ${quoted(s.text)} ${s.attributed ? `source: ${s.source === null ? 'none named' : quoted(s.source, 60)}` : 'UNATTRIBUTED'}`);
    if (s.explanation) out.push(`  why: ${s.explanation}`);
  }

  out.push('', `## claims (${analysis.claims.length})`);
  for (const c of analysis.claims) {
    const claimant = entityById(analysis, c.claimant);
    out.push(`${pos(c)} ${c.kind} by ${claimant ? claimant.name : 'unresolved'}; cue ${quoted(c.cue.text, 40)}; target ${c.target === null ? 'none' : quoted(c.target, 60)}`);
    out.push(`  text: ${quoted(c.text)}`);
  }

  out.push('', `## boilerplate (${analysis.boilerplate.length})`);
  for (const b of analysis.boilerplate) out.push(`${pos(b)} ${b.rule} ${quoted(b.text)}`);

  if (analysis.suppressions.length > 0) {
    out.push('', `## suppressions (${analysis.suppressions.length})`);
    for (const s of analysis.suppressions) out.push(`${pos(s)} ${s.scope} ${s.rules.join(',') || 'all rules'}`);
  }

  out.push('', '## outline');
  for (const node of outline(analysis)) renderOutline(node, lines, '', out);
  return `${out.join('\n')}\n`;
}
