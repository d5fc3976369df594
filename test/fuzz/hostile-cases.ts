// The hostile inputs of issue 7, each a family that grows with `size` (roughly `size` characters),
// so the suite can check both that each one is analysed correctly and that time grows linearly.
import { CORPUS, random, SAMPLES } from './corpus';

export interface HostileCase {
  readonly name: string;
  /** A text of about `size` UTF-16 code units. */
  make(size: number): string;
  /** The size the issue asks for (10 MB line, 100,000 marks, 50,000 digits); the quick run may use less. */
  readonly full: number;
}

/** Repeats a unit to about `size` code units. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(size, 0));
}

const sample = SAMPLES[0]?.text ?? 'Headline\n\nThe minister said: "We will build 40 new schools."\n';
const corpusText = CORPUS.map((f) => f.text).join('\n\n');
/** Real article text (the samples and Wikinews texts, repeated), as much as asked for, paragraphs kept. */
export const realArticle = (size: number): string => fill(`${corpusText}\n\n`, size);
const article = realArticle;

export const HOSTILE: readonly HostileCase[] = [
  { name: 'empty file', make: () => '', full: 0 },
  { name: 'only whitespace and line breaks', make: (n) => fill(' \n\r\n\t\r', n), full: 1_000_000 },
  { name: 'one 10 MB line of words', make: (n) => fill('word ', n), full: 10_000_000 },
  { name: 'one 10 MB line of article text (line breaks removed)', make: (n) => article(n).replace(/[\r\n]+/g, ' '), full: 10_000_000 },
  { name: '100,000 straight quote marks', make: (n) => fill('"', n), full: 100_000 },
  { name: '100,000 curly opening marks', make: (n) => fill('\u201c', n), full: 100_000 },
  { name: '100,000 quote marks between words', make: (n) => fill('" a ', n), full: 400_000 },
  { name: 'only opening marks before words', make: (n) => fill('\u201cword ', n), full: 600_000 },
  { name: 'only closing marks after words', make: (n) => fill('word\u201d ', n), full: 600_000 },
  {
    name: 'mixed straight and curly marks',
    make: (n) => {
      const r = random(7);
      const marks = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', "''", '``'];
      let s = '';
      while (s.length < n) s += `${marks[Math.floor(r() * marks.length)]}${r() < 0.5 ? ' ' : ''}word${r() < 0.3 ? ',' : ''} `;
      return s;
    },
    full: 1_000_000,
  },
  { name: 'unbalanced nesting', make: (n) => fill('"a \u2018b \u201cc \'d said ', n), full: 1_000_000 },
  { name: 'nesting that never closes, one paragraph', make: (n) => fill('\u201cHe said \u2018she said \u201cthey said ', n), full: 1_000_000 },
  {
    name: 'binary bytes decoded as UTF-8',
    make: (n) => {
      const r = random(11);
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = Math.floor(r() * 256);
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    },
    full: 1_000_000,
  },
  { name: 'NUL characters', make: (n) => fill('\u0000', n), full: 1_000_000 },
  { name: 'NUL characters inside an article', make: (n) => article(n).replace(/ /g, '\u0000 '), full: 1_000_000 },
  { name: 'CRLF line endings', make: (n) => article(n).replace(/\r?\n/g, '\r\n'), full: 1_000_000 },
  { name: 'lone CR line endings', make: (n) => article(n).replace(/\r?\n/g, '\r'), full: 1_000_000 },
  { name: 'byte-order marks (at the start and inside)', make: (n) => `\ufeff${article(n).replace(/\n/g, '\n\ufeff')}`, full: 1_000_000 },
  { name: 'emoji and astral letters (surrogate pairs)', make: (n) => article(n).replace(/ /g, ' \ud83d\ude00').replace(/e/g, '\ud835\udc1e'), full: 1_000_000 },
  { name: 'lone surrogates', make: (n) => fill('a\ud83d \udc00b \ud83d\ud83d\udc69 "\udbff" ', n), full: 1_000_000 },
  { name: 'right-to-left text with quotes', make: (n) => fill('\u05d0\u05de\u05e8 \u05e9\u05e8 \u05d4\u05d7\u05d5\u05e5: "\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd." \u202e\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0645\u0631\u062d\u0628\u0627\u00bb.\u202c\n', n), full: 1_000_000 },
  { name: 'combining marks on one letter', make: (n) => `a${fill('\u0301', n)}`, full: 1_000_000 },
  { name: 'combining marks in words', make: (n) => article(n).replace(/([aeiou])/g, '$1\u0301\u0308'), full: 1_000_000 },
  { name: '50,000 digits', make: (n) => fill('1', n), full: 50_000 },
  { name: 'digit groups without end', make: (n) => fill('1,000.', n), full: 600_000 },
  { name: 'money and percentages without end', make: (n) => fill('$4.2 billion, 18 percent, ', n), full: 1_000_000 },
  { name: 'deeply repeated titles', make: (n) => `${fill('Deputy Foreign Minister Secretary-General President Mr. Dr. ', n)} said "yes."`, full: 1_000_000 },
  { name: 'titles and cues in one sentence', make: (n) => fill('Mr. President Minister said "x" ', n), full: 1_000_000 },
  { name: 'cues in one sentence', make: (n) => fill('Lin Jian said x, ', n), full: 1_000_000 },
  { name: 'pronoun cues in one sentence', make: (n) => fill('"Yes," he said, ', n), full: 1_000_000 },
  { name: 'quotes and cues in short paragraphs', make: (n) => fill('"We will win," she said.\n', n), full: 1_000_000 },
  {
    name: 'many distinct speakers',
    make: (n) => {
      let s = 'Headline\n\n';
      for (let i = 0; s.length < n; i++) s += `Officer Ann${i.toString(36)} Lee${i.toString(36)} said "We ${i} will." He added that ${i} people came.\n`;
      return s;
    },
    full: 1_000_000,
  },
  { name: 'disable directives on one line', make: (n) => fill('<!-- sourced-disable-line unattributedStatistic --> 18 percent ', n), full: 1_000_000 },
  { name: 'unclosed comment openers', make: (n) => fill('<!-- sourced-disable-line a, b, c ', n), full: 1_000_000 },
  { name: 'boilerplate phrases on one line', make: (n) => fill('Subscribe to our newsletter. Follow us on Twitter. Share this article. ', n), full: 1_000_000 },
  { name: 'boilerplate lines', make: (n) => fill('Subscribe to our newsletter\nFollow us on Twitter\nPhoto: AP\n', n), full: 1_000_000 },
  { name: 'abbreviations and initials without end', make: (n) => fill('U.S. D.C. Mr. J. K. ', n), full: 1_000_000 },
  { name: 'one paragraph of the samples, repeated', make: (n) => fill(`${sample.replace(/[\r\n]+/g, ' ')} `, n), full: 1_000_000 },
];
