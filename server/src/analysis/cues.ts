// Finds reporting cues (said, told reporters, according to, accused … of) and the phrase that names
// their source, in text order, resolving each source against the entities seen so far.

import type { Article, Sentence, Span, TokenList } from './types';
import { sentenceAt, tokenIndexAt } from './article';
import { BARE_PAST_VERBS, COMPANY_FORMS, COMPANY_NOUNS, EVIDENCE_NOUNS, forenameGender, GENERIC_BODY_NOUNS, PUBLIC_BODY_NOUNS, REPORTING_VERBS, reportsNoWords, SAID_NOUNS, SPEECH_NOUNS, VERB_CLASSES, VERDICT_NOUNS, type ReportingVerb } from './lexicon';
import { ADVERB, AUXILIARY, CAPITALISED, CONNECTOR, CUE_WORD, DESCRIPTOR, DETERMINER, endsLikeAdverb, GROUP, HONORIFIC, INSTITUTION, isLowerContentWord, isPluralNoun, LOWER_ALPHA, POSSESSIVE, PHRASE_EDGE, PREPOSITIONS, ROLE, SENTENCE_OPENER, SUBJECT_PRONOUN, TEMPORAL, WORD_KIND } from './word-features';
import { appended, exact } from './lists';
import { isAsciiAcronym } from './statistic-words';
import { COUNT_NOUN } from './statistic-word-bits';
import { collectiveStartingAt, describedThrough, REFLEXIVES, lower, isArticle, PLACE_BASED, isCompanyFormPeriod, isCapitalised, isGroupNoun, isPossessive, isRoleWord, parenthesisOpening, partitiveStartingAt, agedPhraseEndingAt, agedPhraseStartingAt, perNamesSource, phraseEndingAt, phraseStartingAt, sourceStartingAt, skipLeftModifiers, withPlace, placeStartingAt, type SourcePhrase } from './source-phrases';
import { agedEpithet, givenAsName, givenName, namedBeforeDescription } from './given-names';
import { firstWord, type EntityRegistry, type Resolution } from './entities';
import fw from './data/function-words.json';

export interface CueMatch {
  /** Token index of the verb (or of "according"). */
  readonly verb: number;
  readonly cue: Span & { readonly text: string };
  readonly lemma: string;
  readonly verbInfo: ReportingVerb | null;
  readonly phrase: SourcePhrase | null;
  readonly resolution: Resolution | null;
  /** The source was taken from an earlier cue in the same sentence ("… and said"). */
  readonly inherited: boolean;
  readonly inverted: boolean;
  /** For a passive with no agent: the earlier active cue it repeats ("They accused Beijing" for "Beijing was accused"). */
  readonly echoOf?: CueMatch;
  /** The source phrase is one the user asked to ignore: the quote stays unattributed. */
  readonly ignored?: boolean;
  readonly sentence: number;
}

const NOUN_AFTER = new Set(['of', 'and', 'about']);
/** Words that join a verb to one before it, whose subject it shares. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** Nouns of quantity that take a plural verb after "a": "a majority say", "a few say" (function-words.json). */
const PLURAL_QUANTITIES: ReadonlySet<string> = new Set(fw.pluralQuantities);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'such', 'any', 'no', 'new', 'recent', 'latest', 'earlier', 'previous', 'similar']);
/** Determiners that say whose ("her record label"): see the bare verb after a singular noun in cueFrames. */
const OWNING_DETERMINERS: ReadonlySet<string> = new Set(fw.possessiveDeterminers.concat(['its']));
/** Relative words that open a clause about a person ("Okafor, 19, who had not scored …, said"). */
export const PERSON_RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose']);
/** Auxiliaries of a progressive ("had been saying", "was telling"): the -ing form after one is a finite verb's. */
const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'been']);
const PARTICIPLE_STOP = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'in']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got']);
/** What follows a participle that opens a sentence: "Writing in", "Speaking to", "Citing the". */
const PARTICIPLE_FOLLOWERS = new Set(['in', 'to', 'on', 'at', 'by', 'about', 'from', 'with', 'for', 'after', 'before', 'during', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Words that open a sentence with an adverbial clause before its subject ("Since the invasion, China …"). */
const CLAUSE_OPENERS = new Set(['since', 'after', 'before', 'when', 'while', 'as', 'in', 'on', 'during', 'despite', 'although', 'though', 'because', 'following', 'amid', 'earlier', 'later', 'last', 'meanwhile', 'however', 'instead', 'at', 'for', 'with', 'by', 'from', 'under', 'until', 'outside', 'inside', 'near', 'across', 'behind', 'throughout', 'within', 'among', 'without', 'unlike', 'like', 'towards', 'toward', 'through', 'beyond', 'upon', 'along', 'alongside']);

/** Adverbs that open a sentence with a phrase of their own before its subject ("Back home, …", "Elsewhere, …"). */
const ADVERB_OPENERS = new Set(fw.adverbOpeners);

export interface CueContext {
  readonly article: Article;
  readonly verbs: ReadonlyMap<string, ReportingVerb>;
  /** For each token, 1 if it lies inside a quote's marked parts, else 0: one byte a token, so the scans that read it stay in cache. */
  readonly inQuote: Uint8Array;
  readonly registry: EntityRegistry;
  /** Cues with a resolved source found so far, in text order (the passive echo reads back through them). */
  readonly history: CueMatch[];
  /** The headline, when it is written in title case ("Christie Calls Clinton ‘A Disgrace’"): names cannot be told from verbs there. */
  readonly titleCaseHeadline: Span | null;
  /** Whether an offset lies in page furniture (boilerplate): no sentence there is about anyone. */
  readonly inFurniture: (offset: number) => boolean;
}

/** How many earlier cues a passive without an agent looks back through. */
const PASSIVE_ECHO_REACH = 40;

/** True when the token is a reporting verb used as a verb here (not "the warning", "claims of"). */
function verbAt(ctx: CueContext, i: number): ReportingVerb | null {
  const { tokens } = ctx.article;
  const t = tokens.word(i)!;
  if (t.kind !== 'word' || ctx.inQuote[i] !== 0) return null;
  // "Said Ellis: …" opens a sentence with an inverted cue; elsewhere a capitalised form is a name ("United States").
  // The form first: the sentence's start is a binary search, and most capitalised forms ("States") fail the form.
  // So does "Says union leader Frank Dobson: …": a present form of a verb that inverts, before its subject.
  if (isCapitalised(t) && !(/ed$|^Said$|s$/i.test(t.text) && i === sentenceStartOf(ctx, i))) return null;
  const v = ctx.verbs.get(t.lower);
  if (!v) return null;
  const prev = tokens.word(i - 1);
  const next = tokens.word(i + 1);
  if (isCapitalised(t) && /s$/.test(t.text) && !(VERB_CLASSES.invertible.has(v.lemma) && opensPhrase(ctx.article, i + 1))) return null;
  if (VERB_CLASSES.withIt.has(v.lemma) && (!next || lower(next) !== 'it')) return null;
  // "fired back at the rebels" fires; "fired back that …", "fired back: …" speaks.
  if (VERB_CLASSES.withBack.has(v.lemma) && (!next || lower(next) !== 'back' || (tokens.word(i + 2) !== undefined && lower(tokens.word(i + 2)!) === 'at'))) return null;
  // "a phrase widely read as a call for …", "noted as a risk": a verb that needs a clause to report
  // speech takes none after "as", and the quotation before it is not what it reports.
  if (VERB_CLASSES.needsClause.has(v.lemma) && next && lower(next) === 'as') return null;
  // "had the administration agreed to “ring-fence” the youth service", "continued to rise": an
  // infinitive after such a verb is something done, not said; "confirmed to reporters that" still speaks.
  if (VERB_CLASSES.needsClause.has(v.lemma) && next && lower(next) === 'to' && infinitiveAfter(ctx, i + 2)) return null;
  // "NATO states", "member states", "United States": the noun.
  if (t.text === 'states' && prev && (isCapitalised(prev) || lower(prev) === 'member')) return null;
  // "state Del. Marcia Price", "state attorney general", "state officials": the noun, before a title, a name or a group.
  if (t.text === 'state' && next && next.kind === 'word' && (isCapitalised(next) || isRoleWord(next) || isGroupNoun(next))) return null;
  // "Deshpande earlier wrote that …": "earlier" is an adverb before a past form ("an earlier claim", "the earlier warning" are nouns).
  const adverbBefore = prev !== undefined && lower(prev) === 'earlier' && t.text !== v.lemma && !/(?:s|ing)$/.test(t.text);
  if (prev && prev.kind === 'word' && !adverbBefore && (NOUN_BEFORE.has(lower(prev)) || (isPossessive(prev) && tokens.end(i - 1) === tokens.start(i) - 1))) return null;
  // "an earnings call", "a conference call": after "a" or "an" and one word, a bare form is a noun;
  // not after a noun of quantity, which takes a plural verb ("a majority say").
  // Nor a verb whose past is its bare form: "A sign read: …".
  if (t.text === v.lemma && !BARE_PAST_VERBS.has(v.lemma) && prev && prev.kind === 'word' && !PLURAL_QUANTITIES.has(lower(prev)) && i >= 2 && /^(?:a|an)$/i.test(tokens.word(i - 2)!.text)) return null;
  // "wrote in a tribute posted online", "in a statement released on Monday": a past form after a
  // preposition's noun, with no object after it, describes that noun ("at the time called her" reports).
  if (/ed$/.test(t.text) && i >= 3 && prev && prev.kind === 'word' && isLowerContentWord(prev.lower, ctx.article.tokenFeatures[i - 1]!) && isArticle(tokens.word(i - 2)!) && PREPOSITIONS.has(lower(tokens.word(i - 3)!)) && next && next.kind === 'word' && (PREPOSITIONS.has(lower(next)) || lower(next) === 'online' || (ctx.article.tokenFeatures[i + 1]! & TEMPORAL) !== 0)) return null;
  // "claims of", "reports about" are nouns; "recalled of the proceedings" is still a verb.
  if (next && next.kind === 'word' && NOUN_AFTER.has(lower(next)) && !/ed$/.test(t.text) && !VERB_CLASSES.verbBeforeOf.has(v.lemma)) return null;
  if (prev && prev.kind === 'word' && (lower(prev) === 'to' || lower(prev) === 'would' || lower(prev) === 'will') && v.lemma !== 'say') {
    // "refused to condemn", "would ask": infinitives still report, but only when no other cue is nearer.
    return v;
  }
  return v;
}

/**
 * Whether token k (after "to") opens an infinitive: a quotation, or a lower-case word that is no
 * determiner, role, group or body, with no "that" after it ("to reporters that" names an audience).
 */
function infinitiveAfter(ctx: CueContext, k: number): boolean {
  const { tokens, tokenFeatures: f } = ctx.article;
  const t = tokens.word(k);
  if (t === undefined) return false;
  if (t.kind === 'quote') return true;
  if ((f[k]! & (LOWER_ALPHA | DETERMINER | ROLE | GROUP | INSTITUTION | POSSESSIVE)) !== LOWER_ALPHA) return false;
  const after = tokens.word(k + 1);
  return after === undefined || (lower(after) !== 'that' && after.text !== ',');
}

/** Token i is a word that may open a subject: no auxiliary, connector, adverb or other function word ("States have …"). */
function opensPhrase(article: Article, i: number): boolean {
  const f = article.tokenFeatures[i];
  return f !== undefined && (f & WORD_KIND) !== 0 && (f & (AUXILIARY | CONNECTOR | ADVERB)) === 0 && ((f & SENTENCE_OPENER) === 0 || (f & DETERMINER) !== 0);
}

function sentenceStartOf(ctx: CueContext, i: number): number {
  const s = ctx.article.sentences[sentenceAtToken(ctx.article, i)];
  return s ? s.tokenStart : -1;
}

function sentenceAtToken(article: Article, i: number): number {
  if (i < 0 || i >= article.tokens.length) return -1;
  return sentenceAt(article, article.tokens.start(i));
}

/**
 * A cue as the sentence's own words show it, before any source is resolved: the verb, its span and the
 * phrase that names its source. It depends on the sentence's tokens and quotation marks alone, so a
 * sentence an edit left alone takes its frames from the previous version (see reuse.ts).
 */
export interface CueFrame {
  /** "according to X" (or "in the words of X"), a passive ("was accused by X"), or any other cue. */
  readonly form: 'according' | 'passive' | 'active';
  readonly verb: number;
  readonly cue: Span & { readonly text: string };
  readonly lemma: string;
  readonly verbInfo: ReportingVerb | null;
  /** The phrase after "according to", the agent after "by", or the subject found for the verb. */
  readonly phrase: SourcePhrase | null;
  readonly inverted: boolean;
  /** For an active cue with no source resolved: the word left of the subject, and whether the verb is a participle. */
  readonly leftWord: string;
  readonly participle: boolean;
}

/** Most sentences have no cue: they share one empty list (a memo keeps a list per sentence). */
const NO_FRAMES: readonly CueFrame[] = Object.freeze([]);

/** The cues of one sentence as its words show them (CueFrame), in text order. */
export function cueFrames(ctx: CueContext, sentenceIndex: number): readonly CueFrame[] {
  const { article } = ctx;
  const { tokens } = article;
  const s = article.sentences[sentenceIndex]!;
  // Made at the sentence's first cue: most sentences have none.
  let out: CueFrame[] | null = null;
  // With only the built-in verbs, a cue can sit only on a word flagged CUE_WORD; user verbs may be anywhere.
  const cueBits = ctx.verbs === REPORTING_VERBS ? CUE_WORD : -1;
  const { tokenFeatures } = article;
  // Where the source phrase of the last "according to" ends: a word inside it is no cue of its own
  // ("according to the new police report, …": "report" is no verb).
  let sourceEnd = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if ((tokenFeatures[i]! & cueBits) === 0 || ctx.inQuote[i] !== 0 || i < sourceEnd) continue;
    const t = tokens.word(i)!;
    const wordsOf = lower(t) === 'words' && tokens.word(i + 1) !== undefined && lower(tokens.word(i + 1)!) === 'of' && i >= 2 && lower(tokens.word(i - 1)!) === 'the' && lower(tokens.word(i - 2)!) === 'in';
    const per = lower(t) === 'per' && perNamesSource(article, i, s.tokenStart);
    if ((lower(t) === 'according' && tokens.word(i + 1) && lower(tokens.word(i + 1)!) === 'to') || wordsOf || per) {
      // "according to X", "in the words of X", ", per a senior aide"
      const from = per ? i + 1 : i + 2;
      const phrase = sourceStartingAt(article, from, limitRight(ctx, from, s.tokenEnd));
      const cueStart = wordsOf ? tokens.start(i - 2) : tokens.start(i);
      const cue = { start: cueStart, end: tokens.end(per ? i : i + 1), text: wordsOf ? 'in the words of' : per ? t.text : 'according to' };
      out = appended(out, { form: 'according', verb: i, cue, lemma: 'according to', verbInfo: null, phrase, inverted: true, leftWord: '', participle: false });
      if (phrase) sourceEnd = phrase.last;
      continue;
    }
    // "In Dobson's words, the sides are …", "in the minister's own words": the possessor speaks.
    const possessor = lower(t) === 'words' ? possessorOfWords(article, i, s.tokenStart) : null;
    if (possessor) {
      const cue = { start: tokens.start(possessor.into), end: tokens.end(i), text: article.text.slice(tokens.start(possessor.into), tokens.end(i)) };
      out = appended(out, { form: 'according', verb: i, cue, lemma: 'according to', verbInfo: null, phrase: possessor.phrase, inverted: true, leftWord: '', participle: false });
      continue;
    }
    const v = verbAt(ctx, i);
    if (!v) continue;
    if (isHeadlineAudience(article, s, i)) continue;
    // "a group calling itself Black Marrow": a name taken, no words said.
    if (v.lemma === 'call' && i + 1 < s.tokenEnd && REFLEXIVES.has(tokens.word(i + 1)!.lower)) continue;
    const floor = leftFloor(ctx, i, s.tokenStart);
    let phrase: SourcePhrase | null = null;
    let inverted = false;
    let k = skipLeftModifiers(article, i - 1, floor);
    // "Rep. Gwen Moore (D-Wis.) said": step over the party label to the name.
    const party = k > floor ? parenthesisOpening(tokens, k, floor) : -1;
    if (party >= 0) k = skipLeftModifiers(article, party - 1, floor);
    // "John Dickey -- the chief executive of Ora Media -- told me": step over a description set off by dashes.
    const dashOpen = k > floor ? openingDash(tokens, k, floor) : -1;
    if (dashOpen > floor) k = skipLeftModifiers(article, dashOpen - 1, floor);
    // "Tallyline Inc. says": the period of a company's form ends no phrase.
    if (k > floor && isCompanyFormPeriod(tokens, k)) k--;
    const left = k >= floor ? tokens.word(k)! : null;
    const afterQuote = left !== null && (ctx.inQuote[k] !== 0 || (left.text === ',' && k - 1 >= s.tokenStart && ctx.inQuote[k - 1] !== 0));
    // "was accused", and "was told", "was shown": a participle not spelt with -ed may be passive too.
    const auxiliary = /ed$/.test(t.text) || IRREGULAR_PARTICIPLES.has(lower(t)) ? passiveAuxiliaryBefore(tokens, i, s.tokenStart) : -1;
    if (auxiliary >= 0) {
      // "Beijing was accused of …": the subject is the target; the source, if any, follows "by".
      const by = tokens.word(i + 1) && lower(tokens.word(i + 1)!) === 'by' ? phraseStartingAt(article, i + 2, limitRight(ctx, i + 2, s.tokenEnd)) : agentAfterQuote(ctx, i, s.tokenEnd);
      out = appended(out, { form: 'passive', verb: i, cue: cueSpan(tokens, i, s.tokenEnd), lemma: v.lemma, verbInfo: v, phrase: by, inverted: true, leftWord: '', participle: false });
      continue;
    }
    const owner = left && left.kind === 'word' ? speechNounOwner(tokens, k, floor) : -1;
    if (owner >= 0) {
      // "the ministry's statement said", "PC World's recent analysis of its traffic concluded": the
      // possessor speaks ("Cornyn 's statement": the clitic stands apart).
      const clitic = /^['\u2019]s$/i.test(tokens.word(owner)!.text);
      phrase = phraseEndingAt(article, clitic ? owner - 1 : owner, floor);
    } else if (left && left.kind === 'word' && k - 2 >= floor && tokens.word(k - 1)!.text === ',' && RELATIVE_WHO.has(lower(left)) && !(lower(left) === 'which' && lower(t) === v.lemma && !BARE_PAST_VERBS.has(v.lemma))) {
      // "Senator Jane Roe, who said it was …", "Stevie Wonder, who joked of the museum, …": the relative
      // pronoun stands for the person named before its comma. Not "which" before a bare form: in "the
      // test, which state news media claimed …" that form is a noun; unless its past is its bare form
      // ("The tweet, which read “…”").
      // "Gwendolyn Ames, 81, who said …": an age between commas stands between the name and "who".
      const aged = k - 4 >= floor && tokens.word(k - 3)!.text === ',' && /^\d{1,3}$/.test(tokens.word(k - 2)!.text);
      const found = phraseEndingAt(article, aged ? k - 4 : k - 2, floor);
      // "who" and "whose" speak of a person: a lone capitalised word before them is a name ("Teodor, whose family …").
      // So is a noun no list knows ("A former dispatcher, who asked not to be named, said").
      const named =
        found && found.kind === 'institution' && found.common && lower(left) === 'who'
          ? { ...found, kind: 'person' as const, name: null, text: lowerArticle(found.text), title: lowerArticle(found.text) }
          : found && found.kind === 'institution' && found.name && !found.name.includes(' ') && lower(left) !== 'which'
            ? { ...found, kind: 'person' as const }
            : found;
      const placed = named ? peopleBeforePlace(article, named, floor) : undefined;
      phrase = placed !== undefined ? placed : named && named.kind !== 'pronoun' ? forenamed(named) : null;
    } else if (left && left.kind === 'word') {
      // "The woman who called police said …": the subject is before the relative clause, not its object.
      phrase = relativeClauseSubject(article, k, floor) ?? sharedArticle(article, phraseEndingAt(article, k, floor), floor) ?? agedPhraseEndingAt(article, k, floor);
      // "His campaign had spent the autumn dismissing …", "spent weeks denying …": a time before the
      // verb says when, not who; the subject is earlier (below).
      // Not a name that ends in one ("The Straits Times").
      if (phrase && (article.tokenFeatures[phrase.last - 1]! & (TEMPORAL | CAPITALISED)) === TEMPORAL) phrase = null;
      // "Anna Smith and Tom Jones said": both speak.
      if (phrase) phrase = namedPairEndingAt(article, phrase, floor) ?? phrase;
      // "One of the people said", "One of them said": the part of the group speaks.
      const part = partitiveEndingAt(article, k, phrase, floor) ?? oneOfGroupBefore(ctx, sentenceIndex, phrase, floor);
      if (part) phrase = part;
      // "… marching through the streets chanted": a phrase after a preposition is an object; the subject is earlier.
      else if (!phrase || prepositionBefore(tokens, phrase.first, floor) >= 0) {
        const subject = modifiedSubject(ctx, s.tokenStart, floor, i);
        const held = subject && phrase ? roleHeldIn(article, subject, phrase, floor) : null;
        if (held) phrase = held;
        else if (subject) phrase = subject;
        else if (phrase) phrase = placedSubject(article, phrase, floor) ?? phrase;
      }
      // "…'sit on their hands', surveyors say": a bare plural no list knows, right after a quotation, is those who speak.
      if (!phrase && k - 2 >= s.tokenStart && (ctx.inQuote[k - 1] !== 0 || (tokens.word(k - 1)!.text === ',' && ctx.inQuote[k - 2] !== 0))) phrase = barePlural(article, k);
      // "John Dickey, the chief executive of Ora Media -- …, -- told me": the dash closes an appositive as a comma would.
      if (dashOpen > floor && !(phrase && phrase.kind === 'person' && phrase.name)) {
        const named = appositiveSubject(ctx, dashOpen, floor);
        if (named && named.kind === 'person' && named.name) phrase = named;
      }
      // "Malaysia's Prime Minister, Najib Razak said": the title before the comma belongs to the name.
      if (phrase && phrase.kind === 'person' && phrase.name && !phrase.title && phrase.first - 2 >= floor && tokens.word(phrase.first - 1)!.text === ',') {
        const titled = phraseEndingAt(article, phrase.first - 2, floor);
        if (titled && titled.kind === 'person' && !titled.name && titled.title) phrase = { ...phrase, title: titled.title.replace(/^(?:the|a|an)\s+/i, '') };
      }
    } else if (left && left.text === ',' && !afterQuote && !t.text.endsWith('ing')) {
      phrase = appositiveSubject(ctx, k, floor);
    } else if (left && left.kind === 'quote' && !afterQuote && k - 1 > floor && tokens.word(k - 1)!.text === ',' && !t.text.endsWith('ing')) {
      // "Actor Jules Ferrante, who starred in the film “Northbound Lights,” wrote …": a title's marks (no
      // quotation) close the appositive with the comma inside them.
      phrase = appositiveSubject(ctx, k - 1, floor);
    }
    // Not over "that": "said that lawmakers should …" opens the reported clause, whose subject is no speaker.
    if ((!phrase || afterQuote || k < floor) && (VERB_CLASSES.invertible.has(v.lemma) || v.extra === true) && !(i + 1 < s.tokenEnd && lower(tokens.word(i + 1)!) === 'that')) {
      const ceiling = limitRight(ctx, i + 1, s.tokenEnd);
      let right = collectiveStartingAt(article, i + 1, ceiling) ?? phraseStartingAt(article, i + 1, ceiling) ?? partitiveStartingAt(article, i + 1, ceiling) ?? agedPhraseStartingAt(article, i + 1, ceiling) ?? (afterQuote || k < floor ? (speechNounAuthor(ctx, i + 1, ceiling) ?? commonAfter(ctx, i + 1, ceiling) ?? (afterQuote && i + 2 === ceiling ? barePlural(article, i + 1) : null)) : null);
      // "said Jim Harris, a spokesman for Northern Power.": the description after the name is his title.
      if (right && right.kind === 'person' && right.name && !right.title && right.last + 1 < ceiling && tokens.word(right.last)!.text === ',') right = describedPerson(article, right, right.last + 1, descriptionEnd(tokens, right.last + 1, ceiling));
      // "said the union leader, Mary Jones.": the name after the role's comma is the source, the role her title.
      if (right && right.kind === 'person' && !right.name && right.title && right.last + 1 < ceiling && tokens.word(right.last)!.text === ',') {
        const named = phraseStartingAt(article, right.last + 1, ceiling);
        const closes = named !== null && (named.last >= ceiling || tokens.word(named.last)!.kind === 'punct');
        // An honorific may open the name: "said the group's chair, Dr Alan Kessel."
        const plain = named !== null && (!named.title || ((article.tokenFeatures[named.first]! & HONORIFIC) !== 0 && !named.title.includes(' ')));
        if (named && closes && plain && named.kind === 'person' && named.name && named.name.includes(' ')) right = { ...named, title: right.title.replace(/^(?:the|a|an)\s+/i, '') };
      }
      // "said a source close to the investigation", "said a person familiar with the matter": all of it names the source.
      if (right) right = describedAfter(article, right, ceiling) ?? right;
      // "said one Democratic source on the panel": the place belongs to the source.
      if (right && right.last + 1 < ceiling) right = withPlace(article, right, right.last, placeStartingAt(article, right.last + 1, ceiling)) ?? right;
      // "said Anna Smith and Tom Jones.": both speak.
      if (right && right.kind === 'person' && right.name && !right.title && right.last + 1 < ceiling && lower(tokens.word(right.last)!) === 'and') {
        const second = phraseStartingAt(article, right.last + 1, ceiling);
        if (second && second.kind === 'person' && second.name && !second.title) right = namedPair(article, right, second);
      }
      // Nor a noun after a participle or after "and", "but", "or": "…, insisting his goalkeeper had been
      // fouled", "by asking federal prosecutors to charge", "… said it was serious and urged customers to
      // stop" name the clause's subject or the one asked; the verb's source is the sentence's subject or
      // the earlier verb's (resolveCues), never after it as in "insisted Kerrigan". A pronoun there
      // ("…, saying he would resign", "and said he thought …") stays: it is the complement's subject,
      // most often the speaker again.
      const sharesSubject = t.text.endsWith('ing') || (!afterQuote && left !== null && COORDINATORS.has(lower(left)));
      if (right && right.kind !== 'pronoun' && sharesSubject) right = null;
      if (right && (afterQuote || k < floor || right.kind !== 'institution')) {
        phrase = right;
        inverted = true;
      }
    }
    // "the Security Council issued a statement calling the test …": the statement's author speaks, the
    // subject of the clause that issued it, not "a statement".
    if (phrase && !inverted && phrase.indefinite && t.text.endsWith('ing') && k === i - 1 && SPEECH_NOUNS.has(phrase.head)) {
      phrase = mainSubject(ctx, s.tokenStart, phrase.first) ?? phrase;
    }
    // "the teenager added" after "Okafor, 19,": the person of that age.
    if (phrase && phrase.kind === 'person' && !phrase.name && phrase.definite) phrase = agedEpithet(article, phrase) ?? phrase;
    // "A man who gave his name only as Teodor … told AFP": the name he gave.
    if (phrase && phrase.kind === 'person' && !phrase.name) phrase = givenName(article, phrase, s.tokenEnd) ?? namedBeforeDescription(article, phrase, s.tokenStart) ?? phrase;
    else if (phrase && phrase.kind === 'institution') phrase = givenAsName(article, phrase) ?? phrase;
    if (phrase && !plausibleSource(phrase)) phrase = null;
    // "a controversial comment that …", "a five-alarm call to lawmakers": the bare verb right after a
    // singular phrase with "a" is that phrase's noun; a subject would take "comments" or "calls". Not
    // a verb whose past is its bare form: "as a Homeland Security memo put it".
    if (phrase && !inverted && phrase.indefinite && k === i - 1 && lower(t) === v.lemma && !BARE_PAST_VERBS.has(v.lemma) && !PLURAL_QUANTITIES.has(phrase.head)) continue;
    // So with "her", "its", "their" and a singular noun: "her record label, Halcyon Records," is a noun;
    // "their lawyers claim" keeps its verb, and a group noun may take a plural one ("their union say").
    // And after an owner's name, before its own verb or an aside: "the government's headline pledge - that … - had …".
    if (phrase && !inverted && k === i - 1 && lower(t) === v.lemma && !BARE_PAST_VERBS.has(v.lemma) && (OWNING_DETERMINERS.has(lower(tokens.word(phrase.first)!)) || (ownedNoun(tokens, phrase) && i + 1 < s.tokenEnd && ((article.tokenFeatures[i + 1]! & AUXILIARY) !== 0 || /^[,\u2013\u2014-]$/.test(tokens.word(i + 1)!.text)))) && !phrase.head.endsWith('s') && !isGroupNoun(tokens.word(phrase.last - 1)!)) continue;
    // "“stolen,” a claim rejected by courts": a participle with its agent after a noun of speech says
    // what befell the claim; the claim is no speaker and the agent did not say the quotation.
    if (phrase && !inverted && k === i - 1 && t.text.endsWith('ed') && (SAID_NOUNS.has(phrase.head) || SPEECH_NOUNS.has(phrase.head)) && i + 1 < s.tokenEnd && lower(tokens.word(i + 1)!) === 'by') continue;
    // A participle's common-noun neighbour is rarely its subject ("a paper last year calling for").
    if (phrase && phrase.common && t.text.endsWith('ing') && k !== i - 1) phrase = null;
    // "what farmers had been saying": a progressive verb has a subject of its own, not a participle's clause.
    const participle = t.text.endsWith('ing') && !(i > s.tokenStart && PROGRESSIVE_AUXILIARIES.has(lower(tokens.word(i - 1)!)));
    out = appended(out, { form: 'active', verb: i, cue: cueSpan(tokens, i, s.tokenEnd), lemma: v.lemma, verbInfo: v, phrase, inverted, leftWord: left ? lower(left) : '', participle });
  }
  return out === null ? NO_FRAMES : exact(out);
}

const NO_CUES: readonly CueMatch[] = Object.freeze([]);

/** Whether a clause or a quotation follows a verb, from token `from`: a quotation mark, "that" or a colon within a short object ("calls NATO claims of backing Russia 'disinformation'"). */
export function introducesClause(tokens: TokenList, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'quote' || lower(t) === 'that' || t.text === ':') return true;
  }
  return false;
}

/** A common noun's phrase as a name for someone unnamed: its article in lower case ("A former dispatcher" -> "a former dispatcher"). */
function lowerArticle(text: string): string {
  return /^(?:A|An|The) /.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** The cues of one sentence with their sources resolved against the entities seen so far, in text order. */
export function resolveCues(ctx: CueContext, sentenceIndex: number, frames: readonly CueFrame[]): readonly CueMatch[] {
  // Most sentences have no cue: they share one empty list rather than each keeping its own to the end.
  if (frames.length === 0) return NO_CUES;
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[sentenceIndex]!;
  // Every frame gives one match: most sentences with a cue have one.
  let out: CueMatch[] | null = null;
  for (let n = 0; n < frames.length; n++) {
    const f = frames[n]!;
    const { verb: i, cue, lemma, verbInfo, inverted } = f;
    if (f.form === 'according') {
      const resolution = f.phrase && f.phrase.kind !== 'pronoun' ? ctx.registry.resolve(f.phrase, true) : null;
      out = appended(out, { verb: i, cue, lemma, verbInfo, phrase: f.phrase, resolution, inherited: false, inverted, sentence: sentenceIndex });
      continue;
    }
    if (f.form === 'passive') {
      const by = f.phrase;
      const resolution = by && by.kind !== 'pronoun' ? ctx.registry.resolve(by, true) : null;
      const echo = by ? null : passiveEcho(ctx, lemma, tokens, passiveAuxiliaryBefore(tokens, i, s.tokenStart), s.tokenStart);
      if (echo) {
        out = appended(out, { verb: i, cue, lemma, verbInfo, phrase: echo.phrase, resolution: echo.resolution, inherited: true, inverted, sentence: sentenceIndex, echoOf: echo });
        continue;
      }
      out = appended(out, { verb: i, cue, lemma, verbInfo, phrase: by, resolution, inherited: false, inverted, sentence: sentenceIndex });
      continue;
    }
    let phrase = f.phrase;
    // "Apple on Tuesday unveiled a thinner iPhone. The company said …": the named body a sentence before was about.
    const body = phrase && ctx.registry.lacksSpeakingBody(phrase) ? (bodySubjectBefore(ctx, sentenceIndex, phrase) ?? companyNamedBefore(ctx, phrase) ?? headlineBody(ctx, phrase)) : null;
    const bodyResolution = body ? ctx.registry.resolve(body, true) : null;
    // "until a reporter showed him the records": a verb that reports only with a clause or a quotation after
    // it ("showed that …") makes no speaker of a person without one; later pronouns still look for the last
    // speaker. Not a verb that closes the words it reports ("…, noted NBC's Dante Chinni", "…, she noted").
    const closes = inverted || (phrase !== null && phrase.first > s.tokenStart && tokens.word(phrase.first - 1)!.text === ',');
    const speaks = !(phrase && phrase.kind === 'person' && phrase.last <= i && !closes && VERB_CLASSES.needsClause.has(lemma) && !introducesClause(tokens, i + 1, s.tokenEnd));
    let resolution = bodyResolution && body ? { entity: bodyResolution.entity, how: 'title' as const, antecedent: { start: body.start, end: body.end, kind: 'name' as const, text: body.text } } : phrase ? ctx.registry.resolve(phrase, speaks, closesIndirectReport(ctx, phrase, s.tokenStart, s.tokenEnd), REPLY_LEMMAS.has(lemma)) : null;
    // "The prime minister accepted her resignation. He said …": a "he" or "she" that names no one known
    // is the role that opened the sentence before, in the same paragraph.
    if (!resolution && phrase && phrase.kind === 'pronoun' && (phrase.pronoun === 'male' || phrase.pronoun === 'female')) {
      const role = roleOpeningSentenceBefore(ctx, sentenceIndex, phrase.pronoun);
      const found = role ? ctx.registry.resolve(role, true) : null;
      // Explained as a pronoun with the role for its antecedent.
      if (found && role) resolution = { entity: found.entity, how: 'pronoun', antecedent: { start: role.start, end: role.end, kind: 'title', text: role.text } };
    }
    let inherited = false;
    if (phrase && ctx.registry.isIgnored(phrase)) {
      out = appended(out, { verb: i, cue, lemma, verbInfo, phrase, resolution: null, inherited: false, inverted, sentence: sentenceIndex, ignored: true });
      continue;
    }
    if (!resolution) {
      // "… and said", "…, saying": the source is the subject of an earlier cue in the sentence.
      // The nearest earlier cue with a source, outside a relative clause.
      let prior: CueMatch | undefined;
      const earlier: readonly CueMatch[] = out ?? NO_CUES;
      for (let k = earlier.length - 1; k >= 0 && !prior; k--) if (earlier[k]!.resolution !== null && !inRelativeClause(tokens, earlier[k]!.verb)) prior = earlier[k];
      const leftWord = f.leftWord;
      const participle = f.participle;
      if (prior && (leftWord === 'and' || leftWord === 'but' || leftWord === ',' || leftWord === 'also' || participle) && !(participle && PARTICIPLE_STOP.has(leftWord))) {
        resolution = prior.resolution;
        phrase = prior.phrase;
        inherited = true;
      } else if (!prior && (participle || leftWord === 'to' || leftWord === 'and' || leftWord === 'but')) {
        // "China has refused to condemn …, instead releasing a paper calling for …": the main clause's subject.
        // "She also addressed the reports, calling them …": a participle shares a pronoun subject too.
        // Not "It goes without saying": a person's pronoun, and a participle no preposition governs.
        // So does a verb after "and" ("she smiled and said only, …").
        const shares = (participle && !PARTICIPLE_STOP.has(leftWord)) || leftWord === 'and' || leftWord === 'but';
        const subject = mainSubject(ctx, s.tokenStart, i) ?? (shares ? (namedClauseSubject(ctx, s.tokenStart, i - 1) ?? pronounSubject(ctx, s.tokenStart, i) ?? openingClauseSubject(ctx, s.tokenStart, i)) : null);
        if (subject) {
          phrase = subject;
          resolution = ctx.registry.resolve(subject, true);
          inherited = true;
        }
      }
    }
    const match: CueMatch = { verb: i, cue, lemma, verbInfo, phrase, resolution, inherited, inverted, sentence: sentenceIndex };
    out = appended(out, match);
    if (resolution) ctx.history.push(match);
  }
  return out === null ? NO_CUES : exact(out);
}

/** The most lower-case words before a name that opens a clause ("the moment", "just as"). */
const MAX_CLAUSE_LEAD = 3;

/**
 * "…, the moment Rhodri Maelor-Singh rose from the opposition front bench and asked …": the named
 * person opening the clause that the "and" at `and` closes (after its last comma), followed by its
 * verb, with no comma up to the "and"; else null. The verb after "and" shares that subject.
 */
function namedClauseSubject(ctx: CueContext, sentenceStart: number, and: number): SourcePhrase | null {
  const { tokens, tokenFeatures } = ctx.article;
  let open = and - 1;
  while (open >= sentenceStart && tokens.word(open)!.text !== ',' && tokens.word(open)!.text !== ';') open--;
  let k = open + 1;
  while (k < and && k - open - 1 < MAX_CLAUSE_LEAD && (tokenFeatures[k]! & (WORD_KIND | CAPITALISED)) === WORD_KIND) k++;
  if (k >= and || ctx.inQuote[k] !== 0 || (tokenFeatures[k]! & CAPITALISED) === 0) return null;
  const p = phraseStartingAt(ctx.article, k, and);
  if (!p || p.kind !== 'person' || !p.name || p.last >= and) return null;
  const verb = tokenFeatures[p.last]!;
  return (verb & (WORD_KIND | CAPITALISED | PHRASE_EDGE | AUXILIARY)) === WORD_KIND || (verb & AUXILIARY) !== 0 ? p : null;
}

/**
 * Whether the pronoun `p` opens a report that closes indirect speech: "…, they noted." after a clause of
 * three tokens or more with no quotation mark right before the comma, its verb and a few words ending
 * the sentence. The clause is what was said, so
 * the pronoun names a source from before it (EntityRegistry.resolve's `closing`).
 */
function closesIndirectReport(ctx: CueContext, p: SourcePhrase, sentenceStart: number, sentenceEnd: number): boolean {
  const { tokens } = ctx.article;
  if (p.kind !== 'pronoun' || p.first - 1 - sentenceStart < 3 || tokens.word(p.first - 1)!.text !== ',') return false;
  if (tokens.word(p.first - 2)!.kind === 'quote' || ctx.inQuote[p.first - 2] !== 0) return false;
  // The verb and a few words of setting end the sentence ("they noted.", "he said on Monday."): not
  // "And in recent months, he said he backed …", where the comma closes an opening phrase.
  for (let k = p.last + 1, words = 0; k < sentenceEnd; k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?';
    if (++words > 4 || lower(t) === 'that') return false;
  }
  return true;
}

/** How far back (UTF-16 units) "the company" looks for the body a sentence was about. */
const BODY_SUBJECT_REACH = 1500;

/**
 * The named body (a capitalised name, no person) that is the subject of sentence `si` before `p`, or
 * of a sentence before it, the nearest first, within BODY_SUBJECT_REACH of `p`: "Budget carrier FlyNow
 * cancelled 300 flights. … The airline blamed …". Null when none.
 */
function bodySubjectBefore(ctx: CueContext, si: number, p: SourcePhrase): SourcePhrase | null {
  const { sentences, tokens, headline } = ctx.article;
  // "Veltrix Semiconductor will cut 1,200 jobs, the company said": a closing tag's role may be the body
  // its own sentence opens with; else the body a sentence before was about.
  for (let s = si; s >= 0 && sentences[s]!.end >= p.start - BODY_SUBJECT_REACH; s--) {
    const sent = sentences[s]!;
    // Not the headline: a common noun opens it in capitals ("Airline cancels hundreds of flights").
    if (headline && sent.start < headline.end) break;
    // Nor page furniture ("Share this article: Facebook | X").
    if (ctx.inFurniture(sent.start)) continue;
    const opening = mainSubject(ctx, sent.tokenStart, sent.tokenEnd);
    // "Shares of Harbourline Transit Ltd fell 4%": what is counted is the body's; the body is after "of".
    const subject = opening && (tokens.word(opening.first)!.figure & COUNT_NOUN) !== 0 && opening.first + 2 < opening.last && lower(tokens.word(opening.first + 1)!) === 'of' ? sourceStartingAt(ctx.article, opening.first + 2, opening.last) : opening;
    // "Suburban rail services run by Coastlink are not affected, but the company has warned": in the
    // tag's own sentence, the body that runs or owns what it opens with.
    if (s === si) {
      const agent = agentBodyBefore(ctx, sent.tokenStart, p.first);
      if (agent) return agent;
    }
    // In the tag's own sentence, only a name of two words or more: a lone capitalised opener may be a
    // common noun ("Units have lagged: …, the firm said").
    if (!subject || !subject.name || subject.definite || (s === si && (subject.last >= p.first || !subject.name.includes(' ')))) continue;
    // Two capitalised words read as a person's name unless a title or a known forename says so: with
    // neither, "Northern Air cancelled 300 flights" is about a body.
    const space = subject.name.indexOf(' ');
    const body = subject.kind === 'institution' || (subject.kind === 'person' && subject.title === null && forenameGender(space < 0 ? subject.name : subject.name.slice(0, space)) === 'unknown');
    // A known person's surname opens the sentence: "Kilroy said the union …" is about her, and no body came up.
    // Nor is a common noun capitalised by its place a body ("Sync will move to the paid plan").
    if (!body || (!subject.name.includes(' ') && (ctx.registry.namesPerson(subject.name) || ctx.registry.writtenInLowerCase(subject.name, subject.start)))) continue;
    const head = tokens.word(subject.last - 1)!.text;
    if (/^\p{Lu}/u.test(head) && forenameGender(head) === 'unknown' && !COMPANY_NOUNS.has(head.toLowerCase()) && !PUBLIC_BODY_NOUNS.has(head.toLowerCase()) && !modifiesCommonNoun(ctx, subject)) return subject.kind === 'institution' ? subject : { ...subject, kind: 'institution', gender: 'unknown' };
  }
  return null;
}

/** The most words of the name a headline opens with that "the company" may mean ("Meridale Health"). */
const MAX_HEADLINE_BODY = 4;

/**
 * "Meridale Health cyberattack: what we know so far" … "the company said": when no named body spoke
 * and no sentence was about one, the name of two words or more that opens the headline, if it is no
 * person's and the body's first paragraphs name it again before `p`, is what the article is about.
 * Null otherwise.
 */
function headlineBody(ctx: CueContext, p: SourcePhrase): SourcePhrase | null {
  const { article } = ctx;
  const { headline, tokens, tokenFeatures: f } = article;
  if (!headline) return null;
  const first = tokenIndexAt(article, headline.start);
  let end = first;
  while (end < tokens.length && end - first < MAX_HEADLINE_BODY && tokens.start(end) < headline.end && (f[end]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND) && (f[end]! & (HONORIFIC | ROLE | DETERMINER | SENTENCE_OPENER)) === 0) end++;
  if (end - first < 2 || end - first >= MAX_HEADLINE_BODY || (f[end]! & CAPITALISED) !== 0 || forenameGender(tokens.word(first)!.text) !== 'unknown') return null;
  // Named again in the body's first paragraphs, before the tag: "Staff at Meridale's hospitals".
  const key = tokens.word(first)!.lower;
  const limit = Math.min(p.start, headline.end + COMPANY_NAME_REACH);
  let again = false;
  for (let k = tokenIndexAt(article, headline.end); k < tokens.length && tokens.start(k) < limit && !again; k++) again = tokens.word(k)!.lower.replace(/['\u2019]s$/, '') === key;
  if (!again) return null;
  const named = phraseStartingAt(article, first, end);
  return named && named.last === end && named.name ? { ...named, kind: 'institution', gender: 'unknown', title: null } : null;
}

/** Participles whose agent runs or owns a business's services ("services run by Coastlink"). */
const RUNNING_PARTICIPLES: ReadonlySet<string> = new Set(['run', 'owned', 'operated', 'managed', 'controlled', 'backed']);

/**
 * "Suburban rail services run by Coastlink …": a capitalised name after "run by", "owned by",
 * "operated by" in tokens [from, before), as a body; else null.
 */
function agentBodyBefore(ctx: CueContext, from: number, before: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  for (let k = from; k + 2 < before; k++) {
    if (!RUNNING_PARTICIPLES.has(tokens.word(k)!.lower) || tokens.word(k + 1)!.lower !== 'by' || ctx.inQuote[k] !== 0) continue;
    const agent = phraseStartingAt(ctx.article, k + 2, before);
    if (agent && agent.name && !agent.definite && isCapitalised(tokens.word(agent.last - 1)!) && (agent.kind === 'institution' || (agent.kind === 'person' && !agent.title && forenameGender(firstWord(agent.name)) === 'unknown'))) return agent.kind === 'institution' ? agent : { ...agent, kind: 'institution', gender: 'unknown' };
  }
  return null;
}

/** How far back (UTF-16 units) "the company" looks for a company's legal name: an article's first paragraphs. */
const COMPANY_NAME_REACH = 3000;

/**
 * The last company named before `p` by its legal form, within COMPANY_NAME_REACH ("Shares of Norrland
 * Battery Corp. fell …", "a stake in Brightwater Holdings plc"): "the company said" means it when no
 * named body spoke and no sentence was about one. The capitalised words before the form are its name.
 */
function companyNamedBefore(ctx: CueContext, p: SourcePhrase): SourcePhrase | null {
  const { article } = ctx;
  const { tokens, tokenFeatures: f } = article;
  const word = CAPITALISED | WORD_KIND;
  const floor = p.start - COMPANY_NAME_REACH;
  for (let i = tokenIndexAt(article, p.start) - 1; i > 0 && tokens.start(i) >= floor; i--) {
    if ((f[i]! & WORD_KIND) === 0 || !COMPANY_FORMS.has(tokens.word(i)!.lower) || ctx.inQuote[i] !== 0) continue;
    let first = i;
    while (first - 1 >= 0 && (f[first - 1]! & word) === word && (f[first - 1]! & (DETERMINER | SENTENCE_OPENER)) === 0 && tokens.end(first - 1) + 1 === tokens.start(first)) first--;
    if (first === i) continue;
    // The legal form makes it a body whatever the words before it ("Corp" is no body's noun of its own).
    const found = sourceStartingAt(article, first, i + 1);
    if (found && found.last === i + 1 && found.name !== null) return found.kind === 'institution' ? found : { ...found, kind: 'institution', gender: 'unknown', title: null };
  }
  return null;
}

/**
 * Whether a one-word subject is an adjective that a sentence's first place capitalised, before the
 * noun it modifies: "Quarterly revenue rose 9%", "Second-quarter sales fell". A word in -ly or a
 * compound whose second part is in lower case names no body ("Northrop shares fell" does).
 */
function modifiesCommonNoun(ctx: CueContext, subject: SourcePhrase): boolean {
  const { tokens, tokenFeatures } = ctx.article;
  if (subject.last - subject.first !== 1 || subject.last >= tokens.length || (tokenFeatures[subject.last]! & (WORD_KIND | CAPITALISED)) !== WORD_KIND) return false;
  const word = tokens.word(subject.first)!.text;
  return /ly$/.test(word) || /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(word);
}

/**
 * The role with no name that is the subject of the sentence before sentence `si`, in its paragraph
 * ("The prime minister accepted …"), of a gender a "he" or "she" allows; else null.
 */
function roleOpeningSentenceBefore(ctx: CueContext, si: number, gender: 'male' | 'female'): SourcePhrase | null {
  const { sentences } = ctx.article;
  const before = sentences[si - 1];
  if (!before || before.paragraph !== sentences[si]!.paragraph) return null;
  const subject = mainSubject(ctx, before.tokenStart, before.tokenEnd);
  if (!subject || subject.kind !== 'person' || subject.name || !subject.definite || !subject.title) return null;
  // The pronoun says the role's gender: "the prime minister" then is not the health minister named before, a woman.
  return subject.gender === 'unknown' || subject.gender === gender ? { ...subject, gender } : null;
}

/** Adverbs of time that may stand between an opening participle and its complement ("Asked afterwards whether …"). */
const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set(['afterwards', 'afterward', 'later', 'earlier', 'again', 'repeatedly', 'directly', 'once']);

/**
 * Whether a participle opens a clause at token k, before `before`: "Writing in …", "Asked if …",
 * "Asked afterwards whether …". Such a clause's own "she" is the subject's after its comma.
 */
export function participleOpensAt(tokens: TokenList, k: number, before: number): boolean {
  const w = lower(tokens.word(k)!);
  const ing = w.endsWith('ing');
  if (!ing && !w.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(w)) return false;
  let j = k + 1;
  if (j + 1 < before && PARTICIPLE_ADVERBS.has(lower(tokens.word(j)!))) j++;
  if (j >= before) return false;
  const next = lower(tokens.word(j)!);
  return PARTICIPLE_FOLLOWERS.has(next) || (!ing && (next === 'if' || next === 'whether'));
}

/**
 * Where the subject starts after a clause that opens the sentence up to a comma: "Since the invasion,
 * China …", "Writing in a blog post, Matthew Ingram …", "Asked if she would leave, she laughs."
 * `before` when the clause runs up to it; k itself when no such clause opens at k.
 */
export function afterOpeningClause(ctx: CueContext, k: number, before: number): number {
  const { tokens } = ctx.article;
  if (k >= before) return k;
  const w = lower(tokens.word(k)!);
  // "But one GP in Selbridge, who …, said", "And when …, she …": a coordinator ties the sentence to the last.
  if (COORDINATORS.has(w) && k + 1 < before && tokens.word(k + 1)!.kind === 'word') return afterOpeningClause(ctx, k + 1, before);
  if (DESCRIBED_OPENERS.has(w)) {
    const named = describedOpeningName(tokens, k, before);
    if (named > k) return named;
  }
  if (!CLAUSE_OPENERS.has(w) && !participleOpensAt(tokens, k, before)) return adverbOpening(tokens, k, before, w);
  // "on Tuesday night a ransomware group …": a time with no comma after it ends where its words end.
  const time = timeWithoutComma(ctx, k, before);
  if (time > k) return time;
  while (k < before && tokens.word(k)!.text !== ',') k++;
  k++;
  // "Asked whether the referee, Tomasz Wierzbicki, had been too lenient …, he paused": a name between
  // commas that the clause goes on after with an auxiliary is inside it; its next comma ends it. Not
  // "…, Halcyon Labs, the Ely-based developer …, argued": the name there is the subject, described.
  const named = k < before ? nameBetweenCommasEnd(tokens, k, before) : -1;
  if (named > 0 && named + 1 < before && (tokens.word(named + 1)!.features & AUXILIARY) !== 0) {
    let next = named + 1;
    while (next < before && tokens.word(next)!.text !== ',') next++;
    if (next < before) return Math.min(next + 1, before);
  }
  // "On July 6, 2015, Sanders …": a date's own comma is not the end of the opening clause.
  if (k < before && tokens.word(k)!.kind === 'number' && tokens.word(k + 1)?.text === ',') k += 2;
  // "Born in Ålesund, on Norway's west coast, Mr. Havdal …": a place's description, between commas, goes on with it.
  else if (k < before && tokens.word(k)!.kind === 'word' && PREPOSITIONS.has(lower(tokens.word(k)!))) {
    for (let j = k + 1; j < before && j <= k + MAX_ADVERB_OPENING; j++) {
      if (tokens.word(j)!.text !== ',') continue;
      k = j + 1;
      break;
    }
  }
  return Math.min(k, before);
}

/** The most words of a time after its preposition: "on Tuesday night", "last week". */
const MAX_TIME_WORDS = 3;

/**
 * Where a time opening the sentence ends when no comma closes it: "on Tuesday night a group …". The
 * preposition at k, then only words of time; -1 when they run into a comma or no such words follow.
 */
function timeWithoutComma(ctx: CueContext, k: number, before: number): number {
  const { tokens, tokenFeatures } = ctx.article;
  let j = k + 1;
  while (j < before && j - k <= MAX_TIME_WORDS && (tokenFeatures[j]! & TEMPORAL) !== 0) j++;
  if (j === k + 1 || j >= before || tokens.word(j)!.kind !== 'word') return -1;
  return j;
}

/** Words that open a description of someone the sentence then names between commas ("Another elder, Mere Kōhatu-Riley, …"). */
const DESCRIBED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);
/** How many lower-case words such a description may run ("Another elder", "A retired postman"). */
const MAX_DESCRIPTION_WORDS = 3;
/** How many capitalised words a name between two commas may run. */
const MAX_APPOSITIVE_NAME = 4;

/**
 * "Another elder, Mere Kōhatu-Riley, was more guarded": after "a", "another" or "one" and a few
 * lower-case words, a capitalised name closed by a comma is the sentence's subject. Where the name
 * starts; k when the sentence has no such opening ("A year ago, Smith said" has no closing comma).
 */
function describedOpeningName(tokens: TokenList, k: number, before: number): number {
  let j = k + 1;
  while (j < before && j - k <= MAX_DESCRIPTION_WORDS && tokens.word(j)!.kind === 'word' && !isCapitalised(tokens.word(j)!)) j++;
  if (j === k + 1 || j >= before || tokens.word(j)!.text !== ',') return k;
  return nameBetweenCommasEnd(tokens, j + 1, before) > 0 ? j + 1 : k;
}

/** The comma that closes a name of capitalised words starting at `name` (up to MAX_APPOSITIVE_NAME), or -1. */
function nameBetweenCommasEnd(tokens: TokenList, name: number, before: number): number {
  let end = name;
  while (end < before && end - name < MAX_APPOSITIVE_NAME && tokens.word(end)!.kind === 'word' && isCapitalised(tokens.word(end)!)) end++;
  return end > name && end < before && tokens.word(end)!.text === ',' ? end : -1;
}

/** How many tokens an opening adverbial phrase may run before its comma ("Back on Mill Street,"). */
const MAX_ADVERB_OPENING = 6;

/**
 * After an adverb that opens the sentence with its phrase and a comma ("Back on Mill Street, Ruiz …",
 * "Separately, Okafor …"): where the subject starts; else k. The comma must come soon: "Still Ruiz
 * said" has none, and its subject is not to be run over.
 */
function adverbOpening(tokens: TokenList, k: number, before: number, w: string): number {
  if (!ADVERB_OPENERS.has(w) && !(w.length > 4 && w.endsWith('ly') && tokens.word(k + 1)?.text === ',')) return k;
  for (let j = k + 1; j < before && j <= k + MAX_ADVERB_OPENING; j++) if (tokens.word(j)!.text === ',') return j + 1;
  return k;
}

/** Words that open a clause with a subject of its own before the sentence's main clause ("When Holloway stood …, the hall rose"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'while', 'as', 'since', 'once', 'until', 'although', 'though', 'because', 'whereas']);

/**
 * "When Miriam Holloway stood before the conference and promised ‘…’, the hall rose": a verb after "and"
 * inside the opening clause shares that clause's subject, not the main clause's. Its first phrase,
 * when the verb comes before the clause's comma; else null.
 */
function openingClauseSubject(ctx: CueContext, from: number, verb: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let k = from;
  while (k < verb && tokens.word(k)!.kind === 'quote' && ctx.inQuote[k] === 0) k++;
  if (k + 1 >= verb || !SUBORDINATORS.has(lower(tokens.word(k)!))) return null;
  for (let j = k + 1; j < verb; j++) if (tokens.word(j)!.text === ',') return null;
  const p = phraseStartingAt(ctx.article, k + 1, verb);
  return p && (p.kind === 'person' || p.kind === 'pronoun' || (p.kind === 'institution' && p.name !== null)) ? p : null;
}

/** The sentence's subject when it is a pronoun ("She also addressed …"), after an opening clause; else null. */
export function pronounSubject(ctx: CueContext, from: number, before: number): SourcePhrase | null {
  const k = openingAt(ctx, from, before);
  const p = k >= 0 ? phraseStartingAt(ctx.article, k, before) : null;
  return p && p.kind === 'pronoun' && (p.pronoun === 'male' || p.pronoun === 'female' || p.pronoun === 'plural') ? p : null;
}

/** Whether a phrase is a lower-case noun after an owner's name ("the government's headline"). */
function ownedNoun(tokens: TokenList, phrase: SourcePhrase): boolean {
  if (phrase.last - phrase.first < 2 || !/^\p{Ll}/u.test(phrase.head)) return false;
  for (let k = phrase.first; k < phrase.last - 1; k++) if (isPossessive(tokens.word(k)!)) return true;
  return false;
}

/** Possessive pronouns whose owner may speak through a noun of speech ("Her summary was stark: …"). */
const OWNER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural']]);

/**
 * "Her summary was stark: …", "His final answer was simple: …": a main clause that opens with a
 * possessive pronoun and a noun for what someone said or concluded (one word may stand between),
 * before a verb. The pronoun, as a phrase the registry resolves; null otherwise.
 */
export function ownerOfSpeechSubject(ctx: CueContext, from: number, before: number): SourcePhrase | null {
  const k = openingAt(ctx, from, before);
  if (k < 0 || k + 2 >= before) return null;
  const { tokens, text } = ctx.article;
  const w = lower(tokens.word(k)!);
  const pc = OWNER_PRONOUNS.get(w);
  if (pc === undefined) return null;
  let noun = k + 1;
  if (!VERDICT_NOUNS.has(lower(tokens.word(noun)!)) && noun + 2 < before) noun++;
  const verb = tokens.word(noun + 1)!;
  if (!VERDICT_NOUNS.has(lower(tokens.word(noun)!)) || verb.kind !== 'word' || isCapitalised(verb)) return null;
  const start = tokens.start(k);
  const end = tokens.end(k);
  return { start, end, first: k, last: k + 1, text: text.slice(start, end), kind: 'pronoun', pronoun: pc, name: null, title: null, head: w, definite: false, indefinite: false, gender: pc === 'plural' ? 'unknown' : pc, affiliation: null, common: false };
}

/** Where the sentence's first phrase may start: after a stray opening mark and an opening adverbial clause, outside quotation marks; -1 if nowhere. */
function openingAt(ctx: CueContext, from: number, before: number): number {
  const { tokens } = ctx.article;
  let k = from;
  // A stray mark opening the sentence (an excerpt marked only at its start) is not part of the subject.
  while (k < before && tokens.word(k)!.kind === 'quote' && ctx.inQuote[k] === 0) k++;
  k = afterOpeningClause(ctx, k, before);
  return k >= before || ctx.inQuote[k] !== 0 ? -1 : k;
}

/** The subject of a sentence's main clause: its first phrase, after an opening adverbial clause. */
export function mainSubject(ctx: CueContext, from: number, before: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  const k = openingAt(ctx, from, before);
  if (k < 0) return null;
  let p = phraseStartingAt(ctx.article, k, before);
  if (!p || p.kind === 'pronoun') return null;
  let after = p.last;
  const close = tokens.word(after)?.text === ',' ? closingComma(tokens, after, before) : -1;
  if (close >= 0) {
    // "Dean, a former party chairman, poked at …", "Bogdan Hart, president of the teachers' union, was
    // blunter": step over a description between commas.
    const described = tokens.word(after + 1);
    // So is a relative clause about the person ("Councillor Anneliese Brandt, who chairs the committee, was blunter").
    // "who" and "whose" speak of a person: a lone capitalised word before them is a name ("Luis, whose son …, had").
    const relative = described !== undefined && described.kind === 'word' && PERSON_RELATIVE_WORDS.has(lower(described));
    if (relative && p.kind === 'institution' && p.name !== null && p.last - p.first === 1) p = { ...p, kind: 'person' };
    // A role with no name takes the relative clause too: "The King, whose speeches are written …, also made".
    if (described && (/^(?:a|an|the)$/i.test(described.text) || (p.kind === 'person' && (p.name !== null || (relative && p.definite)) && described.kind === 'word' && !isCapitalised(described) && (isRoleWord(described) || relative)))) after = close + 1;
    else {
      const named = appositiveName(ctx, p, k, before);
      if (named) {
        p = named;
        after = close + 1;
      }
    }
  }
  // "The Union of Rationalist Atheists and Agnostics (UAAR) has launched": step over the acronym in parentheses.
  if (tokens.word(after)?.text === '(' && tokens.word(after + 2)?.text === ')' && isAsciiAcronym(tokens.word(after + 1)!.text)) after += 3;
  const next = tokens.word(after);
  // Only a phrase directly followed by its verb is a subject.
  if (!next || next.kind !== 'word' || isCapitalised(next)) return null;
  return p;
}

/**
 * Two people named in full and joined by "and" ("Anna Smith and Tom Jones"), as one group of sources;
 * null unless `second` is such a name and the name before its "and" is another.
 */
function namedPairEndingAt(article: Article, second: SourcePhrase, floor: number): SourcePhrase | null {
  const { tokens } = article;
  if (second.kind !== 'person' || !second.name || second.title || !second.name.includes(' ') || second.first - 2 < floor || lower(tokens.word(second.first - 1)!) !== 'and') return null;
  const first = phraseEndingAt(article, second.first - 2, floor);
  return first && first.kind === 'person' && first.name && !first.title && first.name.includes(' ') && first.last === second.first - 1 ? namedPair(article, first, second) : null;
}

/** The group two named people make: "Anna Smith and Tom Jones". */
function namedPair(article: Article, first: SourcePhrase, second: SourcePhrase): SourcePhrase {
  const text = article.text.slice(first.start, second.end);
  return { ...second, start: first.start, first: first.first, text, kind: 'group', pronoun: null, name: text, title: null, definite: false, indefinite: false, gender: 'unknown', affiliation: null, common: false };
}

/** The comma that closes a phrase between commas opened at `open`, within 20 tokens and before `before`; -1 for none. */
function closingComma(tokens: TokenList, open: number, before: number): number {
  let close = open + 1;
  while (close < before && close - open < 20 && tokens.word(close)!.text !== ',') close++;
  return close < before && tokens.word(close)!.text === ',' ? close : -1;
}

/**
 * "Her friend, Sam Reid, was more sympathetic", "His daughter, Anne, remembers": a role with no name
 * (p, starting at `from`), then a name between commas: the named person, the role as title; or null.
 */
export function appositiveName(ctx: CueContext, p: SourcePhrase, from: number, before: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  if (p.name || tokens.word(p.last)?.text !== ',') return null;
  const close = closingComma(tokens, p.last, before);
  if (close < 0 || /^(?:a|an|the)$/i.test(tokens.word(p.last + 1)?.text ?? '')) return null;
  const named = appositiveSubject(ctx, close, from);
  return named && named.kind === 'person' && named.name && named.first > p.first ? named : null;
}

/**
 * The partitive ("one of the people", "two of the officials", "one of them") that ends at token k and
 * holds `phrase`, the phrase found ending there (or starts it), if any.
 */
function partitiveEndingAt(article: Article, k: number, phrase: SourcePhrase | null, floor: number): SourcePhrase | null {
  const { tokens } = article;
  // "One of them": no phrase ends at an object pronoun; "One of the people": the phrase may hold "One of".
  const starts = phrase ? [phrase.first, phrase.first - 2, phrase.first - 3] : [k - 2];
  for (const at of starts) {
    // The part opens the clause: "The union representing some of Nimbus's staff said" is the union.
    if (at !== floor || at + 2 > k || lower(tokens.word(at + 1)!) !== 'of') continue;
    const part = partitiveStartingAt(article, at, k + 1);
    if (part && part.last === k + 1) return part;
  }
  return null;
}

/**
 * "Sources close to the player paint a different picture. One described …": a bare "One" or "Another"
 * opening the sentence, right before its verb, is one of the group the sentence before, in the same
 * paragraph, was about. Null otherwise.
 */
function oneOfGroupBefore(ctx: CueContext, si: number, phrase: SourcePhrase | null, floor: number): SourcePhrase | null {
  const { article } = ctx;
  const s = article.sentences[si]!;
  if (!phrase || phrase.first !== floor || floor !== s.tokenStart || phrase.last !== floor + 1 || si === 0 || !/^(?:one|another)$/.test(lower(article.tokens.word(floor)!))) return null;
  const before = article.sentences[si - 1]!;
  if (before.paragraph !== s.paragraph) return null;
  // "Sources close to the player": all of the description names the group.
  const bare = phraseStartingAt(article, before.tokenStart, before.tokenEnd);
  if (!bare || bare.kind !== 'group') return null;
  const group = describedAfter(article, bare, before.tokenEnd) ?? bare;
  const named = /^(?:the|these|those)\s/i.test(group.text) ? group.text.replace(/^\S+/, (w) => w.toLowerCase()) : `the ${group.text.charAt(0).toLowerCase()}${group.text.slice(1)}`;
  // Known by the whole description, as "one of the people" is (partitiveStartingAt).
  const title = `one of ${named}`;
  return { ...phrase, text: title, kind: 'person', pronoun: null, name: null, title, head: group.head, definite: false, indefinite: true, gender: 'unknown', common: true };
}

/**
 * Modals before a verb of speech that make it a report not yet made: "would announce". Not "to":
 * "took to Twitter to accuse", "went on to explain" report what was said.
 */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "'ll"]);

/** Whether a word (lower case) is a modal: what follows is foreseen, not done (claims' closing reports too). */
export function isModal(w: string): boolean {
  return MODALS.has(w);
}

/** Whether cue c's verb follows a modal: what someone will or may say, not what was said. */
export function isUnrealisedCue(tokens: TokenList, c: CueMatch): boolean {
  const prev = c.verb > 0 ? tokens.word(c.verb - 1)! : null;
  return prev !== null && prev.kind === 'word' && MODALS.has(lower(prev));
}

/** Whether cue c reports words of its own, so a cue after it may sit in the clause it reports (withinReport). */
export function framesReport(tokens: TokenList, c: CueMatch): boolean {
  return !reportsNoWords(c.lemma) && !isUnrealisedCue(tokens, c);
}

/**
 * Whether cue `inner`, after `outer`'s verb in its sentence, gives no words of its own but is part of
 * what `outer` reports: what acts show, anywhere after it ("The judge said Pike had shown
 * “breathtaking greed”"); what someone thinks or would say, in the clause `outer` reports
 * (inReportedClause: "Kovalenko said Ukraine expected a decision “within weeks”", "told the radio
 * that the government would announce …"). The quotes and the claims both ask.
 */
export function withinReport(tokens: TokenList, outer: CueMatch, inner: CueMatch): boolean {
  if (outer.sentence !== inner.sentence || outer.verb >= inner.verb) return false;
  if (VERB_CLASSES.evidence.has(inner.lemma)) return true;
  // "said the findings confirmed …": what data or findings show is no one's words but the reporter's.
  const shows = inner.phrase !== null && inner.phrase.kind !== 'pronoun' && !inner.phrase.name?.match(/^\p{Lu}/u) && EVIDENCE_NOUNS.has(inner.phrase.head);
  return (VERB_CLASSES.thought.has(inner.lemma) || isUnrealisedCue(tokens, inner) || shows) && inReportedClause(tokens, outer, inner);
}

/**
 * Whether the quotation opening at token `quote`, after `inner`'s verb, is the object of another verb
 * that "and" joins to it ("said the government had promised 40,000 homes and delivered “barely half
 * that”"): inner's words are not quoted, and what `outer` reports holds the quotation.
 */
export function quotedByOtherVerb(tokens: TokenList, features: Int32Array, outer: CueMatch, inner: CueMatch, quote: number): boolean {
  if (outer.sentence !== inner.sentence || outer.verb >= inner.verb || !inReportedClause(tokens, outer, inner)) return false;
  const and = quote - 2;
  if (and <= inner.verb || lower(tokens.word(and)!) !== 'and') return false;
  const verb = tokens.word(quote - 1)!;
  return verb.kind === 'word' && (features[quote - 1]! & (LOWER_ALPHA | CUE_WORD)) === LOWER_ALPHA && /ed$/.test(verb.text);
}

/** Tokens a report's own clause may hold before a nested subject: "told CBS This Morning on Monday that …". */
const MAX_REPORT_LEAD = 6;
/** The same before a second reported clause's subject, its first clause and "and that" included. */
const MAX_SECOND_REPORT_LEAD = 24;

/**
 * Whether `inner`, a verb of speech's cue after `outer`'s verb in its sentence, opens the clause that
 * `outer` reports ("said Ukraine expected …", "told CBS on Monday that the campaign expects …"), not
 * a clause of its object ("calling for a “settlement” that Western countries believe …"): few
 * words, and no quotation mark or comma, between outer's verb and inner's subject.
 */
function inReportedClause(tokens: TokenList, outer: CueMatch, inner: CueMatch): boolean {
  const subject = inner.phrase && !inner.inherited && inner.phrase.first > outer.verb ? inner.phrase.first : inner.verb;
  if (subject <= outer.verb) return false;
  // "saying 4,120 classrooms were under construction and that the department expected …": the second
  // clause the verb reports, after "and that", may stand further off.
  let second = false;
  for (let k = Math.max(outer.verb + 1, subject - 4); k + 1 < subject && !second; k++) second = lower(tokens.word(k)!) === 'and' && lower(tokens.word(k + 1)!) === 'that';
  if (subject - outer.verb - 1 > (second ? MAX_SECOND_REPORT_LEAD : MAX_REPORT_LEAD)) return false;
  for (let k = outer.verb + 1; k < subject; k++) {
    const t = tokens.word(k)!;
    if (t.kind === 'quote' || t.text === ',') return false;
  }
  return true;
}

/**
 * The auxiliary of a passive whose participle is at `verb` ("was accused", "was reportedly rejected",
 * "was also accused", "is not expected", "is now forecast": one adverb may stand between them), or -1 when the verb is not passive.
 */
export function passiveAuxiliaryBefore(tokens: TokenList, verb: number, sentenceStart: number): number {
  let k = verb - 1;
  if (k > sentenceStart) {
    const w = lower(tokens.word(k)!);
    // "is now forecast", "was also accused", "were widely expected": an adverb between.
    if (w === 'not' || w === 'never' || (tokens.word(k)!.features & ADVERB) !== 0 || endsLikeAdverb(w)) k--;
  }
  return k >= sentenceStart && PASSIVE_AUXILIARIES.has(lower(tokens.word(k)!)) ? k : -1;
}

/**
 * "They accused Beijing of …" … "Beijing was accused of …": a passive with no agent, whose subject was
 * the object of the same verb earlier, repeats that accusation: its source is the earlier subject.
 */
function passiveEcho(ctx: CueContext, lemma: string, tokens: TokenList, auxiliary: number, sentenceStart: number): CueMatch | null {
  // The passive's subject: the word right before the auxiliary ("Beijing was accused").
  const subject = auxiliary - 1 >= sentenceStart ? tokens.word(auxiliary - 1)! : null;
  if (!subject || subject.kind !== 'word' || !isCapitalised(subject)) return null;
  const history = ctx.history;
  for (let k = history.length - 1; k >= 0 && k >= history.length - PASSIVE_ECHO_REACH; k--) {
    const c = history[k]!;
    if (c.lemma !== lemma || c.inverted || !c.resolution) continue;
    const object = tokens.word(c.verb + 1);
    if (object && object.folded === subject.folded) return c;
  }
  return null;
}

/** Words that start a modifier after a subject noun: "Protesters marching …", "officials familiar with …" (and prepositions). */
const POSTMODIFIER_STARTS: ReadonlySet<string> = new Set(fw.postmodifierStarts);
/** Postmodifiers that describe an unnamed source and belong to how it is named: "officials familiar with …", "a source close to …". */
const DESCRIBING_POSTMODIFIERS: ReadonlySet<string> = new Set(['familiar', 'close']);
/** "sent", "written", "born": participles with no "-ed", after a noun of speech ("a letter sent to members") or opening a clause ("Born in Ohio, …"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(fw.irregularParticiples);
const MAX_POSTMODIFIER = 8;

/**
 * "Protesters marching through the streets chanted": the sentence's subject, then a short modifier
 * (a participle or "who …" clause, no comma), then the verb.
 */
function modifiedSubject(ctx: CueContext, sentenceStart: number, floor: number, verb: number): SourcePhrase | null {
  if (floor > sentenceStart) return null;
  const document = documentBeforeParticiple(ctx, sentenceStart, verb);
  const subject = document ?? mainSubject(ctx, sentenceStart, verb);
  if (!subject || subject.last >= verb || verb - subject.last > MAX_POSTMODIFIER) return null;
  const { tokens } = ctx.article;
  const w = lower(tokens.word(subject.last)!);
  if (!document && !(POSTMODIFIER_STARTS.has(w) || PREPOSITIONS.has(w) || (w.length > 4 && (w.endsWith('ing') || w.endsWith('ed'))))) return null;
  // No other verb of speech in between ("the state" is a noun after its article); a document's own
  // participle may be one ("a statement issued to reporters").
  for (let k = document ? subject.last + 1 : subject.last; k < verb; k++) {
    if (tokens.word(k)!.kind !== 'word') return null;
    if (ctx.verbs.has(tokens.word(k)!.lower) && !/^(?:the|a|an)$/i.test(tokens.word(k - 1)!.text)) return null;
  }
  // "Officials familiar with the plan said", "Two people close to the talks said": an unnamed source is
  // named by all of it, as placedSubject names "a source close to the negotiations".
  if (!document && DESCRIBING_POSTMODIFIERS.has(w) && (subject.common || subject.kind === 'group' || (subject.kind === 'person' && subject.name === null))) return describedThrough(ctx.article, subject, verb);
  return subject;
}

/**
 * "A letter sent to members on Thursday read: …", "A statement issued to reporters said …": a noun of
 * speech opening the sentence, then a participle with no agent, is the subject of the verb at `verb`;
 * else null.
 */
function documentBeforeParticiple(ctx: CueContext, sentenceStart: number, verb: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let k = afterOpeningClause(ctx, sentenceStart, verb);
  if (k < verb && isArticle(tokens.word(k)!)) k++;
  for (let adjectives = 0; adjectives < 2 && k < verb && !SPEECH_NOUNS.has(lower(tokens.word(k)!)) && /^[a-z-]+$/.test(tokens.word(k)!.text); adjectives++) k++;
  if (k + 1 >= verb || !SPEECH_NOUNS.has(lower(tokens.word(k)!))) return null;
  const participle = lower(tokens.word(k + 1)!);
  if (!(IRREGULAR_PARTICIPLES.has(participle) || (participle.length > 4 && participle.endsWith('ed')))) return null;
  // "A leaked letter seen by Sky News says", "a report written by experts concluded": the agent is left
  // to the phrase before the verb, as before.
  if (k + 2 < verb && lower(tokens.word(k + 2)!) === 'by') return null;
  const phrase = phraseEndingAt(ctx.article, k, sentenceStart);
  return phrase && phrase.last === k + 1 ? phrase : null;
}

/** The prepositions after a describing postmodifier: "close to", "familiar with". */
const POSTMODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);

/**
 * An unnamed source after an inverted verb and the postmodifier that describes it, to the place it
 * names ("said a source close to the investigation", "said a person familiar with the matter"), as
 * one source; null when no such postmodifier follows `head`, which may have taken its first word.
 */
function describedAfter(article: Article, head: SourcePhrase, ceiling: number): SourcePhrase | null {
  if (head.kind === 'pronoun' || !(head.common || head.kind === 'group' || (head.kind === 'person' && head.name === null))) return null;
  const { tokens } = article;
  const taken = head.last - 1 > head.first && DESCRIBING_POSTMODIFIERS.has(lower(tokens.word(head.last - 1)!));
  const prep = taken ? head.last : head.last + 1;
  if (prep + 1 >= ceiling || (!taken && !DESCRIBING_POSTMODIFIERS.has(lower(tokens.word(head.last)!))) || !POSTMODIFIER_PREPOSITIONS.has(lower(tokens.word(prep)!))) return null;
  const place = placeStartingAt(article, prep + 1, ceiling);
  return place ? describedThrough(article, head, place.last) : null;
}

/** "a narrator in the Clinton ad asks": the phrase after the preposition places the unnamed source before it. */
function placedSubject(article: Article, object: SourcePhrase, floor: number): SourcePhrase | null {
  const prep = prepositionBefore(article.tokens, object.first, floor);
  if (prep - 1 < floor) return null;
  // "a source close to the negotiations said", "officials familiar with the plan said": the source is
  // the unnamed one before "close to" or "familiar with", described by all of it.
  if (prep - 2 >= floor && DESCRIBING_POSTMODIFIERS.has(lower(article.tokens.word(prep - 1)!))) {
    const head = phraseEndingAt(article, prep - 2, floor);
    if (!head || head.kind === 'pronoun' || !(head.common || (head.kind === 'person' && head.name === null)) || head.last !== prep - 1) return null;
    return describedThrough(article, head, object.last);
  }
  const head = phraseEndingAt(article, prep - 1, floor);
  return head ? withPlace(article, head, prep, object) : null;
}

/**
 * "Opposition member in the Legislative Council Ashwini Nadagouda described …": a role, "in the" and
 * a body, then a full name right before the verb is one title over the name, as "Minister for School
 * Education Raghavendra Hegde" is. The named person with that whole title, or null. Only "in the" and
 * a body read with the name: after "for" or "of" the name is another's ("a lawyer for Jane Roe").
 */
function roleHeldIn(article: Article, role: SourcePhrase, named: SourcePhrase, floor: number): SourcePhrase | null {
  if (role.kind !== 'person' || role.name !== null || named.kind !== 'person' || named.name === null || !named.name.includes(' ') || named.title === null) return null;
  const { tokens } = article;
  const determiner = named.first - 1;
  const preposition = prepositionBefore(tokens, named.first, floor);
  if (preposition < 0 || preposition !== determiner - 1 || lower(tokens.word(preposition)!) !== 'in' || lower(tokens.word(determiner)!) !== 'the') return null;
  // The body between "the" and the name is read as the name's title: it must be all capitalised words.
  for (let k = named.first; k < named.last; k++) if (!isCapitalised(tokens.word(k)!)) return null;
  const title = article.text.slice(tokens.start(role.first), tokens.end(preposition + 1)) + ' ' + named.title;
  return { ...named, title: title.replace(/^(?:the|a|an)\s+/i, '') };
}

/** The preposition right before a phrase (past an article: "in [the] Clinton ad"), or -1. */
function prepositionBefore(tokens: TokenList, first: number, floor: number): number {
  let k = first - 1;
  if (k >= floor && /^(?:the|a|an)$/i.test(tokens.word(k)!.text)) k--;
  return k >= floor && PREPOSITIONS.has(lower(tokens.word(k)!)) ? k : -1;
}

const SPEECH_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(fw.speechNounPrepositions);

/**
 * "In Dobson's words", "in the minister's own words": the named possessor of "words" at `i`, after
 * "in", and where "in" stands; null otherwise (a pronoun possessor, "in his words", names no one here).
 */
function possessorOfWords(article: Article, i: number, floor: number): { readonly phrase: SourcePhrase; readonly into: number } | null {
  const { tokens } = article;
  let k = i - 1;
  if (k >= floor && lower(tokens.word(k)!) === 'own') k--;
  if (k < floor || !isPossessive(tokens.word(k)!)) return null;
  const clitic = /^['\u2019]s?$/i.test(tokens.word(k)!.text);
  const phrase = phraseEndingAt(article, clitic ? k - 1 : k, floor);
  if (!phrase || phrase.kind === 'pronoun') return null;
  // A body's phrase leaves its article out ("union's" of "the union's"): "in" stands before it.
  const into = phrase.first - 1 >= floor && isArticle(tokens.word(phrase.first - 1)!) ? phrase.first - 2 : phrase.first - 1;
  return into >= floor && lower(tokens.word(into)!) === 'in' ? { phrase, into } : null;
}

/**
 * The possessive that owns a speech noun ending the subject before a verb at k+1: "X's statement",
 * "X's recent analysis of its own traffic". Returns the possessive token's index, or -1.
 */
function speechNounOwner(tokens: TokenList, k: number, floor: number): number {
  for (let j = k; j >= floor && j >= k - 8; j--) {
    const t = tokens.word(j)!;
    if (t.kind !== 'word') return -1;
    if (!SPEECH_NOUNS.has(lower(t))) continue;
    // Between the noun and the verb only a prepositional phrase may stand ("of its own web traffic").
    if (j < k && !SPEECH_NOUN_PREPOSITIONS.has(lower(tokens.word(j + 1)!))) return -1;
    let m = j - 1;
    for (let adjectives = 0; adjectives < 2 && m >= floor && tokens.word(m)!.kind === 'word' && !isPossessive(tokens.word(m)!) && !isCapitalised(tokens.word(m)!) && /^[a-z-]+$/.test(tokens.word(m)!.text); adjectives++) m--;
    return m >= floor && isPossessive(tokens.word(m)!) ? m : -1;
  }
  return -1;
}

/**
 * "The woman who called police said", "Voters who backed Trump said": the phrase before a "who" clause
 * (no punctuation in it) that ends at token k, right before the verb; else null.
 */
function relativeClauseSubject(article: Article, k: number, floor: number, reach = MAX_RELATIVE_CLAUSE): SourcePhrase | null {
  const { tokens, tokenFeatures } = article;
  for (let j = k; j > floor && j > k - reach; j--) {
    // The bits first: this runs for every cue, and "who" and "whom" carry the opener bit.
    const f = tokenFeatures[j]!;
    if ((f & WORD_KIND) === 0) return null;
    if ((f & SENTENCE_OPENER) === 0) continue;
    const w = lower(tokens.word(j)!);
    if (w !== 'who' && w !== 'whom') continue;
    // The verb right after "who" is the clause's own ("a young woman who suggested that …"): not this case.
    if (j === k) return null;
    const head = phraseEndingAt(article, j - 1, floor);
    // "who" says the phrase before it names people, whatever its noun ("The woman", "Voters").
    return head && head.kind !== 'pronoun' && head.last === j ? head : null;
  }
  return null;
}

/** Words a relative clause between a subject and its verb may hold ("who asked not to be named"). */
const MAX_RELATIVE_CLAUSE = 12;
/** Words the first of two relative clauses may hold ("One trooper who has worked crash scenes … for more than a decade, and who …"). */
const MAX_FIRST_RELATIVE_CLAUSE = 20;

/** "an architect who said he was stiffed": a cue inside a relative clause speaks for its clause only. */
function inRelativeClause(tokens: TokenList, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 3; k--) {
    const w = lower(tokens.word(k)!);
    if (w === 'who' || w === 'which' || w === 'whom') return true;
    if (tokens.word(k)!.kind === 'punct') return false;
  }
  return false;
}

/** "…," said the post by an unknown author: the author of a post, statement or report speaks. */
function speechNounAuthor(ctx: CueContext, from: number, ceiling: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let k = from;
  if (k < ceiling && /^(?:the|a|an|this|that)$/i.test(tokens.word(k)!.text)) k++;
  if (k >= ceiling || !SPEECH_NOUNS.has(lower(tokens.word(k)!))) return null;
  if (k + 1 < ceiling && lower(tokens.word(k + 1)!) === 'by') {
    const by = phraseStartingAt(ctx.article, k + 2, ceiling) ?? commonAfter(ctx, k + 2, ceiling);
    if (by) return by;
  }
  return null;
}

/**
 * The lone lowercase plural at token k, as a group ("surveyors", "pollsters"), for a tag right after a
 * quotation ("…", surveyors say; "…", say pollsters); null for a word of any closed class or no plural.
 */
function barePlural(article: Article, k: number): SourcePhrase | null {
  const t = article.tokens.word(k)!;
  const w = t.text;
  if (t.kind !== 'word' || !isPluralNoun(w, article.tokenFeatures[k]!) || (article.tokenFeatures[k]! & TEMPORAL) !== 0) return null;
  const start = article.tokens.start(k);
  const end = article.tokens.end(k);
  return { start, end, first: k, last: k + 1, text: w, kind: 'group', pronoun: null, name: w, title: null, head: w, definite: false, indefinite: false, gender: 'unknown', affiliation: null, common: true };
}

/** "an unknown author": a determiner, modifiers and a noun, read left to right. */
function commonAfter(ctx: CueContext, from: number, ceiling: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let k = from;
  if (k >= ceiling || !/^(?:the|a|an|one)$/i.test(tokens.word(k)!.text)) return null;
  // The description ends where a preposition, a relative word or a clause begins: "shouted one cyclist
  // as Whitlow passed", "yelled a group of builders from scaffolding".
  while (k + 1 < ceiling && tokens.word(k + 1)!.kind === 'word' && /^[a-z][a-z-]*$/.test(tokens.word(k + 1)!.text) && !endsCommonSource(tokens.word(k + 1)!.text)) k++;
  return k > from ? phraseEndingAt(ctx.article, k, from) : null;
}

/**
 * "AI watchdog ‘flying blind’ on most powerful systems, MPs told", "…, court told": a headline that
 * ends in one or two words and "told" after a comma leaves out the auxiliary of a passive. Those
 * words name who was told; the verb reports no one's words.
 */
function isHeadlineAudience(article: Article, s: Sentence, verb: number): boolean {
  const { headline, tokens } = article;
  if (!headline || s.start >= headline.end || lower(tokens.word(verb)!) !== 'told') return false;
  for (let k = verb + 1; k < s.tokenEnd; k++) if (tokens.word(k)!.kind === 'word') return false;
  return (verb - 2 > s.tokenStart && tokens.word(verb - 2)!.text === ',') || (verb - 3 > s.tokenStart && tokens.word(verb - 3)!.text === ',' && tokens.word(verb - 2)!.kind === 'word');
}

/** Verbs that answer one asked: "“…,” she replied" is the one asked last (EntityRegistry.observeAsked). */
const REPLY_LEMMAS: ReadonlySet<string> = new Set(['reply', 'respond', 'answer', 'retort']);
/** Verbs of asking whose object is the one asked: "Chaudhry asked Prof Sørensen whether …". */
const ASKING_LEMMAS: ReadonlySet<string> = new Set(['ask', 'press', 'question']);

/**
 * The person a sentence's verb of asking names right after it ("asked Prof Sørensen whether", "pressed
 * Lindqvist on pricing"), for the registry to note (observeAsked); none in most sentences.
 */
export function askedInSentence(ctx: CueContext, cues: readonly CueMatch[]): SourcePhrase | null {
  const { article } = ctx;
  for (let n = cues.length - 1; n >= 0; n--) {
    const c = cues[n]!;
    if (!ASKING_LEMMAS.has(c.lemma) || c.inverted || !c.phrase || c.phrase.first > c.verb) continue;
    const s = article.sentences[c.sentence]!;
    let limit = c.verb + 1;
    while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
    let p = phraseStartingAt(article, c.verb + 1, limit);
    if (!p || p.first !== c.verb + 1) continue;
    // "asked the board's former engineer, Agnes Holloway, whether …": the name after the role's comma.
    if (p.kind === 'person' && !p.name && article.tokens.word(p.last)?.text === ',') {
      const named = phraseStartingAt(article, p.last + 1, limit);
      if (named && named.first === p.last + 1) p = named;
    }
    if (p.name && (p.kind === 'person' || p.kind === 'institution')) return p;
  }
  return null;
}

/** Whether a lower-case word ends an unnamed source after an inverted cue (commonAfter). */
function endsCommonSource(w: string): boolean {
  return PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || COORDINATORS.has(w) || w === 'who' || w === 'that' || w === 'which' || w === 'during';
}

/** Who is told, joined to the cue: "told reporters". */
const AUDIENCES: ReadonlySet<string> = new Set(['reporters', 'journalists', 'media']);
const TELL_FORMS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/** A cue's text: the verb plus a fixed complement ("told reporters", "said in a statement"). */
function cueSpan(tokens: TokenList, i: number, end: number): Span & { text: string } {
  const t = tokens.word(i)!;
  const next = tokens.word(i + 1);
  // Lower-case words, not case-blind regexes (none of their letters has a non-ASCII capital that lower-cases to it).
  const joinsNext = next !== undefined && ((AUDIENCES.has(lower(next)) && TELL_FORMS.has(lower(t))) || lower(next) === 'back');
  if (next && i + 1 < end && (joinsNext || (PUT_FORMS.has(lower(t)) && lower(next) === 'it'))) {
    return { start: tokens.start(i), end: tokens.end(i + 1), text: `${t.text} ${next.text}` };
  }
  return { start: tokens.start(i), end: tokens.end(i), text: t.text };
}

/** Relative pronouns that stand for a source named before them ("Jane Roe, who said …", "the agency, which said …"). */
const RELATIVE_WHO: ReadonlySet<string> = new Set(['who', 'whom', 'which']);
/** Prepositions of place between people and "who" ("officials in Beijing, who said"): "who" means the people. */
const PLACE_WHO_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at']);

/**
 * "nervous Democrats on Capitol Hill, who have argued", "Officials in Beijing, who spoke …, said": a
 * place after "in", "on" or "at" belongs to the people before it, who are the source. Undefined when
 * no such preposition stands before `place`; null when what stands before it is no plain group or
 * person (lower-case words before a group may be a verb: "placate nervous Democrats").
 */
function peopleBeforePlace(article: Article, place: SourcePhrase, floor: number): SourcePhrase | null | undefined {
  const { tokens } = article;
  const prep = prepositionBefore(tokens, place.first, floor);
  if (prep - 1 < floor || !PLACE_WHO_PREPOSITIONS.has(lower(tokens.word(prep)!))) return undefined;
  const people = phraseEndingAt(article, prep - 1, floor);
  const plain = people !== null && (isCapitalised(tokens.word(people.first)!) || people.definite || people.indefinite);
  return people && plain && (people.kind === 'group' || people.kind === 'person') ? (withPlace(article, people, prep, place) ?? people) : null;
}

/** The left limit for a subject: the sentence start or the end of the nearest quote before the verb. */
function leftFloor(ctx: CueContext, i: number, sentenceStart: number): number {
  for (let k = i - 1; k >= sentenceStart; k--) if (ctx.inQuote[k] !== 0) return k + 1;
  return sentenceStart;
}

/** Words between a passive's participle and the quotation it was given: "accused of", "described as". */
export const PASSIVE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'as', 'for', 'with', 'to']);

/**
 * "was accused of “treating rivers as a free drain” by MPs", "was branded “a disaster” by unions": the
 * agent after the quotation the passive's participle at `verb` was given. Null when no "by" follows it.
 */
function agentAfterQuote(ctx: CueContext, verb: number, sentenceEnd: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let k = verb + 1;
  if (k < sentenceEnd && PASSIVE_COMPLEMENT_WORDS.has(lower(tokens.word(k)!))) k++;
  if (k >= sentenceEnd || ctx.inQuote[k] === 0) return null;
  while (k < sentenceEnd && ctx.inQuote[k] !== 0) k++;
  if (k + 1 >= sentenceEnd || lower(tokens.word(k)!) !== 'by') return null;
  const p = phraseStartingAt(ctx.article, k + 1, limitRight(ctx, k + 1, sentenceEnd));
  return p && p.kind !== 'pronoun' ? p : null;
}

function limitRight(ctx: CueContext, i: number, sentenceEnd: number): number {
  for (let k = i; k < sentenceEnd; k++) if (ctx.inQuote[k] !== 0) return k;
  return sentenceEnd;
}

/**
 * A named person with the description that follows the name between commas, [from, until): as the
 * title when it is a role with no name of its own, with or without its article ("a spokesman for
 * Northern Power", "spokeswoman for the city"), up to a relative clause; as the affiliation when it
 * is a body after "of" (ofBody); else the person as given.
 */
export function describedPerson(article: Article, person: SourcePhrase, from: number, until: number): SourcePhrase {
  if (from < until && lower(article.tokens.word(from)!) === 'of') return ofBody(article, person, from, until);
  // "a spokesman for …", "chief executive of …", or a body's possessive: "Kari Solheim, Halden’s chief executive,".
  const opener = from < until ? article.tokens.word(from)! : null;
  if (person.title || opener === null || !(isArticle(opener) || isRoleWord(opener) || (isCapitalised(opener) && isPossessive(opener)))) return person;
  // "a nutrition scientist at the University of Oxford who was not involved": the description ends before its clause.
  const to = relativeWordAt(article, from, until);
  const role = phraseStartingAt(article, from, to);
  if (!role || role.kind !== 'person' || role.name || !role.title || to - role.last > MAX_DESCRIPTION_TAIL) return person;
  // The rest must be a prepositional phrase ("for the city", "at Harvard", "from Ohio").
  // Or the rest of a place's name the phrase cut at "and" ("MP for Ashcombe and Vale").
  if (role.last < to && (article.tokenFeatures[role.last]! & CONNECTOR) === 0 && !PREPOSITIONS.has(lower(article.tokens.word(role.last)!)) && !continuesName(article, role.last, to)) return person;
  // The role's phrase may stop before a lowercase body ("spokeswoman for the city"): the description is all of it.
  const { tokens } = article;
  const title = role.last === to ? role.title : article.text.slice(tokens.start(from), tokens.end(to - 1));
  return { ...person, title, gender: person.gender === 'unknown' ? role.gender : person.gender };
}

/** Whether tokens [from, to) go on with a capitalised name before them: "and" and capitalised words ("and Vale"). */
function continuesName(article: Article, from: number, to: number): boolean {
  const { tokens } = article;
  if (from === 0 || !isCapitalised(tokens.word(from - 1)!)) return false;
  if (tokens.word(from)!.text !== 'and' || from + 1 >= to) return false;
  for (let k = from + 1; k < to; k++) if (!isCapitalised(tokens.word(k)!)) return false;
  return true;
}

/** The most tokens of ", of campaign group UsForThem Scotland," after a name. */
const MAX_OF_BODY = 8;

/**
 * "Jo Bisset, of campaign group UsForThem Scotland, said": the body after "of" between commas is the
 * person's affiliation, as "Peter Morgan of the Sierra Club" gives it; it ends on a capitalised word.
 */
function ofBody(article: Article, person: SourcePhrase, from: number, until: number): SourcePhrase {
  const { tokens } = article;
  const to = relativeWordAt(article, from, until);
  if (person.affiliation || to - from < 2 || to - from > MAX_OF_BODY || !isCapitalised(tokens.word(to - 1)!)) return person;
  return { ...person, affiliation: article.text.slice(tokens.start(from), tokens.end(to - 1)) };
}


/** The first relative word ("who", "which", "that") in tokens [from, to), or `to`. */
function relativeWordAt(article: Article, from: number, to: number): number {
  for (let k = from; k < to; k++) if (RELATIVE_WHO.has(lower(article.tokens.word(k)!)) || lower(article.tokens.word(k)!) === 'that') return k;
  return to;
}

/** The most tokens of a description after its role's phrase: "for the city" of "spokeswoman for the city". */
const MAX_DESCRIPTION_TAIL = 8;

/** Where a description after a name ends: at the next comma or the ceiling. */
export function descriptionEnd(tokens: TokenList, from: number, ceiling: number): number {
  for (let k = from; k < ceiling; k++) {
    const t = tokens.word(k)!.text;
    if (t === ',' || t === '.' || t === ';') return k;
  }
  return ceiling;
}

/** Where a name may start after an age at k ("74-year-old Margaret Lowe": three tokens); k when there is none. */
function afterAge(tokens: TokenList, k: number): number {
  const n = tokens.word(k);
  return n !== undefined && n.kind === 'number' && tokens.word(k + 1)?.text === '-' && /^years?-old$/i.test(tokens.word(k + 2)?.text ?? '') ? k + 3 : k;
}

/** Words that open a clause or tie one on, never an occupation before a name: "which", "whom", "than". */
const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(fw.clauseBreakers);

/** A plain lowercase word that may name an occupation before a name ("geneticist Omar Haddad"): no function word, no verb of speech. */
function isOccupationWord(article: Article, i: number): boolean {
  const f = article.tokenFeatures[i]!;
  if ((f & LOWER_ALPHA) === 0 || (f & (DETERMINER | CONNECTOR | SENTENCE_OPENER | ADVERB | AUXILIARY | SUBJECT_PRONOUN | PHRASE_EDGE | CUE_WORD)) !== 0) return false;
  const w = lower(article.tokens.word(i)!);
  return w.length >= 4 && !CLAUSE_BREAKERS.has(w) && !endsLikeAdverb(w);
}

/**
 * "… massed troops along the border and its president, Radomir Kastelic, described …": a role with no
 * name right after "and" or "but", then a name filling the commas, opens a clause of its own, whose
 * subject that name is. Not "a developer and spokeswoman for the coalition, which is made up of …,".
 */
function coordinatedRoleBefore(article: Article, open: number, comma: number, floor: number): boolean {
  const name = phraseEndingAt(article, comma - 1, open + 1);
  if (name === null || name.first !== open + 1 || name.kind !== 'person' || !name.name) return false;
  const role = phraseEndingAt(article, open - 1, floor);
  if (role === null || role.kind !== 'person' || role.name) return false;
  // The owner's determiner stands outside the phrase: "and its president".
  let k = role.first - 1;
  if (k > floor && OWNING_DETERMINERS.has(lower(article.tokens.word(k)!))) k--;
  return k >= floor && COORDINATORS.has(lower(article.tokens.word(k)!));
}

/**
 * "China's foreign minister, Wang Yi, has rebutted": the name between commas with the title before it;
 * "NATO leaders, in a declaration at their summit, claimed": the phrase before the parenthetical.
 */
function appositiveSubject(ctx: CueContext, comma: number, floor: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  let open = -1;
  for (let k = comma - 1; k >= floor && k >= comma - 25; k--) {
    if (tokens.word(k)!.text === ',') {
      // "Ledgerwell Inc., a Columbus, Ohio-based provider …, said": the comma of a place's state opens nothing.
      if (PLACE_BASED.test(tokens.word(k + 1)!.text)) continue;
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  // "Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said":
  // a named person opening the clause, then a description in commas, then the verb.
  let opener = phraseStartingAt(ctx.article, floor, comma);
  // "Her son, Daniel Whitlow, 44, an accountant who …, says": a kin or a role with no name, then the
  // name between commas, opens the clause; the name speaks, the role its title.
  if (opener && opener.kind === 'person' && !opener.name && opener.title && tokens.word(opener.last)?.text === ',') {
    const named = phraseStartingAt(ctx.article, opener.last + 1, comma);
    if (named && named.kind === 'person' && named.name && named.name.includes(' ') && !named.title && tokens.word(named.last)?.text === ',') opener = { ...named, title: opener.title };
  }
  if (opener && opener.name) {
    let after = opener.last;
    if (opener.affiliation && tokens.word(after)?.text === '(') {
      // step over "(R-Ohio)" to the comma after it
      while (after < comma && tokens.word(after)!.text !== ')') after++;
      after++;
    }
    // "The Securities and Digital Assets Commission (SDAC), which granted …, said": over the acronym.
    if (tokens.word(after)?.text === '(' && tokens.word(after + 2)?.text === ')' && isAsciiAcronym(tokens.word(after + 1)!.text) && after + 3 < comma) after += 3;
    // "Jones, 45, a mother of three, said": an age between commas comes before the description.
    if (tokens.word(after)?.text === ',' && tokens.word(after + 1)?.kind === 'number' && tokens.word(after + 2)?.text === ',' && after + 2 < comma) after += 2;
    // A description ("a mother of three") or a relative clause about a person ("who had not scored …")
    // makes a lone capitalised word a person's surname.
    const described = after + 1 < comma && (/^(?:a|an|the)$/i.test(tokens.word(after + 1)!.text) || PERSON_RELATIVE_WORDS.has(lower(tokens.word(after + 1)!)));
    // "The Arctic Indigenous Peoples’ Forum, which represents communities in Canada, Greenland, Alaska and
    // Russia, said": a named body, then a relative clause about it up to the verb's comma, whatever
    // commas its list holds.
    if (opener.kind === 'institution' && opener.name.includes(' ') && after < comma && tokens.word(after)!.text === ',' && RELATIVE_WHO.has(lower(tokens.word(after + 1)!))) return opener;
    // "Retail Workers United, a union that has been organizing …, said": the noun says what the body is,
    // and becomes its title, by which a later "the union" finds it. One word too: "Hearthwell, a family-owned firm based in Stockport, said" is a firm, not a surname.
    if (opener.kind === 'institution' && after === open && !opener.title && /^(?:a|an)$/i.test(tokens.word(after + 1)?.text ?? '')) {
      const noun = bodyNounAt(ctx.article, after + 2, Math.min(comma, after + 2 + MAX_BODY_MODIFIERS + 1));
      if (noun >= 0) return { ...opener, title: ctx.article.text.slice(tokens.start(after + 2), tokens.end(noun)) };
    }
    if (after < comma && after <= open && tokens.word(after)!.text === ',' && (opener.kind === 'person' || (described && opener.name.indexOf(' ') < 0 && isCapitalised(tokens.word(opener.last - 1)!))) && !(after < open && coordinatedRoleBefore(ctx.article, open, comma, floor))) {
      const person = opener.kind === 'person' ? opener : { ...opener, kind: 'person' as const };
      return after === open ? describedPerson(ctx.article, person, after + 1, comma) : person;
    }
  }
  // "A woman who works at the diner across the road, and who asked not to be named, said": a second
  // relative clause, joined by "and" or not ("An employee who works on …, who asked …, said"), speaks
  // of the phrase the first one follows, not of its object.
  const secondRelative = (open + 2 < comma && lower(tokens.word(open + 1)!) === 'and' && RELATIVE_WHO.has(lower(tokens.word(open + 2)!))) || (open + 1 < comma && lower(tokens.word(open + 1)!) === 'who');
  if (secondRelative) {
    // The first clause ends at the comma: it may run longer than one before a verb.
    const head = relativeClauseSubject(ctx.article, open - 1, floor, MAX_FIRST_RELATIVE_CLAUSE);
    if (head) return head;
  }
  // "Scott's niece, state Del. Marcia Price (D-Newport News), shouted": the name ends before its party.
  const innerEnd = partyBefore(tokens, comma, open);
  const inner = forenamed(phraseEndingAt(ctx.article, innerEnd - 1, open + 1));
  const outer = phraseEndingAt(ctx.article, open - 1, floor);
  // "Park's colleague, geneticist Omar Haddad,": an occupation the phrase finder does not know may open
  // the appositive; so may an age ("One victim, 74-year-old Margaret Lowe,").
  // So may a word that describes the occupation ("Another resident, retired postman Derek Ansah,").
  const described = inner !== null && inner.last === innerEnd && (occupationBefore(ctx.article, open + 1, inner.first) || inner.first === afterAge(tokens, open + 1));
  const innerFirst = described ? open + 1 : inner?.first;
  if (inner && innerFirst === open + 1 && inner.kind === 'person' && inner.name && outer && outer.kind === 'person' && !outer.name) {
    // "A spokeswoman for the utility, Catharine Hartnett,": a role for a body reads after the name without
    // its article ("Catharine Hartnett, spokeswoman for the utility"), as the branch below gives it.
    const title = withoutAnother(outer.title ?? outer.text);
    return { ...inner, title: /\s(?:for|of|at|to|in|with)\s/.test(title) ? title.replace(/^(?:the|a|an)\s+/i, '') : title };
  }
  if (outer && outer.kind !== 'pronoun' && inner && inner.kind === 'person' && inner.name && !outer.name && inner.first === open + 1) return inner;
  // "The minister of the economy, Mr. Guajardo Villarreal, argues": a named person filling the whole
  // appositive is the subject, whatever noun ("the economy") closes the phrase before it.
  // A common noun before it ("Another critic, Laurence H. Tribe,") describes the person: it is kept as the title.
  if (outer && outer.kind !== 'person' && inner && inner.kind === 'person' && inner.name && inner.first === open + 1 && inner.last === innerEnd) {
    // "A spokeswoman for the utility, Catharine Hartnett,": the role before the preposition is the title, not "the utility".
    const prep = prepositionBefore(tokens, outer.first, floor);
    if (prep >= 0) {
      const role = prep - 1 >= floor ? phraseEndingAt(ctx.article, prep - 1, floor) : null;
      if (role && role.kind === 'person' && !role.name && !inner.title) {
        const title = ctx.article.text.slice(tokens.start(role.first), outer.end).replace(/^(?:the|a|an)\s+/i, '');
        return { ...inner, title, gender: inner.gender === 'unknown' ? role.gender : inner.gender };
      }
      return inner;
    }
    return outer.common && !inner.title ? { ...inner, title: withoutAnother(outer.text) } : inner;
  }
  // "The regulator, the Civil Aviation Authority, said": a role with no name that a named body fills is that body.
  // So does "The watchdog, Ofcom, said": a common noun for a body, named in the appositive.
  // "A group representing farmers, the National Farmers Union, said": the named body, not the noun before it.
  const unnamedOuter = outer !== null && ((outer.kind === 'person' && !outer.name) || ((outer.kind === 'institution' || outer.kind === 'group') && /^\p{Ll}/u.test(ctx.article.tokens.word(outer.last - 1)!.text)));
  // The common noun stays the body's title: "The pilots' union, BALPA," is no airline "the airline" could mean.
  if (unnamedOuter && inner && inner.kind === 'institution' && inner.name && inner.first >= open + 1 && inner.first <= open + 2 && inner.last === innerEnd && /^\p{Lu}/u.test(ctx.article.tokens.word(inner.last - 1)!.text)) return { ...inner, title: inner.title ?? outer.text.replace(/^(?:the|a|an)\s+/i, '') };
  // "One resident, a father of two who asked not to be named, describes": a source known only by a
  // role, described between commas, is known by both, up to a relative clause.
  // A name given there ("who gave her name only as Mama Tolu") names the source instead (givenName).
  if (outer && outer.kind === 'person' && !outer.name && outer.last === open && /^(?:a|an)$/i.test(tokens.word(open + 1)!.text) && !givenName(ctx.article, outer, comma)) {
    const end = relativeWordAt(ctx.article, open + 1, comma);
    if (end - open - 1 >= 2 && end - open - 1 <= MAX_DESCRIPTION_TAIL) return describedThrough(ctx.article, outer, end);
  }
  if (outer) {
    const placed = outer.kind === 'person' || outer.kind === 'group' ? undefined : peopleBeforePlace(ctx.article, outer, floor);
    if (placed) return placed;
    // "A Kestrian official involved in the mediation, speaking on condition of anonymity, told": the
    // phrase before the comma is a postmodifier's object; the subject is before the participle.
    if (outer.kind !== 'person' && outer.kind !== 'group' && prepositionBefore(tokens, outer.first, floor) >= 0) {
      const subject = modifiedSubject(ctx, floor, floor, open);
      if (subject && (subject.kind === 'person' || subject.kind === 'group')) return subject;
    }
    return placed ?? outer;
  }
  if (inner && inner.first === open + 1 && inner.kind === 'person' && inner.name) return inner;
  // "Another, a father from Orchard Close, said": a bare "another" or "one" is the description between
  // the commas, all of it.
  if (!outer && open === floor + 1 && /^(?:another|one)$/i.test(tokens.word(floor)!.text) && /^(?:a|an)$/i.test(tokens.word(open + 1)!.text)) {
    const head = phraseStartingAt(ctx.article, open + 1, comma);
    if (head && head.kind === 'person' && head.name === null) return describedThrough(ctx.article, head, comma);
  }
  // "A woman standing next to him, who declined to give her name, said": no phrase ends before the
  // comma ("him" is an object); the person is before the participle's phrase.
  if (!outer) {
    const subject = modifiedSubject(ctx, floor, floor, open);
    if (subject && subject.kind === 'person') return subject;
  }
  // "One of them, who spoke on condition of anonymity, said": the part of the group that opens the clause.
  const part = partitiveStartingAt(ctx.article, floor, open);
  return part && part.last === open ? part : null;
}

/**
 * Whether tokens [from, to) are an occupation the phrase finder does not know, perhaps described
 * ("geneticist", "retired postman"): one to three words, the last an occupation word.
 */
function occupationBefore(article: Article, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !isOccupationWord(article, to - 1)) return false;
  for (let k = from; k < to - 1; k++) if (!describesOccupation(article, k) && !isOccupationWord(article, k)) return false;
  return true;
}

/** A lower-case word before an occupation that describes it: "retired", "former", "veteran". */
function describesOccupation(article: Article, i: number): boolean {
  const f = article.tokenFeatures[i]!;
  if ((f & (LOWER_ALPHA | DETERMINER | CONNECTOR | AUXILIARY | CUE_WORD)) !== LOWER_ALPHA) return false;
  return (f & DESCRIPTOR) !== 0 || lower(article.tokens.word(i)!).endsWith('ed');
}

/** How many words may describe a body's noun in its description: "a pedestrian advocacy group". */
const MAX_BODY_MODIFIERS = 2;

/**
 * The first token in [from, to) that is a body's noun ("union", "group", "company") heading its
 * phrase, past plain words only: the punctuation, relative word or preposition after it ends the
 * phrase ("a union that …", "a group of …"; not "a central bank economist"). -1 if none.
 */
function bodyNounAt(article: Article, from: number, to: number): number {
  const { tokens, tokenFeatures } = article;
  for (let k = from; k < to; k++) {
    const t = tokens.word(k)!;
    // "a family-owned firm": a hyphen glued on both sides joins a compound modifier.
    if (t.text === '-' && k > from && tokens.end(k - 1) === tokens.start(k) && tokens.end(k) === tokens.start(k + 1)) continue;
    if (t.kind !== 'word') return -1;
    const w = lower(t);
    if (!(PUBLIC_BODY_NOUNS.has(w) || GENERIC_BODY_NOUNS.has(w) || COMPANY_NOUNS.has(w))) continue;
    const next = tokens.word(k + 1);
    // "a firm based in Stockport": a participle and its preposition go on about the noun.
    const participle = next !== undefined && next.kind === 'word' && lower(next).endsWith('ed') && tokens.word(k + 2) !== undefined && PREPOSITIONS.has(lower(tokens.word(k + 2)!));
    const ends = next === undefined || next.kind !== 'word' || participle || RELATIVE_WHO.has(lower(next)) || lower(next) === 'that' || (tokenFeatures[k + 1]! & CONNECTOR) !== 0 || PREPOSITIONS.has(lower(next));
    return ends ? k : -1;
  }
  return -1;
}

/** A role without the "another" that set its holder apart from one before: "Another critic, Laurence H. Tribe," is a critic. */
function withoutAnother(role: string): string {
  return /^another\s/i.test(role) ? role.slice(role.indexOf(' ') + 1).trimStart() : role;
}

/**
 * When token k ends a dash that sets off a description, the dash's first token; else -1. Dashes: the em
 * and en dashes, and hyphens with spaces around them, one or two ("--" is two hyphen tokens).
 */
function dashStart(tokens: TokenList, k: number): number {
  const t = tokens.word(k)!.text;
  if (t === '--' || t === '\u2014' || t === '\u2013') return k;
  if (t !== '-' || k < 1 || (k + 1 < tokens.length && tokens.start(k + 1) === tokens.end(k))) return -1;
  const first = tokens.word(k - 1)!.text === '-' && tokens.end(k - 1) === tokens.start(k) ? k - 1 : k;
  return first > 0 && tokens.start(first) > tokens.end(first - 1) ? first : -1;
}

/** The most tokens a description between dashes may hold. */
const MAX_DASHED_TOKENS = 40;

/**
 * When token k closes a description set off by dashes, the opening dash's first token; else -1. No
 * quotation mark may stand between them: a dash before a quote is a credit line's, not a description's.
 */
function openingDash(tokens: TokenList, k: number, floor: number): number {
  const close = dashStart(tokens, k);
  if (close < 0) return -1;
  for (let j = close - 1; j > floor && j >= close - MAX_DASHED_TOKENS; j--) {
    if (tokens.word(j)!.kind === 'quote') return -1;
    const open = dashStart(tokens, j);
    if (open >= 0) return open < close - 1 && j < close - 1 ? open : -1;
  }
  return -1;
}

/** Where a name ends before the comma at `comma`: at the "(" of a short parenthesis that closes right before it ("(D-Va.)"), else at the comma. */
function partyBefore(tokens: TokenList, comma: number, floor: number): number {
  const open = parenthesisOpening(tokens, comma - 1, floor);
  return open >= 0 ? open : comma;
}

/**
 * "the former secretary of state and current nominee said": a role with no article after "and" shares
 * the article of the role before it, so it is definite too (and points back to the person just named).
 */
function sharedArticle(article: Article, p: SourcePhrase | null, floor: number): SourcePhrase | null {
  if (!p || p.kind !== 'person' || p.name || p.definite || p.indefinite || p.first - 2 < floor) return p;
  const { tokens } = article;
  // "and current Democratic presidential nominee": a modifier or two may stand between "and" and the phrase.
  let and = p.first - 1;
  while (and > floor && and >= p.first - 2 && lower(tokens.word(and)!) !== 'and' && /^[a-z]+$/.test(tokens.word(and)!.text)) and--;
  if (and - 1 < floor || lower(tokens.word(and)!) !== 'and') return p;
  const before = phraseEndingAt(article, and - 1, floor);
  return before && before.kind === 'person' && !before.name && before.definite ? { ...p, definite: true } : p;
}

/** "Her husband, Greg, said": a lone known forename between commas names a person, not a body. */
function forenamed(p: SourcePhrase | null): SourcePhrase | null {
  if (!p || p.kind !== 'institution' || !p.name || p.name.includes(' ')) return p;
  const gender = forenameGender(p.name);
  return gender === 'unknown' ? p : { ...p, kind: 'person', gender };
}

/** Rejects phrases that cannot speak: bare time words, lone role-less lowercase words. */
function plausibleSource(p: SourcePhrase): boolean {
  if (p.kind === 'pronoun') return true;
  // A set of lower-case words, not a case-blind regex: no letter of theirs has a non-ASCII capital that lower-cases to it.
  return p.text.length > LONGEST_NON_SOURCE || !NON_SOURCES.has(p.text.toLowerCase());
}

/** Days, months and bare pronouns of place or reference: a phrase that is only one of them names no source. */
const NON_SOURCES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'it', 'this', 'that', 'there', 'here', 'which', 'who',
]);
const LONGEST_NON_SOURCE = Math.max(...[...NON_SOURCES].map((w) => w.length));

