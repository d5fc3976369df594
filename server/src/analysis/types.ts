// The data model every analysis produces and every feature reads.
// Offsets are UTF-16 code units into the exact document text, half-open [start, end).

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** What a token's text says, shared by every token of the same text: everything but its place. */
export interface TokenWord {
  readonly kind: TokenKind;
  readonly text: string;
  /** `text.toLowerCase()`, made once per distinct word: what word-list look-ups compare. */
  readonly lower: string;
  /** `lower` with curly apostrophes straightened, and without a possessive "'s" (see word-features.ts). */
  readonly folded: string;
  readonly stem: string;
  /** What the word lists say about the word, as bits (word-features.ts). */
  readonly features: number;
  /** Which statistics word lists hold the word, as bits (statistic-word-bits.ts). */
  readonly figure: number;
}

export interface Token extends Span, TokenWord {}

/**
 * An Article's tokens, read by index. They are stored flat (offsets and word numbers in typed
 * arrays): `word(i)`, `start(i)` and `end(i)` read them without making anything; `at(i)` makes a
 * token. Compare tokens by index or offset, never by identity.
 */
export interface TokenList {
  readonly length: number;
  /** The token at index i, or undefined outside [0, length): unlike an array's `at`, never from the end. */
  at(index: number): Token | undefined;
  /** The word of token i (shared by every token of the same text), or undefined outside [0, length). */
  word(index: number): TokenWord | undefined;
  /** Where token i starts and ends; i must be in [0, length). */
  start(index: number): number;
  end(index: number): number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** Index of the first and one past the last token of this sentence in Article.tokens. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  /** Index of the first and one past the last sentence of this paragraph in Article.sentences. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** The text split once into paragraphs, sentences and tokens; every analysis reads this. */
export interface Article {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: TokenList;
  /**
   * tokenFeatures[i] is tokens[i].features (kind and word-list bits, word-features.ts) in one flat array:
   * the scans that visit every token test it here and read the token object only where a bit matches.
   */
  readonly tokenFeatures: Int32Array;
  /** The headline: a short first paragraph without final punctuation, when the article has one. */
  readonly headline: Span | null;
}

export type EntityKind = 'person' | 'group' | 'institution';
export type Gender = 'male' | 'female' | 'unknown';

export type MentionKind =
  | 'name' // "Wang Wenbin", "NATO"
  | 'surname' // "Wang" after "Wang Wenbin"
  | 'pronoun' // "he", "they"
  | 'title' // "the spokesperson", "the official"
  | 'group'; // "US officials"

export interface Mention extends Span {
  readonly kind: MentionKind;
  readonly text: string;
}

/** A source: a person, group or institution, with every place the article mentions it. */
export interface Entity {
  readonly id: number;
  /** The name as fully as the article gives it ("Wang Wenbin", "US officials", "China's foreign ministry"). */
  readonly name: string;
  /** Title or role as the article gives it ("foreign ministry spokesman"), when any. */
  readonly title: string | null;
  /** Title, name and party as the article introduces them ("Rep. Gwen Moore (D-Wis.)"): what reports show. */
  readonly fullName: string;
  readonly organisation: string | null;
  readonly kind: EntityKind;
  readonly gender: Gender;
  /** Ordered by offset. The first is where the article introduces the entity. */
  readonly mentions: readonly Mention[];
}

export type AttributionRule =
  | 'adjacent-cue' // "…," Lin said / said Lin / Lin said: "…"
  | 'cue-in-sentence' // Stoltenberg accused China of "…"
  | 'according-to' // according to X
  | 'pronoun' // "…," he said -> nearest compatible earlier entity
  | 'bare-title' // "…," the official said -> earlier entity with that title
  | 'surname' // "…," Wang said -> Wang Wenbin
  | 'continuation' // quote-only paragraph after a quote of one speaker
  | 'preceding-subject' // Senator Lee was furious. "…" -> the subject of the sentence before, in the paragraph
  | 'colon-intro' // Lin said: / stating, "…"
  | 'headline-subject' // China calls NATO claims 'disinformation'
  | 'headline-echo' // a headline quote whose words the body quotes again, with their speaker
  | 'passive-echo' // "Beijing was accused of …" after "They accused Beijing of …": the earlier subject
  | 'following-credit'; // “…” That was the message from Rick Evans. -> the source the next sentence names

export interface AttributionReason {
  readonly rule: AttributionRule;
  /** Human-readable, one line: why this speaker ("pronoun `he` -> nearest earlier person, Wang Wenbin"). */
  readonly explanation: string;
  /** The spans the rule relied on: the cue, the mention, the antecedent. */
  readonly evidence: readonly Span[];
}

export interface Cue extends Span {
  /** The cue as written: "said", "told reporters", "according to". */
  readonly text: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  readonly id: number;
  readonly kind: QuoteKind;
  /** The text of the span, marks included. */
  readonly text: string;
  /** The span inside the marks. */
  readonly inner: Span;
  /**
   * The marked parts, marks included: the whole span, or several parts when the attribution
   * interrupts the quotation (“A,” she said. “B.”). quotedParts gives the words inside them.
   */
  readonly parts: readonly Span[];
  /** Entity id in Analysis.entities, or null when the article names no source. */
  readonly speaker: number | null;
  /** The mention in the text that the cue points at (a name, a pronoun, a title). */
  readonly speakerMention: Mention | null;
  readonly cue: Cue | null;
  readonly reason: AttributionReason | null;
}

export type StatisticKind = 'percentage' | 'money' | 'count' | 'measurement' | 'change';

export interface Statistic extends Span {
  readonly text: string;
  readonly kind: StatisticKind;
  readonly attributed: boolean;
  /** The source's text ("UN figures", "The US"), null when unattributed. */
  readonly source: string | null;
  readonly sourceSpan: Span | null;
  /** Why it counts as attributed (or not): one line for hover. */
  readonly explanation: string;
}

export type ClaimKind = 'accusation' | 'denial' | 'demand' | 'warning' | 'assertion' | 'estimate';

export interface Claim extends Span {
  readonly id: number;
  readonly text: string;
  readonly kind: ClaimKind;
  /** Entity id, or null when the claimant cannot be resolved. */
  readonly claimant: number | null;
  readonly cue: Cue;
  readonly target: string | null;
  readonly targetSpan: Span | null;
}

export type BoilerplateRule =
  | 'donation-appeal'
  | 'subscription-appeal'
  | 'social-follow'
  | 'share-prompt'
  | 'cookie-notice'
  | 'paywall-notice'
  | 'copyright-notice'
  | 'navigation'
  | 'release-footer'
  | 'photo-credit';

export interface Boilerplate extends Span {
  readonly text: string;
  readonly rule: BoilerplateRule;
}

/** A `<!-- sourced-disable … -->` comment: turns rules off for a file, a line or the next line. */
export interface Suppression extends Span {
  /** Rule names as written ("unattributedStatistic"); empty means every rule. */
  readonly rules: readonly string[];
  readonly scope: 'file' | 'line' | 'next-line';
  /** The text range the directive governs: the whole text, its own line, or the next line. */
  readonly governs: Span;
}

/** One immutable analysis of one version of one text. */
export interface Analysis {
  readonly text: string;
  readonly article: Article;
  readonly headline: Span | null;
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly statistics: readonly Statistic[];
  readonly claims: readonly Claim[];
  readonly boilerplate: readonly Boilerplate[];
  readonly suppressions: readonly Suppression[];
  /** Set when the analysis stopped early (text too large, internal error); the fields hold what was found. */
  readonly incomplete: string | null;
}

export interface AnalysisOptions {
  /** Extra reporting verbs (base forms or inflected), treated as literals. */
  readonly extraReportingVerbs?: readonly string[];
  /** Names never taken as speakers. */
  readonly ignoredNames?: readonly string[];
  /** Known aliases: alias -> canonical name. */
  readonly speakerAliases?: Readonly<Record<string, string>>;
}
