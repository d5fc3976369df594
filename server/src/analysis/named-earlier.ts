// How a text writes its names: in full before anyone quoted their bearer ("Novak Djokovic" makes a
// later "Djokovic said" that person), or a capitalised word it writes in lower case too (no name).

import type { Article } from './types';
import { CAPITALISED, CONNECTOR, DETERMINER, FORENAME, GROUP, HONORIFIC, INSTITUTION, PLAIN_NAME, POSSESSIVE, ROLE, SENTENCE_OPENER, SUBJECT_PRONOUN, WORD_KIND } from './word-features';
import { tokenIndexAt } from './article';
import { isLetter } from './tokenizer';
import { opensSentence } from './source-phrases';

/** How far back (UTF-16 units) bodyBefore looks for a body's name: an article's first paragraphs. */
const BODY_REACH = 5_000;

/** How far (UTF-16 units) either way inLowerCaseNear looks: the article around the word. */
const LOWER_CASE_REACH = 10_000;

/** Whether text[i] is a letter (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetter(text[i]!);
}

/**
 * Two-word names of an article by their last word, lower case: runs of exactly two plain capitalised
 * words (PLAIN_NAME: no title, body's noun, function word or opener, so not "But Djokovic"; the last
 * may be a possessive), one space apart, nothing glued before the first ("41C\n\nHospitals" is none)
 * and no capitalised word around them but a title before ("World Health Organization" names no
 * "Organization"; "Prime Minister Anneliese Korvath's coalition" names Korvath). Built at the first question, in
 * one pass over the tokens' bits: most articles never ask.
 */
export class NamesInFull {
  private byLastWord: Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }> | null = null;
  /** Every such run, those led by a known forename too, by its last word: the first of each in the text. */
  private firstRuns: Map<string, { readonly start: number; readonly end: number }> | null = null;

  constructor(private readonly article: Article) {}

  /** The first two-word name that ends in `word` (lower case) and starts before `before`, or null. */
  before(word: string, before: number): string | null {
    const found = (this.byLastWord ??= this.index()).get(word);
    return found !== undefined && found.start < before ? this.article.text.slice(found.start, found.end) : null;
  }

  /**
   * The two-word name ending in `word` (lower case) that the text writes first, when it does so only
   * after `after`, or null: a live blog's "Threlfall announced …" above "Chancellor Imogen Threlfall
   * opened her speech", or a headline's surname before the lede's full name. The lone word is that
   * person's surname.
   */
  later(word: string, after: number): string | null {
    if (this.firstRuns === null) this.byLastWord = this.index();
    const found = this.firstRuns!.get(word);
    return found !== undefined && found.start > after ? this.article.text.slice(found.start, found.end) : null;
  }

  /**
   * Whether the text writes `word` (lower case) in lower case within LOWER_CASE_REACH of `at`:
   * "Documents reveal …" opening a headline, then "The documents, which include …"; or "… wrote that
   * sync had become its largest cost", then "Sync will move to the paid plan": a capital by position,
   * no name. Remembered per word; the reach bounds the search in a long text.
   */
  inLowerCaseNear(word: string, at: number): boolean {
    const known = this.lowerCase.get(word);
    if (known !== undefined) return known;
    const { text } = this.article;
    const until = Math.min(text.length, at + LOWER_CASE_REACH);
    let found = false;
    for (let i = text.indexOf(word, Math.max(0, at - LOWER_CASE_REACH)); i >= 0 && i + word.length <= until; i = text.indexOf(word, i + 1)) {
      if (!isLetterAt(text, i - 1) && !isLetterAt(text, i + word.length)) {
        found = true;
        break;
      }
    }
    this.lowerCase.set(word, found);
    return found;
  }

  private readonly lowerCase = new Map<string, boolean>();

  /**
   * The name of the body a text wrote last before `before`, within BODY_REACH, whose capitalised words
   * hold `noun` (lower case) and at least one more: "according to results published by the Election
   * Commission", "The European Orbital Agency (EOA) has postponed", "the Ministry of Health". A later
   * "the commission said" means it, though no one quoted it by name. Null when there is none.
   */
  bodyBefore(noun: string, before: number): string | null {
    const { tokens, tokenFeatures: f, text } = this.article;
    const word = CAPITALISED | WORD_KIND;
    const named = (i: number): boolean => (f[i]! & word) === word && (f[i]! & DETERMINER) === 0;
    const spaced = (i: number): boolean => tokens.end(i) + 1 === tokens.start(i + 1);
    const floor = before - BODY_REACH;
    for (let i = tokenIndexAt(this.article, before) - 1; i >= 0 && tokens.start(i) >= floor; i--) {
      if ((f[i]! & (word | INSTITUTION)) !== (word | INSTITUTION) || tokens.word(i)!.folded !== noun) continue;
      // Capitalised words before the noun ("European Orbital"), "and" between two ("Securities and Exchange").
      let a = i;
      for (;;) {
        if (a - 1 >= 0 && named(a - 1) && spaced(a - 1)) a--;
        else if (a - 2 >= 0 && tokens.word(a - 1)!.folded === 'and' && named(a - 2) && spaced(a - 1) && spaced(a - 2)) a -= 2;
        else break;
      }
      // "of" and capitalised words after it: "Ministry of Health".
      let b = i + 1;
      if (b + 1 < tokens.length && tokens.word(b)!.folded === 'of' && named(b + 1) && spaced(b - 1) && spaced(b)) {
        b += 2;
        while (b < tokens.length && named(b) && spaced(b - 1)) b++;
      }
      if (b - a >= 2) return text.slice(tokens.start(a), tokens.end(b - 1));
    }
    return null;
  }

  private index(): Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }> {
    const out = new Map<string, { readonly start: number; readonly end: number; readonly opening: boolean }>();
    const firstRuns = new Map<string, { readonly start: number; readonly end: number }>();
    this.firstRuns = firstRuns;
    const { tokens, tokenFeatures: f, text } = this.article;
    const word = CAPITALISED | WORD_KIND;
    const plain = word | PLAIN_NAME;
    for (let i = 1; i < tokens.length; i++) {
      // A known forename first makes the run a source already (attribution observes it): not indexed.
      // Unless the last word is a possessive ("Anneliese Korvath's coalition"): a name the text gives
      // in passing, which attribution does not observe.
      const possessive = (f[i]! & POSSESSIVE) !== 0;
      if (!(possessive ? isPlainBesidesPossessive(f[i]!) : (f[i]! & plain) === plain) || (f[i - 1]! & plain) !== plain) continue;
      const forename = !possessive && (f[i - 1]! & FORENAME) !== 0;
      // A capitalised word before may be a title ("Prime Minister Anneliese Korvath's"), no other.
      if ((i >= 2 && (f[i - 2]! & word) === word && (f[i - 2]! & (ROLE | HONORIFIC)) === 0) || (i + 1 < tokens.length && (f[i + 1]! & word) === word)) continue;
      if (tokens.start(i) !== tokens.end(i - 1) + 1 || text.charCodeAt(tokens.end(i - 1)) !== 32 || (i >= 2 && tokens.end(i - 2) === tokens.start(i - 1))) continue;
      // The word's stem is its lower case without a possessive: no string is made.
      const key = tokens.word(i)!.stem;
      // The name ends before a possessive's "'s" (two code units, with either apostrophe).
      const end = possessive ? tokens.end(i) - 2 : tokens.end(i);
      if (!firstRuns.has(key)) firstRuns.set(key, { start: tokens.start(i - 1), end });
      if (forename) continue;
      const known = out.get(key);
      // A run that opens a sentence or the headline may owe its first capital to its place ("Late Okafor
      // header keeps …"): a later run elsewhere names the bearer ("substitute Kelechi Okafor").
      if (known === undefined || (known.opening && !opensSentence(text, tokens.start(i - 1)))) out.set(key, { start: tokens.start(i - 1), end, opening: opensSentence(text, tokens.start(i - 1)) });
    }
    return out;
  }
}

/** A possessive word that would be PLAIN_NAME without its "'s" (which PLAIN_NAME excludes): "Korvath's". */
function isPlainBesidesPossessive(features: number): boolean {
  return (features & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND) && (features & (ROLE | GROUP | INSTITUTION | HONORIFIC | DETERMINER | SENTENCE_OPENER | CONNECTOR | SUBJECT_PRONOUN)) === 0;
}

