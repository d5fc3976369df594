// Finds statistics in an Article (percentages, money, counts, measurements, changes) and whether each has a source.
// One pass over each sentence's tokens; dates, ages, names, labels, known-set sizes and boilerplate numbers are left out.
//
// What counts (the rule the tests hold us to):
// - percentages and rates ("70%", "14 percent", "one in four", "two-thirds of"), money ("$5 billion", "€20m") and
//   measurements with a unit ("40 km", "2.5 tonnes") always count, whatever their size;
// - a count counts when it is above ten, scaled ("3.6 million") or vague ("thousands of"), or when it counts
//   casualties ("two soldiers were killed"); small counts of anything else are narrative ("two countries");
// - time spans ("three days", "30 years") are not statistics, nor is a count after "the/these/all" or a possessive
//   (a known set: "the 32 members") unless it is scaled;
// - changes ("rose from 14 percent to 64 percent", "doubled", "fell by half", "up 5%") are one statistic from the verb on.

import { coverOf, spanOverlap } from './spans';
import type { Article, Boilerplate, Entity, Quote, Span, Statistic, StatisticKind, TokenList, TokenWord } from './types';
import { lower } from './phrases';
import { readNumber, type NumberRead } from './numbers';
import {
  AGE_COMPOUNDS, AMBIGUOUS_UNITS, COMPARISON_WORDS, RATIO_BASES, CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, FRACTIONS, isNumberWord, numberWordValue, ORDINAL_SUFFIXES,
  DURATION_AFTER, DURATION_QUALIFIERS, DURATION_VERBS, PERCENT_WORDS, PLURALS_AFTER_NUMBER, QUALIFIERS, QUANTITY_NOUNS, SCORING_NOUNS, TALLY_AFTER, TALLY_BEFORE, UNITS,
  YEAR_NOUNS,
} from './statistic-words';
import {
  AFTER_ARTICLE_WORD, AGE_WORD, CASUALTY_AUXILIARY, CASUALTY_NOUN, CASUALTY_VERB, CHANGE_NOUN, CHANGE_VERB, CLOCK_OR_ERA, COUNT_NOUN,
  CURRENCY_SYMBOL_PREFIX, CURRENCY_WORD, FRACTION, FRACTION_ARTICLE, IRREGULAR_PLURAL, KNOWN_SET_ADJECTIVE, KNOWN_SET_DETERMINER,
  LABEL_WORD, MONTH, MULTIPLIER_VERB, MULTIPLIER_WORD, NUMBER_WORD, QUANTITY_LINK, RATE_WORD, SOURCE_VERB, STOP_WORD, TIME_UNIT, UNIT,
  UNIT_BEFORE_NUMBER,
} from './statistic-word-bits';
import { SourceFinder, type SentenceCues } from './statistic-sources';
import { originOf, type SentenceOrigins } from './reuse';
import { HYPHENATED, NUMBER_KIND, STATISTIC_TRIGGER, SYMBOL_KIND, isPluralNoun } from './word-features';
import { appended } from './lists';

export interface StatisticsContext {
  readonly quotes: readonly Quote[];
  readonly boilerplate: readonly Boilerplate[];
  readonly entities: readonly Entity[];
}

/** A statistic found in one sentence, as a token range, before attribution. */
export interface Candidate {
  first: number;
  end: number;
  kind: StatisticKind;
  /** Where the number itself starts (after qualifier and currency sign). */
  readonly core: number;
  /** A bare multiplier verb ("doubled") that a following figure may join. */
  readonly multiplier: boolean;
}

/** Result of looking at one position: a candidate, a stretch to skip (a date, a name), or nothing. */
type Look = Candidate | { readonly skip: number } | null;

/** What the statistics keep of one version for the next (see reuse.ts). */
export interface StatisticsMemo {
  /**
   * Per sentence, its figures before attribution (token ranges and kinds), which depend on its words
   * alone; null for a sentence with boilerplate near it, whose scan also read where the boilerplate lies.
   */
  readonly candidates: ReadonlyArray<readonly Candidate[] | null>;
  /** The source cues read per sentence (statistic-sources.ts): only for sentences near a figure. */
  readonly sourceCues: ReadonlyMap<number, SentenceCues>;
}

/** The previous version's memo and where this version's sentences came from. */
export interface StatisticsReuse {
  readonly origins: SentenceOrigins;
  readonly memo: StatisticsMemo;
}

export function findStatistics(article: Article, ctx: StatisticsContext): Statistic[] {
  return findStatisticsFrom(article, ctx, null).statistics;
}

/** findStatistics, taking over the figures of the sentences an edit left alone. */
export function findStatisticsFrom(article: Article, ctx: StatisticsContext, reuse: StatisticsReuse | null, keep = false): { statistics: Statistic[]; memo: StatisticsMemo } {
  try {
    return find(article, ctx, reuse, keep);
  } catch {
    // A detector bug must cost only the statistics, never the analysis.
    return { statistics: [], memo: NO_MEMO };
  }
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
const NO_MEMO: StatisticsMemo = { candidates: [], sourceCues: new Map() };

function find(article: Article, ctx: StatisticsContext, reuse: StatisticsReuse | null, keep: boolean): { statistics: Statistic[]; memo: StatisticsMemo } {
  const { tokens, sentences, text } = article;
  const out: Statistic[] = [];
  const nearBoilerplate = spanOverlap(ctx.boilerplate);
  const inBoilerplate = coverOf(nearBoilerplate);
  const sources = new SourceFinder(article, ctx.quotes, ctx.entities, reuse ? { origins: reuse.origins, cues: reuse.memo.sourceCues } : null, keep);
  const candidates: Array<readonly Candidate[] | null> = keep ? new Array(sentences.length).fill(null) : [];
  const scanner = new SentenceScanner(tokens, text);
  // Each statistic's number and scale, for the headline's figures (sourceHeadlineFigures).
  const cores: string[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    if (inBoilerplate(sent.start) && inBoilerplate(sent.end - 1)) continue;
    // Most sentences touch no boilerplate: then no token needs the per-offset test.
    const mixed = nearBoilerplate(sent.start, sent.end);
    const origin = reuse && !mixed ? originOf(reuse.origins, article, s) : null;
    const earlier = origin ? reuse!.memo.candidates[origin.sentence] : null;
    const merged = earlier ? movedCandidates(earlier, origin!.tokenShift) : scanSentence(article, s, mixed, inBoilerplate, scanner);
    if (keep && !mixed) candidates[s] = merged;
    for (let k = 0; k < merged.length; k++) {
      const c = merged[k]!;
      const start = tokens.start(c.first);
      const end = tokens.end(c.end - 1);
      const a = sources.attribute(s, c.first, c.end);
      out.push({ start, end, text: text.slice(start, end), kind: c.kind, attributed: a.attributed, source: a.source, sourceSpan: a.sourceSpan, explanation: a.explanation });
      if (article.headline !== null) cores.push(numberKey(tokens, c.core, c.end));
    }
  }
  if (article.headline !== null) sourceHeadlineFigures(out, cores, article.headline);
  return { statistics: out, memo: keep ? { candidates, sourceCues: sources.read! } : NO_MEMO };
}

/** Words of scale and share that make part of a figure's number ("2.4 billion", "58 percent"). */
const SCALE_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'pc', 'thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'k']);

/** A figure's number as written, with a scale word after it: "2.4 billion" of "$2.4 billion in aid", "" for none. */
function numberKey(tokens: TokenList, from: number, end: number): string {
  for (let k = from; k < end; k++) {
    const t = tokens.word(k)!;
    if (t.kind !== 'number') continue;
    const next = k + 1 < end ? tokens.word(k + 1)! : null;
    const scale = next && SCALE_WORDS.has(next.text.toLowerCase()) ? next.text.toLowerCase() : '';
    return `${t.text} ${scale === 'per' ? 'percent' : scale === 'pc' ? 'percent' : scale === '%' ? 'percent' : scale}`;
  }
  return '';
}

/**
 * "Poll: 58% back phone ban" over "58% of parents backed some restrictions, a survey by the district
 * found": a headline figure the body gives again, the same number of the same kind (or a change to
 * that level), with a source, takes that source; the headline has no room for one. `cores` holds each statistic's number and
 * scale (numberKey), in the same order.
 */
function sourceHeadlineFigures(out: Statistic[], cores: readonly string[], headline: Span): void {
  for (let i = 0; i < out.length && out[i]!.start < headline.end; i++) {
    const h = out[i]!;
    if (h.attributed) continue;
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j]!;
      // A change may give the level reached ("has risen to a record 7.8 million"), not a change of 5 percent.
      const sameKind = b.kind === h.kind || (b.kind === 'change' && h.kind !== 'change' && !cores[i]!.endsWith('percent'));
      if (b.start < headline.end || !b.attributed || !sameKind || cores[i] === '' || cores[j] !== cores[i] || b.source === null) continue;
      out[i] = { ...h, attributed: true, source: b.source, sourceSpan: b.sourceSpan, explanation: `Attributed: the article gives the same figure its source below, ${b.source} ("${b.text}").` };
      break;
    }
  }
}

/** A sentence's figures from the previous version, where they now are. */
function movedCandidates(candidates: readonly Candidate[], tokenShift: number): readonly Candidate[] {
  if (tokenShift === 0 || candidates.length === 0) return candidates;
  return candidates.map((c) => ({ first: c.first + tokenShift, end: c.end + tokenShift, kind: c.kind, core: c.core + tokenShift, multiplier: c.multiplier }));
}

/** The figures of one sentence before attribution: its words read for numbers, amounts and changes. */
function scanSentence(article: Article, s: number, mixed: boolean, inBoilerplate: (offset: number) => boolean, sentenceScanner: SentenceScanner): readonly Candidate[] {
  const { tokens, tokenFeatures } = article;
  const sent = article.sentences[s]!;
  // Made at the sentence's first figure: most sentences have none.
  let found: Candidate[] | null = null;
  const scanner = sentenceScanner.at(sent.tokenStart, sent.tokenEnd);
  for (let i = sent.tokenStart; i < sent.tokenEnd; ) {
    // Only numbers, symbols and trigger words can open a statistic: test the flat bits before the token.
    if ((tokenFeatures[i]! & MAY_OPEN_STATISTIC) === 0 || (mixed && inBoilerplate(tokens.start(i)))) {
      i++;
      continue;
    }
    const look = scanner.lookAt(i);
    if (look === null) i++;
    else if ('skip' in look) i = Math.max(i + 1, look.skip);
    else {
      if (!(mixed && inBoilerplate(tokens.start(look.end - 1)))) found = appended(found, look);
      i = Math.max(i + 1, look.end);
    }
  }
  return found === null ? NO_CANDIDATES : mergeChanges(tokens, found, sent.tokenStart, sent.tokenEnd);
}

const MAY_OPEN_STATISTIC = NUMBER_KIND | SYMBOL_KIND | STATISTIC_TRIGGER | HYPHENATED;

/** Determiners after a count's "of" that name the whole it is part of: "74 of the 412 trains", "214 of those photographs". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'their', 'its', 'our']);
/** How many tokens before a score or a tally its word of winning or voting may stand ("approved the measure in February, 64-51"). */
const TALLY_REACH = 6;
/** Words after "of" in a part of a group: "two of the crew", "three of them", "four of its staff". */
const PARTITIVE_OWNERS: ReadonlySet<string> = new Set(['the', 'them', 'its', 'their', 'his', 'her', 'those', 'these', 'our']);
/** Words that may stand between a number and the noun it counts: "14 such incidents", "three other victims", "40 more cases". */
const COUNT_DETERMINERS: ReadonlySet<string> = new Set(['such', 'other', 'more', 'additional', 'further']);
/** What may follow a tally in words: its end, or a clause about it ("voted seven to four in favour", "won three to one on Saturday"). */
const PREPOSITIONS_AFTER_TALLY: ReadonlySet<string> = new Set(['in', 'on', 'against', 'for', 'with', 'at', 'after', 'and', 'to']);

/** A whole number written in digits ("34") or words ("seven"), or undefined. */
function wholeValue(t: TokenWord): number | undefined {
  if (t.kind === 'number') return /^\d{1,3}$/.test(t.text) ? Number(t.text) : undefined;
  return t.kind === 'word' ? numberWordValue(lower(t)) : undefined;
}
/** How many words before a time its average may stand ("the average delay across the airline's network reached 74 minutes"). */
const AVERAGE_REACH = 8;
/** Words that make a time that follows them a measured quantity ("averaged 42 minutes"). */
const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'averaged', 'averages', 'averaging', 'median', 'mean']);
/** How far before a verb of waiting a figure makes its time part of what that figure counts. */
const FIGURE_REACH = 4;
/** A conjunction or a subject of its own between a figure and a verb of waiting: the figure is not its subject ("sold 1.5 million copies and spent 14 weeks at number one", "ring 101 you're waiting"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'you', "you're", 'you\u2019re', 'we', 'they', 'he', 'she', 'i', 'who']);
/** The periods a duration is given per ("40 minutes a night", "two hours per day"). */
const PER_PERIODS: ReadonlySet<string> = new Set(['day', 'night', 'week', 'month', 'year', 'shift']);

function isCapitalized(t: TokenWord): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c > 127 && t.text[0] !== t.text[0]!.toLowerCase();
}

function isYearLike(t: TokenWord): boolean {
  if (t.kind !== 'number' || t.text.length !== 4 || t.text.includes(',') || t.text.includes('.')) return false;
  const v = Number(t.text);
  return v >= 1000 && v <= 2199;
}

/**
 * Scans one sentence at a time; each lookAt(i) reads the statistic, if any, that starts at token i.
 * One per text, moved to each sentence (`at`): a scanner per sentence was an object per sentence.
 */
class SentenceScanner {
  private from = 0;
  private to = 0;

  constructor(
    private readonly tokens: TokenList,
    private readonly text: string,
  ) {}

  /** The scanner, reading the sentence of tokens [from, to). */
  at(from: number, to: number): this {
    this.from = from;
    this.to = to;
    return this;
  }

  lookAt(i: number): Look {
    const t = this.tokens.word(i)!;
    if (t.kind === 'symbol' && CURRENCY_SYMBOLS.has(t.text) && t.text !== '\u00a2') return this.moneyAfterSign(i, i + 1, i);
    if (t.kind === 'word') {
      // Only a trigger word (TRIGGER_WORDS, as written) or a hyphenated word can open a statistic.
      if ((t.features & (STATISTIC_TRIGGER | HYPHENATED)) === 0) return null;
      const w = lower(t);
      const figure = t.figure;
      // "a"/"an" open a statistic only before a scale, "dozen", a fraction or "few" ("a million", "a third").
      if ((w === 'a' || w === 'an') && !(i + 1 < this.to && (this.tokens.word(i + 1)!.figure & AFTER_ARTICLE_WORD) !== 0)) return null;
      if (w.length === 3 && t.text === t.text.toUpperCase() && CURRENCY_CODES.has(w) && i + 1 < this.to && this.tokens.word(i + 1)!.kind === 'number') {
        return this.moneyAfterSign(i, i + 1, i);
      }
      if ((figure & CURRENCY_SYMBOL_PREFIX) !== 0 && i + 1 < this.to && CURRENCY_SYMBOLS.has(this.tokens.word(i + 1)!.text) && this.tokens.end(i) === this.tokens.start(i + 1)) {
        return this.moneyAfterSign(i, i + 2, i);
      }
      // "Rs 4,260 crore", "KSh 3,000", "Sh2,900", "R50,000": letters for a currency, then the amount (a lone "R" only against it).
      if (CURRENCY_ABBREVIATIONS.has(t.text) && i + 1 < this.to && this.tokens.word(i + 1)!.kind === 'number' && (t.text.length > 1 || this.tokens.end(i) === this.tokens.start(i + 1))) {
        return this.moneyAfterSign(i, i + 1, i);
      }
      if ((figure & MULTIPLIER_VERB) !== 0) return this.multiplier(i);
      if ((figure & MULTIPLIER_WORD) !== 0) return this.comparison(i, i + 1);
      const fraction = this.fraction(i);
      if (fraction) return fraction;
      if ((figure & UNIT_BEFORE_NUMBER) !== 0) {
        // "magnitude 6.8", "a magnitude of 6.8"
        const at = i + 1 < this.to && lower(this.tokens.word(i + 1)!) === 'of' ? i + 2 : i + 1;
        const n = at < this.to && this.tokens.word(at)!.kind === 'number' ? readNumber(this.tokens, at, this.to, false) : null;
        if (n) return this.finish(i, n.end, 'measurement', at);
      }
    }
    if (t.kind !== 'number' && t.kind !== 'word') return null;
    const n = readNumber(this.tokens, i, this.to, false);
    if (!n) return null;
    return this.afterNumber(n);
  }

  /** Money written with a sign or code first: "$5 billion", "US$3bn", "EUR 20m". */
  private moneyAfterSign(start: number, numberAt: number, core: number): Look {
    const n = readNumber(this.tokens, numberAt, this.to, true);
    if (!n || this.tokens.word(numberAt)!.kind !== 'number') return null;
    let end = this.range(n, true, start);
    // "$5-billion" written with a hyphen before the scale.
    end = this.rateSuffix(end);
    end = this.moneyComplement(end);
    return this.finish(start, end, 'money', core);
  }

  private afterNumber(n: NumberRead): Look {
    const { tokens, to } = this;
    const i = n.first;
    const t = tokens.word(i)!;
    // "beat the Falcons 84-71", "voted 6-3", "a 12-0 run": a score or a tally, counted as one figure
    // (before the exclusions: "Falcons 84" would read as a name's number, as "Boeing 737" does).
    const tally = this.tally(n);
    if (tally > 0) return this.finish(i, tally, 'count', i);
    const reason = this.excluded(n);
    if (reason) return { skip: n.end };
    let j = this.range(n, false);
    const next = j < to ? tokens.word(j)! : null;
    const w = next ? lower(next) : '';
    // Whether the token after the figure touches it, and the one after that touches it in turn.
    const nextTouches = next !== null && tokens.end(j - 1) === tokens.start(j);
    // Percentages and rates.
    const pct = next ? (next.text === '%' && nextTouches ? 1 : PERCENT_WORDS.matchForward(tokens, j, to)) : 0;
    if (pct > 0) {
      j += pct;
      j = this.ofPhrase(j);
      return this.finish(i, j, 'percentage', i);
    }
    if (next && (w === 'in' || (w === 'out' && j + 1 < to && lower(tokens.word(j + 1)!) === 'of'))) {
      const k = w === 'in' ? j + 1 : j + 2;
      const m = k < to ? readNumber(tokens, k, to, false) : null;
      if (m && m.form !== 'vague' && n.value >= 1 && n.value < m.value && !isYearLike(tokens.word(k)!) && !this.excluded(m)) {
        let e = m.end;
        const head = this.countHead(e);
        if (head >= 0) e = head + 1;
        return this.finish(i, e, 'percentage', i);
      }
    }
    // Money written with the currency after: "5 million dollars", "20 euros".
    if (next && (next.figure & CURRENCY_WORD) !== 0 && next.kind === 'word') {
      j++;
      j = this.rateSuffix(j);
      return this.finish(i, j, 'money', i);
    }
    // Measurements: "40 km", "2.5 tonnes", "30 degrees Celsius", "40-km", "500 square kilometres".
    const unitEnd = this.unit(j, t);
    if (unitEnd > j) {
      let e = this.ofPhrase(unitEnd);
      e = this.rateSuffix(e);
      return this.finish(i, e, 'measurement', i);
    }
    if (next && next.text === '-' && nextTouches && j + 1 < to && tokens.end(j) === tokens.start(j + 1)) {
      const after = lower(tokens.word(j + 1)!);
      if (after === 'fold') return this.comparison(i, j + 2);
      // "12-point plan", "45-year-old", "10-member team": a compound modifier, not a quantity.
      return { skip: j + 2 };
    }
    if (next && next.kind === 'word' && w === 'times' && j + 1 < to && COMPARISON_WORDS.has(lower(tokens.word(j + 1)!))) {
      return this.comparison(i, j + 1);
    }
    // "8.3 times average annual earnings": a multiple of a named base.
    if (next && next.kind === 'word' && w === 'times' && j + 1 < to && RATIO_BASES.has(lower(tokens.word(j + 1)!))) {
      let e = j + 1;
      while (e < to && e <= j + 3 && tokens.word(e)!.kind === 'word' && RATIO_BASES.has(lower(tokens.word(e)!))) e++;
      return this.finish(i, e, 'change', i);
    }
    if (n.value <= 0 && n.form !== 'vague') return null;
    return this.count(n, j);
  }

  /** Counts: "3.6 million refugees", "over 970 civilian deaths", "thousands of people", "two soldiers were killed". */
  private count(n: NumberRead, j: number): Look {
    const { tokens, to } = this;
    const i = n.first;
    const vagueOf = n.form === 'vague' && j < to && lower(tokens.word(j)!) === 'of';
    let end = j;
    let headNoun: TokenWord | null = null;
    if (vagueOf) {
      const e = this.ofPhrase(j);
      if (e === j) return { skip: j };
      end = e;
      headNoun = tokens.word(e - 1)!;
    } else {
      const head = this.countHead(j);
      if (head >= 0) {
        headNoun = tokens.word(head)!;
        end = head + 1;
      }
    }
    if (n.needsOf && !vagueOf) return { skip: n.end };
    // "Only 74 of the 412 weekday trains ran", "214 of those photographs": a part of a set counted.
    if (!headNoun && !vagueOf) {
      const part = this.partitive(n, j);
      if (part >= 0) return this.finish(i, this.rateSuffix(part), 'count', i);
    }
    // "16,000 season tickets", "300 day passes": a time word before a plural noun modifies what is counted.
    if (headNoun && (headNoun.figure & TIME_UNIT) !== 0 && end < to && this.pluralNounAt(end)) {
      headNoun = tokens.word(end)!;
      end++;
    }
    if (headNoun) {
      const hf = headNoun.figure;
      // "three days", "30 years" are time spans; "3.5 million hours" lost to delays is a measured quantity.
      if ((hf & TIME_UNIT) !== 0 && !n.scaled && !this.averaged(i)) {
        if (!this.measuredDuration(i, end)) return { skip: end };
        // "more than seven hours late": a measured time counts however small once it is qualified;
        // "lasted three days" alone stays a span.
        if (n.value > 10 || QUALIFIERS.matchBackward(tokens, i, this.from) > 0 || DURATION_QUALIFIERS.matchBackward(tokens, i, this.from) > 0) return this.finish(i, this.rateSuffix(end), 'count', i);
        return { skip: end };
      }
      if (n.form === 'vague' && (hf & UNIT) !== 0 && !AMBIGUOUS_UNITS.has(lower(headNoun))) return { skip: end };
      if ((hf & CURRENCY_WORD) !== 0 && n.form === 'vague') return this.finish(i, end, 'money', i);
    }
    const qualified = QUALIFIERS.matchBackward(tokens, i, this.from) > 0;
    const casualty = this.casualtyContext(i, end, headNoun);
    const big = n.scaled || n.form === 'vague' || n.value > 10;
    if (!qualified && !n.scaled && this.knownSet(i) && n.form !== 'vague') return { skip: end };
    if (headNoun) {
      // "five rebounds and four steals": a player's line counts, small as it is.
      if (!big && !casualty && !SCORING_NOUNS.has(lower(headNoun))) return { skip: end };
    } else {
      const bare = n.scaled || (n.form === 'vague' && !n.needsOf) || (n.grouped && n.value >= 1000) || casualty || this.quantityContext(i) || (qualified && n.value >= 100);
      if (!bare) return null;
    }
    end = this.rateSuffix(end);
    return this.finish(i, end, 'count', i);
  }

  /**
   * "74 of the 412 weekday trains", "214 of those photographs": after a count in digits, its "of" and
   * a determiner, a noun counted (with the whole's number, or none). Where the phrase ends; -1 when it
   * is none. A part in words ("two of the men") is a way of speaking, not a figure.
   */
  private partitive(n: NumberRead, j: number): number {
    const { tokens, to } = this;
    if (j + 2 >= to || lower(tokens.word(j)!) !== 'of' || !PARTITIVE_DETERMINERS.has(lower(tokens.word(j + 1)!))) return -1;
    let k = j + 2;
    const whole = tokens.word(k)!.kind === 'number' ? readNumber(tokens, k, to, false) : null;
    if (whole) {
      if (whole.value <= n.value || this.excluded(whole)) return -1;
      k = whole.end;
    }
    // Digits only: "one of those 529 savings plans" is a way of speaking, whatever follows.
    if (n.form !== 'digits') return -1;
    const head = this.countHead(k);
    return head >= 0 ? head + 1 : -1;
  }

  /**
   * Whether an average or median comes shortly before the number at i, in words with no mark between
   * ("averaged 42 minutes", "an average of 14 hours", "a median wait of 18 weeks", "the average delay
   * across the airline's network reached 74 minutes"): a time so stated is a measured quantity, not a span.
   */
  private averaged(i: number): boolean {
    const { tokens, from } = this;
    for (let k = i - 1; k >= from && k >= i - AVERAGE_REACH; k--) {
      const w = lower(tokens.word(k)!);
      if (AVERAGE_WORDS.has(w)) return true;
      if (tokens.word(k)!.kind !== 'word') return false;
    }
    return false;
  }

  /**
   * Whether the time span at [i, end) is a measured duration rather than a time ("lasted 12 days",
   * "up to three hours", "a total of 3,870 hours", "41 days late"), where "for three years" is not.
   */
  private measuredDuration(i: number, end: number): boolean {
    const { tokens, from, to } = this;
    if (DURATION_QUALIFIERS.matchBackward(tokens, i, from) > 0) return true;
    const before = i - QUALIFIERS.matchBackward(tokens, i, from) - 1;
    // "waited 31 hours for a bed"; not "36.8% had waited more than 18 weeks" or "people waiting more
    // than 12 hours": there the time defines the group a figure before it counts.
    // "spent ten years trying to …" is a stretch of a life, no measure.
    const unit = lower(tokens.word(end - 1)!);
    if (before >= from && DURATION_VERBS.has(lower(tokens.word(before)!)) && !this.figureBefore(before) && !(before - 1 >= from && this.pluralNounAt(before - 1)) && !(unit.startsWith('year') || unit.startsWith('decade'))) return true;
    if (end >= to) return false;
    const after = lower(tokens.word(end)!);
    if (DURATION_AFTER.has(after)) return true;
    // "40 minutes a night", "two hours per day": time given to something, at a rate; not "five days
    // a week" (a schedule).
    return (after === 'a' || after === 'per' || after === 'each') && end + 1 < to && PER_PERIODS.has(lower(tokens.word(end + 1)!)) && (unit.startsWith('minute') || unit.startsWith('hour'));
  }

  /** Whether a number is the subject of the verb at k, a few words before it in its clause ("36.8% had waited"). */
  private figureBefore(k: number): boolean {
    if (lower(this.tokens.word(k)!).startsWith('last')) return false;
    for (let b = k - 1; b >= this.from && b >= k - FIGURE_REACH; b--) {
      const t = this.tokens.word(b)!;
      if (t.kind === 'number') return true;
      if (t.kind === 'punct' || CLAUSE_LINKS.has(lower(t))) return false;
    }
    return false;
  }

  /** Whether the number counts people killed, hurt or missing: a casualty noun, or a casualty verb just before or after. */
  private casualtyContext(i: number, end: number, head: TokenWord | null): boolean {
    const { tokens, to, from } = this;
    if (head && (head.figure & CASUALTY_NOUN) !== 0) return true;
    // "... were killed", "... died", "... have been injured"
    let k = end;
    // "Nine people, including four children, were killed": past a parenthetical between commas.
    if (k < to && tokens.word(k)!.text === ',') {
      let c = k + 1;
      while (c < to && c <= k + 8 && tokens.word(c)!.text !== ',') c++;
      if (c < to && tokens.word(c)!.text === ',') k = c + 1;
    }
    // "Two of the crew died", "three of them were injured": past the group the part is of. Not "one of
    // them shot him": one of a group is a person, no count.
    const one = lower(tokens.word(i)!) === 'one' || tokens.word(i)!.text === '1';
    if (!one && k + 1 < to && lower(tokens.word(k)!) === 'of') {
      let m = k + 1;
      if (PARTITIVE_OWNERS.has(lower(tokens.word(m)!))) m++;
      for (let words = 0; m < to && words < 2 && tokens.word(m)!.kind === 'word' && (tokens.word(m)!.figure & (CASUALTY_VERB | CASUALTY_AUXILIARY)) === 0; words++) m++;
      if (m > k + 1) k = m;
    }
    for (let steps = 0; k < to && steps < 4; steps++, k++) {
      const word = tokens.word(k)!;
      if ((word.figure & CASUALTY_VERB) !== 0 && !(word.lower === 'left' || word.lower === 'claimed')) return true;
      if ((word.figure & CASUALTY_AUXILIARY) === 0) break;
    }
    // "killing at least 42", "killed three people", "the attack left 12 dead"
    const b = i - QUALIFIERS.matchBackward(tokens, i, from) - 1;
    if (b < from) return false;
    const before = tokens.word(b)!;
    return (before.figure & CASUALTY_VERB) !== 0 && lower(before) !== 'claimed';
  }

  /** "the death toll rose to 42", "a crowd of 500": a bare number that states a quantity named just before. */
  private quantityContext(i: number): boolean {
    const { tokens, from } = this;
    const q = i - QUALIFIERS.matchBackward(tokens, i, from);
    const link = q - 1;
    if (link < from || (tokens.word(link)!.figure & QUANTITY_LINK) === 0) return false;
    for (let k = link - 1; k >= from && k >= link - 4; k--) {
      const w = lower(tokens.word(k)!);
      if (QUANTITY_NOUNS.has(w)) return true;
      if (tokens.word(k)!.kind === 'punct') return false;
    }
    return false;
  }

  /** "the 32 members", "all 27 states", "its 300 staff": a set the reader knows, not a new figure. */
  private knownSet(i: number): boolean {
    const { tokens, from } = this;
    let b = i - 1;
    if (b < from) return false;
    let word = tokens.word(b)!;
    let w = lower(word);
    if ((word.figure & KNOWN_SET_ADJECTIVE) !== 0 && b - 1 >= from) {
      b--;
      word = tokens.word(b)!;
      w = lower(word);
      if ((word.figure & KNOWN_SET_DETERMINER) !== 0 || w === 'its' || w === 'their' || w === 'our' || w === 'his' || w === 'her') return true;
      return false;
    }
    if ((word.figure & KNOWN_SET_DETERMINER) !== 0) return true;
    if (w === 'its' || w === 'their' || w === 'our' || w === 'his' || w === 'her' || w === 'your' || w === 'my') return true;
    return tokens.word(b)!.kind === 'word' && (w.endsWith("'s") || w.endsWith('\u2019s') || w.endsWith('s\u2019') || w.endsWith("s'"));
  }

  /** Why the number at n is not a statistic (a date, time, age, label, name, phone number), or null. */
  private excluded(n: NumberRead, rangeEnd = false): string | null {
    const { tokens, from, to } = this;
    const i = n.first;
    // Words and offsets read by index: this runs for every number of the text, and token objects made
    // here (three per number) were a third of its time.
    const t = tokens.word(i)!;
    const prev = i > from ? tokens.word(i - 1)! : null;
    const next = n.end < to ? tokens.word(n.end)! : null;
    const touchesPrev = prev !== null && tokens.end(i - 1) === tokens.start(i);
    const touchesNext = next !== null && tokens.end(i) === tokens.start(n.end);
    const pw = prev ? lower(prev) : '';
    const nw = next ? lower(next) : '';
    if (t.kind === 'word') {
      // A capitalised spelled number inside a sentence belongs to a name ("the Group of Seven", "the Big Three").
      if (isCapitalized(t) && i > from && !(prev && prev.kind === 'quote')) return 'name';
      if (prev && prev.text === '-' && touchesPrev) return 'compound';
    }
    if (t.kind === 'number') {
      if (t.text.length > 1 && t.text[0] === '0' && t.text[1] !== '.' && t.text[1] !== ',') return 'code';
      // The second number of "12-15" follows its dash as a code's part does ("A-15"); range() says which it is.
      const rangeDash = rangeEnd && (prev?.text === '-' || prev?.text === '\u2013');
      // "rose above –20C": a dash with a space before it is the number's sign, not a code's hyphen ("A-15").
      const sign = touchesPrev && isSignDash(tokens, i - 1, from);
      if (prev && touchesPrev && !rangeDash && !sign && (prev.text === '+' || prev.text === '#' || prev.text === '/' || prev.text === ':' || prev.text === '.' || prev.text === '-' || prev.text === '\u2013' || prev.kind === 'word')) return 'part of a code';
      if (next && touchesNext) {
        // "21st", "1990s", and joined to what follows: "19th-century", "1990s-era".
        const hyphen = nw.indexOf('-');
        const suffix = hyphen > 0 ? nw.slice(0, hyphen) : nw;
        if (next.kind === 'word' && (ORDINAL_SUFFIXES.has(suffix) || suffix === 's')) return 'ordinal or decade';
        if ((next.text === ':' || next.text === '/' || next.text === '.') && n.end + 1 < to && tokens.word(n.end + 1)!.kind === 'number' && tokens.end(n.end) === tokens.start(n.end + 1)) return 'time, date or ratio';
        if ((next.text === '-' || next.text === '\u2013') && n.end + 1 < to && tokens.word(n.end + 1)!.kind === 'number' && tokens.end(n.end) === tokens.start(n.end + 1)) {
          const other = tokens.word(n.end + 1)!;
          const digits = (s: string): number => s.replace(/[^0-9]/g, '').length;
          if (isYearLike(t)) return 'year range';
          if (!t.text.includes(',') && !other.text.includes(',') && digits(t.text) >= 3 && digits(other.text) >= 3) return 'phone number';
        }
      }
      if (prev && prev.text === ')' && i - 2 >= from && tokens.word(i - 2)!.kind === 'number' && i - 3 >= from && tokens.word(i - 3)!.text === '(') return 'phone number';
      if (prev && prev.text === '(' && next && next.text === ')' && n.end + 1 < to && tokens.word(n.end + 1)!.kind === 'number') return 'phone number';
      if (isYearLike(t) && n.end + 1 < to && (nw === '-' || nw === '\u2013' || nw === 'to' || nw === 'and') && isYearLike(tokens.word(n.end + 1)!)) return 'year range';
      if (isYearLike(t) && !n.scaled) {
        // "2000 people", "more than 2000 troops" count; "2005 levels", "the 2024 elections", "in 2024" are years.
        const q = QUALIFIERS.matchBackward(tokens, i, from) > 0;
        const counted = next !== null && ((next.figure & (IRREGULAR_PLURAL | CASUALTY_NOUN | CURRENCY_WORD | UNIT)) !== 0 || next.text === '%' || PERCENT_WORDS.matchForward(tokens, n.end, to) > 0);
        const qualifiedCount = q && next !== null && (next.figure & (COUNT_NOUN | TIME_UNIT)) === COUNT_NOUN && !YEAR_NOUNS.has(nw);
        if (!counted && !qualifiedCount) return 'year';
      }
    }
    const nf = next ? next.figure : 0;
    const pf = prev ? prev.figure : 0;
    if ((nf & CLOCK_OR_ERA) !== 0) {
      if (nw !== 'h' || tokens.end(n.end - 1) === tokens.start(n.end)) return 'time';
    }
    if ((nf & MONTH) !== 0 && isCapitalized(next!)) return 'date';
    if ((pf & MONTH) !== 0 && isCapitalized(prev!)) return 'date';
    if (prev && prev.text === '.' && i - 2 >= from && (tokens.word(i - 2)!.figure & MONTH) !== 0) return 'date';
    if ((pf & AGE_WORD) !== 0) return 'age';
    if (next && next.text === '-' && n.end + 1 < to && AGE_COMPOUNDS.has(lower(tokens.word(n.end + 1)!))) return 'age';
    if (prev && prev.kind === 'word' && (pf & LABEL_WORD) !== 0) return 'label';
    if (prev && prev.text === '.' && i - 2 >= from && (tokens.word(i - 2)!.figure & LABEL_WORD) !== 0 && tokens.end(i - 2) === tokens.start(i - 1)) return 'label';
    if (prev && prev.kind === 'word' && isCapitalized(prev) && this.nameBefore(prev, pw, n)) return 'name';
    return null;
  }

  /** "Boeing 737", "Route 66", "Windows 11": a capitalised word right before the number names a thing. */
  private nameBefore(prev: TokenWord, pw: string, n: NumberRead): boolean {
    if ((prev.figure & (STOP_WORD | MONTH | SOURCE_VERB | CHANGE_VERB | CASUALTY_VERB | FRACTION_ARTICLE)) !== 0 || QUALIFIERS.has(pw)) return false;
    if (pw === 'nearly' || pw === 'almost' || pw === 'some' || pw === 'about' || pw === 'around' || pw === 'roughly' || pw === 'only' || pw === 'just' || pw === 'over' || pw === 'under') return false;
    if (prev.text.endsWith("'s") || prev.text.endsWith('\u2019s')) return false;
    // Whatever follows a name, a percent sign or a unit still makes a figure ("NATO 2% target" is rare; "the US 70%" is not).
    const next = n.end < this.to ? this.tokens.word(n.end)! : null;
    if (next && (next.text === '%' || PERCENT_WORDS.matchForward(this.tokens, n.end, this.to) > 0)) return false;
    return true;
  }

  /** Extends over a range: "10-15", "10 to 15", "between 10 and 15", "two or three"; returns the new end. */
  private range(n: NumberRead, money: boolean, start = n.first): number {
    const { tokens, to } = this;
    let j = n.end;
    if (j + 1 >= to) return j;
    const sep = tokens.word(j)!;
    const w = lower(sep);
    const dash = sep.text === '-' || sep.text === '\u2013';
    if (!(dash || w === 'to' || w === 'or' || (w === 'and' && this.betweenBefore(start)))) return j;
    let k = j + 1;
    if (money && CURRENCY_SYMBOLS.has(tokens.word(k)!.text)) k++;
    if (k >= to) return j;
    const kind = tokens.word(k)!.kind;
    if (kind !== 'number' && !(kind === 'word' && n.form === 'words' && (tokens.word(k)!.figure & NUMBER_WORD) !== 0)) return j;
    if (kind !== tokens.word(n.first)!.kind) return j;
    const m = readNumber(tokens, k, to, money);
    if (!m || isYearLike(tokens.word(k)!) || this.excluded(m, dash)) return j;
    // A range climbs: "19-15" and "2-1" are a tally or a score, no quantity ("voted 19-15 along party lines").
    if (dash && m.value <= n.value) return j;
    // "from $2 billion to $3 billion" joins in mergeChanges, each figure read on its own; a bare first
    // number takes the second's unit ("from 14 to 64 percent", "ranged from 12 to 310 particles") and
    // is no figure alone, so it joins here.
    if (w === 'to' && this.fromBefore(start) && (money || n.scaled)) return j;
    return m.end;
  }

  /**
   * Where a score or a tally that starts the number n ends ("84-71", "6–3"): two whole numbers of up to
   * three digits joined by a dash, the second no greater (a climbing pair is a range, see range), with
   * a word of winning or voting up to TALLY_REACH tokens before, a noun of result after ("a 3-1 win"), or a name on
   * each side ("Harrowgate Athletic 3-1 Port Elmsley"). -1 otherwise: "9-5 job", "10-15 people".
   */
  private tally(n: NumberRead): number {
    const { tokens, to, from } = this;
    const i = n.first;
    const j = i + 1;
    if (n.end === j && j + 1 < to && lower(tokens.word(j)!) === 'to') return this.tallyInWords(i);
    if (n.end !== j || j + 1 >= to || tokens.word(i)!.kind !== 'number') return -1;
    const sep = tokens.word(j)!.text;
    if ((sep !== '-' && sep !== '\u2013') || tokens.end(i) !== tokens.start(j) || tokens.end(j) !== tokens.start(j + 1)) return -1;
    const first = tokens.word(i)!.text;
    const second = tokens.word(j + 1)!;
    if (second.kind !== 'number' || !/^\d{1,3}$/.test(first) || !/^\d{1,3}$/.test(second.text) || Number(second.text) > Number(first)) return -1;
    const end = j + 2;
    // "1-0-2": a list of numbers, not a score.
    if (end < to && tokens.end(j + 1) === tokens.start(end) && (tokens.word(end)!.text === '-' || tokens.word(end)!.text === '\u2013')) return -1;
    if (end < to && tokens.word(end)!.kind === 'word' && TALLY_AFTER.has(lower(tokens.word(end)!))) return end;
    for (let k = i - 1; k >= from && k >= i - TALLY_REACH; k--) if (tokens.word(k)!.kind === 'word' && TALLY_BEFORE.has(lower(tokens.word(k)!))) return end;
    if (i - 1 >= from && end < to && tokens.word(i - 1)!.kind === 'word' && isCapitalized(tokens.word(i - 1)!) && tokens.word(end)!.kind === 'word' && isCapitalized(tokens.word(end)!)) return end;
    return -1;
  }

  /**
   * "voted seven to four", "voted 34 to 21", "won three to one": a tally with "to", the second no greater, right
   * after a word of winning or voting; where it ends, or -1 ("from seven to four people" is a range).
   */
  private tallyInWords(i: number): number {
    const { tokens, to, from } = this;
    if (i + 2 >= to || lower(tokens.word(i + 1)!) !== 'to') return -1;
    const first = wholeValue(tokens.word(i)!);
    const second = wholeValue(tokens.word(i + 2)!);
    if (first === undefined || second === undefined || second > first || first > 1000) return -1;
    // The score names no unit: "seven to four votes" is a range of votes, read elsewhere.
    if (i + 3 < to && tokens.word(i + 3)!.kind === 'word' && !PREPOSITIONS_AFTER_TALLY.has(lower(tokens.word(i + 3)!))) return -1;
    return i - 1 >= from && tokens.word(i - 1)!.kind === 'word' && TALLY_BEFORE.has(lower(tokens.word(i - 1)!)) ? i + 3 : -1;
  }

  /** Whether token k is a lower-case plural noun that names no time ("tickets", "passes"). */
  private pluralNounAt(k: number): boolean {
    const t = this.tokens.word(k)!;
    return t.kind === 'word' && isPluralNoun(t.text, t.features) && (t.figure & (STOP_WORD | TIME_UNIT)) === 0;
  }

  private betweenBefore(i: number): boolean {
    return i - 1 >= this.from && lower(this.tokens.word(i - 1)!) === 'between';
  }

  private fromBefore(i: number): boolean {
    const b = i - 1 - QUALIFIERS.matchBackward(this.tokens, i, this.from);
    return b >= this.from && lower(this.tokens.word(b)!) === 'from';
  }

  /** A unit right after the number ("km", "square kilometres", "°C"); returns the end past it, or j when none. */
  private unit(j: number, numberToken: TokenWord): number {
    const { tokens, to } = this;
    if (j >= to) return j;
    let k = j;
    const first = tokens.word(k)!;
    const touchesNumber = tokens.end(k - 1) === tokens.start(k);
    if (first.text === '-' && touchesNumber && k + 1 < to && tokens.end(k) === tokens.start(k + 1) && (tokens.word(k + 1)!.figure & UNIT) !== 0) {
      return k + 2; // "40-km convoy"
    }
    const w = lower(first);
    // "40C", "104F": a temperature written against the digits.
    if ((first.text === 'C' || first.text === 'F') && touchesNumber && numberToken.kind === 'number') return k + 1;
    if (w === '\u00b0') {
      k++;
      if (k < to && tokens.end(k - 1) === tokens.start(k) && (lower(tokens.word(k)!) === 'c' || lower(tokens.word(k)!) === 'f')) k++;
      return k;
    }
    if ((first.figure & UNIT) === 0) return j;
    if (AMBIGUOUS_UNITS.has(w) && !(touchesNumber && numberToken.kind === 'number')) {
      // "2 g" or "3 t" spaced out is rare; "square"/"cubic" need a unit after them.
      if (!((w === 'square' || w === 'cubic') && k + 1 < to && (tokens.word(k + 1)!.figure & UNIT) !== 0)) return j;
    }
    k++;
    if ((w === 'square' || w === 'cubic' || w === 'nautical') && k < to && (tokens.word(k)!.figure & UNIT) !== 0) k++;
    if ((w === 'degrees' || w === 'degree') && k < to && (lower(tokens.word(k)!) === 'celsius' || lower(tokens.word(k)!) === 'fahrenheit')) k++;
    // "km/h", "km per hour"
    if (k + 1 < to && tokens.word(k)!.text === '/' && tokens.end(k - 1) === tokens.start(k) && UNITS.has(`${lower(tokens.word(k - 1)!)}/${lower(tokens.word(k + 1)!)}`)) k += 2;
    return k;
  }

  /** The noun a count counts: up to three modifiers then a plural-looking head ("civilian deaths"); -1 when none. */
  countHead(j: number): number {
    const { tokens, to } = this;
    let mods = 0;
    for (let k = j; k < to && mods <= 3; k++, mods++) {
      const t = tokens.word(k)!;
      if (t.kind !== 'word') return -1;
      const f = t.figure;
      // "won 61 votes", "claimed 200 lives": right after the number, such a form is the noun.
      if (k === j && (f & STOP_WORD) !== 0 && PLURALS_AFTER_NUMBER.has(lower(t))) return k;
      // "14 such incidents", "14 other cases", "14 more cases": a determiner's word right after the number still counts the noun.
      if (k === j && (f & STOP_WORD) !== 0 && COUNT_DETERMINERS.has(lower(t))) continue;
      if ((f & (STOP_WORD | IRREGULAR_PLURAL)) === STOP_WORD) return -1;
      if ((f & (COUNT_NOUN | TIME_UNIT)) !== 0) {
        // "120 police officers", "40 staff members": a plural without -s can modify the noun counted.
        const next = (f & IRREGULAR_PLURAL) !== 0 && k + 1 < to ? tokens.word(k + 1)! : null;
        return next && next.kind === 'word' && (next.figure & (COUNT_NOUN | STOP_WORD | IRREGULAR_PLURAL)) === COUNT_NOUN && !isCapitalized(next) ? k + 1 : k;
      }
      const start = tokens.start(k);
      if (k > j && tokens.end(k - 1) !== start && this.text.slice(tokens.end(k - 1), start).includes('\n')) return -1;
    }
    return -1;
  }

  /** "of machine tools", "of the country's wheat": the `of` phrase after a percentage, fraction, unit or vague number. */
  ofPhrase(j: number): number {
    const { tokens, to } = this;
    if (j >= to || lower(tokens.word(j)!) !== 'of') return j;
    let k = j + 1;
    while (k < to && (NP_DETERMINERS.has(lower(tokens.word(k)!)) || tokens.word(k)!.kind === 'number' && isYearLike(tokens.word(k)!))) k++;
    let last = -1;
    for (let words = 0; k < to && words < 5; k++, words++) {
      const t = tokens.word(k)!;
      if (t.kind !== 'word') break;
      const w = lower(t);
      const f = t.figure;
      if ((f & (STOP_WORD | IRREGULAR_PLURAL)) === STOP_WORD) break;
      // "imported by Russia", "polled": a participle after the noun starts a new phrase.
      if (last >= 0 && (w.endsWith('ed') || w.endsWith('ing')) && !isCapitalized(t)) break;
      if (isAdverb(w)) break;
      if ((f & SOURCE_VERB) !== 0 && last >= 0) break;
      last = k;
      if ((f & COUNT_NOUN) !== 0) break;
    }
    if (last < 0) {
      // "of those surveyed", "of all" : keep the determiner the phrase ended on.
      const closes = k >= to || tokens.word(k)!.kind === 'punct';
      return closes && k > j + 1 && tokens.word(k - 1)!.kind === 'word' ? k : j;
    }
    return last + 1;
  }

  /** "500 people a day", "$5 per hour", "3 per cent a year": a rate after the figure. */
  private rateSuffix(j: number): number {
    const { tokens, to } = this;
    if (j + 1 >= to) return j;
    const word = tokens.word(j)!;
    const nextWord = tokens.word(j + 1)!;
    const w = lower(word);
    if (w === 'per' && nextWord.kind === 'word' && (nextWord.figure & STOP_WORD) === 0) return j + 2;
    if ((word.figure & RATE_WORD) === 0 || w === 'per' || (nextWord.figure & TIME_UNIT) === 0 || lower(nextWord).endsWith('s')) return j;
    // "a year earlier" is a time, not a rate.
    const ago = j + 2 < to && ['earlier', 'ago', 'before', 'previously'].includes(lower(tokens.word(j + 2)!));
    return ago ? j : j + 2;
  }

  /** "$5 billion in aid", "$20m of assets": what the money is for, when a short lower-case noun phrase follows. */
  private moneyComplement(j: number): number {
    const { tokens, to } = this;
    if (j + 1 >= to) return j;
    const w = lower(tokens.word(j)!);
    if (w === 'of') return this.ofPhrase(j);
    if (w !== 'in') return j;
    let k = j + 1;
    let last = -1;
    for (let n = 0; k < to && n < 3; k++, n++) {
      const t = tokens.word(k)!;
      if (t.kind !== 'word' || isCapitalized(t)) break;
      if ((t.figure & (STOP_WORD | TIME_UNIT | MONTH)) !== 0) break;
      last = k;
      if ((t.figure & COUNT_NOUN) !== 0) break;
    }
    return last >= 0 ? last + 1 : j;
  }

  /** Fractions: "two-thirds of", "a third of", "one in four" is read elsewhere; "more than half". */
  private fraction(i: number): Look {
    const { tokens, to, from } = this;
    const t = tokens.word(i)!;
    const w = lower(t);
    const f = t.figure;
    let j = -1;
    let start = i;
    const dash = (t.features & HYPHENATED) !== 0 ? w.indexOf('-') : -1;
    if (dash > 0 && FRACTIONS.has(w.slice(dash + 1)) && isNumberWord(w.slice(0, dash))) j = i + 1; // "two-thirds"
    else if (((f & FRACTION_ARTICLE) !== 0 || ((f & NUMBER_WORD) !== 0 && NUMBER_VALUE_SMALL(w))) && i + 1 < to && (tokens.word(i + 1)!.figure & FRACTION) !== 0 && lower(tokens.word(i + 1)!) !== 'half') {
      j = i + 2; // "a third", "two thirds"
      if (w === 'one' && lower(tokens.word(i + 1)!).endsWith('s')) return null;
    } else if (w === 'half' && QUALIFIERS.matchBackward(tokens, i, from) > 0) j = i + 1; // "more than half"
    else if (w === 'half' && i > from && lower(tokens.word(i - 1)!) === 'by') j = i + 1; // "fell by half"
    if (j < 0) return null;
    if (isCapitalized(t) && i > from && w !== 'half') return null;
    // "filled by a quarter past six", "half past nine", "a quarter to seven": a time of day, no share.
    if (isClockTime(tokens, j, to)) return { skip: j + 2 };
    // "fell by a third", and with a qualifier between: "fell by about a fifth".
    const qualified = i > from ? QUALIFIERS.matchBackward(tokens, i, from) : 0;
    const isBy = i > from && (lower(tokens.word(i - 1)!) === 'by' || (qualified > 0 && i - qualified - 1 >= from && lower(tokens.word(i - qualified - 1)!) === 'by'));
    // "the proportion falls to under a quarter", "fell to a third": a level a change reaches.
    const to_ = i - qualified - 1;
    const reached = to_ - 1 >= from && lower(tokens.word(to_)!) === 'to' && (tokens.word(to_ - 1)!.figure & CHANGE_VERB) !== 0;
    const e = this.ofPhrase(j);
    if (e > j) {
      const head = tokens.word(e - 1)!;
      if ((head.figure & TIME_UNIT) !== 0 || lower(head) === 'century' || lower(head) === 'mile') return { skip: e };
    } else if (!isBy && !reached && !(w === 'half')) {
      return null; // "a third" alone is an ordinal-like word ("a third time")
    }
    if (isBy) start = i - qualified; // the change verb before "by" joins in mergeChanges
    return this.finish(start, e, 'percentage', i);
  }

  /** "doubled", "more than tripled", "halved": a change without a figure. */
  private multiplier(i: number): Look {
    const { tokens, to } = this;
    if (i + 1 < to && lower(tokens.word(i + 1)!) === 'down') return { skip: i + 2 };
    const c = this.finish(i, i + 1, 'change', i);
    return c === null || 'skip' in c ? c : { ...c, multiplier: true };
  }

  /** "twice as many people", "three times higher", "tenfold": a comparison. */
  private comparison(i: number, j: number): Look {
    const { tokens, to } = this;
    let e = j;
    if (e < to && COMPARISON_WORDS.has(lower(tokens.word(e)!))) {
      const w = lower(tokens.word(e)!);
      e++;
      if (w === 'as' && e < to) {
        const mw = lower(tokens.word(e)!);
        e++;
        if ((mw === 'many' || mw === 'much') && e < to) {
          const head = this.countHead(e);
          if (head >= 0) e = head + 1;
        }
      } else if (w === 'the' && e < to) {
        e++;
      }
    } else if (e < to && (tokens.word(e)!.figure & CHANGE_NOUN) !== 0) e++;
    else if ((tokens.word(i)!.figure & MULTIPLIER_WORD) === 0 || lower(tokens.word(i)!) === 'twice' || lower(tokens.word(i)!) === 'thrice') return null;
    return this.finish(i, e, 'change', i);
  }

  /** Adds the qualifier before the figure ("more than", "approximately") and builds the candidate. */
  private finish(figureStart: number, end: number, kind: StatisticKind, core: number): Candidate | null {
    // "above –20C": the sign belongs to the number (excluded() read it as a sign, not a code's hyphen).
    const start = figureStart - 1 >= this.from && this.tokens.word(figureStart)!.kind === 'number' && isSignDash(this.tokens, figureStart - 1, this.from) ? figureStart - 1 : figureStart;
    const q = QUALIFIERS.matchBackward(this.tokens, start, this.from);
    let first = start - q;
    // "between 10 and 15": the qualifier stays; a lone "the" before "some" does not.
    if (first < start && lower(this.tokens.word(first)!) === 'some' && first > this.from && lower(this.tokens.word(first - 1)!) === 'the') first = start;
    if (end <= first) return null;
    return { first, end, kind, core, multiplier: false };
  }
}

/** Whether token k is a dash used as a minus sign: "-" or "–" touching the number after it, with a space (or the sentence's start) before it. */
function isSignDash(tokens: TokenList, k: number, from: number): boolean {
  const t = tokens.word(k)!.text;
  return (t === '-' || t === '\u2013' || t === '\u2212') && tokens.end(k) === tokens.start(k + 1) && (k <= from || tokens.end(k - 1) !== tokens.start(k));
}

/** "previously", "largely", "probably": an -ly adverb, not the noun a figure counts ("family", "elderly" are nouns). */
const ADVERB_ENDING = /(?:al|ous|ive|ent|ant|ed|ing|ar|ate|ful|less|ab|ib|ic|ious|ary|ely|ear|ain|ect|ick|ong|ght|ir|ur|ct|rd|nd|st|sh|ow|ew)ly$/;
export function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && ADVERB_ENDING.test(w);
}

function NUMBER_VALUE_SMALL(w: string): boolean {
  return w === 'one' || w === 'two' || w === 'three' || w === 'four' || w === 'nine';
}

/** "a $3bn loss", "a $2m premium": an amount of money, not a change of one. */
const MONEY_NOUNS: ReadonlySet<string> = new Set(['loss', 'losses', 'gain', 'gains', 'premium', 'discount', 'markup']);

const UP_DOWN_BEFORE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained', 'stood', 'closed', 'ended', 'finished', 'traded', 'still', 'now', 'already', 'sharply', 'slightly', 'go', 'goes', 'went', 'gone', 'going', 'come', 'came', 'move', 'moved', 'moving', 'way', 'prices', 'shares']);

const NP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'all', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'every', 'each', 'your', 'my']);

/**
 * Joins figures into changes: "rose from 14 percent in February to 64 percent in June" is one statistic from the verb on;
 * "up 5%", "a 5% rise", "an increase of 5%", "doubled to 500" likewise.
 */
/** Whether "between" opens the figure c, on its own or after a change noun and "of" ("growth of between 6% and 8%"). */
function betweenOpens(tokens: TokenList, c: Candidate): boolean {
  for (let k = c.first; k < c.core; k++) if (lower(tokens.word(k)!) === 'between') return true;
  return false;
}

export function mergeChanges(tokens: TokenList, found: readonly Candidate[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let idx = 0; idx < found.length; idx++) {
    const c: Candidate = { ...found[idx]! };
    const prevOut = out.length > 0 ? out[out.length - 1]! : null;
    // A multiplier verb right before: "doubled to 500", "tripled from 20".
    if (prevOut && prevOut.multiplier && c.first - prevOut.end <= 1 && (c.first === prevOut.end || ['to', 'from', 'by'].includes(lower(tokens.word(prevOut.end)!)))) {
      prevOut.end = c.end;
      continue;
    }
    const verb = changeVerbBefore(tokens, c.first, from);
    let isChange = false;
    if (verb >= 0) {
      c.first = verb;
      isChange = true;
    } else if (c.first - 2 >= from && lower(tokens.word(c.first - 1)!) === 'of' && (tokens.word(c.first - 2)!.figure & CHANGE_NOUN) !== 0) {
      // "an increase of 5%"
      c.first = c.first - 2;
      isChange = true;
    } else if (c.end < to && (tokens.word(c.end)!.figure & CHANGE_NOUN) !== 0 && (c.kind === 'percentage' || (c.kind === 'money' && !MONEY_NOUNS.has(lower(tokens.word(c.end)!))))) {
      // "a 5% rise"
      c.end++;
      isChange = true;
    }
    const startsWithFrom = c.first - 1 >= from && lower(tokens.word(c.first - 1)!) === 'from';
    const fromInside = isChange && lower(tokens.word(Math.min(c.core, to - 1))!) !== 'from' && hasFromBefore(tokens, c.core, c.first);
    // "from X ... to Y": join the next figure.
    const next = idx + 1 < found.length ? found[idx + 1]! : null;
    const toBefore = c.first - 1 >= from && lower(tokens.word(c.first - 1)!) === 'to';
    if (next && (startsWithFrom || fromInside || isChange || toBefore)) {
      const toAt = next.first - 1;
      const link = toAt >= c.end ? lower(tokens.word(toAt)!) : '';
      // "from X to Y" and "to X from Y" (the new level first, as in "eased to 3.1% from 3.4%").
      const joins = (link === 'to' && !toBefore) || (link === 'from' && (isChange || toBefore));
      if (joins && adjunctOnly(tokens, c.end, toAt)) {
        if ((startsWithFrom || toBefore) && !isChange) c.first = c.first - 1;
        c.end = next.end;
        isChange = true;
        idx++;
      }
    }
    // "between 6% and 8%", "between $2bn and $3bn": both ends carry their unit, so each was read as a
    // figure; "between" (a qualifier, inside the first one's span) makes them one range.
    const between = idx + 1 < found.length ? found[idx + 1]! : null;
    if (between && between.first === c.end + 1 && lower(tokens.word(c.end)!) === 'and' && betweenOpens(tokens, c)) {
      c.end = between.end;
      idx++;
    }
    if (isChange) {
      c.kind = 'change';
      c.end = trailingTime(tokens, c.end, to);
    }
    // "48 million passengers in 2023, up from 41 million": the comparison belongs to the figure before it.
    const after = idx + 1 < found.length ? found[idx + 1]! : null;
    const upDown = after ? after.first - 2 : -1;
    if (after && upDown >= c.end && upDown - c.end <= 4 && ['up', 'down'].includes(lower(tokens.word(upDown)!)) && lower(tokens.word(upDown + 1)!) === 'from') {
      let ok = true;
      for (let k = c.end; k < upDown && ok; k++) ok = tokens.word(k)!.text === ',' || adjunctOnly(tokens, k, k + 1);
      if (ok) {
        c.end = trailingTime(tokens, after.end, to);
        c.kind = 'change';
        idx++;
      }
    }
    out.push(c);
  }
  return out;
}

function hasFromBefore(tokens: TokenList, core: number, first: number): boolean {
  for (let k = core - 1; k >= first; k--) if (lower(tokens.word(k)!) === 'from') return true;
  return false;
}

/** A change verb up to three tokens before the figure, with only "by", "to", "from", "some" or an -ly adverb between. */
function changeVerbBefore(tokens: TokenList, first: number, from: number): number {
  for (let k = first - 1, steps = 0; k >= from && steps < 4; k--, steps++) {
    const t = tokens.word(k)!;
    if (t.kind !== 'word') return -1;
    const w = lower(t);
    if ((t.figure & CHANGE_VERB) !== 0) {
      if (w === 'up' || w === 'down') {
        // "sales were up 5%", "(down 3 percent)"; not "make up 5 million people".
        if (steps > 1 && !(steps === 2 && ['from', 'by'].includes(lower(tokens.word(first - 1)!)))) return -1;
        const before = k - 1 >= from ? tokens.word(k - 1)! : null;
        if (before && before.kind === 'word' && !UP_DOWN_BEFORE.has(lower(before)) && (before.figure & COUNT_NOUN) === 0 && !isCapitalized(before)) return -1;
      }
      return k;
    }
    if (!(w === 'by' || w === 'to' || w === 'from' || w === 'nearly' || w === 'almost' || (w.endsWith('ly') && w.length > 4))) return -1;
  }
  return -1;
}

/** Only a short time adjunct ("in February", "last year") between two figures of a change. */
function adjunctOnly(tokens: TokenList, a: number, b: number): boolean {
  if (b - a > 5) return false;
  for (let k = a; k < b; k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'punct' || t.kind === 'quote') return false;
    const w = lower(t);
    if (!(w === 'in' || w === 'on' || w === 'at' || w === 'by' || w === 'the' || w === 'last' || w === 'a' || w === 'early' || w === 'late' || (t.figure & (MONTH | TIME_UNIT)) !== 0 || t.kind === 'number' || isCapitalized(t))) return false;
  }
  return true;
}

/** "... to 64 percent in June", "... in 2023": the time a change ends at. */
function trailingTime(tokens: TokenList, end: number, to: number): number {
  if (end + 1 >= to) return end;
  const w = lower(tokens.word(end)!);
  const n = tokens.word(end + 1)!;
  const nw = lower(n);
  const month = (n.figure & MONTH) !== 0;
  if ((w === 'in' || w === 'by') && ((month && isCapitalized(n)) || isYearLike(n))) {
    let e = end + 2;
    if (e < to && isYearLike(tokens.word(e)!) && month) e++;
    return e;
  }
  const timeUnit = (n.figure & TIME_UNIT) !== 0;
  if ((w === 'last' || w === 'this') && timeUnit && !nw.endsWith('s')) return end + 2;
  // "a year earlier", "a decade ago"
  if ((w === 'a' || w === 'an') && timeUnit && end + 2 < to && ['earlier', 'ago', 'before', 'previously'].includes(lower(tokens.word(end + 2)!))) return end + 3;
  return end;
}

/** Whether a word is an hour of the clock in words: "six", "twelve", "noon", "midnight". */
function isHourWord(w: string): boolean {
  const v = numberWordValue(w);
  return (v !== undefined && v >= 1 && v <= 12 && Number.isInteger(v)) || w === 'noon' || w === 'midnight';
}

/** Whether tokens j, j+1 read "past six" or "to seven" (an hour in words; "past" takes digits too: "half past 9"). */
function isClockTime(tokens: TokenList, j: number, to: number): boolean {
  if (j + 1 >= to) return false;
  const link = lower(tokens.word(j)!);
  const hour = tokens.word(j + 1)!;
  if (link === 'past') return isHourWord(lower(hour)) || (hour.kind === 'number' && /^(?:[1-9]|1[0-2])$/.test(hour.text));
  return link === 'to' && isHourWord(lower(hour));
}
