// Finds page furniture pasted in with an article: appeals, share and follow prompts, cookie, paywall and copyright
// notices, navigation and its lists of links, photo credits and captions. Clear cue lines seed blocks that grow over appeal lines.

import type { Article, Boilerplate, BoilerplateRule, Paragraph, TokenList } from './types';
import data from './data/boilerplate-phrases.json';
import { lower, PhraseSet } from './phrases';
import { CURRENCY_SYMBOLS } from './statistic-words';
import { APPEAL, PERSON, SOCIAL_NAME, UI_LABEL, WORD_CLASSES, runTogetherLabel } from './boilerplate-words';
import { BOILERPLATE_WORD, CAPITALISED, CUE_WORD, FORENAME, PREPOSITIONS, QUOTE_KIND, TEMPORAL } from './word-features';

interface RulePhrases {
  readonly rule: BoilerplateRule;
  readonly anywhere: PhraseSet;
  readonly start: PhraseSet;
  readonly line: PhraseSet;
}

const RULES: readonly RulePhrases[] = Object.entries(data.rules).map(([rule, p]) => ({
  rule: rule as BoilerplateRule,
  anywhere: new PhraseSet(p.anywhere),
  start: new PhraseSet(p.start),
  line: new PhraseSet(p.line),
}));

const MAX_LINE = data.maxLineTokens;
const MAX_START = data.maxStartTokens;
const MAX_WHOLE = data.maxWholeLineTokens;
const MAX_CREDIT = data.creditMaxTokens;
/** A credit at the end of a caption line has at most this many tokens after its label ("Picture: Wendlebury Echo"). */
const MAX_TRAILING_CREDIT = 6;
/** Labels that open a picture's caption ("Image caption, …", "Image source, Getty Images"). */
const CAPTION_STARTS = new PhraseSet(data.captionStarts);
/** At most this many list lines after a navigation header ("Read more:") are taken as its links. */
const MAX_LINK_LINES = 8;
const LINK_LIST_HEADINGS = new PhraseSet(data.linkListHeadings);
/** Labels before a linked headline ("READ:"). */
const HEADLINE_LINKS = new PhraseSet(data.headlineLinks);
/** A link's title has at most this many words: a headline's length, shorter than most sentences of prose. */
const MAX_LINK_TITLE = 14;

type LineClass = { readonly strong: BoilerplateRule } | 'weak' | null;

/** The longest section label (UTF-16 units): one to three words. */
const MAX_SECTION_LABEL = 30;

/**
 * One to three capitalised words (and "&", "and", "of"), no digit or punctuation: a section's name
 * ("Climate & Energy"), or a footer's link ("Contact us", "Advertise with us").
 */
function isSectionLabel(article: Article, p: Paragraph): boolean {
  const line = article.text.slice(p.start, p.end);
  return line.length <= MAX_SECTION_LABEL && /^\p{Lu}[\p{L}'’-]*(?: (?:&|and|of|with|us|\p{Lu}[\p{L}'’-]*)){0,2}$/u.test(line);
}

/** A line a site's menu may hold: a section's name or one interface label ("Save"). */
function isMenuEntry(article: Article, p: Paragraph): boolean {
  return isSectionLabel(article, p) || labelLine(article, p) !== null;
}

/** Furniture a menu's entries may stand beside: navigation, the prompts around it and a footer's notices, never a caption or a release's footer. */
function isMenuNeighbour(c: LineClass): boolean {
  return c !== null && c !== 'weak' && (c.strong === 'navigation' || c.strong === 'share-prompt' || c.strong === 'subscription-appeal' || c.strong === 'social-follow' || c.strong === 'copyright-notice' || c.strong === 'cookie-notice');
}

/** A line of four words or more, short, not ending like a sentence: what a headline looks like. */
function readsAsHeadline(article: Article, p: Paragraph): boolean {
  const line = article.text.slice(p.start, p.end);
  return line.length <= 200 && !/[.!?:]['’"”]?$/.test(line) && line.split(/\s+/).length >= 4;
}

export function findBoilerplate(article: Article): Boilerplate[] {
  try {
    return find(article);
  } catch {
    // Furniture detection must never stop the analysis of the article itself.
    return [];
  }
}

function find(article: Article): Boilerplate[] {
  const { paragraphs } = article;
  const classes: LineClass[] = new Array<LineClass>(paragraphs.length).fill(null);
  for (let p = 0; p < paragraphs.length; p++) {
    const strong = strongRule(article, p, classes);
    if (strong) classes[p] = { strong };
  }
  // "Read more:" and the bulleted links under it: each bullet line right after such a header is navigation.
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const c = classes[p];
    if (c === null || c === 'weak' || c.strong !== 'navigation' || !endsWithColon(article, paragraphs[p]!)) continue;
    for (let q = p + 1; q < paragraphs.length && q <= p + MAX_LINK_LINES && classes[q] === null && isBulletLine(article, paragraphs[q]!); q++) classes[q] = { strong: 'navigation' };
  }
  // "Related Topics" or "More on this story" on a line of its own, then the titles of its links on the
  // lines right under it (no blank line between): short lines that end in no period and quote no one.
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const c = classes[p];
    if (c === null || c === 'weak' || c.strong !== 'navigation' || !isLinkListHeading(article, paragraphs[p]!)) continue;
    // The titles may stand a blank line apart, as pasted from a page: then every one up to the list's end must read as a title.
    const apart = p + 1 < paragraphs.length && !nextLine(article, paragraphs[p]!, paragraphs[p + 1]!);
    let end = p + 1;
    while (end < paragraphs.length && end <= p + MAX_LINK_LINES && classes[end] === null && (apart || nextLine(article, paragraphs[end - 1]!, paragraphs[end]!)) && isLinkTitle(article, paragraphs[end]!)) end++;
    // Blank lines apart, the titles must run to the text's end or to more furniture: a subheading and its prose are the article's.
    if (apart && end < paragraphs.length && classes[end] === null) continue;
    for (let q = p + 1; q < end; q++) classes[q] = { strong: 'navigation' };
  }
  // "Image caption," alone on its line: the caption's words are the line right under it.
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const c = classes[p];
    if (c === null || c === 'weak' || c.strong !== 'photo-credit' || classes[p + 1] !== null || !nextLine(article, paragraphs[p]!, paragraphs[p + 1]!)) continue;
    if (isCaptionLabel(article, paragraphs[p]!) && mayBeCaption(article, paragraphs[p + 1]!)) classes[p + 1] = { strong: 'photo-credit' };
  }
  // Share buttons one to a line ("Facebook" / "Twitter" / "Email"): two lines or more in a row, each
  // a lone interface label, are a row of buttons however they were pasted.
  for (let p = 0; p < paragraphs.length; p++) {
    let q = p;
    while (q < paragraphs.length && classes[q] === null && labelLine(article, paragraphs[q]!) !== null && (q === p || nextLine(article, paragraphs[q - 1]!, paragraphs[q]!))) q++;
    if (q - p >= 2) {
      let social = false;
      for (let k = p; k < q; k++) social ||= labelLine(article, paragraphs[k]!) === SOCIAL_NAME;
      for (let k = p; k < q; k++) classes[k] = { strong: social ? 'share-prompt' : 'navigation' };
    }
    p = Math.max(p, q - 1);
  }
  // A site's menu pasted one entry to a line ("World" / "UK" / "Business" under "Subscribe"), and a
  // lone button under a share prompt ("Share" / "Save"): section names or interface labels on the
  // lines right beside a menu or a prompt are more of it. A lone section name counts only between two
  // pieces of furniture: a subheading over one prompt is the article's.
  for (let p = 0; p < paragraphs.length; p++) {
    if (classes[p] !== null || !isMenuEntry(article, paragraphs[p]!)) continue;
    let q = p + 1;
    while (q < paragraphs.length && classes[q] === null && nextLine(article, paragraphs[q - 1]!, paragraphs[q]!) && isMenuEntry(article, paragraphs[q]!)) q++;
    const above = p > 0 && isMenuNeighbour(classes[p - 1]!);
    const below = q < paragraphs.length && isMenuNeighbour(classes[q]!);
    const touchesAbove = above && nextLine(article, paragraphs[p - 1]!, paragraphs[p]!);
    const touchesBelow = below && nextLine(article, paragraphs[q - 1]!, paragraphs[q]!);
    const lone = q - p === 1 && labelLine(article, paragraphs[p]!) === null;
    if (lone ? above && below && (touchesAbove || touchesBelow) : touchesAbove || touchesBelow) for (let k = p; k < q; k++) classes[k] = { strong: 'navigation' };
    p = q - 1;
  }
  // A section's name on a line of its own over the headline ("Security", "Climate & Energy",
  // "EXPLAINER"), as a page shows it: furniture, and the headline is the line after it.
  let top = 0;
  while (top < paragraphs.length && classes[top] !== null) top++;
  if (top + 1 < paragraphs.length && classes[top + 1] === null && isSectionLabel(article, paragraphs[top]!) && readsAsHeadline(article, paragraphs[top + 1]!)) classes[top] = { strong: 'navigation' };
  // A press release ends with a marker line ("###", "-30-", "ENDS"); its short tail (the company's
  // "About" paragraphs, the media contacts) is the release's footer, not the story.
  const end = releaseEnd(article);
  if (end >= 0) for (let p = end; p < paragraphs.length; p++) classes[p] = { strong: 'release-footer' };
  // Appeal lines join a block only next to a clear cue line (or another joined line).
  for (let p = 0; p < paragraphs.length; p++) {
    if (classes[p] !== null || !isWeak(article, paragraphs[p]!)) continue;
    classes[p] = 'weak';
  }
  const out: Boilerplate[] = [];
  let p = 0;
  while (p < paragraphs.length) {
    if (classes[p] === null) {
      p++;
      continue;
    }
    let q = p;
    while (q + 1 < paragraphs.length && classes[q + 1] !== null) q++;
    // Trim weak lines at the ends that no strong line reaches; keep the block only if it has a strong line.
    let a = p;
    let b = q;
    let rule: BoilerplateRule | null = null;
    for (let k = p; k <= q; k++) {
      const c = classes[k];
      if (c !== null && c !== 'weak') {
        rule = c.strong;
        break;
      }
    }
    if (rule) {
      while (a <= b && classes[a] === 'weak' && !touchesStrong(classes, a, b)) a++;
      while (b >= a && classes[b] === 'weak' && !touchesStrong(classes, b, b)) b--;
      const start = paragraphs[a]!.start;
      const end = paragraphs[b]!.end;
      out.push({ start, end, text: article.text.slice(start, end), rule });
    }
    p = q + 1;
  }
  // "Wolny looks on in despair Credit: PA Images": a caption's credit at the end of a line of its own.
  let sorted = true;
  for (let p = 0; p < paragraphs.length; p++) {
    if (classes[p] !== null) continue;
    const from = trailingCredit(article, paragraphs[p]!);
    if (from < 0) continue;
    const start = article.tokens.start(from);
    const end = paragraphs[p]!.end;
    sorted &&= out.length === 0 || out[out.length - 1]!.start < start;
    out.push({ start, end, text: article.text.slice(start, end), rule: 'photo-credit' });
  }
  if (!sorted) out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * Where a photo credit that ends a caption line starts ("… in Market Street. Picture: Wendlebury Echo",
 * "… Ashcombe Credit: PA Images", "… in April. Photograph by Tessa Morrow for Meridian"): a credit
 * label past the line's first word, then at most
 * MAX_TRAILING_CREDIT tokens to the line's end, none a quotation mark nor a sentence's end. -1 when none.
 */
function trailingCredit(article: Article, p: Paragraph): number {
  const a = lineStart(article, p);
  const b = lineEnd(article, p);
  const { tokens, tokenFeatures } = article;
  if (b - a > MAX_LINE || b - a < 4) return -1;
  for (let k = Math.max(a + 1, b - MAX_TRAILING_CREDIT - 2); k < b - 2; k++) {
    // The flat bits first: this runs for every line of the text, and most words near a line's end are no label.
    if ((tokenFeatures[k]! & CAPITALISED) === 0) continue;
    // A label and a colon ("Picture:"), or a credit's own words ("Photograph by").
    const label = tokens.word(k + 1)!.text === ':' ? CREDIT.start.matchForward(tokens, k, b) === 2 : lower(tokens.word(k + 1)!) === 'by' && CREDIT.anywhere.matchForward(tokens, k, b) === 2;
    if (!label) continue;
    for (let j = k + 2; j < b; j++) {
      const t = tokens.word(j)!.text;
      if (tokens.word(j)!.kind === 'quote' || t === '.' || t === '!' || t === '?') return -1;
    }
    return k;
  }
  return -1;
}

/** Lines that end a press release, lower case: "###", "-30-", "ENDS". */
const RELEASE_END_LINES: ReadonlySet<string> = new Set(data.releaseEndLines);
/** A release's footer after its end marker has at most this many tokens: an "About" paragraph or two and the contacts. */
const MAX_RELEASE_FOOTER = data.releaseEndMaxTokens;
/** The longest end marker, in UTF-16 units: a longer line is never one. */
const MAX_END_LINE = Math.max(...[...RELEASE_END_LINES].map((l) => l.length));

/** Headings of a release's closing sections ("Forward-Looking Statements", "Media Contact"); "About …" is read apart. */
const RELEASE_HEADINGS = new PhraseSet(data.releaseSectionHeadings);
/** The most words of the name after "About" in a section heading ("About Kestrel Grid Systems"). */
const MAX_ABOUT_NAME = 6;

/**
 * The paragraph where a press release's footer starts, when its tail is short enough to be one: the
 * line that ends the release ("###"), or else the first heading of a closing section in the tail
 * ("Forward-Looking Statements", "About Kestrel Grid Systems", "Media Contact") standing over its text
 * on the next line. -1 if none.
 */
function releaseEnd(article: Article): number {
  const { paragraphs, text } = article;
  let heading = -1;
  for (let p = paragraphs.length - 1; p > 0; p--) {
    const line = paragraphs[p]!;
    if (line.sentenceStart >= line.sentenceEnd) continue;
    // Only the tail is read: a marker whose footer would be too long is no release's end.
    if (article.tokens.length - lineStart(article, line) > MAX_RELEASE_FOOTER) return heading;
    if (line.end - line.start <= MAX_END_LINE + 4 && RELEASE_END_LINES.has(text.slice(line.start, line.end).trim().toLowerCase())) return p;
    if (p + 1 < paragraphs.length && nextLine(article, line, paragraphs[p + 1]!) && isReleaseHeading(article, line, paragraphs[p + 1]!)) heading = p;
  }
  return heading;
}

/**
 * A line that is a release section's heading: a listed one (a colon may end it), or "About" and a
 * capitalised name that the line under it goes on to describe ("About Kestrel Grid Systems" / "Founded
 * in 2017, Kestrel …"), where a subheading ("About Town Hall" / "The council's new offices …") does not.
 */
function isReleaseHeading(article: Article, p: Paragraph, under: Paragraph): boolean {
  const { tokens } = article;
  const a = lineStart(article, p);
  let b = lineEnd(article, p);
  if (b > a && tokens.word(b - 1)!.text === ':') b--;
  if (b <= a) return false;
  if (RELEASE_HEADINGS.matchForward(tokens, a, b) === b - a) return true;
  if (lower(tokens.word(a)!) !== 'about' || b - a < 2 || b - a > MAX_ABOUT_NAME + 1) return false;
  for (let k = a + 1; k < b; k++) if ((article.tokenFeatures[k]! & CAPITALISED) === 0) return false;
  return article.text.slice(under.start, under.end).includes(tokens.word(a + 1)!.text);
}

/** A line that is one interface label ("Email", "Print") or network ("Facebook"): its class bit, or null. */
function labelLine(article: Article, p: Paragraph): number | null {
  const a = lineStart(article, p);
  const we = wordEnd(article.tokens, a, lineEnd(article, p));
  if (we - a !== 1) return null;
  const t = article.tokens.word(a)!;
  if (t.kind !== 'word' || (t.features & BOILERPLATE_WORD) === 0) return null;
  const classes = WORD_CLASSES.get(lower(t)) ?? 0;
  return (classes & SOCIAL_NAME) !== 0 ? SOCIAL_NAME : (classes & UI_LABEL) !== 0 ? UI_LABEL : null;
}

/** Whether the line's last token is a colon: a header that introduces what follows ("Read more:"). */
function endsWithColon(article: Article, p: Paragraph): boolean {
  const b = lineEnd(article, p);
  return b > lineStart(article, p) && article.tokens.word(b - 1)!.text === ':';
}

/** A short list item: a line opened by a bullet ("- ", "• ", "* ") with no quotation mark. */
function isBulletLine(article: Article, p: Paragraph): boolean {
  const a = lineStart(article, p);
  const b = lineEnd(article, p);
  if (b - a < 2 || b - a > MAX_WHOLE * 3) return false;
  const first = article.tokens.word(a)!.text;
  if (first !== '-' && first !== '\u2022' && first !== '*' && first !== '\u2013' && first !== '\u00b7') return false;
  // A headline may quote a word inside it ("Islanders voice 'lifeline' fears as …"); a line that opens
  // with a quotation mark is someone's words.
  return (article.tokenFeatures[a]! & QUOTE_KIND) === 0;
}

/** The heading of a list of links, alone on its line ("Related Topics", "More on this story", "Read more:"). */
function isLinkListHeading(article: Article, p: Paragraph): boolean {
  const a = lineStart(article, p);
  const we = wordEnd(article.tokens, a, lineEnd(article, p));
  return we > a && headingLength(article.tokens, a, we) === we - a;
}

/** At most this many capitalised words name the section after a heading that ends in a preposition ("More from Tennis"). */
const MAX_SECTION_WORDS = 3;

/**
 * How many tokens of [a, we) a link list's heading takes: a listed heading, and after a preposition
 * that ends it or follows it the section it names, in capitalised words ("More from Tennis", "More in
 * World News", "Most viewed in Science"). 0 when the line opens with no heading.
 */
function headingLength(tokens: TokenList, a: number, we: number): number {
  let len = LINK_LIST_HEADINGS.matchForward(tokens, a, we);
  if (len === 0 || a + len >= we) return len;
  // "Most viewed in Science": a preposition and the section may follow any heading.
  if (!PREPOSITIONS.has(lower(tokens.word(a + len - 1)!))) {
    if (a + len + 1 >= we || !PREPOSITIONS.has(lower(tokens.word(a + len)!))) return len;
    len++;
  }
  let k = a + len;
  while (k < we && k - (a + len) < MAX_SECTION_WORDS && tokens.word(k)!.kind === 'word' && (tokens.word(k)!.features & CAPITALISED) !== 0) k++;
  return k - a;
}

/** Paragraph q starts on the line right after paragraph p ends: one line break and no blank line between them. */
function nextLine(article: Article, p: Paragraph, q: Paragraph): boolean {
  const gap = article.text.slice(p.end, q.start);
  const first = gap.indexOf('\n');
  return first >= 0 && gap.indexOf('\n', first + 1) < 0;
}

/** How many words and numbers tokens [a, b) hold: marks and punctuation do not lengthen a title. */
function wordsIn(article: Article, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (article.tokens.word(k)!.kind === 'word' || article.tokens.word(k)!.kind === 'number') n++;
  return n;
}

/** A link's title under a heading: up to MAX_LINK_TITLE words, not opened by a quotation mark nor ended by a period ("What is inflation?"). */
function isLinkTitle(article: Article, p: Paragraph): boolean {
  const a = lineStart(article, p);
  const b = lineEnd(article, p);
  if (b - a === 0 || wordsIn(article, a, b) > MAX_LINK_TITLE) return false;
  if (article.tokens.word(b - 1)!.text === '.') return false;
  // A numbered item ("2. ‘It was a bloodbath’: Inside Saturday’s auction") is a title, quotation marks and all.
  if (b - a > 2 && article.tokens.word(a)!.kind === 'number' && article.tokens.word(a + 1)!.text === '.') return true;
  // A headline may quote a word inside it ("Islanders voice 'lifeline' fears as …"); a line that opens
  // with a quotation mark is someone's words.
  return (article.tokenFeatures[a]! & QUOTE_KIND) === 0;
}

/** A weak line is kept when a strong line lies between it and the block's other end (it sits inside or next to the cues). */
function touchesStrong(classes: readonly LineClass[], k: number, last: number): boolean {
  const prev = k > 0 ? classes[k - 1] : null;
  const next = k + 1 < classes.length && k + 1 <= last + 1 ? classes[k + 1] : null;
  const strong = (c: LineClass | undefined): boolean => c !== null && c !== undefined && c !== 'weak';
  return strong(prev) || strong(next);
}

/** The line's first token ([lineStart, lineEnd) are its tokens; 0 and 0 for a line without any). Two numbers, not a pair: this runs for every line. */
function lineStart(article: Article, p: Paragraph): number {
  return p.sentenceStart >= p.sentenceEnd ? 0 : article.sentences[p.sentenceStart]!.tokenStart;
}

/** One past the line's last token (see lineStart). */
function lineEnd(article: Article, p: Paragraph): number {
  return p.sentenceStart >= p.sentenceEnd ? 0 : article.sentences[p.sentenceEnd - 1]!.tokenEnd;
}

/**
 * Whether the rules need to read the line [a, b): it has no quotation mark (a quoting line is the
 * article's), and some word could open a phrase or count as an appeal or interface word
 * (BOILERPLATE_WORD). One read per token; about a quarter of a news text's short lines have no such
 * word ("to", "in" and "with" open phrases).
 */
function worthReading(article: Article, a: number, b: number): boolean {
  const { tokenFeatures } = article;
  let bits = 0;
  for (let k = a; k < b; k++) bits |= tokenFeatures[k]!;
  return (bits & QUOTE_KIND) === 0 && (bits & BOILERPLATE_WORD) !== 0;
}

/** Whether some word of the line [a, b) could open a listed phrase (its BOILERPLATE_WORD bit). */
function hasListedWord(article: Article, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((article.tokenFeatures[k]! & BOILERPLATE_WORD) !== 0) return true;
  return false;
}

/**
 * The rule of a line that quotes (worthReading leaves it out): a line opened by a cue ("Read more:
 * ‘We were never asked’ – anger over …") or with an "anywhere" phrase outside its quotation marks
 * ("By clicking “Accept all” you consent to our use of cookies"). A quotation's own words ("“Support
 * our work,” the charity urged") never make one.
 */
function quotingLineRule(article: Article, a: number, b: number): BoilerplateRule | null {
  const { tokens, tokenFeatures } = article;
  for (let ri = 0; ri < RULES.length; ri++) {
    const r = RULES[ri]!;
    if (r.rule !== 'photo-credit' && b - a <= MAX_START && (tokenFeatures[a]! & QUOTE_KIND) === 0 && r.start.matchForward(tokens, a, b) > 0) return r.rule;
  }
  const firstWords = anywhereFirstWords();
  let marks = 0;
  for (let k = a; k < b; k++) {
    if ((tokenFeatures[k]! & QUOTE_KIND) !== 0) marks++;
    // An even count of marks before it: the word stands outside any quotation.
    if (marks % 2 !== 0 || (tokenFeatures[k]! & BOILERPLATE_WORD) === 0 || !firstWords.has(lower(tokens.word(k)!))) continue;
    for (let ri = 0; ri < RULES.length; ri++) {
      const r = RULES[ri]!;
      if (r.rule !== 'photo-credit' && r.anywhere.matchForward(tokens, k, b) > 0) return r.rule;
    }
  }
  return null;
}

/** Number of tokens once trailing punctuation is set aside ("Follow us on:" is three words). */
function wordEnd(tokens: TokenList, a: number, b: number): number {
  let e = b;
  while (e > a && (tokens.word(e - 1)!.kind === 'punct' || tokens.word(e - 1)!.kind === 'symbol')) e--;
  // "Comments (12)": a count in brackets after a label is the widget's, not words of the line.
  if (e - 2 > a && tokens.word(e - 1)!.kind === 'number' && tokens.word(e - 2)!.text === '(' && tokens.word(b - 1)!.text === ')') e -= 2;
  return e;
}

/** The rule a line's own cues give it, or null. A phrase may run on into the next line when this one is cut short. */
function strongRule(article: Article, p: number, classes: LineClass[]): BoilerplateRule | null {
  const tokens = article.tokens;
  const line = article.paragraphs[p]!;
  const a = lineStart(article, line);
  const b = lineEnd(article, line);
  const n = b - a;
  // A copyright line may run long with its legal terms ("Copyright © 2024 … may not be reproduced …").
  if (n > MAX_LINE && n <= 2 * MAX_LINE && COPYRIGHT.start.matchForward(tokens, a, b) > 0) return 'copyright-notice';
  // So may a cookie notice with all it lists ("We and our partners use cookies … to personalise content and ads, …").
  if (n > MAX_LINE && n <= 2 * MAX_LINE && holdsPhrase(article, COOKIE.anywhere, a, b)) return 'cookie-notice';
  if (n === 0 || n > MAX_LINE) return null;
  // A breadcrumb trail has no listed word: it is read before the test that needs one.
  if (!worthReading(article, a, b)) return hasListedWord(article, a, b) ? quotingLineRule(article, a, b) : isBreadcrumb(tokens, a, b) ? 'navigation' : null;
  const we = wordEnd(tokens, a, b);
  // A broken line ("Support truly" / "independent journalism"): phrases may run into the following short lines.
  const last = tokens.word(b - 1)!.text;
  const broken = !(last === '.' || last === '!' || last === '?' || last === ':');
  let limit = b;
  if (broken) {
    for (let q = p + 1; q < article.paragraphs.length && q <= p + 2; q++) {
      const qa = lineStart(article, article.paragraphs[q]!);
      const qb = lineEnd(article, article.paragraphs[q]!);
      if (qb - qa > 8 || qa !== limit) break;
      limit = qb;
    }
  }
  // Where an "anywhere" phrase of any rule could start: on most lines, nowhere.
  const starts: number[] = [];
  const firstWords = anywhereFirstWords();
  // Every such first word is a BOILERPLATE_OPENERS word: the bit rules out the rest without loading their words.
  const features = article.tokenFeatures;
  for (let k = a; k < b; k++) if ((features[k]! & BOILERPLATE_WORD) !== 0 && firstWords.has(lower(tokens.word(k)!))) starts.push(k);
  for (let ri = 0; starts.length > 0 && ri < RULES.length; ri++) {
    const r = RULES[ri]!;
    if (r.rule === 'photo-credit') continue;
    for (let si = 0; si < starts.length; si++) {
      const k = starts[si]!;
      const len = r.anywhere.matchForward(tokens, k, limit);
      if (len === 0) continue;
      // Mark the following lines the phrase ran into as part of the same cue.
      if (k + len > b) for (let q = p + 1; q < article.paragraphs.length; q++) {
        const qa = lineStart(article, article.paragraphs[q]!);
        if (qa >= k + len) break;
        classes[q] = { strong: r.rule };
      }
      return r.rule;
    }
  }
  for (let ri = 0; ri < RULES.length; ri++) {
    const r = RULES[ri]!;
    if (r.rule === 'photo-credit') continue;
    if (we - a <= MAX_WHOLE && we > a && r.line.matchForward(tokens, a, we) === we - a) return r.rule;
    if (n <= MAX_START && r.start.matchForward(tokens, a, b) > 0) return r.rule;
  }
  if (isBreadcrumb(tokens, a, b)) return 'navigation';
  if (followsNetworks(tokens, a, b)) return 'social-follow';
  // "READ: Typhoon makes landfall": a link's label, then a headline, which ends with no period.
  if (HEADLINE_LINKS.matchForward(tokens, a, b) > 0 && tokens.word(b - 1)!.text !== '.') return 'navigation';
  // "More from Tennis" on a line of its own: the heading of a list of links (see find).
  if (we > a && headingLength(tokens, a, we) === we - a) return 'navigation';
  // "More in World: Dravonia expels … · What's in the deal · …": the heading, a colon, and the links
  // on the same line between separators.
  const heading = we > a ? headingLength(tokens, a, we) : 0;
  if (heading > 0 && tokens.word(a + heading)?.text === ':' && hasLinkSeparator(tokens, a, b)) return 'navigation';
  if (n <= MAX_CREDIT && isCredit(tokens, a, b)) return 'photo-credit';
  if (CAPTION_STARTS.matchForward(tokens, a, b) > 0 && b - a >= 3) return 'photo-credit';
  return we - a <= MAX_WHOLE ? uiLine(tokens, a, we) : null;
}

/** Whether tokens [a, b) hold a separator that a line of links puts between them, as a breadcrumb trail does ("·", "|", "•"). */
function hasLinkSeparator(tokens: TokenList, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens.word(k)!.kind !== 'word' && CRUMB_SEPARATORS.has(tokens.word(k)!.text)) return true;
  return false;
}

/** Whether the line is a caption's label and nothing more ("Image caption," / "Media caption:"). */
function isCaptionLabel(article: Article, line: Paragraph): boolean {
  const a = lineStart(article, line);
  const b = lineEnd(article, line);
  const we = wordEnd(article.tokens, a, b);
  const len = CAPTION_STARTS.matchForward(article.tokens, a, b);
  return len > 0 && a + len >= we;
}

/** Whether the line can be a caption pasted under its label: a line's length at most, quoting no one. */
function mayBeCaption(article: Article, line: Paragraph): boolean {
  const a = lineStart(article, line);
  const b = lineEnd(article, line);
  if (b - a > MAX_LINE) return false;
  // A headline may quote a word inside it ("Islanders voice 'lifeline' fears as …"); a line that opens
  // with a quotation mark is someone's words.
  return (article.tokenFeatures[a]! & QUOTE_KIND) === 0;
}

/** Marks that separate the sections of a breadcrumb trail or a menu ("News | Business", "Home › World › Europe", "Apps · Security · AI"). */
const CRUMB_SEPARATORS: ReadonlySet<string> = new Set(['|', '\u203a', '\u00bb', '>', '/', '\u00b7', '\u2022']);
/** At most this many words (and numbers) make one section's name in a breadcrumb trail ("Assembly Election 2024"). */
const MAX_CRUMB_WORDS = 4;

/**
 * "Business | Economy": two or more capitalised section names of a few words each, between separators,
 * and nothing else. An ampersand between words stays inside a name ("Arts & Culture").
 */
function isBreadcrumb(tokens: TokenList, a: number, b: number): boolean {
  // "By Daniel Ostrowski | Capitol Bureau": a byline, the article's own.
  if (lower(tokens.word(a)!) === 'by') return false;
  // "Kelsey Brandt · The Western Ledger": a name that opens with a forename, then the outlet.
  if (a + 2 < b && (tokens.word(a)!.features & FORENAME) !== 0 && (tokens.word(a + 1)!.features & CAPITALISED) !== 0 && CRUMB_SEPARATORS.has(tokens.word(a + 2)!.text)) return false;
  let sections = 1;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = tokens.word(k)!;
    if (t.kind !== 'word' && t.kind !== 'number') {
      if (words > 0 && t.text === '&' && k + 1 < b && tokens.word(k + 1)!.kind === 'word') continue;
      if (words === 0 || !CRUMB_SEPARATORS.has(t.text)) return false;
      sections++;
      words = 0;
      continue;
    }
    if (++words > MAX_CRUMB_WORDS) return false;
    // "Yarrowvale Leader | Wednesday 12 March 2025": a date makes a dateline, the article's own.
    if (t.kind === 'number' && k > a && (tokens.word(k - 1)!.features & (TEMPORAL | CAPITALISED)) === (TEMPORAL | CAPITALISED)) return false;
    // Each section's name starts with a capital ("Business", "UK politics"), or after a prefix and a
    // hyphen ("e-Edition"), or a number before a capital ("4 Investigates").
    const numbered = t.kind === 'number' && k + 1 < b && tokens.word(k + 1)!.kind === 'word' && /^\p{Lu}/u.test(tokens.word(k + 1)!.text);
    if (words === 1 && !numbered && (t.kind !== 'word' || !/^\p{Lu}|^\p{Ll}+-\p{Lu}/u.test(t.text))) return false;
  }
  return sections >= 2 && words > 0;
}

const CREDIT = RULES.find((r) => r.rule === 'photo-credit')!;
const COPYRIGHT = RULES.find((r) => r.rule === 'copyright-notice')!;
const COOKIE = RULES.find((r) => r.rule === 'cookie-notice')!;

/** Whether tokens [a, b) hold a phrase of the set; the flat bit first, as strongRule reads a line. */
function holdsPhrase(article: Article, phrases: PhraseSet, a: number, b: number): boolean {
  const features = article.tokenFeatures;
  for (let k = a; k < b; k++) if ((features[k]! & BOILERPLATE_WORD) !== 0 && phrases.matchForward(article.tokens, k, b) > 0) return true;
  return false;
}

let anywhereFirst: ReadonlySet<string> | null = null;

/** The first words of every rule's "anywhere" phrases but the photo credit's, gathered on first use. */
function anywhereFirstWords(): ReadonlySet<string> {
  if (anywhereFirst === null) anywhereFirst = new Set(RULES.filter((r) => r.rule !== 'photo-credit').flatMap((r) => [...r.anywhere.firstWords()]));
  return anywhereFirst;
}

function isCredit(tokens: TokenList, a: number, b: number): boolean {
  if (CREDIT.start.matchForward(tokens, a, b) > 0) return b - a >= 2;
  for (let k = a; k < b; k++) if (CREDIT.anywhere.matchForward(tokens, k, b) > 0) return true;
  return false;
}

/** The most tokens of a line that asks to follow a section on social networks. */
const MAX_FOLLOW_LINE = 20;

/**
 * "Follow Sport on X, Instagram and Facebook", "Follow the Wessex Courier on Facebook, Instagram and X
 * @WessexCourier for all the latest news": a short line opening with "Follow" that names two social
 * networks or more, or an account's handle, after its "on", and reports no one ("Follow the money, said the inspector, and you
 * will find Facebook and Instagram accounts" is a sentence).
 */
function followsNetworks(tokens: TokenList, a: number, b: number): boolean {
  if (b - a > MAX_FOLLOW_LINE || lower(tokens.word(a)!) !== 'follow') return false;
  let networks = 0;
  let on = false;
  let handle = false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens.word(k)!;
    // "Follow Beatrix Fennimore-Lowe on X: @bfl_sketch": an account's handle after "on".
    if (on && t.text === '@' && k + 1 < b && tokens.start(k + 1) === tokens.end(k) && tokens.word(k + 1)!.kind === 'word') handle = true;
    if (t.kind !== 'word') continue;
    if ((t.features & CUE_WORD) !== 0) return false;
    if (lower(t) === 'on') on = true;
    else if (on && (t.features & BOILERPLATE_WORD) !== 0 && ((WORD_CLASSES.get(lower(t)) ?? 0) & SOCIAL_NAME) !== 0) networks++;
  }
  return networks >= 2 || handle;
}

/** The most words of a line that two labels run together make furniture ("Find out moreClose"). */
const MAX_RUN_TOGETHER_LINE = 6;

/** Lines of button labels ("Facebook Twitter Email", "Find out moreClose"); the rule they read as, or null. */
function uiLine(tokens: TokenList, a: number, b: number): BoilerplateRule | null {
  let words = 0;
  let social = 0;
  let labels = 0;
  let runTogether = false;
  let numbers = 0;
  let commentWord = false;
  for (let k = a; k < b; k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'number') numbers++;
    if (t.kind !== 'word') continue;
    words++;
    // A word with no boilerplate bit is neither listed nor two labels run together: nothing to look up.
    if ((t.features & BOILERPLATE_WORD) === 0) continue;
    if (runTogetherLabel(t.text)) runTogether = true;
    const classes = WORD_CLASSES.get(lower(t)) ?? 0;
    if (classes & SOCIAL_NAME) social++;
    if (classes & UI_LABEL) {
      labels++;
      if (lower(t).startsWith('comment')) commentWord = true;
    }
  }
  // "Find out moreClose": a short line of labels; not a sentence with a name like "DriveWatch" in it.
  if (runTogether && words <= MAX_RUN_TOGETHER_LINE) return 'navigation';
  // "💬 37 comments": a count of comments alone on its line.
  if (words === 1 && labels === 1 && numbers === 1 && commentWord) return 'navigation';
  if (words >= 2 && labels === words && social >= 2) return 'share-prompt';
  if (words >= 3 && labels === words) return social > 0 ? 'share-prompt' : 'navigation';
  return null;
}

/** An appeal line: speaks as "we"/"our" (or to "you") about journalism, support or money, or asks for an amount. */
function isWeak(article: Article, p: Paragraph): boolean {
  const tokens = article.tokens;
  const a = lineStart(article, p);
  const b = lineEnd(article, p);
  const n = b - a;
  if (n === 0 || n > MAX_LINE || !worthReading(article, a, b)) return false;
  let person = false;
  let appeal = 0;
  let money = false;
  // "Larchmont has agreed to contribute £6.8m …, according to council documents": a report is news, no appeal.
  let reports = false;
  for (let k = a; k < b; k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'symbol' && CURRENCY_SYMBOLS.has(t.text)) money = true;
    if ((t.features & CUE_WORD) !== 0) reports = true;
    // Only a word with the boilerplate bit can be listed (WORD_CLASSES are among its openers).
    if (t.kind !== 'word' || (t.features & BOILERPLATE_WORD) === 0) continue;
    const classes = WORD_CLASSES.get(lower(t)) ?? 0;
    if (classes & PERSON) person = true;
    if (classes & APPEAL) appeal++;
  }
  return (person && appeal >= 2) || (money && appeal >= 1 && !reports) || uiLine(tokens, a, wordEnd(tokens, a, b)) !== null;
}
