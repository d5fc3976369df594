// The word lists statistics detection and attribution read, loaded once from data/statistic-*.json.
// Kept apart from lexicon.ts (the lead's shared lists) so the statistics vocabulary can grow on its own.

import words from './data/statistic-words.json';
import sources from './data/statistic-sources.json';
import { PhraseSet } from './phrases';
import { REPORTING_VERBS, VERB_CLASSES } from './lexicon';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
const numMap = (rec: Readonly<Record<string, number>>): ReadonlyMap<string, number> => new Map(Object.entries(rec));

export const NUMBER_WORDS = numMap(words.numberWords);
export const SCALE_WORDS = numMap(words.scaleWords);
export const SCALE_ABBREVIATIONS = numMap(words.scaleAbbreviations);
export const SCALE_ABBREVIATIONS_NEED_MONEY = set(words.scaleAbbreviationsNeedMoney);
export const VAGUE_MAGNITUDES = numMap(words.vagueMagnitudes);
export const VAGUE_NEED_OF = set(words.vagueNeedOf);
export const FEW_WORDS = set(words.fewWords);
export const FRACTIONS = numMap(words.fractions);
export const FRACTION_ARTICLES = set(words.fractionArticles);
export const QUALIFIERS = new PhraseSet(words.qualifiers);
export const DURATION_QUALIFIERS = new PhraseSet(words.durationQualifiers);
export const DURATION_VERBS = set(words.durationVerbs);
export const DURATION_AFTER = set(words.durationAfter);
export const TALLY_BEFORE = set(words.tallyBefore);
export const TALLY_AFTER = set(words.tallyAfter);
export const SCORING_NOUNS = set(words.scoringNouns);
export const PERCENT_WORDS = new PhraseSet(words.percentWords);
export const CURRENCY_SYMBOLS = set(words.currencySymbols);
export const CURRENCY_SYMBOL_PREFIXES = set(words.currencySymbolPrefixes);
export const CURRENCY_CODES = set(words.currencyCodes);
/** Currencies written as letters before the amount, as written: "Rs", "KSh", "R". */
export const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set(words.currencyAbbreviations);
export const CURRENCY_WORDS = set(words.currencyWords);
/** Unit word -> its dimension ("distance", "mass", ...). */
export const UNITS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [dim, list] of Object.entries(words.units)) for (const u of list) m.set(u.toLowerCase(), dim);
  return m;
})();
export const UNITS_BEFORE_NUMBER = set(words.unitsBeforeNumber);
export const AMBIGUOUS_UNITS = set(words.ambiguousUnits);
export const TIME_UNITS = set(words.timeUnits);
export const MONTHS = set(words.months);
export const YEAR_NOUNS = set(words.yearNouns);
export const TIME_WORDS = set(words.timeWords);
export const WEEKDAYS = set(words.weekdays);
export const CLOCK_WORDS = set(words.clockWords);
export const ERA_WORDS = set(words.eraWords);
export const AGE_WORDS = set(words.ageWords);
export const AGE_COMPOUNDS = set(words.ageCompounds);
export const ORDINAL_SUFFIXES = set(words.ordinalSuffixes);
export const LABEL_WORDS = set(words.labelWords);
export const KNOWN_SET_DETERMINERS = set(words.knownSetDeterminers);
export const KNOWN_SET_ADJECTIVES = set(words.knownSetAdjectives);
export const IRREGULAR_PLURALS = set(words.irregularPlurals);
/** Plurals that are also verb forms, counted right after a number: "200 lives", "61 votes". */
export const PLURALS_AFTER_NUMBER = set(words.pluralsAfterNumber);
export const NOT_PLURAL = set(words.notPlural);
export const CASUALTY_NOUNS = set(words.casualtyNouns);
export const CASUALTY_VERBS = set(words.casualtyVerbs);
export const CASUALTY_AUXILIARIES = set(words.casualtyAuxiliaries);
export const QUANTITY_NOUNS = set(words.quantityNouns);
export const QUANTITY_LINKS = set(words.quantityLinks);
export const CHANGE_VERBS = set(words.changeVerbs);
export const CHANGE_NOUNS = set(words.changeNouns);
export const MULTIPLIER_VERBS = set(words.multiplierVerbs);
export const MULTIPLIER_WORDS = set(words.multiplierWords);
export const COMPARISON_WORDS = set(words.comparisonWords);
/** What a multiple is of, after "times" ("8.3 times average annual earnings"). */
export const RATIO_BASES = set(words.ratioBases);
export const RATE_WORDS = set(words.rateWords);
export const STOP_WORDS = set(words.stopWords);

export const SOURCE_NOUNS = new PhraseSet(sources.sourceNouns);
/**
 * The lower-case first word of each source noun, read without the tokenizer (word features are made
 * while it loads): SOURCE_NOUNS.firstWords() once built, as long as each entry opens with a plain word.
 */
export const SOURCE_NOUN_FIRST_WORDS: ReadonlySet<string> = new Set(sources.sourceNouns.map((n) => n.toLowerCase().split(' ')[0]!));
export const SOURCE_NOUNS_NEED_MARKER = set(sources.sourceNounsNeedMarker);
export const SOURCE_MARKERS = set(sources.sourceMarkers);
export const AMBIGUOUS_VERB_FORMS = set(sources.ambiguousVerbForms);
export const NOUN_DETERMINERS = set(sources.nounDeterminers);
export const SUBJECT_SKIP = set(sources.subjectSkip);
export const RELATIVE_WORDS = set(sources.relativeWords);
export const SUBJECT_NP_WORDS = set(sources.subjectNpWords);
export const PRONOUNS = set(sources.pronouns);
export const REFER_BACK_WORDS = set(sources.referBackWords);
export const REFER_BACK_NOUNS = set(sources.referBackNouns);
export const NOT_SOURCES = set(sources.notSources);
export const GROUNDING_VERBS = set(sources.groundingVerbs);

/** Verb form -> lemma, for every verb that can give a statistic its source: the shared reporting verbs plus data verbs. */
export const SOURCE_VERBS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  // Not "shot", "fired", "hit": they report only with "back" ("hit back that …"), which no figure's source
  // needs; nor "apologised", "thanked", "praised": what they are for is the reporter's figure.
  for (const [form, verb] of REPORTING_VERBS) if (!VERB_CLASSES.withBack.has(verb.lemma) && !VERB_CLASSES.noFigures.has(verb.lemma)) m.set(form, verb.lemma);
  for (const form of sources.dataVerbs) if (!m.has(form)) m.set(form, dataLemma(form));
  return m;
})();

/** Lemmas that attribute only when a clause, not a bare quantity, follows them. */
export const VERBS_NOT_WITH_NUMBER_OBJECT = set(sources.verbsNotWithNumberObject);

function dataLemma(form: string): string {
  // The data verbs are listed by form; a rough lemma is enough to look them up in VERBS_NOT_WITH_NUMBER_OBJECT.
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (form.endsWith(suffix) && form.length > suffix.length + 2) {
      const stem = form.slice(0, -suffix.length);
      if (sources.dataVerbs.includes(stem)) return stem;
      if (sources.dataVerbs.includes(stem + 'e')) return stem + 'e';
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && sources.dataVerbs.includes(stem.slice(0, -1))) return stem.slice(0, -1);
      if (stem.endsWith('i') && sources.dataVerbs.includes(stem.slice(0, -1) + 'y')) return stem.slice(0, -1) + 'y';
    }
  }
  return form;
}

/** The value of a spelled number ("three", "twenty-five"), or undefined. */
export function numberWordValue(w: string): number | undefined {
  const v = NUMBER_WORDS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    // "twenty-five": tens then units.
    const tens = NUMBER_WORDS.get(w.slice(0, dash));
    const units = NUMBER_WORDS.get(w.slice(dash + 1));
    if (tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10) return tens + units;
  }
  return undefined;
}

/** A spelled number: "three", "twenty-five". */
export function isNumberWord(w: string): boolean {
  return numberWordValue(w) !== undefined;
}

/**
 * Whether a word, by its lower case, looks like a plural noun ("refugees", "people") that a number can
 * count. Read from a word token's COUNT_NOUN bit (statistic-word-bits.ts), worked out with this.
 */
export function isCountNounText(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w) || CASUALTY_NOUNS.has(w)) return true;
  if (w.length < 3 || !w.endsWith('s') || NOT_PLURAL.has(w)) return false;
  if (w.endsWith("'s") || w.endsWith('\u2019s') || w.endsWith('ss') || w.endsWith('us')) return false;
  return !(w.endsWith('is') && w.length > 4 && !w.endsWith('ais'));
}


/** Every word that can open a statistic, as written (lower case, Capitalised, UPPER); other words are skipped at once. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...casings([
    ...NUMBER_WORDS.keys(), ...VAGUE_MAGNITUDES.keys(), ...FEW_WORDS, ...FRACTION_ARTICLES, ...FRACTIONS.keys(),
    ...CURRENCY_CODES, ...CURRENCY_SYMBOL_PREFIXES, ...MULTIPLIER_VERBS, ...MULTIPLIER_WORDS, ...UNITS_BEFORE_NUMBER, 'a', 'an',
  ]),
  // As written: "KSh" is in no casing of its lower case.
  ...CURRENCY_ABBREVIATIONS,
]);

/** Words after "a"/"an" that make a quantity: "a million", "a dozen", "a third", "a few thousand". */
export const AFTER_ARTICLE: ReadonlySet<string> = casings([...SCALE_WORDS.keys(), 'dozen', ...FRACTIONS.keys(), ...FEW_WORDS]);

/** Each word in lower case, Capitalised and UPPER. */
function casings(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const lw = w.toLowerCase();
    out.add(lw);
    out.add(lw.charAt(0).toUpperCase() + lw.slice(1));
    out.add(lw.toUpperCase());
  }
  return out;
}

/** Two or more capitals A to Z and nothing else: what /^[A-Z]{2,}$/ matches, read by code (it runs for every one-word name and every new word). */
export function isAsciiAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
