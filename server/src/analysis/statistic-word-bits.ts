// Which statistics word lists hold a word, as bits: worked out once per distinct word (word-features.ts)
// and read from each token's `figure`, so the scan of a number tests bits instead of some thirty sets.

import type { TokenKind } from './types';
import {
  AFTER_ARTICLE, AGE_WORDS, CASUALTY_AUXILIARIES, CASUALTY_NOUNS, CASUALTY_VERBS, CHANGE_NOUNS, CHANGE_VERBS, CLOCK_WORDS,
  CURRENCY_SYMBOL_PREFIXES, isAsciiAcronym, isCountNounText, isNumberWord, CURRENCY_WORDS, ERA_WORDS, FEW_WORDS, FRACTION_ARTICLES, FRACTIONS, IRREGULAR_PLURALS,
  KNOWN_SET_ADJECTIVES, KNOWN_SET_DETERMINERS, LABEL_WORDS, MONTHS, MULTIPLIER_VERBS, MULTIPLIER_WORDS, NUMBER_WORDS,
  QUANTITY_LINKS, RATE_WORDS, SCALE_WORDS, SOURCE_VERBS, STOP_WORDS, TIME_UNITS, UNITS, UNITS_BEFORE_NUMBER, VAGUE_MAGNITUDES,
} from './statistic-words';

// Each bit but COUNT_NOUN, NUMBER_WORD and AFTER_ARTICLE_WORD says that the lower case is in the list of that name.
export const MONTH = 1 << 0;
/** CLOCK_WORDS or ERA_WORDS: "a.m.", "GMT", "BC". */
export const CLOCK_OR_ERA = 1 << 1;
export const AGE_WORD = 1 << 2;
export const LABEL_WORD = 1 << 3;
export const STOP_WORD = 1 << 4;
export const IRREGULAR_PLURAL = 1 << 5;
export const CASUALTY_NOUN = 1 << 6;
export const CASUALTY_VERB = 1 << 7;
export const CASUALTY_AUXILIARY = 1 << 8;
export const CURRENCY_WORD = 1 << 9;
/** A key of UNITS. */
export const UNIT = 1 << 10;
export const TIME_UNIT = 1 << 11;
export const KNOWN_SET_DETERMINER = 1 << 12;
export const KNOWN_SET_ADJECTIVE = 1 << 13;
/** A key of SOURCE_VERBS. */
export const SOURCE_VERB = 1 << 14;
export const QUANTITY_LINK = 1 << 15;
export const CHANGE_VERB = 1 << 16;
export const CHANGE_NOUN = 1 << 17;
export const RATE_WORD = 1 << 18;
export const FRACTION_ARTICLE = 1 << 19;
export const FEW_WORD = 1 << 20;
export const MULTIPLIER_WORD = 1 << 21;
export const MULTIPLIER_VERB = 1 << 22;
export const CURRENCY_SYMBOL_PREFIX = 1 << 23;
export const UNIT_BEFORE_NUMBER = 1 << 24;
/** A key of FRACTIONS. */
export const FRACTION = 1 << 25;
/** A word token that looks plural ("refugees", "people"): statistic-words' isCountNounText. */
export const COUNT_NOUN = 1 << 26;
/** isNumberWord holds: a spelled number ("three", "twenty-five"). */
export const NUMBER_WORD = 1 << 27;
/** A key of SCALE_WORDS. */
export const SCALE_WORD = 1 << 28;
/** A key of VAGUE_MAGNITUDES. */
export const VAGUE_MAGNITUDE = 1 << 29;
/** The exact text (not its lower case) is in AFTER_ARTICLE: "million", "Dozen", "THIRD". */
export const AFTER_ARTICLE_WORD = 1 << 30;

/** Per lower case in any of the lists, its list bits: one look-up per new word instead of one per list. */
const LIST_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(MONTHS, MONTH);
  add(CLOCK_WORDS, CLOCK_OR_ERA);
  add(ERA_WORDS, CLOCK_OR_ERA);
  add(AGE_WORDS, AGE_WORD);
  add(LABEL_WORDS, LABEL_WORD);
  add(STOP_WORDS, STOP_WORD);
  add(IRREGULAR_PLURALS, IRREGULAR_PLURAL);
  add(CASUALTY_NOUNS, CASUALTY_NOUN);
  add(CASUALTY_VERBS, CASUALTY_VERB);
  add(CASUALTY_AUXILIARIES, CASUALTY_AUXILIARY);
  add(CURRENCY_WORDS, CURRENCY_WORD);
  add(UNITS.keys(), UNIT);
  add(TIME_UNITS, TIME_UNIT);
  add(KNOWN_SET_DETERMINERS, KNOWN_SET_DETERMINER);
  add(KNOWN_SET_ADJECTIVES, KNOWN_SET_ADJECTIVE);
  add(SOURCE_VERBS.keys(), SOURCE_VERB);
  add(QUANTITY_LINKS, QUANTITY_LINK);
  add(CHANGE_VERBS, CHANGE_VERB);
  add(CHANGE_NOUNS, CHANGE_NOUN);
  add(RATE_WORDS, RATE_WORD);
  add(FRACTION_ARTICLES, FRACTION_ARTICLE);
  add(FEW_WORDS, FEW_WORD);
  add(MULTIPLIER_WORDS, MULTIPLIER_WORD);
  add(MULTIPLIER_VERBS, MULTIPLIER_VERB);
  add(CURRENCY_SYMBOL_PREFIXES, CURRENCY_SYMBOL_PREFIX);
  add(UNITS_BEFORE_NUMBER, UNIT_BEFORE_NUMBER);
  add(FRACTIONS.keys(), FRACTION);
  add(SCALE_WORDS.keys(), SCALE_WORD);
  add(VAGUE_MAGNITUDES.keys(), VAGUE_MAGNITUDE);
  // Listed with no bit of their own, so that a word missing from the table needs no further look-up:
  // the spelled numbers, and the words after "a" in lower case (AFTER_ARTICLE holds three casings).
  add(NUMBER_WORDS.keys(), 0);
  add([...AFTER_ARTICLE].map((w) => w.toLowerCase()), 0);
  return bits;
})();

/** The bits of a token of this text, lower case and kind. */
export function statisticWordBits(text: string, lower: string, kind: TokenKind): number {
  // A few lists hold symbols ("°" is a unit): every kind is looked up, as the scan looks up every kind.
  // Most new words of a text (names, above all) are in no list: one look-up answers for them.
  const listed = LIST_BITS.get(lower);
  let bits = listed ?? 0;
  // An acronym in capitals ending in S ("NHS", "IRS") is a name before the noun counted, no plural.
  if (kind === 'word' && isCountNounText(lower) && !isAsciiAcronym(text)) bits |= COUNT_NOUN;
  // A spelled number is listed, or two listed ones joined by a hyphen ("twenty-five").
  if ((listed !== undefined || lower.includes('-')) && isNumberWord(lower)) bits |= NUMBER_WORD;
  if (listed !== undefined && AFTER_ARTICLE.has(text)) bits |= AFTER_ARTICLE_WORD;
  return bits;
}
