// The single words the page-furniture rules read (appeal, person, interface and social words), and
// which lower-case words could open one of their phrases: data for boilerplate.ts and word-features.ts.

import data from './data/boilerplate-phrases.json';

const LETTER = /^\p{L}$/u;

export const UI_LABELS: ReadonlySet<string> = new Set(data.uiLabels);
export const SOCIAL: ReadonlySet<string> = new Set(data.socialNetworks);
export const APPEAL_WORDS: ReadonlySet<string> = new Set(data.appealWords);
export const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set(data.firstPersonPlural);
export const SECOND_PERSON: ReadonlySet<string> = new Set(data.secondPerson);

/**
 * Every lower-case token that could be the first of a rule's phrase, or is one of the single words
 * above. The tokenizer itself cannot run here (word features, which this feeds, are what it computes),
 * so a phrase's first word as written is cut wherever a token could end: the tokenizer never crosses
 * white space, and a token ends only next to a character that is not a letter ("read more:" gives
 * "read"; "e-mail" gives "e", "e-" and "e-mail"). Extra entries only let a line through to the rules.
 */
export const BOILERPLATE_OPENERS: ReadonlySet<string> = (() => {
  const out = new Set<string>([...UI_LABELS, ...SOCIAL, ...APPEAL_WORDS, ...FIRST_PERSON_PLURAL, ...SECOND_PERSON]);
  for (const rule of Object.values(data.rules)) {
    for (const phrase of [...rule.anywhere, ...rule.start, ...rule.line]) {
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
