// Decides whether a statistic has a source and names it: a quotation around it, "according to X",
// a reporting verb's subject in the same sentence, or a report, survey or data named in this or the previous sentence.

import type { Article, Entity, Quote, Span, TokenList, TokenWord } from './types';
import { lower } from './phrases';
import { sentenceAt } from './article';
import { isAmountScale, isCompanyFormPeriod, parenthesisOpening, perNamesSource, phraseStartingAt, PLACE_BASED } from './source-phrases';
import {
  AMBIGUOUS_VERB_FORMS, GROUNDING_VERBS, isNumberWord, MONTHS, TIME_UNITS, NOT_SOURCES, TIME_WORDS, WEEKDAYS, NOUN_DETERMINERS, PRONOUNS, REFER_BACK_NOUNS, REFER_BACK_WORDS,
  RELATIVE_WORDS, SOURCE_MARKERS, SOURCE_NOUNS,
  SOURCE_NOUNS_NEED_MARKER, SOURCE_VERBS, STOP_WORDS, SUBJECT_NP_WORDS, SUBJECT_SKIP, VERBS_NOT_WITH_NUMBER_OBJECT,
} from './statistic-words';
import { originOf, type SentenceOrigins } from './reuse';
import { afterDateline } from './datelines';
import { MentionStarts } from './mention-starts';
import { ADVERB, AUXILIARY, FIGURE_SOURCE_WORD, GROUP, INSTITUTION, NAME_PARTICLES, POSSESSIVE, ROLE, TEMPORAL, endsLikeAdverb } from './word-features';
import { CHANGE_VERB, COUNT_NOUN } from './statistic-word-bits';
import { REPORTING_VERBS, VERB_CLASSES } from './lexicon';

export interface SourceResult {
  readonly attributed: boolean;
  readonly source: string | null;
  readonly sourceSpan: Span | null;
  readonly explanation: string;
}

/** A token range [first, end) in Article.tokens. */
interface Range {
  readonly first: number;
  readonly end: number;
}

type CueKind = 'according' | 'verb' | 'agent';

interface Cue {
  readonly kind: CueKind;
  /** Token index of the cue word ("according", "said", "by"). */
  readonly at: number;
  readonly text: string;
  readonly lemma: string;
  /** The source's noun phrase. */
  readonly np: Range;
}

export interface SentenceCues {
  readonly cues: readonly Cue[];
  readonly nouns: readonly Range[];
}

/**
 * A sentence's source cues read for the previous version of the document, by sentence: they depend
 * on the sentence's words alone (scan), so a sentence an edit left alone takes them over, moved.
 */
export interface SourceCuesReuse {
  readonly origins: SentenceOrigins;
  readonly cues: ReadonlyMap<number, SentenceCues>;
}

/** A sentence's source cues where it now is. */
function movedCues(found: SentenceCues, shift: number): SentenceCues {
  if (shift === 0) return found;
  const range = (r: Range): Range => ({ first: r.first + shift, end: r.end + shift });
  return { cues: found.cues.map((c) => ({ kind: c.kind, at: c.at + shift, text: c.text, lemma: c.lemma, np: range(c.np) })), nouns: found.nouns.map(range) };
}

/** The source of a figure inside a quotation whose speaker the article does not name. */
export const UNIDENTIFIED = 'quoted source (unidentified)';

const UNATTRIBUTED =
  'No source: no quotation, "according to", reporting verb, or named report, survey or data in this or the previous sentence.';

/** The auxiliaries of a perfect: "had forecast", "have estimated". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** A verb with no subject that can source a figure (coordinatedSubject): the verb is passed over. */
const NO_SUBJECT: Range = { first: -1, end: -1 };

const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'whereas', 'because', 'although', 'though', 'if', 'until', 'unless', 'since', 'after', 'before', 'whether', 'what']);

/** Possessive determiners: they open the subject ("their union said"), as "the" does. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your']);

/** Prepositions after which a reporting verb's form is a noun ("driven by demand", "because of reports"). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'for', 'of', 'with', 'from', 'amid', 'despite', 'about', 'against', 'without']);

/** Words that open a time clause or phrase: a source noun right after one (and a determiner) says when. */
const TEMPORAL_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'by', 'for', 'with', 'into', 'over']);

/** Determiners proper: after them a verb form is a noun ("the report"); adjectives like "official" are not among them. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'no', 'any', 'some', 'such', 'every', 'each']);

const TIME_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'mid', 'last', 'this', 'next', 'the', 'past', 'previous', 'few', 'several', 'coming', 'recent']);

const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Prepositions of place that join a subject to where it is ("businesses along the route", "residents near the plant"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['along', 'across', 'near', 'around', 'outside', 'inside', 'throughout', 'beside']);

/** Verbs of a figure's source whose past is spelt as the bare form: after a singular subject they are that past ("The company forecast …"). */
const BARE_PAST_FORMS: ReadonlySet<string> = new Set(['forecast']);

/** Modal verbs: after a form that may be a noun or a verb, they show it is the verb of a clause. */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must']);

/** A line of its own that credits a table's figures: "Source: National Weather Bureau", "Sources: ONS, Eurostat". */
const CREDIT_LINE = /^\s*sources?\s*:\s*(\S.*)$/i;
/** A box's heading that credits its figures: "Key findings (from the Kestrelton paper)". */
const BOX_CREDIT = /\((?:from|source:|sources:)\s+([^()]+)\)\s*$/i;
/** The longest credit taken as a source's name; a longer line is prose. */
const MAX_CREDIT = 80;
/** The most lines a table or box is read over, each way from a figure's line, for its credit. */
const MAX_BLOCK_LINES = 15;

/** Whether the text between two paragraphs (from `end` to `start`) is one line break: the next line, no blank one. */
function nextLine(text: string, end: number, start: number): boolean {
  if (start - end > 2) return false;
  const gap = text.slice(end, start);
  return gap === '\n' || gap === '\r\n' || gap === '\r';
}

/** The most words of what "put … at" sizes: "the figure", "the number of dead". */
const MAX_PUT_OBJECT = 5;

/** The most tokens between the commas of an appositive after a source ("Lin Jian, a spokesman, said"). */
const MAX_APPOSITIVE = 13;
/** The most tokens between the commas of a relative clause after a source (", who asked not to be named because …,"). */
const MAX_RELATIVE_CLAUSE = 30;

export class SourceFinder {
  private readonly tokens: TokenList;
  private readonly quotes: readonly Quote[];
  private readonly entities: ReadonlyMap<number, Entity>;
  private readonly cache = new Map<number, SentenceCues>();
  /** People by the last word of their name, made at the first speaker label (speakerLabel). */
  private bySurname: Map<string, Entity> | null = null;
  /** Each paragraph's speaker label, once read (speakerLabel). */
  private readonly labels = new Map<number, { readonly name: string; readonly span: Span } | null>();
  /** Each paragraph's credit line, once read (creditLine). */
  private readonly credits = new Map<number, { readonly name: string; readonly span: Span } | null>();
  private readonly entityList: readonly Entity[];
  /** Which entity each mention offset belongs to: made at the first pronoun look-up. */
  private mentionStarts: MentionStarts | null = null;
  /** The latest figure sourced by a named report, study or survey, and its sentence: attribute is called in text order. */
  private carried: { readonly sentence: number; readonly result: SourceResult } | null = null;
  /** Every sentence's cues read here, for the next version, when asked to keep them (else null). */
  readonly read: Map<number, SentenceCues> | null;

  constructor(
    private readonly article: Article,
    quotes: readonly Quote[],
    entities: readonly Entity[],
    private readonly reuse: SourceCuesReuse | null = null,
    keep = false,
  ) {
    this.read = keep ? new Map() : null;
    this.tokens = article.tokens;
    this.quotes = [...quotes].sort((a, b) => a.start - b.start);
    this.entities = new Map(entities.map((e) => [e.id, e]));
    this.entityList = entities;
  }

  /** The source of the statistic covering tokens [first, end) of sentence s. */
  attribute(s: number, first: number, end: number): SourceResult {
    const start = this.tokens.start(first);
    const stop = this.tokens.end(end - 1);
    const quoted = this.quoteAround(start, stop);
    if (quoted && quoted.result.source !== UNIDENTIFIED) return quoted.result;
    const cues = this.cuesOf(s);
    let best: Cue | null = null;
    let bestDistance = Infinity;
    for (const cue of cues.cues) {
      if (!this.eligible(cue, first, end)) continue;
      // Inside an unattributed quotation only a cue outside it can name the speaker ("..." said farmer Ana Duarte).
      if (quoted && (this.tokens.start(cue.at) >= quoted.span.start && this.tokens.start(cue.at) < quoted.span.end)) continue;
      const d = cue.at < first ? first - cue.at : cue.at - end + 1;
      // "according to" wins over a verb at the same distance: it is the more explicit cue.
      const weight = cue.kind === 'according' ? d - 0.5 : d;
      if (weight < bestDistance) {
        best = cue;
        bestDistance = weight;
      }
    }
    if (!best && quoted) return quoted.result;
    if (best) {
      const src = this.npText(best.np);
      const span = this.npSpan(best.np);
      const named = this.antecedentInSentence(best.np, this.article.sentences[s]!.tokenStart, first, end) ?? this.resolvePronoun(best.np) ?? src;
      const sourceSpan = span;
      if (best.kind === 'according') return { attributed: true, source: named, sourceSpan, explanation: `Attributed: "${best.text} ${src}".` };
      if (best.kind === 'agent') return { attributed: true, source: named, sourceSpan, explanation: `Attributed: reported by ${named} ("${best.text} ${src}").` };
      const via = named !== src ? ` ("${src}" refers to ${named})` : '';
      // A participle's subject stands apart from it: "Attributed: Hale, saying it, in the same sentence".
      const said = best.text.endsWith('ing') && !best.text.includes(' ') ? `, ${best.text} it,` : ` ${best.text} it`;
      return { attributed: true, source: named, sourceSpan, explanation: `Attributed: ${named}${said} in the same sentence${via}.` };
    }
    for (const np of cues.nouns) {
      if (np.first < end && np.end > first) continue; // "five polls": the figure itself, not its source
      // "trained on 4 billion hours of building sensor data": what the figure measures, joined to it by
      // "of", is no source ("a survey of 2,000 adults" is: the survey is before the figure).
      if (np.first === end + 1 && lower(this.tokens.word(end)!) === 'of') continue;
      // "fell 18% …, after the maker cut its profit forecast": a clause of its own after the figure.
      if (np.first >= end && this.subordinateClauseBetween(end, np.first)) continue;
      const src = this.npText(np);
      return this.carry(s, { attributed: true, source: src, sourceSpan: this.npSpan(np), explanation: `Attributed: the sentence names its source, ${src}.` });
    }
    if (s > 0 && this.goesOnFrom(s, end)) {
      const prev = this.cuesOf(s - 1);
      const np = prev.nouns[prev.nouns.length - 1];
      if (np) {
        const src = this.npText(np);
        return this.carry(s, { attributed: true, source: src, sourceSpan: this.npSpan(np), explanation: `Attributed: the previous sentence names its source, ${src}.` });
      }
      // "… according to a study published in the BMJ. The researchers followed 114,000 adults. Those in
      // the highest quarter had a 4% higher risk": figures that go on reporting a study, sentence after
      // sentence of one paragraph, keep its source.
      const { sentences } = this.article;
      const carried = this.carried;
      if (carried && carried.sentence >= s - 1 && sentences[carried.sentence]!.paragraph === sentences[s]!.paragraph && carried.result.source) {
        this.carried = { sentence: s, result: carried.result };
        return { attributed: true, source: carried.result.source, sourceSpan: carried.result.sourceSpan, explanation: `Attributed: the figures before it in its paragraph come from ${carried.result.source}.` };
      }
    }
    // "Dubois: About 8,000 jobs depend on coal.": a transcript's answer is its speaker's words.
    const label = this.speakerLabel(this.article.sentences[s]!.paragraph);
    if (label) return { attributed: true, source: label.name, sourceSpan: label.span, explanation: `Attributed: the paragraph is ${label.name}'s answer ("${this.article.text.slice(label.span.start, label.span.end)}:").` };
    // "Tarrow: 71% below average … Source: National Weather Bureau": a table's or a box's credit line.
    const credit = this.creditLine(this.article.sentences[s]!.paragraph);
    if (credit) return { attributed: true, source: credit.name, sourceSpan: credit.span, explanation: `Attributed: its table or box names its source, ${credit.name}.` };
    return { attributed: false, source: null, sourceSpan: null, explanation: UNATTRIBUTED };
  }

  /**
   * The source that the block of lines holding a paragraph credits (lines one under another, no blank
   * line between: a table or a box): a line of its own opening "Source:" or "Sources:" ("Source:
   * National Weather Bureau" under the figures), or "(from …)" / "(source: …)" closing the block's first
   * line ("Key findings (from the Kestrelton paper)"). A paragraph of prose standing alone has none:
   * its "source:" is a word of the sentence. Null otherwise.
   */
  private creditLine(paragraph: number): { readonly name: string; readonly span: Span } | null {
    const cached = this.credits.get(paragraph);
    if (cached !== undefined) return cached;
    const { paragraphs, text } = this.article;
    let first = paragraph;
    while (first > 0 && paragraph - first < MAX_BLOCK_LINES && nextLine(text, paragraphs[first - 1]!.end, paragraphs[first]!.start)) first--;
    let last = paragraph;
    while (last + 1 < paragraphs.length && last - paragraph < MAX_BLOCK_LINES && nextLine(text, paragraphs[last]!.end, paragraphs[last + 1]!.start)) last++;
    let found: { readonly name: string; readonly span: Span } | null = null;
    for (let k = first; k <= last && !found && last > first; k++) {
      const line = paragraphs[k]!;
      const words = text.slice(line.start, line.end);
      const m = CREDIT_LINE.exec(words) ?? (k === first ? BOX_CREDIT.exec(words) : null);
      if (!m) continue;
      const credited = m[1]!.trim();
      let stop = credited.length;
      while (stop > 0 && (credited[stop - 1] === '.' || credited[stop - 1] === ';')) stop--;
      const name = credited.slice(0, stop);
      const at = line.start + m.index + m[0].indexOf(m[1]!);
      if (name.length > 0 && name.length <= MAX_CREDIT) found = { name, span: { start: at, end: at + name.length } };
    }
    this.credits.set(paragraph, found);
    return found;
  }

  /**
   * The person a paragraph's speaker label names ("Dubois:" opening an interview's answer): one to
   * three capitalised words and a colon opening the paragraph, the last of them the last word of a
   * person's name the article gives. Null for other labels ("Q:", "Update:").
   */
  private speakerLabel(paragraph: number): { readonly name: string; readonly span: Span } | null {
    const cached = this.labels.get(paragraph);
    if (cached !== undefined) return cached;
    let found: { readonly name: string; readonly span: Span } | null = null;
    const t = this.tokens;
    const first = this.article.sentences[this.article.paragraphs[paragraph]!.sentenceStart]!;
    let k = first.tokenStart;
    while (k < first.tokenEnd && k - first.tokenStart < 3 && t.word(k)!.kind === 'word' && isCap(t.word(k)!)) k++;
    if (k > first.tokenStart && k < first.tokenEnd && t.word(k)!.text === ':') {
      // Built at the first label: most texts have none, and a long one many entities.
      this.bySurname ??= surnameIndex(this.entityList);
      const person = this.bySurname.get(lower(t.word(k - 1)!));
      if (person) found = { name: person.name, span: { start: t.start(first.tokenStart), end: t.end(k - 1) } };
    }
    this.labels.set(paragraph, found);
    return found;
  }

  /**
   * Whether sentence s goes on about the sentence before it, up to token `end` (the figure's end): in
   * the same paragraph, through a pronoun or a "those" ("Only 23 of those cases …", "Among her own
   * voters, it is 81 percent") or the study's people ("The researchers followed …"). A report named in
   * the sentence before sources only such figures: a new sentence with none states figures of its own
   * ("The dam cost an estimated $5.8 billion." after a paragraph on a commission's report).
   */
  private goesOnFrom(s: number, end: number): boolean {
    const { sentences } = this.article;
    const sentence = sentences[s]!;
    const t = this.tokens;
    // The study's people opening a paragraph go on about the study the paragraph before ended with
    // ("…, according to a large study published on Wednesday." / "Researchers at the University … followed …").
    const first = t.word(sentence.tokenStart)!;
    const opensWithItsPeople = first.kind === 'word' && (REFER_BACK_NOUNS.has(lower(first)) || (lower(first) === 'the' && sentence.tokenStart + 1 < end && REFER_BACK_NOUNS.has(lower(t.word(sentence.tokenStart + 1)!))));
    if (sentences[s - 1]!.paragraph !== sentence.paragraph) return opensWithItsPeople && sentences[s - 1]!.paragraph === sentence.paragraph - 1;
    // "Nearly half said they had considered leaving": a figure that is the subject of a verb of speech
    // counts the people the survey before it asked.
    if (end < sentence.tokenEnd && t.word(end)!.kind === 'word' && REPORTING_VERBS.has(lower(t.word(end)!))) return true;
    for (let k = sentence.tokenStart; k < end; k++) {
      const w = t.word(k)!;
      if (w.kind !== 'word') continue;
      const word = lower(w);
      if (REFER_BACK_WORDS.has(word)) return true;
      // "The researchers followed …", or opening the sentence: "Researchers at the University of Eastbridge followed …".
      if (REFER_BACK_NOUNS.has(word) && (k === sentence.tokenStart || lower(t.word(k - 1)!) === 'the')) return true;
    }
    return false;
  }

  /** Notes a figure sourced by a named report, study or survey, for the sentences after it (see attribute). */
  private carry(s: number, result: SourceResult): SourceResult {
    this.carried = { sentence: s, result };
    return result;
  }

  /** A direct or partial quotation around the figure: its speaker is the source. */
  private quoteAround(start: number, end: number): { result: SourceResult; span: Span } | null {
    const q = this.quotes;
    let lo = 0;
    let hi = q.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (q[mid]!.start <= start) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Quotes may nest or overlap an indirect span; look back a few for one that covers the figure.
    for (let k = idx; k >= 0 && k >= idx - 4; k--) {
      const quote = q[k]!;
      if (quote.start > start || quote.end < end) continue;
      const entity = quote.speaker === null ? undefined : this.entities.get(quote.speaker);
      const span = { start: quote.start, end: quote.end };
      if (entity) {
        const sourceSpan = quote.speakerMention ? { start: quote.speakerMention.start, end: quote.speakerMention.end } : null;
        return { span, result: { attributed: true, source: entity.name, sourceSpan, explanation: `Attributed: inside a quotation by ${entity.name}.` } };
      }
      if (quote.kind === 'indirect') continue;
      return { span, result: { attributed: true, source: UNIDENTIFIED, sourceSpan: null, explanation: 'Attributed: inside a quotation, but the article does not say who is quoted.' } };
    }
    return null;
  }

  /** Whether a cue can source the figure at [first, end): its phrase must not be the figure itself. */
  private eligible(cue: Cue, first: number, end: number): boolean {
    if (cue.np.first < end && cue.np.end > first) return false;
    // "bids of €50m and €57.5m rejected": an amount is what the verb befell, never who reported it.
    if (cue.kind === 'verb' && this.tokens.word(cue.np.first)!.kind === 'number') return false;
    if (cue.kind === 'verb' && cue.np.end - cue.np.first === 1 && this.emptySubject(cue.np.first, first, end)) return false;
    if (cue.at >= first && cue.at < end) return false;
    // "The storm claimed 200 lives": the lives were lost, not claimed by anyone.
    if (cue.kind === 'verb' && cue.lemma === 'claim' && cue.at < first && lower(this.tokens.word(end - 1)!) === 'lives') return false;
    if (cue.kind === 'verb' && cue.at < first) {
      // "added 200,000 jobs", "pledged $5 billion": the figure is the verb's own object, not a reported one.
      if (VERBS_NOT_WITH_NUMBER_OBJECT.has(cue.lemma) && first - cue.at <= 2) {
        let clause = false;
        for (let k = cue.at + 1; k < first; k++) if (lower(this.tokens.word(k)!) === 'that') clause = true;
        if (!clause) return false;
      }
    }
    // "told a crowd of about 300 supporters", "told 300 supporters": the figure counts whom the words were
    // told, not what they said ("told reporters 40 people had died" reports it).
    if (cue.kind === 'verb' && cue.at < first && VERB_CLASSES.toldWhom.has(cue.lemma) && (first === cue.at + 1 || (first - cue.at <= 5 && lower(this.tokens.word(first - 1)!) === 'of' && this.plainWordsBetween(cue.at + 1, first - 1)))) return false;
    if (cue.kind === 'verb' && cue.at >= end && cue.np.first < end) return false;
    // "…, below the $3.1 billion analysts had expected": a subject right after a figure is a relative
    // clause's, whose verb has that figure for its object; it reports no other.
    if (cue.kind === 'verb' && cue.at > cue.np.first && end !== cue.np.first && this.figureEndsBefore(cue.np.first)) return false;
    // "Shares of Lumora, which listed on Euronext two years ago, fell 11.4%": a verb in a relative clause
    // that closes before the figure reports nothing of it.
    if (cue.kind === 'verb' && cue.at < first && this.closedRelativeClause(cue.at, first)) return false;
    // A closing tag (", police said." / ", said the ministry") covers the whole sentence; any other later verb only its own clause.
    const tag = cue.kind === 'according' ? this.tokens.word(cue.at - 1)?.text === ',' : cue.kind === 'verb' && (this.tokens.word(cue.np.first - 1)?.text === ',' || this.tokens.word(cue.at - 1)?.text === ',');
    if (cue.at >= end && !tag && this.clauseBreak(end, Math.min(cue.at, cue.np.first))) return false;
    return true;
  }

  /** "quotas announced so far", "cases reported to date": a participle that modifies the noun before it, no verb of the clause. */
  private participleSoFar(i: number, w: string, to: number): boolean {
    if (!w.endsWith('ed') || i + 2 >= to) return false;
    const pair = `${lower(this.tokens.word(i + 1)!)} ${lower(this.tokens.word(i + 2)!)}`;
    return pair === 'so far' || pair === 'thus far' || pair === 'to date';
  }

  /** Whether the token before k, in its sentence, ends an amount: money, a scale or a percent sign ("$3.1 billion", "$400", "40%"). */
  private figureEndsBefore(k: number): boolean {
    if (k < 1 || sentenceAt(this.article, this.tokens.start(k - 1)) !== sentenceAt(this.article, this.tokens.start(k))) return false;
    const prev = this.tokens.word(k - 1)!;
    // Not any number: "10:05 Galway County Council said …" opens with a live page's clock time.
    const money = prev.kind === 'number' && k >= 2 && this.tokens.word(k - 2)!.kind === 'symbol';
    return money || prev.text === '%' || isAmountScale(this.tokens, k - 1);
  }

  /** Whether a relative word ("who", "which") stands in tokens [a, b): a relative clause, which may run longer than a description. */
  private holdsRelativeWord(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens.word(k)!.kind === 'word' && RELATIVE_WORDS.has(lower(this.tokens.word(k)!))) return true;
    return false;
  }

  /** Whether tokens [a, b) are all words, none "that": an addressee's phrase ("a crowd"), not a clause. */
  private plainWordsBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens.word(k)!.kind !== 'word' || lower(this.tokens.word(k)!) === 'that') return false;
    return true;
  }

  /** Whether the verb at token v opens a relative clause after a comma (", which listed …") and a comma closes it before token `first`. */
  private closedRelativeClause(v: number, first: number): boolean {
    const t = this.tokens;
    const k = this.skipAdjuncts(v - 1, 0);
    if (k < 1 || t.word(k)!.kind !== 'word' || !RELATIVE_WORDS.has(lower(t.word(k)!))) return false;
    // "Whitfield, the Harbor City Tide guard who announced her retirement on Thursday, finishes …": "who"
    // opens a relative clause after its noun with no comma too ("that" might open a reported clause).
    if (t.word(k - 1)!.text !== ',' && lower(t.word(k)!) !== 'who') return false;
    for (let j = v + 1; j < first; j++) if (t.word(j)!.text === ',') return true;
    return false;
  }

  /** The subject at token k is "it" or "there" standing for no one the article names ("it claims", "there are"). */
  private emptySubject(k: number, first: number, end: number): boolean {
    const w = lower(this.tokens.word(k)!);
    if (w !== 'it' && w !== 'there') return false;
    if (w === 'there') return true;
    if (this.resolvePronoun({ first: k, end: k + 1 })) return false;
    const sentence = this.article.sentences[sentenceAt(this.article, this.tokens.start(k))]!;
    return this.antecedentInSentence({ first: k, end: k + 1 }, sentence.tokenStart, first, end) === null;
  }

  /**
   * "Shares in the company fell 12% after it reported a loss of $3.4 billion": a subject "it" or
   * "they" stands for the nearest "the …" noun before it in its sentence, of its number, when one
   * stands there and is not the figure itself; the entity last named lies beyond it.
   */
  private antecedentInSentence(np: Range, from: number, first: number, end: number): string | null {
    if (np.end - np.first !== 1) return null;
    const t = this.tokens;
    const w = lower(t.word(np.first)!);
    if (w !== 'it' && w !== 'they') return null;
    for (let k = np.first - 2; k >= from; k--) {
      if (lower(t.word(k)!) !== 'the') continue;
      // The noun is one a body or a group goes by ("the company", "the central bank", "the researchers").
      let last = -1;
      for (let j = k + 1; j < np.first && j <= k + 2 && isPlainNoun(t.word(j)!); j++) if ((this.article.tokenFeatures[j]! & (INSTITUTION | GROUP | ROLE)) !== 0) last = j;
      if (last < 0 || (k < end && last >= first)) continue;
      const head = lower(t.word(last)!);
      if (TIME_WORDS.has(head) || TIME_UNITS.has(head) || MONTHS.has(head) || STOP_WORDS.has(head)) continue;
      if ((w === 'they') !== ((t.word(last)!.figure & COUNT_NOUN) !== 0)) continue;
      return this.article.text.slice(t.start(k), t.end(last));
    }
    return null;
  }

  /** ", and the festival expects", "when the pilots reported", "while organisers claimed": a new clause, with its own subject. */
  /** Whether tokens [a, b) open a subordinate clause ("after", "since", "because" …) or hold a semicolon. */
  private subordinateClauseBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const w = lower(this.tokens.word(k)!);
      if (w === ';' || SUBORDINATORS.has(w)) return true;
    }
    return false;
  }

  private clauseBreak(a: number, b: number): boolean {
    if (this.subordinateClauseBetween(a, b)) return true;
    const t = this.tokens;
    for (let k = a; k < b; k++) {
      const w = lower(t.word(k)!);
      if ((w === 'and' || w === 'but' || w === 'or') && k > a && t.word(k - 1)!.text === ',') return true;
      // ", beating the $7.6 billion that analysts had expected": a participle after a comma opens a clause of its own.
      if (w === ',' && k + 1 < b && t.word(k + 1)!.kind === 'word' && !isCap(t.word(k + 1)!) && lower(t.word(k + 1)!).endsWith('ing')) return true;
      // "30,000 water samples, a record that climate scientists still describe as …": a noun set beside
      // the figure opens a relative clause about it, whose verb reports nothing of the figure.
      if (w === ',' && k + 1 < b && /^(?:a|an|the)$/i.test(t.word(k + 1)!.text) && this.holdsRelativeWord(k + 2, b)) return true;
    }
    return false;
  }


  private cuesOf(s: number): SentenceCues {
    const cached = this.cache.get(s);
    if (cached) return cached;
    const sent = this.article.sentences[s]!;
    const origin = this.reuse ? originOf(this.reuse.origins, this.article, s) : null;
    const earlier = origin ? this.reuse!.cues.get(origin.sentence) : undefined;
    // "10:05 Galway County Council said …": a live page's time stamp or a wire dateline is no part of a subject.
    const found = earlier ? movedCues(earlier, origin!.tokenShift) : this.scan(afterDateline(this.article, sent.tokenStart, sent.tokenEnd), sent.tokenEnd);
    if (this.cache.size > 8) this.cache.clear();
    this.cache.set(s, found);
    this.read?.set(s, found);
    return found;
  }

  /** One pass over a sentence: "according to" phrases, reporting verbs with their subjects, source nouns. */
  private scan(from: number, to: number): SentenceCues {
    const t = this.tokens;
    const cues: Cue[] = [];
    const nouns: Range[] = [];
    let lastVerbSubject: Range | null = null;
    const features = this.article.tokenFeatures;
    for (let i = from; i < to; i++) {
      // Only a source verb, "according", "citing", "quoting", "per" or a source noun's first word opens a cue: the flat bit rules out the rest.
      if ((features[i]! & FIGURE_SOURCE_WORD) === 0) continue;
      const tok = t.word(i)!;
      const w = lower(tok);
      if ((w === 'according' && i + 1 < to && lower(t.word(i + 1)!) === 'to') || w === 'citing' || w === 'quoting') {
        const at = w === 'according' ? i + 2 : i + 1;
        const np = this.forwardNp(at, to);
        if (np) cues.push({ kind: 'according', at: i, text: w === 'according' ? 'according to' : w, lemma: w, np });
        continue;
      }
      if (w === 'per') {
        // "Per the budget office, spending will fall 12 percent"; not "$5 per person".
        const np = i + 1 < to && perNamesSource(this.article, i, from) ? this.forwardNp(i + 1, to) : null;
        if (np) cues.push({ kind: 'according', at: i, text: tok.text, lemma: 'per', np });
        continue;
      }
      const lemma = SOURCE_VERBS.get(w);
      // "quotas add up to more than 1.1 million tonnes": "add up" sums, it reports nothing.
      const summed = (lemma === 'add' && i + 1 < to && lower(t.word(i + 1)!) === 'up') || this.participleSoFar(i, w, to);
      // "…, noting that its margin of 38.5% …", "…, forecasting up to 150 mm of rain": a participle after a
      // comma reports with the sentence's subject; elsewhere an -ing form is a noun or a clause's own.
      const participle = lemma !== undefined && w.endsWith('ing') && i - 1 > from && t.word(i - 1)!.text === ',';
      // "the $5.24 billion analysts were expecting", "Police are reporting 40 deaths": a progressive is the verb.
      const progressive = lemma !== undefined && w.endsWith('ing') && i - 1 > from && BE.has(lower(t.word(i - 1)!));
      const verbUse = lemma !== undefined && !summed && (!w.endsWith('ing') || participle || progressive) && this.isVerbUse(i, w, from, to);
      if (!verbUse) {
        const nounLen = SOURCE_NOUNS.matchForward(t, i, to);
        if (nounLen > 0 && this.isSourceNoun(i, nounLen, from, to)) {
          const np = this.sourceNounPhrase(i, i + nounLen, from, to);
          // "an index of clean-energy stocks lost 2.1%": the subject of a verb of change is what
          // moved, not where a figure comes from.
          if (!(np.end < to && (t.word(np.end)!.figure & CHANGE_VERB) !== 0)) nouns.push(np);
        }
      }
      if (lemma === undefined || !verbUse) continue;
      // "500 deaths recorded by the UN": the agent after "by" is the source.
      if (i + 1 < to && lower(t.word(i + 1)!) === 'by') {
        const np = this.forwardNp(i + 2, to);
        if (np && t.word(np.first)!.kind === 'word') {
          cues.push({ kind: 'agent', at: i, text: `${tok.text} by`, lemma, np });
          continue;
        }
      }
      if (i - 1 >= from && lower(t.word(i - 1)!) === 'to') continue; // "declined to say": no reported content
      if (!progressive && this.passive(i, from)) continue;
      // "Researchers analysed the records and found that ...": a verb after "and" shares the previous verb's subject.
      const shared: Range | null = i - 1 >= from && lower(t.word(i - 1)!) === 'and' ? lastVerbSubject : null;
      const np: Range | null = participle ? this.openingSubject(from, i - 1) : progressive ? this.subjectNp(i - 1, from) : shared ?? this.invertedSubject(i, from, to, w, lemma) ?? this.coordinatedSubject(i, from) ?? this.subjectNp(i, from);
      if (np === NO_SUBJECT) continue;
      if (np) lastVerbSubject = np;
      if (np && AMBIGUOUS_VERB_FORMS.has(w) && !w.endsWith('s') && !w.endsWith('ed') && !BARE_PAST_FORMS.has(w) && !this.pluralSubject(np)) {
        // "a light show that": a noun, not a verb; a source noun ("a New York Times report that …") names the source.
        if (SOURCE_NOUNS.has(w)) nouns.push(this.sourceNounPhrase(i, i + 1, from, to));
        continue;
      }
      if (np) cues.push({ kind: 'verb', at: i, text: progressive ? `${t.word(i - 1)!.text} ${tok.text}` : tok.text, lemma, np });
    }
    return { cues, nouns };
  }

  /**
   * The phrase that opens tokens [from, comma) as their subject, a person or a body as attribution
   * reads them ("Tobias Lindgren of Harwick & Co was more sanguine, noting …"): NO_SUBJECT when none
   * opens there ("Prices rose 5%, …").
   */
  private openingSubject(from: number, comma: number): Range {
    const p = phraseStartingAt(this.article, from, comma);
    if (!p || p.first > from + 1 || p.last >= comma) return NO_SUBJECT;
    return { first: p.first, end: p.last };
  }

  /**
   * The subject of a verb that follows "and", "but" or "or" (past adverbs): the sentence's subject, the
   * phrase that opens it before its own verb ("Police arrived at the scene and said …"), not the noun
   * before the conjunction (that was the first verb's object: "the scene"). In a relative clause ("a
   * budget that raises taxes … and adds 120 officers") the verb reports nothing: NO_SUBJECT. Null when
   * no conjunction stands before the verb.
   */
  private coordinatedSubject(i: number, from: number): Range | null {
    const t = this.tokens;
    const k = this.skipAdjuncts(i - 1, from);
    if (k <= from) return null;
    const w = lower(t.word(k)!);
    if (w !== 'and' && w !== 'but' && w !== 'or') return null;
    // A relative clause still open at the conjunction holds the verb; one a comma closed does not ("The
    // authors of the report, which include …, combed through the filings and found 73 percent …").
    let relative = false;
    for (let j = from; j < k; j++) {
      const u = lower(t.word(j)!);
      if (RELATIVE_WORDS.has(u)) relative = true;
      else if (u === ',') relative = false;
    }
    if (relative) return NO_SUBJECT;
    // A person or a body as attribution reads them, else any noun phrase ("The authors of the report").
    const p = phraseStartingAt(this.article, from, k);
    let np: Range | null = p ? { first: p.first, end: p.last } : this.forwardNp(from, k);
    if (!np || np.end >= k) return NO_SUBJECT;
    let after = np.end;
    // "The authors of the report, …": a phrase after "of" up to a comma belongs to the subject.
    if (lower(t.word(after)!) === 'of') {
      let c = after + 1;
      while (c < k && c - after <= 6 && t.word(c)!.kind === 'word') c++;
      if (c < k && t.word(c)!.text === ',') {
        np = { first: np.first, end: c };
        after = c;
      }
    }
    if (t.word(after)!.text === ',') {
      // Past a description or a relative clause between commas.
      let close = after + 1;
      while (close < k && close - after < 20 && t.word(close)!.text !== ',') close++;
      if (close >= k - 1) return NO_SUBJECT;
      after = close + 1;
    }
    const next = t.word(after)!;
    // Only a phrase its own verb follows is the subject.
    if (next.kind !== 'word' || isCap(next) || STOP_WORDS.has(lower(next))) return NO_SUBJECT;
    return np;
  }

  /** ", said the ministry." / "” said Lin Jian, a spokesman": a subject after the verb, closing the clause. */
  private invertedSubject(i: number, from: number, to: number, form: string, lemma: string): Range | null {
    const t = this.tokens;
    if (!(i - 1 >= from && (t.word(i - 1)!.text === ',' || t.word(i - 1)!.kind === 'quote'))) return null;
    // "The device, called the Lumen Fold, will cost $2,499": a verb of speech that never follows its
    // subject (VERB_CLASSES.invertible) is a participle there, naming or describing what came before.
    if (REPORTING_VERBS.has(form) && !VERB_CLASSES.invertible.has(lemma)) return null;
    const np = this.forwardNp(i + 1, to);
    if (!np || t.word(np.first)!.kind === 'number') return null;
    if (np.end < to && t.word(np.end)!.kind !== 'punct') return null;
    return np;
  }

  /** "Officials estimate", "The data show", "They claim": a subject a base-form verb agrees with. */
  private pluralSubject(np: Range): boolean {
    const head = this.tokens.word(np.end - 1)!;
    const w = lower(head);
    // "a New York Times report that …": a phrase with "a" is one thing, whatever its head looks like.
    const opener = lower(this.tokens.word(np.first)!);
    if (opener === 'a' || opener === 'an') return false;
    return PRONOUNS.has(w) || isAcronym(head) || (head.figure & COUNT_NOUN) !== 0 || (isCap(head) && np.end - np.first > 1);
  }

  /** "was estimated", "were reported killed": a passive has no source of its own. */
  private passive(i: number, from: number): boolean {
    const t = this.tokens;
    for (let k = i - 1; k >= from && k >= i - 3; k--) {
      const kw = lower(t.word(k)!);
      if (BE.has(kw)) return true;
      if (!(SUBJECT_SKIP.has(kw) || endsLikeAdverb(kw))) return false;
    }
    return false;
  }

  /** "put the figure at", "puts the number of dead at": a determiner after the verb at i, then "at" within a few words. */
  private putsAt(i: number, to: number): boolean {
    const t = this.tokens;
    if (i + 3 >= to || t.word(i + 1)!.kind !== 'word' || !NOUN_DETERMINERS.has(lower(t.word(i + 1)!))) return false;
    for (let k = i + 2; k < to && k <= i + 1 + MAX_PUT_OBJECT; k++) {
      const w = t.word(k)!;
      if (w.kind !== 'word') return false;
      if (lower(w) === 'at') return true;
    }
    return false;
  }

  /** A reporting verb form used as a verb: not "the report", not "member states", not "United States". */
  private isVerbUse(i: number, w: string, from: number, to: number): boolean {
    const t = this.tokens;
    const tok = t.word(i)!;
    if (i > from && tok.text[0] !== tok.text[0]!.toLowerCase() && t.word(i - 1)!.kind !== 'quote') return false;
    const prev = i > from ? t.word(i - 1)! : null;
    if (prev && (ARTICLES.has(lower(prev)) || prev.kind === 'number')) return false;
    // "driven by demand for chips", "because of reports": after a preposition the form is a noun.
    if (prev && NOUN_PREPOSITIONS.has(lower(prev))) return false;
    // "listed companies", "reported cases": a participle before a plural noun describes it.
    if (w.endsWith('ed') && i + 1 < to && !isCap(t.word(i + 1)!) && (t.word(i + 1)!.figure & COUNT_NOUN) !== 0 && prev && prev.kind === 'word' && !isCap(prev) && !PRONOUNS.has(lower(prev))) return false;
    if (AMBIGUOUS_VERB_FORMS.has(w)) {
      // "The organisers, including …, put the figure at more than 4,000": "put … at" with a determiner
      // after it is the verb, after an appositive's comma too.
      if ((w === 'put' || w === 'puts') && this.putsAt(i, to)) return true;
      if (!prev || prev.kind === 'punct') return false;
      const next = i + 1 < to ? t.word(i + 1)! : null;
      if (!next) return false;
      const nw = lower(next);
      // "estimates that", "shows 30%", "claims China ...": a clause or a figure follows the verb; "claims over", "states and" read as nouns.
      if (next.kind === 'number' || next.kind === 'symbol' || next.kind === 'quote' || nw === 'that' || nw === ':') return true;
      // ", researchers estimate.", "Economists forecast growth of 2 percent": after a plural subject that
      // opens its clause, the form is the verb (a noun there would be "the researchers' estimate").
      const pw = lower(prev);
      const opensAt = (k: number): boolean => k < from || t.word(k)!.kind === 'punct' || ARTICLES.has(lower(t.word(k)!));
      // "State engineers estimate", "UN inspectors report": a capitalised word before the noun still opens it.
      const opensClause = opensAt(i - 2) || (t.word(i - 2)!.kind === 'word' && isCap(t.word(i - 2)!) && opensAt(i - 3));
      // "The company forecast fourth-quarter revenue of …": a past spelt as its bare form, after a subject
      // with its article, before the object's first word; "The company forecast was cut" or "… showed"
      // keeps the noun (an auxiliary or a verb of a figure's source follows it).
      // "Veltrix forecast revenue of …": a one-word name that opens its clause is a subject too.
      if (BARE_PAST_FORMS.has(w) && prev.kind === 'word' && (!isCap(prev) || i - 2 < from || t.word(i - 2)!.kind === 'punct') && opensAt(i - 2) && i - 1 >= from && next.kind === 'word' && !isCap(next) && !STOP_WORDS.has(nw) && (this.article.tokenFeatures[i + 1]! & AUXILIARY) === 0 && !SOURCE_VERBS.has(nw)) return true;
      // "Analysts had forecast growth of 27%": a perfect's auxiliary makes the form its participle.
      if (BARE_PAST_FORMS.has(w) && PERFECT_AUXILIARIES.has(pw) && next.kind === 'word' && !isCap(next) && !STOP_WORDS.has(nw)) return true;
      if (prev.kind === 'word' && opensClause && ((prev.figure & COUNT_NOUN) !== 0 || (PRONOUNS.has(pw) && pw !== 'it'))) {
        if (next.kind === 'punct' && (nw === '.' || nw === ',' || nw === ';')) return true;
        if (next.kind === 'word' && !isCap(next) && !STOP_WORDS.has(nw)) return true;
      }
      // "a tax which the city estimates would raise $80 million": a modal after the form, in a relative
      // clause, makes the form the clause's verb and what follows its object clause.
      if (next.kind === 'word' && MODALS.has(nw) && this.relativeWithin(i, from)) return true;
      return next.kind === 'word' && (NOUN_DETERMINERS.has(nw) || PRONOUNS.has(nw) || isCap(next)) && nw !== 'no' && nw !== 'new' && nw !== 'latest' && nw !== 'recent' && nw !== 'annual' && nw !== 'official';
    }
    return true;
  }

  /** Whether the source noun at i is used as one: "a survey", "UN figures", "the 2021 census" (not "to report", "report to"). */
  private isSourceNoun(i: number, len: number, from: number, to: number): boolean {
    const t = this.tokens;
    const w = lower(t.word(i)!);
    const prev = i > from ? t.word(i - 1)! : null;
    const pw = prev ? lower(prev) : '';
    if (prev && (pw === 'to' || PRONOUNS.has(pw) || BE.has(pw) || pw === 'will' || pw === 'would' || pw === 'could' || pw === 'did' || pw === 'not')) return false;
    // "is now forecast at $4.1 billion": a participle after its auxiliary and an adverb.
    if (prev && i - 2 >= from && BE.has(lower(t.word(i - 2)!)) && ((this.article.tokenFeatures[i - 1]! & ADVERB) !== 0 || endsLikeAdverb(pw))) return false;
    // "rose 2 percent on reports of the plan", "amid reports that …": why the figure moved, not who gave
    // it; "based on data from the census" still names one.
    if (pw === 'amid' || (pw === 'on' && !(i - 2 >= from && GROUNDING_VERBS.has(lower(t.word(i - 2)!))))) return false;
    // "Sterling fell 0.4% after the figures were released": the noun dates the figure ("after", "before",
    // "since", "until" and a determiner), it does not source it.
    if (prev && ARTICLES.has(pw) && i - 2 >= from && TEMPORAL_SUBORDINATORS.has(lower(t.word(i - 2)!))) return false;
    // "its head of research", "the director of polling": a role's field, not a source.
    if (pw === 'of' && i - 2 >= from && (this.article.tokenFeatures[i - 2]! & ROLE) !== 0) return false;
    const next = i + len < to ? t.word(i + len)! : null;
    const nw = next ? lower(next) : '';
    // "poll workers", "data centres": the noun modifies another noun.
    if (next && next.kind === 'word' && !STOP_WORDS.has(nw) && !SOURCE_VERBS.has(nw) && next.text[0] === nw[0] && !nw.endsWith('ed')) return false;
    if (SOURCE_NOUNS_NEED_MARKER.has(w)) {
      // "campaign finance records show": a verb that reports right after the noun marks it too.
      const marked = (prev && (SOURCE_MARKERS.has(pw) || prev.text[0] !== pw[0] || pw.endsWith("'s") || pw.endsWith('\u2019s') || prev.kind === 'number')) || nw === 'by' || nw === 'from' || (next !== null && next.kind === 'word' && SOURCE_VERBS.has(nw));
      if (!marked) return false;
    }
    return true;
  }

  /** The phrase around a source noun: its modifiers and a following "by/from/of X" ("a 2023 survey by the central bank"). */
  private sourceNounPhrase(i: number, end: number, from: number, to: number): Range {
    const t = this.tokens;
    let first = i;
    for (let k = i - 1; k >= from && k >= i - 5; k--) {
      const tok = t.word(k)!;
      const w = lower(tok);
      // A capitalised word inside the sentence is a name's, even one spelt as a verb: "the State Department report".
      const named = tok.kind === 'word' && k > from && isCap(tok);
      // "the Office for National Statistics", "the Bureau of Labor Statistics": a name joined by "of" or "for".
      if ((w === 'of' || w === 'for') && k - 1 >= from && t.word(k - 1)!.kind === 'word' && isCap(t.word(k - 1)!) && isCap(t.word(k + 1)!)) continue;
      // A stop word capitalised before another capitalised word is part of a name: "Home Office figures".
      const inName = named && k + 1 < i && isCap(t.word(k + 1)!);
      if (tok.kind === 'number' || (tok.kind === 'word' && (!STOP_WORDS.has(w) || NOUN_DETERMINERS.has(w) || inName) && (!SOURCE_VERBS.has(w) || named) && !RELATIVE_WORDS.has(w))) first = k;
      else break;
      if (NOUN_DETERMINERS.has(w) && w !== 'new' && w !== 'latest' && w !== 'recent' && w !== 'annual' && w !== 'official') break;
    }
    let last = end;
    // "the journal Environmental Research Letters", "the Cook Political Report Today": a capitalised
    // source noun inside a name runs on to the name's end.
    if (isCap(t.word(end - 1)!)) while (last < to && t.word(last)!.kind === 'word' && isCap(t.word(last)!) && (t.word(last)!.features & TEMPORAL) === 0) last++;
    if (last + 1 < to && ['by', 'from', 'of'].includes(lower(t.word(last)!)) && t.word(last + 1)!.kind === 'word') {
      const np = this.forwardNp(last + 1, to);
      if (np) last = np.end;
    }
    return { first, end: last };
  }

  /** The noun phrase that starts at i: determiners, names, nouns, "of/for/from" joining names; null when none. */
  private forwardNp(i: number, to: number): Range | null {
    const t = this.tokens;
    let k = i;
    let lastContent = -1;
    for (let n = 0; k < to && n < 9; k++, n++) {
      const tok = t.word(k)!;
      if (tok.kind === 'number') {
        lastContent = k;
        continue;
      }
      // "a New York Times/CBS News poll": a slash glued between two names joins the sponsors of one source.
      if (tok.text === '/' && lastContent === k - 1 && k + 1 < to && isCap(t.word(k - 1)!) && isCap(t.word(k + 1)!) && t.end(k - 1) === t.start(k) && t.end(k) === t.start(k + 1)) continue;
      if (tok.kind !== 'word') break;
      const w = lower(tok);
      if (SUBJECT_NP_WORDS.has(w)) {
        // Joining words stay only when a name or noun follows them ("Ministry of Health", "data from the UN").
        const next = k + 1 < to ? t.word(k + 1)! : null;
        if (!next || next.kind !== 'word') break;
        const nextW = lower(next);
        if (STOP_WORDS.has(nextW) && !SUBJECT_NP_WORDS.has(nextW) && !NOUN_DETERMINERS.has(nextW)) break;
        continue;
      }
      // "according to an engineers' report published …", "the council's review": a source noun owned by the word before it.
      if (lastContent === k - 1 && SOURCE_NOUNS.has(w) && (this.article.tokenFeatures[k - 1]! & POSSESSIVE) !== 0) {
        lastContent = k;
        continue;
      }
      // "according to Home Office figures": a capitalised stop word before another capitalised word is a name's.
      if (STOP_WORDS.has(w) && !PRONOUNS.has(w) && !isAcronym(tok) && !(isCap(tok) && k + 1 < to && t.word(k + 1)!.kind === 'word' && isCap(t.word(k + 1)!) && !NOUN_DETERMINERS.has(w))) {
        if (NOUN_DETERMINERS.has(w) && lastContent < 0) continue;
        break;
      }
      // A participle ends the phrase ("a report published on ..."); after a determiner it is an adjective ("the leading").
      if (!isCap(tok) && (w.endsWith('ed') || w.endsWith('ing')) && !w.includes('-') && !SOURCE_NOUNS.has(w) && (lastContent >= 0 || k === i)) break;
      if (SOURCE_VERBS.has(w) && lastContent >= 0 && !SOURCE_NOUNS.has(w)) break;
      // "figures it submitted to the regulator": a pronoun after the noun opens a clause about it.
      if (PRONOUNS.has(w) && lastContent >= 0 && !isAcronym(tok)) break;
      lastContent = k;
      if (PRONOUNS.has(w)) break;
    }
    if (lastContent < 0) return null;
    return { first: i, end: lastContent + 1 };
  }

  /** The subject of the verb at v: the noun phrase just before it, past auxiliaries, adverbs and an appositive. */
  private subjectNp(v: number, from: number): Range | null {
    const t = this.tokens;
    let k = this.skipAdjuncts(v - 1, from);
    if (k < from) return null;
    // "A poll released in late August found": past the participle phrase to the noun it follows.
    if (t.word(k)!.kind === 'word' && !isCap(t.word(k)!) && isParticiple(lower(t.word(k)!)) && !SUBJECT_SKIP.has(lower(t.word(k)!))) {
      k = this.skipAdjuncts(k - 1, from);
      if (k < from) return null;
      // "the experts I interviewed said": past the relative clause's own subject too.
      if (t.word(k)!.kind === 'word' && PRONOUNS.has(lower(t.word(k)!)) && !isAcronym(t.word(k)!)) k--;
      if (k < from) return null;
    }
    if (t.word(k)!.text === ',') {
      // "Lin Jian, a spokesman, said": skip back over the appositive to the name; a relative clause
      // may run longer ("A provincial disaster official, who asked not to be named because …, said").
      let c = k - 1;
      // "Ledgerwell Inc., a Columbus, Ohio-based provider of …, said": the comma of a place's state opens nothing.
      while (c >= from && c >= k - MAX_RELATIVE_CLAUSE && (t.word(c)!.text !== ',' || (c + 1 < k && PLACE_BASED.test(t.word(c + 1)!.text)))) c--;
      if (c <= from || t.word(c)!.text !== ',') return null;
      // A description may end in a relative clause ("Dr Sigrid Aalto, a marine biologist at the University of Tromsø who sits on …, said").
      if (k - c > MAX_APPOSITIVE && !this.holdsRelativeWord(c + 1, k)) return null;
      // "a professor of the economy, Mr. Guajardo Villarreal, argues": the name between the commas is the subject.
      if (isNameRun(t, c + 1, k)) return { first: c + 1, end: k };
      k = c - 1;
    } else if (t.word(k)!.kind === 'word' && RELATIVE_WORDS.has(lower(t.word(k)!))) {
      // "the ministry, which said ...": the antecedent.
      k--;
      if (k >= from && t.word(k)!.text === ',') k--;
    }
    // "The Educational Institute of Scotland (EIS) said", "Rep. Gwen Moore (D-Wis.) said": a short
    // parenthesis after the name is set aside.
    const open = parenthesisOpening(t, k, from);
    if (open >= 0) k = open - 1;
    // "Tallyline Inc. says": the period of a company's form ends no phrase.
    if (k > from && isCompanyFormPeriod(t, k)) k--;
    let first = k + 1;
    let lastContent = -1;
    for (let j = k, n = 0; j >= from && n < 8; j--, n++) {
      const tok = t.word(j)!;
      if (tok.kind === 'number') {
        first = j;
        continue;
      }
      // "below the $3.1 billion analysts had expected": an amount's scale ends another figure, not this phrase.
      // A thing so counted stays one phrase with its amount ("$14.5 billion tax bill"); people do not ("analysts").
      if (j > from && isAmountScale(t, j) && (this.article.tokenFeatures[j + 1]! & (ROLE | GROUP)) !== 0) break;
      // "The 45-year-old mayor": a hyphen glued on both sides joins the parts of a compound modifier.
      if (tok.text === '-' && j > from && t.end(j - 1) === t.start(j) && t.end(j) === t.start(j + 1)) continue;
      if (tok.kind !== 'word') break;
      const w = lower(tok);
      if (STOP_WORDS.has(w) && !SUBJECT_NP_WORDS.has(w) && !PRONOUNS.has(w) && !isAcronym(tok) && !(POSSESSIVE_DETERMINERS.has(w) && lastContent >= 0)) break;
      if (SOURCE_VERBS.has(w) && j !== k && !SOURCE_NOUNS.has(w) && !isCap(tok)) break;
      if (lastContent < 0 && !isCap(tok) && (isParticiple(w) || w.endsWith('ing'))) return null; // "Figures to be published today show"
      first = j;
      if (lastContent < 0 && !SUBJECT_NP_WORDS.has(w)) lastContent = j;
      if (PRONOUNS.has(w)) break;
      // A determiner opens the phrase: nothing before it belongs to the subject ("... this year the city expects").
      // "Residents of the town said": after "of" the determiner opens the complement, not the subject.
      if (lastContent >= 0 && j < lastContent && NOUN_DETERMINERS.has(w) && w !== 'new' && w !== 'latest' && w !== 'recent' && w !== 'annual' && w !== 'official' && !(j - 1 > from && lower(t.word(j - 1)!) === 'of')) break;
    }
    if (lastContent < 0) return null;
    // Joining words at the start ("of", "and") belong to something before the subject.
    // A capitalised particle opens a name ("Van Dongen said" at a sentence's start), and stays.
    while (first <= lastContent && SUBJECT_NP_WORDS.has(lower(t.word(first)!)) && !NOUN_DETERMINERS.has(lower(t.word(first)!)) && !(isCap(t.word(first)!) && NAME_PARTICLES.has(lower(t.word(first)!)) && first < lastContent)) first++;
    if (first > lastContent) return null;
    // "A study published in a medical journal found": the phrase was a complement; the subject is the noun before the participle.
    if (first - 2 >= from && PREPOSITIONS.has(lower(t.word(first - 1)!)) && t.word(first - 2)!.kind === 'word' && !isCap(t.word(first - 2)!) && lower(t.word(first - 2)!).endsWith('ed')) {
      const outer = this.subjectNp(first - 1, from);
      if (outer) return outer;
    }
    // "some businesses along the route said": a place after a preposition belongs to the subject before it.
    if (first - 2 >= from && PLACE_PREPOSITIONS.has(lower(t.word(first - 1)!)) && t.word(first - 2)!.kind === 'word' && !isCap(t.word(first - 2)!) && (t.word(first - 2)!.figure & COUNT_NOUN) !== 0) {
      const outer = this.subjectNp(first - 1, from);
      if (outer) return { first: outer.first, end: lastContent + 1 };
    }
    // "A poll released Monday by Marist College showed": the same, with no preposition after the participle.
    if (first - 2 >= from && t.word(first - 1)!.kind === 'word' && !isCap(t.word(first - 1)!) && lower(t.word(first - 1)!).endsWith('ed') && this.byWithin(first, lastContent)) {
      const outer = this.subjectNp(first - 1, from);
      if (outer) return outer;
    }
    const head = lower(t.word(lastContent)!);
    if (NOT_SOURCES.has(head)) return null;
    // A lone "it" or "there" sources a figure only when "it" stands for someone (eligible): that depends
    // on the entities, and a scan depends on the sentence's words alone (it is reused across versions).
    return { first, end: lastContent + 1 };
  }

  /** Whether a relative word ("which", "that", "who") stands at most three tokens before token i. */
  private relativeWithin(i: number, from: number): boolean {
    for (let k = i - 1; k >= from && k >= i - 3; k--) if (RELATIVE_WORDS.has(lower(this.tokens.word(k)!))) return true;
    return false;
  }

  /** Whether "by" stands among tokens [from, to]: the agent of a participle before them. */
  private byWithin(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (lower(this.tokens.word(k)!) === 'by') return true;
    return false;
  }

  /** Steps back over auxiliaries, adverbs and time adjuncts ("has previously", "in late August", "on Monday") before a verb. */
  private skipAdjuncts(k: number, from: number): number {
    const t = this.tokens;
    for (;;) {
      while (k >= from && t.word(k)!.kind === 'word' && (SUBJECT_SKIP.has(lower(t.word(k)!)) || (endsLikeAdverb(lower(t.word(k)!)) && lower(t.word(k)!).length > 4 && !isCap(t.word(k)!)))) k--;
      if (k < from) return k;
      const w = lower(t.word(k)!);
      const timeWord = MONTHS.has(w) || WEEKDAYS.has(w) || TIME_WORDS.has(w) || TIME_UNITS.has(w) || (t.word(k)!.kind === 'number' && t.word(k)!.text.length === 4);
      if (!timeWord) return k;
      let j = k - 1;
      // "in late August", "over the past two weeks", "last year"
      while (j >= from && (TIME_MODIFIERS.has(lower(t.word(j)!)) || t.word(j)!.kind === 'number' || isNumberWord(lower(t.word(j)!)))) j--;
      if (j >= from && ['in', 'on', 'at', 'since', 'during', 'by', 'over', 'for', 'within', 'throughout'].includes(lower(t.word(j)!))) k = j - 1;
      else if (TIME_UNITS.has(w) && !TIME_WORDS.has(w)) return k; // "two weeks" without a preposition is a noun phrase of its own
      // "A Gallup poll Tuesday showed": a bare weekday before the verb says when, as "on Tuesday" does.
      else if (j < k - 1 || TIME_WORDS.has(w) || WEEKDAYS.has(w)) k = j;
      else return k;
    }
  }

  /** A pronoun subject resolved through the entities' mentions ("he" -> Wang Wenbin), or null. */
  private resolvePronoun(np: Range): string | null {
    if (np.end - np.first !== 1) return null;
    const tok = this.tokens.at(np.first)!;
    if (!PRONOUNS.has(lower(tok))) return null;
    // Built at the first pronoun subject: most documents have a few, and most texts none.
    this.mentionStarts ??= new MentionStarts(this.entityList);
    return this.mentionStarts.entityAt(tok.start)?.name ?? null;
  }

  private npText(np: Range): string {
    const span = this.npSpan(np);
    return this.article.text.slice(span.start, span.end);
  }

  private npSpan(np: Range): Span {
    return { start: this.tokens.start(np.first), end: this.tokens.end(np.end - 1) };
  }
}

/** People named in full by the last word of their name, the latest named last: for speaker labels ("Dubois:"). */
function surnameIndex(entities: readonly Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const e of entities) if (e.kind === 'person' && e.name.includes(' ')) out.set(e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase(), e);
  return out;
}

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['taken', 'given', 'written', 'chosen', 'drawn', 'shown', 'seen', 'known', 'done', 'made', 'held', 'sent', 'spent', 'built']);

/** "published", "taken": a past participle that can follow the noun it describes. */
function isParticiple(w: string): boolean {
  return w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
}

/** "US", "UN", "IT": capitals are a name even where the lower-case word is a function word. */
export function isAcronym(t: TokenWord): boolean {
  return t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

function isCap(t: TokenWord): boolean {
  return t.text[0] !== t.text[0]!.toLowerCase();
}

/** Whether tokens [from, to) are a personal name: two to five words, all capitalised (an honorific's period allowed). */
function isNameRun(t: TokenList, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 6) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const w = t.word(k)!;
    if (w.kind === 'word') {
      if (!isCap(w)) return false;
      words++;
    } else if (w.text !== '.') return false;
  }
  return words >= 2;
}

/** A lower-case word that can be (part of) a noun: no number, no capital, no function word. */
function isPlainNoun(tok: TokenWord): boolean {
  return tok.kind === 'word' && !isCap(tok) && !STOP_WORDS.has(lower(tok)) && /^\p{Ll}+$/u.test(tok.text);
}
