// Text generators of the robustness suite (issue 7): mutated fixture articles, articles from a
// small grammar, and structureless noise, all with the hostile pieces that break naive text handling.
import fc from 'fast-check';
import { CORPUS } from './corpus';

/** Pieces that break naive text handling: every quote mark, line ending, invisible and astral character. */
export const HOSTILE_PIECES: readonly string[] = [
  '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', "''", '``', '`',
  '\n', '\r\n', '\r', '\n\n', '\r\r', '\u2028', '\u2029', '\u0085', '\t', '\u00a0', '\u3000', '\u200b',
  '\u0000', '\ufeff', '\ufffd', '\u200f', '\u202e', '\u202c', '\u0301', 'e\u0301\u0302\u0303', '\u0308\u0308',
  '\ud83d\ude00', '\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67', '\ud835\udc00\ud835\udc01', '\ud83c\uddfa\ud83c\uddf8',
  '\ud83d', '\ude00', '\udbff\udfff',
  '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u4e2d\u56fd', '\u0928\u092e\u0938\u094d\u0924\u0947',
  'said', ' said ', ', he said.', ', she said. ', 'told reporters', 'according to', 'says', 'warned', 'denied', 'accused',
  'President', 'Mr.', 'Dr.', 'Ms', 'U.S.', 'D.C.', 'Foreign Minister', 'the spokesman', 'officials', 'NATO', 'he', 'she', 'they',
  '$', '%', '18 percent', '1,000', '3.5', '$4.2 billion', '90s', '\u201990s', '12.5%', '-', '\u2014', '\u2013', '--', ':', ';',
  '...', '\u2026', '.', '?', '!', ',', '(', ')', '[', ']', '&', '/', '\\', '#', '*', '<', '>',
  '<!-- sourced-disable -->', '<!-- sourced-disable-line unattributedStatistic -->', '<!-- sourced-disable-next-line -->', '<!--',
  'Subscribe to our newsletter', 'Follow us on Twitter', 'Photo: AP', 'Share this article', 'Advertisement',
  '\u0130', '\u00df', '\u212a', '\u0131',
];

const WORDS = ['the', 'government', 'will', 'not', 'accept', 'claims', 'about', 'prices', 'rose', 'in', 'March', 'city', 'people', 'war', 'talks', 'a', 'new', 'plan', 'we', 'are', 'it', 'is', "it's", "don't", 'China\u2019s', 'rock', "'n'", 'roll', 'that', 'this'];
const NAMES = ['Maria Lopez', 'Robert C. "Bobby" Scott', 'John Smith', 'Wang Wei', 'Anna Berg', 'Ahmed Khan', 'the minister', 'Foreign Minister Li Na', 'Rep. Jo Carr (D-Wis.)', 'officials', 'US officials', 'the ministry', 'NATO', 'he', 'she', 'they', 'Smith', 'Dr. Jane Roe', 'a spokesperson'];
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'denied', 'accused', 'claimed', 'stated', 'insisted', 'wrote', 'announced', 'urged'];
const OPEN = ['"', '\u201c', '\u2018', "'", '``', '\u00ab', '\u201e', '\u201d', ''];
const CLOSE = ['"', '\u201d', '\u2019', "'", "''", '\u00bb', '\u201c', ''];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n'];

const word = fc.constantFrom(...WORDS);
const words = (max: number): fc.Arbitrary<string> => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const name = fc.constantFrom(...NAMES);
const verb = fc.constantFrom(...VERBS);
const number = fc.oneof(
  fc.nat(100_000).map(String),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.nat(99).map((n) => `${n} percent`),
  fc.nat(999).map((n) => `$${n} million`),
  fc.nat(99).map((n) => `${n}%`),
  fc.nat(9_999_999).map((n) => n.toLocaleString('en-US')),
);
const quoted = fc.tuple(fc.constantFrom(...OPEN), words(12), fc.constantFrom(...CLOSE), fc.constantFrom('', ',', '.', '?', '!')).map(([o, w, c, p]) => (p === ',' || p === '.' ? `${o}${w}${p}${c}` : `${o}${w}${c}${p}`));
const nested = fc.tuple(words(4), words(3), words(4)).map(([a, b, c]) => `"${a} '${b}' ${c},"`);

const sentence = fc.oneof(
  fc.tuple(quoted, name, verb).map(([q, n, v]) => `${q} ${n} ${v}.`),
  fc.tuple(name, verb, quoted).map(([n, v, q]) => `${n} ${v}: ${q}`),
  fc.tuple(name, verb, words(10)).map(([n, v, w]) => `${n} ${v} that ${w}.`),
  fc.tuple(quoted, verb, name, quoted).map(([a, v, n, b]) => `${a} ${v} ${n}. ${b}`),
  fc.tuple(words(6), number, words(4)).map(([a, n, b]) => `${a} ${n} ${b}.`),
  fc.tuple(words(6), number, name).map(([a, n, s]) => `${a} ${n}, according to ${s}.`),
  fc.tuple(nested, name, verb).map(([q, n, v]) => `${q} ${n} ${v}.`),
  fc.tuple(quoted, quoted).map(([a, b]) => `${a} ${b}`),
  words(15).map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`),
  fc.constantFrom(...HOSTILE_PIECES),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

/** A news-like article from a small grammar: a headline, paragraphs of quotes, cues, numbers, with mixed marks and line endings. */
export const generatedArticle: fc.Arbitrary<string> = fc
  .tuple(words(8), fc.array(fc.tuple(paragraph, fc.constantFrom(...BREAKS)), { minLength: 0, maxLength: 12 }), fc.boolean())
  .map(([headline, paras, bom]) => `${bom ? '\ufeff' : ''}${headline}${paras.map(([p, br]) => `${br}${p}`).join('')}`);

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 8 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 24 }).map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)) },
  { weight: 2, arbitrary: sentence },
);

type Edit =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'copy'; readonly from: number; readonly length: number; readonly at: number }
  | { readonly op: 'marks'; readonly style: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(60) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), from: fc.nat(), length: fc.nat(400), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('marks' as const), style: fc.nat(3) }) },
);

/** Re-marks every quotation mark one way: all straight, all curly, all opening, or swapped. */
function remark(text: string, style: number): string {
  switch (style) {
    case 0:
      return text.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
    case 1:
      return text.replace(/"/g, () => '\u201c');
    case 2:
      return text.replace(/[\u201c\u201d]/g, (m) => (m === '\u201c' ? '\u201d' : '\u201c'));
    default:
      return text.replace(/[\u201d"]/g, '\u201c').replace(/[\u2019]/g, '\u2018');
  }
}

export function applyEdits(base: string, edits: readonly Edit[]): string {
  let text = base;
  for (const e of edits) {
    const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
    if (e.op === 'insert') text = text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
    else if (e.op === 'delete') text = text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
    else if (e.op === 'copy') {
      const from = at(e.from);
      const piece = text.slice(from, from + e.length);
      text = text.slice(0, at(e.at)) + piece + text.slice(at(e.at));
    } else text = remark(text, e.style);
  }
  return text;
}

/** A fixture article with up to 24 random edits: hostile pieces pasted in, ranges deleted or copied, marks restyled. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.nat(Math.max(0, CORPUS.length - 1)), fc.array(edit, { maxLength: 24 }))
  .map(([i, edits]) => applyEdits(CORPUS[i]?.text ?? '', edits));

/** A text and the same text after one to three edits: what an editor sends as consecutive versions. */
export const editedText: fc.Arbitrary<readonly [string, string]> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: mutatedArticle }, { weight: 2, arbitrary: generatedArticle }), fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([before, edits]) => [before, applyEdits(before, edits)] as const);

/** A text and the versions after each of two to five rounds of edits: an editor's stream of versions. */
export const editedVersions: fc.Arbitrary<readonly string[]> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: mutatedArticle }, { weight: 2, arbitrary: generatedArticle }), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }))
  .map(([first, rounds]) => {
    const versions = [first];
    for (const edits of rounds) versions.push(applyEdits(versions[versions.length - 1]!, edits));
    return versions;
  });

/** Short texts with no structure at all: any code point, invalid UTF-8 decoded, runs of hostile pieces. */
export const noiseText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 400 }),
  fc.uint8Array({ maxLength: 600 }).map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 120 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2018', '\u2019', ' ', 'a', '\n', ','), { maxLength: 300 }).map((a) => a.join('')),
);

/** Every kind of input, for the properties that must hold whatever the text. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: mutatedArticle }, { weight: 3, arbitrary: generatedArticle }, { weight: 2, arbitrary: noiseText });

