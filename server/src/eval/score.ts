// Scores predicted annotations against gold ones with the metrics of shared/spec/annotations.md.
// A faithful port of shared/tools/score.py: same matching order, same folding, so the numbers agree.

export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

export interface GoldQuote extends SpanLike {
  readonly text?: string;
  readonly kind?: string;
  readonly speaker?: string | null;
  readonly aliases?: readonly string[];
}

export interface GoldStatistic extends SpanLike {
  readonly text?: string;
  readonly attributed: boolean;
}

export interface GoldDocument {
  readonly file: string;
  readonly quotes?: readonly GoldQuote[];
  /** Absent when the gold set does not annotate statistics and boilerplate. */
  readonly statistics?: readonly GoldStatistic[];
  readonly boilerplate?: readonly SpanLike[];
}

export interface PredictedQuote extends SpanLike {
  readonly kind?: string;
  readonly speaker?: string | { readonly name?: string | null } | null;
}

export interface PredictedStatistic extends SpanLike {
  readonly attributed?: boolean;
}

export interface PredictedDocument {
  readonly quotes?: readonly PredictedQuote[];
  readonly statistics?: readonly PredictedStatistic[];
  readonly boilerplate?: readonly SpanLike[];
}

export interface ScoredArticle {
  readonly name: string;
  /** The article text (BOM removed), indexed in UTF-16 code units like the offsets. */
  readonly text: string;
  readonly gold: GoldDocument;
  /** null when there is no prediction for the article. */
  readonly predicted: PredictedDocument | null;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Finding {
  readonly kind: 'missed quote' | 'extra quote' | 'wrong speaker' | 'missed unattributed' | 'extra unattributed';
  readonly file: string;
  readonly text: string;
  readonly gold?: string | null;
  readonly got?: string | null;
}

export interface Scores {
  readonly articles: number;
  readonly missing: number;
  readonly quotes: PRF & { readonly gold: number; readonly predicted: number; readonly matched: number };
  readonly speakers: { readonly accuracy: number; readonly judged: number; readonly correct: number };
  readonly attribution: PRF;
  /** null when no article of the set annotates statistics and boilerplate. */
  readonly statistics: (PRF & { readonly gold: number; readonly predicted: number }) | null;
  readonly unattributed: (PRF & { readonly gold: number; readonly predicted: number }) | null;
  readonly boilerplate: PRF | null;
  readonly findings: readonly Finding[];
}

const MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', ' ', '\n', '\t', ',', '.', ';', ':']);

/** The span without the quotation marks, spaces and punctuation at its ends. */
export function innerSpan(span: SpanLike, text: string): [number, number] {
  let s = span.start;
  let e = span.end;
  while (s < e && MARKS.has(text[s] ?? '')) s++;
  while (e > s && MARKS.has(text[e - 1] ?? '')) e--;
  return [s, e];
}

export function iou(a: readonly [number, number], b: readonly [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union ? inter / union : 0;
}

/** Lower case, curly apostrophes straightened, everything but letters, digits and `'` folded to single spaces. */
export function normalizeName(s: string | null | undefined): string {
  const folded = (s ?? '').toLowerCase().replace(/\u2019/g, "'").replace(/[^a-z0-9' ]+/g, ' ');
  return ` ${folded.split(' ').filter((w) => w.length > 0).join(' ')} `;
}

export function speakerMatches(predicted: PredictedQuote['speaker'], aliases: readonly string[]): boolean {
  const name = typeof predicted === 'string' ? predicted : predicted && typeof predicted === 'object' ? (predicted.name ?? null) : null;
  const p = normalizeName(name);
  return p.trim() !== '' && aliases.some((a) => p.includes(normalizeName(a)));
}

/** One-to-one matching, best score first; ties go to the later gold, then the later prediction (as score.py sorts). */
export function matchPairs<G, P>(gold: readonly G[], predicted: readonly P[], score: (g: G, p: P) => number, threshold: number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const v = score(g, p);
      if (v >= threshold) pairs.push([v, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([i, j]);
  }
  return out;
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const overlap = (a: SpanLike, b: SpanLike): number => (Math.min(a.end, b.end) > Math.max(a.start, b.start) ? 1 : 0);

export function score(articles: readonly ScoredArticle[]): Scores {
  const c = { statSets: false, unjudged: 0, qg: 0, qp: 0, qm: 0, sok: 0, sg: 0, sp: 0, sm: 0, ug: 0, up: 0, um: 0, bg: 0, bp: 0, bm: 0, missing: 0 };
  const findings: Finding[] = [];
  for (const { name, text, gold, predicted } of articles) {
    if (!predicted) c.missing++;
    const p = predicted ?? {};
    const gq = gold.quotes ?? [];
    const pq = (p.quotes ?? []).filter((q) => (q.kind ?? 'direct') !== 'indirect');
    const ms = matchPairs(gq, pq, (g, q) => iou(innerSpan(g, text), innerSpan(q, text)), 0.5);
    c.qg += gq.length;
    c.qp += pq.length;
    c.qm += ms.length;
    for (const [i, j] of ms) {
      const g = gq[i]!;
      // A gold quote without a resolved speaker is not judged.
      if (!g.aliases || g.aliases.length === 0) {
        c.unjudged++;
        continue;
      }
      const ok = speakerMatches(pq[j]!.speaker, g.aliases);
      if (ok) c.sok++;
      else findings.push({ kind: 'wrong speaker', file: name, text: text.slice(g.start, g.end), gold: g.speaker ?? null, got: speakerText(pq[j]!.speaker) });
    }
    const mg = new Set(ms.map(([i]) => i));
    const mp = new Set(ms.map(([, j]) => j));
    gq.forEach((q, i) => mg.has(i) || findings.push({ kind: 'missed quote', file: name, text: q.text ?? text.slice(q.start, q.end), gold: q.speaker ?? null }));
    pq.forEach((q, j) => mp.has(j) || findings.push({ kind: 'extra quote', file: name, text: text.slice(q.start, q.end), got: speakerText(q.speaker) }));

    if (gold.statistics === undefined) continue; // this set annotates quotes only
    c.statSets = true;
    const gs = gold.statistics;
    const ps = p.statistics ?? [];
    c.sg += gs.length;
    c.sp += ps.length;
    c.sm += matchPairs(gs, ps, overlap, 1).length;
    const gu = gs.filter((s) => !s.attributed);
    const pu = ps.filter((s) => !(s.attributed ?? false));
    const mu = matchPairs(gu, pu, overlap, 1);
    c.ug += gu.length;
    c.up += pu.length;
    c.um += mu.length;
    const mug = new Set(mu.map(([i]) => i));
    const mup = new Set(mu.map(([, j]) => j));
    gu.forEach((s, i) => mug.has(i) || findings.push({ kind: 'missed unattributed', file: name, text: s.text ?? text.slice(s.start, s.end) }));
    pu.forEach((s, j) => mup.has(j) || findings.push({ kind: 'extra unattributed', file: name, text: text.slice(s.start, s.end) }));
    const gb = charSet(gold.boilerplate ?? []);
    const pb = charSet(p.boilerplate ?? []);
    c.bg += gb.size;
    c.bp += pb.size;
    for (const k of gb) if (pb.has(k)) c.bm++;
  }
  const judged = c.qm - c.unjudged;
  const stats = c.statSets;
  return {
    articles: articles.length,
    missing: c.missing,
    quotes: { ...prf(c.qm, c.qp, c.qg), gold: c.qg, predicted: c.qp, matched: c.qm },
    speakers: { accuracy: judged ? c.sok / judged : 0, judged, correct: c.sok },
    attribution: prf(c.sok, c.qp - c.unjudged, c.qg - c.unjudged),
    statistics: stats ? { ...prf(c.sm, c.sp, c.sg), gold: c.sg, predicted: c.sp } : null,
    unattributed: stats ? { ...prf(c.um, c.up, c.ug), gold: c.ug, predicted: c.up } : null,
    boilerplate: stats ? prf(c.bm, c.bp, c.bg) : null,
    findings,
  };
}

function speakerText(s: PredictedQuote['speaker']): string | null {
  return typeof s === 'string' ? s : s && typeof s === 'object' ? (s.name ?? null) : null;
}

function charSet(spans: readonly SpanLike[]): Set<number> {
  const set = new Set<number>();
  for (const b of spans) for (let k = b.start; k < b.end; k++) set.add(k);
  return set;
}

/** The summary line in score.py's wording, so the two can be compared with diff. */
export function summaryLine(s: Scores): string {
  const parts: Array<[string, number]> = [
    ['quote-f1', s.quotes.f1],
    ['speaker-acc', s.speakers.accuracy],
    ['attribution-f1', s.attribution.f1],
  ];
  if (s.statistics && s.unattributed && s.boilerplate) parts.push(['stat-f1', s.statistics.f1], ['unattributed-f1', s.unattributed.f1], ['boilerplate-f1', s.boilerplate.f1]);
  return `summary: ${parts.map(([k, v]) => `${k}=${fixed(v, 3)}`).join(' ')}`;
}

/**
 * Python's `f"{x:.3f}"`: on an exact tie (0.0625) Python rounds half to even where toFixed rounds up.
 * Only a tie needs care; toFixed(100) shows the double's exact digits far enough to see one.
 */
export function fixed(x: number, digits: number): string {
  const exact = x.toFixed(100);
  const dot = exact.indexOf('.');
  const rest = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(rest)) return x.toFixed(digits);
  const kept = exact.slice(0, dot + 1 + digits);
  const last = Number(kept[kept.length - 1]);
  return last % 2 === 0 ? kept : x.toFixed(digits);
}
