// Reads one number expression from the token array: digits ("3.6", "1,400"), scales ("million", "bn"),
// spelled numbers ("twenty-five", "a dozen") and vague magnitudes ("thousands", "tens of thousands").

import type { TokenList } from './types';
import { lower } from './phrases';
import { numberWordValue, SCALE_ABBREVIATIONS, SCALE_ABBREVIATIONS_NEED_MONEY, SCALE_WORDS, VAGUE_MAGNITUDES, VAGUE_NEED_OF } from './statistic-words';
import { FEW_WORD, NUMBER_WORD, SCALE_WORD, STOP_WORD, VAGUE_MAGNITUDE } from './statistic-word-bits';

export type NumberForm = 'digits' | 'words' | 'vague';

export interface NumberRead {
  /** First token of the expression and one past its last. */
  readonly first: number;
  readonly end: number;
  readonly value: number;
  readonly form: NumberForm;
  /** A scale word or abbreviation was read ("3.6 million", "€20m"). */
  readonly scaled: boolean;
  /** The digits carried a thousands separator ("1,400"). */
  readonly grouped: boolean;
  /** A vague word that counts only when "of" follows ("scores of"). */
  readonly needsOf: boolean;
}

/** "1,400" -> 1400, "3.6" -> 3.6; a dot followed by exactly three digits more than once is a thousands separator ("1.400.000"). */
export function parseDigits(text: string): number {
  // Counted in place: most numbers have no separator at all and need no copy.
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  const clean = dots > 1 ? text.replace(/[.,]/g, '') : commas > 0 ? text.replace(/,/g, '') : text;
  const v = Number(clean);
  return Number.isFinite(v) ? v : 0;
}

/**
 * The number expression starting at token i, or null. `money` says a currency sign stands before it,
 * which lets "m", "b" and "k" read as scales ("€20m") where elsewhere they are units ("100m sprint").
 */
export function readNumber(tokens: TokenList, i: number, end: number, money: boolean): NumberRead | null {
  const t = tokens.word(i);
  if (!t) return null;
  if (t.kind === 'number') {
    let value = parseDigits(t.text);
    let j = i + 1;
    let scaled = false;
    while (j < end && tokens.word(j)!.kind === 'word') {
      const word = tokens.word(j)!;
      const w = lower(word);
      if ((word.figure & SCALE_WORD) !== 0) {
        value *= SCALE_WORDS.get(w)!;
        scaled = true;
        j++;
        continue;
      }
      const a = SCALE_ABBREVIATIONS.get(w);
      if (a !== undefined && !scaled) {
        const touching = tokens.start(j) === tokens.end(j - 1);
        const needsMoney = SCALE_ABBREVIATIONS_NEED_MONEY.has(w);
        // "3.6m refugees": an abbreviation touching the digits reads as a scale when a noun follows it.
        const nounAfter = j + 1 < end && tokens.word(j + 1)!.kind === 'word' && tokens.start(j + 1) > tokens.end(j) && (tokens.word(j + 1)!.figure & STOP_WORD) === 0;
        if (!needsMoney || (touching && (money || nounAfter))) {
          value *= a;
          scaled = true;
          j++;
          continue;
        }
      }
      break;
    }
    return { first: i, end: j, value, form: 'digits', scaled, grouped: t.text.includes(','), needsOf: false };
  }
  if (t.kind !== 'word') return null;
  const w = lower(t);
  const few = (t.figure & FEW_WORD) !== 0;
  // "a million", "a dozen", "a few thousand", "several hundred"
  if (w === 'a' || w === 'an' || few) {
    let j = i + 1;
    if (j < end && (tokens.word(j)!.figure & FEW_WORD) !== 0) j++;
    if (j < end && lower(tokens.word(j)!) === 'of' && w !== 'a') j++;
    const next = j < end ? tokens.word(j)! : null;
    if (next !== null && (next.figure & SCALE_WORD) !== 0) {
      const rest = continueWords(tokens, j, end, SCALE_WORDS.get(lower(next))!);
      const vague = j > i + 1 || few;
      return { first: i, end: rest.end, value: rest.value * (vague ? 3 : 1), form: vague ? 'vague' : 'words', scaled: true, grouped: false, needsOf: false };
    }
    if (next !== null && lower(next) === 'dozen' && (w === 'a' || j > i + 1)) return { first: i, end: j + 1, value: 12, form: 'words', scaled: false, grouped: false, needsOf: false };
    return null;
  }
  if ((t.figure & NUMBER_WORD) !== 0) {
    const rest = continueWords(tokens, i + 1, end, numberWordValue(w)!);
    return { first: i, end: rest.end, value: rest.value, form: 'words', scaled: rest.scaled, grouped: false, needsOf: false };
  }
  if ((t.figure & VAGUE_MAGNITUDE) !== 0) {
    const vague = VAGUE_MAGNITUDES.get(w)!;
    let j = i + 1;
    let value = vague;
    // "tens of thousands", "hundreds of millions"
    if (j + 1 < end && lower(tokens.word(j)!) === 'of' && (tokens.word(j + 1)!.figure & VAGUE_MAGNITUDE) !== 0) {
      const second = VAGUE_MAGNITUDES.get(lower(tokens.word(j + 1)!));
      if (second !== undefined && second > vague) {
        value = vague * second;
        j += 2;
      }
    }
    const needsOf = VAGUE_NEED_OF.has(w) && j === i + 1 && !(j < end && lower(tokens.word(j)!) === 'of');
    return { first: i, end: j, value, form: 'vague', scaled: true, grouped: false, needsOf };
  }
  return null;
}

/** Continues a spelled number: "one hundred and twenty", "three million", "two dozen". */
function continueWords(tokens: TokenList, j: number, end: number, value: number): { end: number; value: number; scaled: boolean } {
  let total = 0;
  let current = value;
  let scaled = false;
  while (j < end && tokens.word(j)!.kind === 'word') {
    const word = tokens.word(j)!;
    const w = lower(word);
    if ((word.figure & SCALE_WORD) !== 0) {
      const s = SCALE_WORDS.get(w)!;
      if (s >= 1000) {
        total += current * s;
        current = 0;
      } else current *= s;
      scaled = true;
      j++;
      continue;
    }
    if (w === 'dozen') {
      current *= 12;
      j++;
      continue;
    }
    if (w === 'and' && j + 1 < end && scaled && (tokens.word(j + 1)!.figure & NUMBER_WORD) !== 0) {
      current += numberWordValue(lower(tokens.word(j + 1)!))!;
      j += 2;
      continue;
    }
    const n = (word.figure & NUMBER_WORD) !== 0 ? numberWordValue(w)! : undefined;
    if (n !== undefined && scaled && n < 100) {
      current += n;
      j++;
      continue;
    }
    break;
  }
  return { end: j, value: total + current, scaled };
}
