// The invariants every Analysis must satisfy whatever the input (issue 7).
import type { Analysis, Span } from '../../server/src/analysis/types';
import { tokenArray } from '../../server/src/analysis/tokens';
import { quotedParts } from '../../server/src/analysis/quotes';

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Every span of an analysis with a path naming where it came from. */
export function spansOf(a: Analysis): Array<{ readonly path: string; readonly span: Span }> {
  const out: Array<{ path: string; span: Span }> = [];
  const add = (path: string, span: Span | null | undefined): void => {
    if (span) out.push({ path, span });
  };
  add('headline', a.headline);
  add('article.headline', a.article.headline);
  a.article.paragraphs.forEach((p, i) => add(`paragraphs[${i}]`, p));
  a.article.sentences.forEach((s, i) => add(`sentences[${i}]`, s));
  tokenArray(a.article.tokens).forEach((t, i) => add(`tokens[${i}]`, t));
  a.quotes.forEach((q, i) => {
    add(`quotes[${i}]`, q);
    add(`quotes[${i}].inner`, q.inner);
    add(`quotes[${i}].cue`, q.cue);
    add(`quotes[${i}].speakerMention`, q.speakerMention);
    q.reason?.evidence.forEach((e, j) => add(`quotes[${i}].reason.evidence[${j}]`, e));
    q.parts.forEach((p, j) => add(`quotes[${i}].parts[${j}]`, p));
  });
  a.entities.forEach((e, i) => e.mentions.forEach((m, j) => add(`entities[${i}].mentions[${j}]`, m)));
  a.statistics.forEach((s, i) => {
    add(`statistics[${i}]`, s);
    add(`statistics[${i}].sourceSpan`, s.sourceSpan);
  });
  a.claims.forEach((c, i) => {
    add(`claims[${i}]`, c);
    add(`claims[${i}].cue`, c.cue);
    add(`claims[${i}].targetSpan`, c.targetSpan);
  });
  a.boilerplate.forEach((b, i) => add(`boilerplate[${i}]`, b));
  a.suppressions.forEach((s, i) => {
    add(`suppressions[${i}]`, s);
    add(`suppressions[${i}].governs`, s.governs);
  });
  return out;
}

function orderedDisjoint(name: string, spans: readonly Span[], problems: string[]): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (b.start < a.end) problems.push(`${name}[${i - 1}] [${a.start},${a.end}) and ${name}[${i}] [${b.start},${b.end}) overlap or are out of order`);
  }
}

const within = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * What must hold of any analysis: no error, spans inside the text that split no surrogate pair,
 * texts that match their spans, the orderings the model promises, consistent token and sentence indices.
 * Returns the violations, at most `max`, each naming the field.
 */
export function violations(a: Analysis, max = 20): string[] {
  const problems: string[] = [];
  const text = a.text;
  if (a.incomplete !== null) problems.push(`incomplete: ${a.incomplete}`);
  if (a.article.text !== text) problems.push('article.text is not the text');
  for (const { path, span } of spansOf(a)) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) problems.push(`${path}: offsets not integers ${span.start},${span.end}`);
    else if (span.start < 0 || span.end > text.length || span.start > span.end) problems.push(`${path}: [${span.start},${span.end}) not within [0,${text.length}] or reversed`);
    else if (splitsPair(text, span.start) || splitsPair(text, span.end)) problems.push(`${path}: [${span.start},${span.end}) splits a surrogate pair`);
    if (problems.length >= max) return problems;
  }
  const withText: Array<[string, Span & { readonly text: string }]> = [
    ...tokenArray(a.article.tokens).map((t, i): [string, typeof t] => [`tokens[${i}]`, t]),
    ...a.quotes.map((q, i): [string, typeof q] => [`quotes[${i}]`, q]),
    ...a.statistics.map((s, i): [string, typeof s] => [`statistics[${i}]`, s]),
    ...a.claims.map((c, i): [string, typeof c] => [`claims[${i}]`, c]),
    ...a.boilerplate.map((b, i): [string, typeof b] => [`boilerplate[${i}]`, b]),
  ];
  for (const [path, s] of withText) {
    if (text.slice(s.start, s.end) !== s.text) problems.push(`${path}.text ${JSON.stringify(s.text.slice(0, 40))} is not the text at [${s.start},${s.end})`);
    if (problems.length >= max) return problems;
  }
  const { paragraphs, sentences } = a.article;
  const tokens = tokenArray(a.article.tokens);
  orderedDisjoint('paragraphs', paragraphs, problems);
  orderedDisjoint('sentences', sentences, problems);
  orderedDisjoint('tokens', tokens, problems);
  orderedDisjoint('quotes', a.quotes, problems);
  orderedDisjoint('boilerplate', a.boilerplate, problems);
  for (const t of tokens) if (t.start === t.end) problems.push(`empty token at ${t.start}`);
  sentences.forEach((s, i) => {
    if (s.index !== i) problems.push(`sentences[${i}].index is ${s.index}`);
    if (!(s.tokenStart < s.tokenEnd && s.tokenEnd <= tokens.length)) problems.push(`sentences[${i}] token range ${s.tokenStart}..${s.tokenEnd} of ${tokens.length}`);
    else if (tokens[s.tokenStart]!.start !== s.start || tokens[s.tokenEnd - 1]!.end !== s.end) problems.push(`sentences[${i}] does not run from its first to its last token`);
    const p = paragraphs[s.paragraph];
    if (!p || !within(p, s) || i < p.sentenceStart || i >= p.sentenceEnd) problems.push(`sentences[${i}] is not inside paragraphs[${s.paragraph}]`);
  });
  paragraphs.forEach((p, i) => {
    if (p.index !== i) problems.push(`paragraphs[${i}].index is ${p.index}`);
    if (!(p.sentenceStart <= p.sentenceEnd && p.sentenceEnd <= sentences.length)) problems.push(`paragraphs[${i}] sentence range ${p.sentenceStart}..${p.sentenceEnd}`);
  });
  const entityIds = new Set(a.entities.map((e) => e.id));
  a.quotes.forEach((q, i) => {
    if (q.id !== i) problems.push(`quotes[${i}].id is ${q.id}`);
    if (!within(q, q.inner)) problems.push(`quotes[${i}].inner [${q.inner.start},${q.inner.end}) is not inside the quote [${q.start},${q.end})`);
    // The parts run from the quote's opening mark to its closing one, in order, apart.
    const parts = q.parts;
    if (parts.length === 0 || parts[0]!.start !== q.start || parts[parts.length - 1]!.end !== q.end) problems.push(`quotes[${i}].parts do not start and end with the quote`);
    for (let j = 1; j < parts.length; j++) if (parts[j]!.start < parts[j - 1]!.end) problems.push(`quotes[${i}].parts[${j}] overlaps the part before`);
    for (const w of quotedParts(a.text, q)) if (!within(q.inner, w)) problems.push(`quotes[${i}]: quoted words [${w.start},${w.end}) are not inside the marks`);
    if (q.speaker !== null && !entityIds.has(q.speaker)) problems.push(`quotes[${i}].speaker ${q.speaker} is no entity`);
    if (q.speaker !== null && (!q.reason || !q.reason.explanation)) problems.push(`quotes[${i}] has a speaker and no reason`);
  });
  a.entities.forEach((e, i) => {
    if (e.id !== i) problems.push(`entities[${i}].id is ${e.id}`);
    for (let j = 1; j < e.mentions.length; j++) if (e.mentions[j]!.start < e.mentions[j - 1]!.start) problems.push(`entities[${i}].mentions are not ordered by offset`);
  });
  a.claims.forEach((c, i) => {
    if (c.claimant !== null && !entityIds.has(c.claimant)) problems.push(`claims[${i}].claimant ${c.claimant} is no entity`);
  });
  return problems.slice(0, max);
}

/** A short, printable description of a text for failure messages. */
export function describeText(text: string, limit = 300): string {
  const shown = text.length > limit ? `${text.slice(0, limit)}… (${text.length} chars)` : text;
  return JSON.stringify(shown);
}
