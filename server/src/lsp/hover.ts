// Hover: who said a quote and why the analysis thinks so; a speaker's quotes; a statistic's source;
// a claim's claimant; boilerplate. Reads the cached analysis only.

import { MarkupKind, type ClientCapabilities, type Hover } from 'vscode-languageserver';
import type { Analysis, Boilerplate, Claim, Entity, Quote, Statistic } from '../analysis/types';
import type { AnalysedDocument } from './analysisCache';
import type { Feature } from './feature';
import { hitsAt, type Hit } from './lookup';
import type { LineIndex } from './positions';
import { runSafe } from './runSafe';
import { entityById, entityLabel, excerpt, quoteKindLabel, quotesBy } from '../report/describe';
import { quotesElsewhere, type QuoteElsewhere } from './crossArticle';

/** Writes markdown, or plain text for clients that cannot render it. */
class Writer {
  constructor(readonly markdown: boolean) {}
  bold(s: string): string {
    return this.markdown ? `**${escape(s)}**` : s;
  }
  code(s: string): string {
    return this.markdown ? `\`${s.replace(/`/g, "'")}\`` : s;
  }
  text(s: string): string {
    return this.markdown ? escape(s) : s;
  }
}

function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/**
 * The hover at an offset: every item there, innermost first, or null when there is nothing. `elsewhere`
 * holds, by quote id, the same quotation in other articles of the workspace (crossArticle.ts).
 */
export function hoverAt(doc: AnalysedDocument, offset: number, markdown = true, elsewhere: ReadonlyMap<number, readonly QuoteElsewhere[]> = new Map()): Hover | null {
  const hits = hitsAt(doc.analysis, offset);
  const first = hits[0];
  if (!first) return null;
  const w = new Writer(markdown);
  const sections = hits.map((hit) => {
    const own = section(doc.analysis, doc.lines, hit, w);
    const copies = hit.kind === 'quote' ? elsewhere.get(hit.quote.id) : undefined;
    return copies?.length ? `${own}\n\n${elsewhereSection(copies, w)}` : own;
  });
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: doc.lines.toRange(first.span),
  };
}

function section(analysis: Analysis, lines: LineIndex, hit: Hit, w: Writer): string {
  switch (hit.kind) {
    case 'quote':
      return quoteSection(analysis, hit.quote, w);
    case 'mention':
      return mentionSection(analysis, lines, hit.entity, w);
    case 'statistic':
      return statisticSection(hit.statistic, w);
    case 'claim':
      return claimSection(analysis, hit.claim, w);
    case 'boilerplate':
      return boilerplateSection(hit.boilerplate, w);
  }
}

function quoteSection(analysis: Analysis, quote: Quote, w: Writer): string {
  const speaker = entityById(analysis, quote.speaker);
  const kind = quoteKindLabel(quote.kind);
  const out: string[] = [];
  if (speaker) {
    out.push(`${w.bold(speaker.name)}${speakerDetail(speaker, w)}`);
    out.push(`${w.text(kind)}${quote.cue ? ` · cue: ${w.code(quote.cue.text)}` : ''}`);
  } else {
    out.push(`${w.bold('Unattributed')} ${w.text(kind)}: the article names no source for it.`);
    if (quote.cue) out.push(`cue: ${w.code(quote.cue.text)}`);
  }
  if (quote.reason) out.push(`Why: ${w.text(quote.reason.explanation)} (rule ${w.code(quote.reason.rule)})`);
  return out.join('\n\n');
}

/** "Also in 2 other articles:" with each article's attribution, and the words when they differ. */
function elsewhereSection(copies: readonly QuoteElsewhere[], w: Writer): string {
  const files = new Set(copies.map((c) => c.uri)).size;
  const lines = copies.map((c) => {
    const who = c.speaker ? `attributed to ${w.bold(c.speaker)}` : w.bold('unattributed');
    const notes = [c.sameSpeaker ? null : 'different attribution', c.sameWording ? null : 'different wording'].filter((n) => n !== null);
    const words = c.sameWording ? '' : `: “${w.text(excerpt(c.text, 80))}”`;
    return `- ${w.text(c.file)} line ${c.range.start.line + 1}: ${who}${notes.length ? ` (${notes.join(', ')})` : ''}${words}`;
  });
  return `Also quoted in ${files === 1 ? '1 other article' : `${files} other articles`}:\n\n${lines.join('\n')}`;
}

function speakerDetail(entity: Entity, w: Writer): string {
  const label = entityLabel(entity);
  return label.length > entity.name.length ? ` — ${w.text(label.slice(entity.name.length + 2))}` : '';
}

function mentionSection(analysis: Analysis, lines: LineIndex, entity: Entity, w: Writer): string {
  const quotes = quotesBy(analysis, entity.id);
  const out = [`${w.bold(entity.name)}${speakerDetail(entity, w)} (${entity.kind})`];
  if (quotes.length === 0) {
    out.push('No quotes from this source in this article.');
  } else {
    out.push(`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} in this article:`);
    out.push(quotes.map((q) => `- line ${lines.lineOf(q.start) + 1}: ${w.text(excerpt(q.text, 60))}`).join('\n'));
  }
  return out.join('\n\n');
}

function statisticSection(statistic: Statistic, w: Writer): string {
  const out = [`${w.bold('Statistic')} “${w.text(statistic.text)}” (${statistic.kind})`];
  out.push(statistic.attributed ? `Source: ${w.text(statistic.source ?? 'given in the text')}` : 'No source given.');
  if (statistic.explanation) out.push(`Why: ${w.text(statistic.explanation)}`);
  return out.join('\n\n');
}

function claimSection(analysis: Analysis, claim: Claim, w: Writer): string {
  const claimant = entityById(analysis, claim.claimant);
  const out = [`${w.bold('Claim')} (${claim.kind}) by ${claimant ? w.bold(claimant.name) : 'an unresolved claimant'}`];
  if (claim.target) out.push(`Target: ${w.text(claim.target)}`);
  out.push(`cue: ${w.code(claim.cue.text)}`);
  return out.join('\n\n');
}

function boilerplateSection(boilerplate: Boilerplate, w: Writer): string {
  return `${w.bold('Boilerplate')} (${boilerplate.rule.replace(/-/g, ' ')}): page furniture pasted in with the article, not part of it.`;
}

function prefersMarkdown(client: ClientCapabilities): boolean {
  const formats = client.textDocument?.hover?.contentFormat;
  return !formats || formats.includes(MarkupKind.Markdown);
}

export const hoverFeature: Feature = {
  name: 'hover',
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover((params, token) =>
      runSafe(ctx.log, 'hover', null, token, () => {
        const doc = ctx.analysisOf(params.textDocument.uri);
        if (!doc) return null;
        const offset = doc.lines.toOffset(params.position);
        // Cross-article copies of the quotes under the cursor only: the lookup reads the workspace index.
        const under = new Set(doc.analysis.quotes.filter((q) => offset >= q.start && offset < q.end).map((q) => q.id));
        return hoverAt(doc, offset, prefersMarkdown(ctx.clientCapabilities()), under.size > 0 ? quotesElsewhere(doc, ctx.workspace, under) : new Map());
      }),
    );
  },
};
