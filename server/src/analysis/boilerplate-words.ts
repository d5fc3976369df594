// The single words the page-furniture rules read (appeal, person, interface and social words), and
// which lower-case words could open one of their phrases: data for boilerplate.ts and word-features.ts.

import data from './data/boilerplate-phrases.json';

const LETTER = /^\p{L}$/u;

const UI_LABELS: ReadonlySet<string> = new Set(data.uiLabels);

/** What the word lists say of a lower-case word, as bits: one look-up per token instead of one per list. */
export const PERSON = 1;
export const APPEAL = 2;
export const UI_LABEL = 4;
export const SOCIAL_NAME = 8;
export const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  mark(data.firstPersonPlural, PERSON);
  mark(data.secondPerson, PERSON);
  mark(data.appealWords, APPEAL);
  mark(UI_LABELS, UI_LABEL);
  mark(data.socialNetworks, SOCIAL_NAME);
  return classes;
})();

/**
 * Every lower-case token that could be the first of a rule's phrase, or is one of the single words
 * of WORD_CLASSES. The tokenizer itself cannot run here (word features, which this feeds, are what it computes),
 * so a phrase's first word as written is cut wherever a token could end: the tokenizer never crosses
 * white space, and a token ends only next to a character that is not a letter ("read more:" gives
 * "read"; "e-mail" gives "e", "e-" and "e-mail"). Extra entries only let a line through to the rules.
 */
export const BOILERPLATE_OPENERS: ReadonlySet<string> = (() => {
  const out = new Set<string>(WORD_CLASSES.keys());
  const phrases = [...Object.values(data.rules).flatMap((rule) => [...rule.anywhere, ...rule.start, ...rule.line]), ...data.captionStarts];
  {
    for (const phrase of phrases) {
      const first = [...(phrase.toLowerCase().trim().split(/\s+/)[0] ?? '')];
      let prefix = '';
      for (let n = 0; n < first.length; n++) {
        if (n > 0 && !(LETTER.test(first[n]!) && LETTER.test(first[n - 1]!))) out.add(prefix);
        prefix += first[n]!;
      }
      if (prefix !== '') out.add(prefix);
    }
  }
  return out;
})();

/** "moreClose", "ShareTweetEmail": two interface labels run together when the page's markup was stripped. */
export function runTogetherLabel(word: string): boolean {
  for (let i = 1; i < word.length - 3; i++) {
    const c = word.charCodeAt(i);
    const prev = word.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) {
      // Split at each lower->Upper step; the piece after it must be a label of four letters or more.
      let j = i + 1;
      while (j < word.length && word.charCodeAt(j) >= 97 && word.charCodeAt(j) <= 122) j++;
      const piece = word.slice(i, j).toLowerCase();
      const before = word.slice(0, i);
      if (piece.length >= 4 && UI_LABELS.has(piece) && before.length >= 2) return true;
    }
  }
  return false;
}
