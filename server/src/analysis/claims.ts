// Claims: reported speech that asserts something contestable, with its claimant, cue, kind and target.
// Built from the reporting cues that attribution found, so claimants resolve exactly as speakers do.

import type { Article, Boilerplate, Claim, ClaimKind, Entity, Quote, Span } from './types';
import type { CueMatch } from './cues';
import { phraseStartingAt, lower } from './source-phrases';

export interface ClaimsContext {
  readonly quotes: readonly Quote[];
  readonly boilerplate: readonly Boilerplate[];
  readonly entities: readonly Entity[];
  readonly cues: readonly CueMatch[];
}

/** Verbs whose object is the one the claim is about: accused China, urged NATO, warned Beijing. */
const TAKES_TARGET: ReadonlySet<ClaimKind> = new Set(['accusation', 'demand', 'warning', 'denial']);
const CLAUSE_END = new Set(['.', ';', '!', '?']);

export function findClaims(article: Article, ctx: ClaimsContext): Claim[] {
  const { tokens, text } = article;
  const out: Claim[] = [];
  for (const cue of ctx.cues) {
    if (!cue.verbInfo || !cue.resolution || cue.lemma === 'according to') continue;
    if (ctx.boilerplate.some((b) => cue.cue.start >= b.start && cue.cue.start < b.end)) continue;
    const sentence = article.sentences[cue.sentence]!;
    let kind = cue.verbInfo.claim;
    let span: Span | null = null;
    let target: Span | null = null;
    const quoteBefore = ctx.quotes.find((q) => q.cue && q.cue.start === cue.cue.start && q.end <= cue.cue.start);
    if (quoteBefore) {
      // "…," he said: the claim is what the quotation says.
      span = quoteBefore.inner;
    } else {
      let from = cue.verb + 1;
      if (from < sentence.tokenEnd && /^(reporters|journalists)$/i.test(tokens[from]!.text)) from++;
      if (TAKES_TARGET.has(kind) || cue.lemma === 'label' || cue.lemma === 'call' || cue.lemma === 'describe') {
        const object = phraseStartingAt(article, from, sentence.tokenEnd);
        if (object && object.kind !== 'pronoun' && object.first === from) target = { start: object.start, end: object.end };
        else if (object && object.kind === 'pronoun' && object.first === from) target = { start: object.start, end: object.end };
      }
      while (from < sentence.tokenEnd && lower(tokens[from]!) === 'that') from++;
      let to = from;
      while (to < sentence.tokenEnd && !CLAUSE_END.has(tokens[to]!.text)) to++;
      if (to - from < 2) continue; // "he said." carries no claim of its own
      span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    }
    if (!span || span.end <= span.start) continue;
    if (kind === 'assertion' && /\b(?:deny|denies|denied|reject|rejects|rejected|not)\b/i.test(text.slice(span.start, Math.min(span.end, span.start + 40)))) kind = 'denial';
    out.push({
      id: out.length,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind,
      claimant: cue.resolution.entity,
      cue: cue.cue,
      target: target ? text.slice(target.start, target.end).replace(/['\u2019]s$/, '') : null,
      targetSpan: target,
    });
  }
  return dedupe(out);
}

/** One claim per span: coordinated cues that share a clause keep the first. */
function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const c of claims.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...c, id: out.length });
  }
  return out;
}
