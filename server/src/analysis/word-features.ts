// What the word lists say about one distinct word (capitalised, a role, a group noun, an honorific…),
// worked out once per word of a text by the vocabulary, so the analyses test a bit instead of a string.

import type { TokenKind } from './types';
import { FIRST_PERSON_CONTRACTIONS, forenames, isForename, isReportingForm, GROUP_NOUNS, HONORIFICS, INSTITUTION_NOUNS, REPORTING_VERBS, ROLE_HEADS, ROLE_STARTS, SUBJECT_PRONOUNS, TITLE_ABBREVIATIONS } from './lexicon';
import { SOURCE_NOUN_FIRST_WORDS, SOURCE_VERBS, TRIGGER_WORDS } from './statistic-words';
import fw from './data/function-words.json';
import { BOILERPLATE_OPENERS, runTogetherLabel } from './boilerplate-words';
import { statisticWordBits } from './statistic-word-bits';

export const CAPITALISED = 1;
export const POSSESSIVE = 2;
export const ROLE = 4;
export const GROUP = 8;
export const INSTITUTION = 16;
export const HONORIFIC = 32;
export const TEMPORAL = 64;
/** The token kind, as one bit each, so a scan can test kind and features in one read. */
export const WORD_KIND = 128;
export const NUMBER_KIND = 256;
export const QUOTE_KIND = 512;
export const PUNCT_KIND = 1024;
export const SYMBOL_KIND = 2048;
/** The exact text may open a statistic ("three", "dozens", "doubled", "a"): statistic-words' TRIGGER_WORDS. */
export const STATISTIC_TRIGGER = 4096;
/** The text holds a hyphen ("two-thirds", "40-km"). */
export const HYPHENATED = 8192;
/**
 * The lower case is a form of a built-in reporting verb, or "according" / "words" (of "according to",
 * "in the words of"): the only words where a cue can be. User-added verbs are not in it.
 */
export const CUE_WORD = 16384;
/** A lowercase word that can describe a person before a name ("farmer", "longtime pollster"): source-phrases' descriptors. */
export const DESCRIPTOR = 32768;
/** A capitalised word that could only be part of a plain name: no title, role, possessive or function word. */
export const PLAIN_NAME = 65536;
/** A known forename, of either gender (forenames.json). */
export const FORENAME = 131072;
/** A determiner (function-words.json): "the", "a", "his", "some". */
export const DETERMINER = 262144;
/** A word makePhrase strips from a phrase's left edge: a determiner, a sentence opener or a connector. */
export const PHRASE_EDGE = 524288;
/** The first word of a role of several words ("foreign" of "foreign minister"): lexicon's ROLE_STARTS, by stem. */
export const ROLE_START = 1048576;
/**
 * A word that keeps a period right after it ("Mr" of "Mr.", initials "G.K" of "G.K."): a title
 * abbreviation or capital initials. The tokenizer reads it when a word meets a period, instead of
 * testing the word's text at every sentence end.
 */
export const TAKES_DOT = 2097152;
/**
 * The lower case can open a statistic's source cue: a source verb ("said", "estimated"), "according",
 * "citing", "quoting", "per", or the first word of a source noun ("survey", "exit" of "exit poll").
 * statistic-sources' sentence scan reads only these words.
 */
export const FIGURE_SOURCE_WORD = 4194304;

// Function-word classes as bits, so the phrase walks (source-phrases.ts) read the flat token features
// instead of loading each token's word and looking its text up in a set.
/** A subject pronoun (lexicon's SUBJECT_PRONOUNS): "he", "she", "they", "it", "i", "we". */
export const SUBJECT_PRONOUN = 1 << 23;
/** A lowercase particle inside a personal name, as written: "de", "von", "bin". */
export const NAME_PARTICLE = 1 << 24;
/** Lowercase ASCII letters and hyphens, starting with a letter (as /^[a-z][a-z-]*$/): "farmer", "long-time". */
export const LOWER_ALPHA = 1 << 25;
/** A noun-phrase connector: "of", "for", "to", "at". */
export const CONNECTOR = 1 << 26;
/** An auxiliary (function-words.json): "has", "was", "will". */
export const AUXILIARY = 1 << 27;
/** An adverb (function-words.json): "also", "then", "later". */
export const ADVERB = 1 << 28;
/** A word that opens a sentence without being a name (function-words.json): "but", "however". */
export const SENTENCE_OPENER = 1 << 29;
/**
 * A token the page-furniture rules may read (boilerplate-words.ts): it could open one of their
 * phrases, is an appeal, person, interface or social word, or is two interface labels run together.
 * A line with none is no boilerplate.
 */
export const BOILERPLATE_WORD = 1 << 30;
/** A mark that may end a sentence: ".", "!", "?" or "…" (the sign bit: splitSentences skips every other token by it). */
export const SENTENCE_END = 1 << 31;

// Function-word classes that the phrase rules (source-phrases.ts) read, and the bits above are made of.
export const DETERMINERS: ReadonlySet<string> = new Set(fw.determiners);
export const AUXILIARIES: ReadonlySet<string> = new Set(fw.auxiliaries);
export const ADVERBS: ReadonlySet<string> = new Set(fw.adverbs);
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(fw.sentenceOpeners);
/** Prepositions ("of", "with", "from", …): what may carry a description on after its noun, or open a phrase after a heading. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(fw.prepositions);
/** Prepositions that join a noun phrase to what it names ("Secretary of State", "spokesperson for Beijing", "the woman behind the campaign"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'behind']);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(fw.nameParticles);

/** Per function word (folded), its class bits: one look-up per new word instead of one per class. */
const FUNCTION_WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(DETERMINERS, DETERMINER | PHRASE_EDGE);
  add(SENTENCE_OPENERS, SENTENCE_OPENER | PHRASE_EDGE);
  add(CONNECTORS, CONNECTOR | PHRASE_EDGE);
  add(AUXILIARIES, AUXILIARY);
  add(ADVERBS, ADVERB);
  add(SUBJECT_PRONOUNS.keys(), SUBJECT_PRONOUN);
  add(FIRST_PERSON_CONTRACTIONS, SUBJECT_PRONOUN);
  return bits;
})();

const KIND_BITS: Readonly<Record<TokenKind, number>> = { word: WORD_KIND, number: NUMBER_KIND, quote: QUOTE_KIND, punct: PUNCT_KIND, symbol: SYMBOL_KIND };

export const TEMPORAL_NOUNS: ReadonlySet<string> = new Set(fw.temporalNouns);

/** Arabic names keep a lowercase article: al-Amr, el-Sisi, bin-Salman. */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|bin|ibn|abu|abd)-\p{Lu}/u;

export interface WordFeatures {
  /** Lower case with curly apostrophes folded to straight ones: what the word lists are keyed by. */
  readonly folded: string;
  /** `folded` without a possessive "'s". */
  readonly stem: string;
  /** The bits above. */
  readonly features: number;
  /** Which statistics word lists hold the word, as bits (statistic-word-bits.ts). */
  readonly figure: number;
}

/**
 * Every string a word list below is keyed by, in any of the forms wordFeatures looks up (the text,
 * lower case, folded or stem), and the words it compares with by hand. A word none of whose forms is
 * here is in none of the lists: most of a text's distinct words (names, content words) need none of
 * their look-ups. A list looked up in wordFeatures must be added here (test/word-features.test.ts).
 */
const LISTED_FORMS: ReadonlySet<string> = (() => {
  const listed = new Set<string>(['according', 'words', 'citing', 'quoting', 'per']);
  const add = (words: Iterable<string>): void => {
    for (const w of words) listed.add(w);
  };
  add(TRIGGER_WORDS);
  add(BOILERPLATE_OPENERS);
  add(TITLE_ABBREVIATIONS);
  add(HONORIFICS.keys());
  // HONORIFICS.has(folded + '.'): the folded word is the key without its period.
  for (const k of HONORIFICS.keys()) if (k.endsWith('.')) listed.add(k.slice(0, -1));
  add(REPORTING_VERBS.keys());
  add(SOURCE_VERBS.keys());
  add(SOURCE_NOUN_FIRST_WORDS);
  add(ROLE_HEADS);
  add(ROLE_STARTS);
  add(GROUP_NOUNS);
  add(INSTITUTION_NOUNS);
  add(TEMPORAL_NOUNS);
  add(FUNCTION_WORD_BITS.keys());
  add(forenames());
  add(NAME_PARTICLES);
  return listed;
})();

export function wordFeatures(text: string, lower: string, kind: TokenKind): WordFeatures {
  const folded = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
  const stem = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  let features = KIND_BITS[kind];
  const figure = statisticWordBits(text, lower, kind);
  // Whether any list can hold the word: each distinct form, once (they are mostly the same string).
  const listed = LISTED_FORMS.has(lower) || (text !== lower && LISTED_FORMS.has(text)) || (folded !== lower && LISTED_FORMS.has(folded)) || (stem !== folded && LISTED_FORMS.has(stem));
  if (listed && TRIGGER_WORDS.has(text)) features |= STATISTIC_TRIGGER;
  if ((listed && BOILERPLATE_OPENERS.has(lower)) || (kind === 'word' && runTogetherLabel(text))) features |= BOILERPLATE_WORD;
  const hyphenated = text.includes('-');
  if (hyphenated) features |= HYPHENATED;
  if (kind === 'punct' && (text === '.' || text === '!' || text === '?' || text === '…')) features |= SENTENCE_END;
  // Every word of the lists below starts with a letter: a number, mark or symbol is in none of them.
  // This runs once per distinct word of a text; a long text has thousands, numbers among the most.
  if (kind !== 'word') return { folded, stem, features, figure };
  if (takesDot(text, lower, listed)) features |= TAKES_DOT;
  if (startsUpper(text) || (hyphenated && NAME_PREFIX.test(text))) features |= CAPITALISED;
  if (endsPossessive(text)) features |= POSSESSIVE;
  if (listed) {
    if (HONORIFICS.has(folded) || (folded.length < LONGEST_DOTTED_HONORIFIC && HONORIFICS.has(folded + '.'))) features |= HONORIFIC;
    if (REPORTING_VERBS.has(lower) || lower === 'according' || lower === 'words' || lower === 'per') features |= CUE_WORD;
    if (SOURCE_VERBS.has(lower) || SOURCE_NOUN_FIRST_WORDS.has(lower) || lower === 'according' || lower === 'citing' || lower === 'quoting' || lower === 'per') features |= FIGURE_SOURCE_WORD;
    if (ROLE_HEADS.has(stem)) features |= ROLE;
    if (ROLE_STARTS.has(stem)) features |= ROLE_START;
    if (GROUP_NOUNS.has(folded)) features |= GROUP;
    if (INSTITUTION_NOUNS.has(stem)) features |= INSTITUTION;
    if (TEMPORAL_NOUNS.has(folded)) features |= TEMPORAL;
    features |= FUNCTION_WORD_BITS.get(folded) ?? 0;
  }
  if (isLowerAlpha(text)) features |= LOWER_ALPHA;
  if (isDescriptorWord(text, features)) features |= DESCRIPTOR;
  if (isPlainNameWord(features)) features |= PLAIN_NAME;
  if (listed && isForename(lower)) features |= FORENAME;
  if (listed && NAME_PARTICLES.has(text)) features |= NAME_PARTICLE;
  return { folded, stem, features, figure };
}

/** As /^[a-z][a-z-]*$/.test(text). */
function isLowerAlpha(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
}

const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

const LONGEST_TITLE_ABBREVIATION = Math.max(0, ...[...TITLE_ABBREVIATIONS].map((a) => a.length));

/** Capital initials ("G.K", "U.S") or a title abbreviation ("Sen", "Gov"): the period after it is part of the word. */
function takesDot(word: string, lower: string, listed: boolean): boolean {
  // Initials end in a capital, and lower-casing never shortens a word: a long word ending in a
  // lowercase letter can be neither.
  const last = word.charCodeAt(word.length - 1);
  if (word.length > LONGEST_TITLE_ABBREVIATION && last >= 97 && last <= 122) return false;
  return INITIALS.test(word) || (listed && TITLE_ABBREVIATIONS.has(lower));
}

/** The longest honorific written with its period ("Sen.", "Rev."): a longer word never is one without it. */
const LONGEST_DOTTED_HONORIFIC = Math.max(0, ...[...HONORIFICS.keys()].filter((k) => k.endsWith('.')).map((k) => k.length));

/** The first code unit changes when lower-cased (as text[0] !== text[0].toLowerCase()). */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text[0]!;
  return c !== c.toLowerCase();
}

/** Ends in 's or ’s, either case (as /['’]s$/i). */
function endsPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const s = text.charCodeAt(n - 1);
  const mark = text.charCodeAt(n - 2);
  // "Wang's", and a plural's "employers'" (the tokenizer keeps that mark only as a possessive).
  return ((s === 115 || s === 83) && (mark === 39 || mark === 0x2019)) || ((s === 39 || s === 0x2019) && (mark === 115 || mark === 83));
}

/** Nouns that end in -ly like an adverb: "the owner's family said". */
const NOUNS_IN_LY: ReadonlySet<string> = new Set(fw.nounsInLy);

/** Whether a lower-case word ends in -ly as an adverb does ("quickly"), not as "family" or "ally" do. */
export function endsLikeAdverb(w: string): boolean {
  return w.endsWith('ly') && !NOUNS_IN_LY.has(w);
}

/**
 * A lowercase content word: two or more lowercase letters (LOWER_ALPHA, so the text is its own lower
 * case), no function word, no adverb's -ly or participle's -ing. `features` are the word's bits.
 */
export function isLowerContentWord(w: string, features: number): boolean {
  if ((features & LOWER_ALPHA) === 0 || w.length < 2 || (features & (DETERMINER | AUXILIARY | CONNECTOR | SENTENCE_OPENER | ADVERB)) !== 0) return false;
  return !endsLikeAdverb(w) && !w.endsWith('ing');
}

/**
 * A lower-case plural noun no list reads as a function word, a verb of speech or a pronoun
 * ("surveyors", "tickets"): a content word of four letters or more ending in -s (not -ss, -us, -is).
 */
export function isPluralNoun(w: string, features: number): boolean {
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && isLowerContentWord(w, features) && (features & (CUE_WORD | PHRASE_EDGE | SUBJECT_PRONOUN)) === 0;
}

/**
 * A lowercase content word that is no -ed participle either: it may describe a person before a name.
 * No past or present form of a reporting verb: "likely voters said Mr. Trump" ends the voters at "said".
 */
function isDescriptorWord(w: string, features: number): boolean {
  return isLowerContentWord(w, features) && !w.endsWith('ed') && ((features & CUE_WORD) === 0 || !isReportingForm(w));
}

function isPlainNameWord(features: number): boolean {
  return (features & CAPITALISED) !== 0 && (features & (POSSESSIVE | ROLE | GROUP | INSTITUTION | HONORIFIC | DETERMINER | SENTENCE_OPENER | CONNECTOR | SUBJECT_PRONOUN)) === 0;
}
