// Gives each quotation its speaker through ordered sieves, most precise first, and records why:
// adjacent cue, cue in the sentence, according to, continuation, colon introduction, headline subject.

import type { AnalysisOptions, Article, AttributionReason, AttributionRule, Boilerplate, Cue, Entity, Mention, Quote, Sentence, Span } from './types';
import type { QuoteSpan } from './quotes';
import { EntityRegistry, type RegistryCheckpoint, type Resolution } from './entities';
import { namedLater } from './named-later';
import { NamesInFull } from './named-earlier';
import { isLetter } from './tokenizer';
import { afterOpeningClause, appositiveName, askedInSentence, participleOpensAt, quotedByOtherVerb, PERSON_RELATIVE_WORDS, framesReport, isUnrealisedCue, withinReport, cueFrames, describedPerson, descriptionEnd, mainSubject, ownerOfSpeechSubject, pronounSubject, resolveCues, type CueContext, type CueFrame, type CueMatch } from './cues';
import { spanCover } from './spans';
import { forenameGender, INTERVIEW_NOUNS, reportingVerbsWith, ROLE_TAILS_AFTER_OF, SPEECH_NOUNS, VERB_CLASSES, VERDICT_NOUNS } from './lexicon';
import { collectiveStartingAt, isArticle, isCapitalised, isGroupNoun, isRoleWord, lower, mayNameKnownSource, type SourcePhrase, phraseEndingAt, phraseExtentStartingAt, knownSourceOverExtent, phraseStartingAt, sourceStartingAt } from './source-phrases';
import { agedNameAt, givenNameAt, kinNameAt } from './given-names';
import { isTitleCase, tokenIndexAt, sentenceAt, SentenceCursor, TokenCursor } from './article';
import { ADVERB, AUXILIARY, CAPITALISED, CONNECTOR, CUE_WORD, DESCRIPTOR, DETERMINER, FORENAME, GROUP, HONORIFIC, LOWER_ALPHA, NUMBER_KIND, PHRASE_EDGE, POSSESSIVE, PUNCT_KIND, QUOTE_KIND, ROLE, SENTENCE_OPENER, SUBJECT_PRONOUN, WORD_KIND } from './word-features';
import fw from './data/function-words.json';
import { originOf, sameQuoting, type SentenceOrigin, type SentenceOrigins } from './reuse';
import { appended, exact } from './lists';
import { isWhiteSpace } from './tokenizer';
import { afterDateline, DASHES } from './datelines';
import { SOURCE_NOUNS } from './statistic-words';

/** How many tokens after a closing mark an adjacent cue may start ("…," the foreign ministry spokesperson said). */
const ADJACENT_WINDOW = 9;

interface Assignment {
  readonly cue: CueMatch | null;
  readonly rule: AttributionRule;
  readonly entity: number | null;
  readonly resolution: Resolution | null;
  readonly note: string;
  readonly evidence: Span[];
  /** The phrase resolved when no cue holds it (a sentence's subject): the explanation and the speaker mention name it. */
  readonly subject?: SourcePhrase;
  /** Guessed from a headline's first words, with no cue: a body quote of the same words overrides it. */
  readonly guessed?: boolean;
}

/**
 * What attribution keeps of one version for the next (see reuse.ts): per sentence, its text-only work
 * and its resolved cues, and checkpoints of the registry between sentences.
 */
export interface AttributionMemo {
  /** Per token, 1 if it lies inside a quote: all that the sentence loop reads of the quotes. */
  readonly inQuote: Uint8Array;
  /** Per sentence, the phrases observedPhrases gave the registry, in order. */
  readonly observed: ReadonlyArray<readonly SourcePhrase[]>;
  /** Per sentence, its cues before resolution. */
  readonly frames: ReadonlyArray<readonly CueFrame[]>;
  /** Per sentence, its cues as resolved. */
  readonly cues: ReadonlyArray<readonly CueMatch[]>;
  /** Per sentence, its subject as resolved when it leads into a quote with no cue (see leadsIntoQuote), else null. */
  readonly subjects: ReadonlyArray<ResolvedSubject | null>;
  /** The cues resolved to a source, in order (CueContext.history): it only grows. */
  readonly history: readonly CueMatch[];
  /** The registry before some sentences, in sentence order. */
  readonly checkpoints: readonly SentenceCheckpoint[];
}

/** The state of the sentence loop right before a sentence: the registry and how long the history was. */
interface SentenceCheckpoint {
  readonly sentence: number;
  readonly history: number;
  readonly registry: RegistryCheckpoint;
}

const NO_MEMO: AttributionMemo = { inQuote: new Uint8Array(0), observed: [], frames: [], cues: [], subjects: [], history: [], checkpoints: [] };

/** A sentence's subject and whom it names, resolved in text order like the cues. */
interface ResolvedSubject {
  readonly phrase: SourcePhrase;
  readonly resolution: Resolution;
}

/**
 * Sentences between two checkpoints: about 128 per document, so an edit replays at most that share
 * of the sentences before it, and at least 4, so that short texts (and the tests) take checkpoints too.
 */
function checkpointInterval(sentences: number): number {
  return Math.min(64, Math.max(4, Math.ceil(sentences / 128)));
}

/** The previous version's memo and where this version's sentences came from. */
export interface AttributionReuse {
  readonly origins: SentenceOrigins;
  readonly memo: AttributionMemo;
}

export function attributeQuotes(
  article: Article,
  spans: readonly QuoteSpan[],
  boilerplate: readonly Boilerplate[],
  options: AnalysisOptions,
  reuse: AttributionReuse | null = null,
  /** Keep the per-sentence work for the next version (an empty memo otherwise). */
  keep = false,
): { quotes: Quote[]; entities: Entity[]; cues: CueMatch[]; memo: AttributionMemo } {
  const { tokens, sentences, text } = article;
  // Which tokens lie inside quotes: what the sentence loop reads of the quotes, and what the memo keeps.
  const inQuote = new Uint8Array(tokens.length);
  const firstToken: number[] = [];
  const lastToken: number[] = [];
  // Quotes and their parts come in text order: their tokens are galloped to, not searched for.
  const tokenAt = new TokenCursor(article);
  for (let id = 0; id < spans.length; id++) {
    const q = spans[id]!;
    // Only the marked parts are quotation: the attribution that interrupts them stays visible to cues.
    for (let n = 0; n < q.parts.length; n++) {
      const part = q.parts[n]!;
      const a = tokenAt.at(part.start);
      const b = tokenAt.at(part.end);
      for (let k = a; k < b; k++) inQuote[k] = 1;
      // The quote's first and last tokens, from its first part's search (a quote opens with its first part).
      if (n === 0) {
        firstToken.push(part.start === q.start ? a : tokenIndexAt(article, q.start));
        lastToken.push(b);
      }
    }
  }
  const headline = article.headline;
  const titleCaseHeadline = headline && isTitleCase(article.text.slice(headline.start, headline.end)) ? headline : null;
  // The sentences before the edit, read exactly as before, left the registry as the previous version
  // had it at its last checkpoint among them: start from there.
  const resumed = reuse ? resumePoint(article, reuse, inQuote) : null;
  const ignoredNames = options.ignoredNames ?? [];
  const aliases = options.speakerAliases ?? {};
  const registry = resumed ? EntityRegistry.restored(ignoredNames, aliases, reuse!.memo.checkpoints.map((c) => c.registry), resumed.index) : new EntityRegistry(ignoredNames, aliases);
  registry.useNamesInFull(new NamesInFull(article));
  registry.useParagraphs(article.paragraphs);
  if (keep) registry.trackChanges();
  const history = resumed ? reuse!.memo.history.slice(0, resumed.checkpoint.history) : [];
  const ctx: CueContext = { article, verbs: reportingVerbsWith(options.extraReportingVerbs), inQuote, registry, history, titleCaseHeadline, inFurniture: spanCover(boilerplate) };

  const cuesBySentence: Array<readonly CueMatch[]> = [];
  const subjectsBySentence: Array<ResolvedSubject | null> = [];
  // Where quotes open: a sentence that opens with one may take its speaker from the sentence before.
  const quoteStarts = new Set<number>();
  for (let n = 0; n < spans.length; n++) quoteStarts.add(spans[n]!.start);
  const allCues: CueMatch[] = [];
  const assignments: Array<Assignment | null> = spans.map(() => null);
  // Pronoun cues that a question-and-answer piece gives to the one interviewed (pronounAnswer), not to
  // whom the registry resolved them: the cue's resolution and its mention follow.
  const answered = new Map<CueMatch, number>();
  /** By paragraph: its last cue with a source, for the quote-only paragraph after it. */
  const lastCueOfParagraph: Array<CueMatch | undefined> = new Array(article.paragraphs.length);

  // Cues are found sentence by sentence in text order so that pronouns only see what came before.
  const observedBySentence: Array<readonly SourcePhrase[]> = [];
  const framesBySentence: Array<readonly CueFrame[]> = [];
  const checkpoints: SentenceCheckpoint[] = [];
  const interval = checkpointInterval(sentences.length);
  const startAt = resumed ? resumed.checkpoint.sentence : 0;
  if (resumed) {
    const memo = reuse!.memo;
    for (let j = 0; j <= resumed.index; j++) checkpoints.push(memo.checkpoints[j]!);
    for (let si = 0; si < startAt; si++) {
      const cues = memo.cues[si]!;
      cuesBySentence.push(cues);
      subjectsBySentence.push(memo.subjects[si] ?? null);
      for (let k = 0; k < cues.length; k++) allCues.push(cues[k]!);
      noteLastCue(cues, sentences[si]!.paragraph, lastCueOfParagraph);
      if (keep) {
        observedBySentence.push(memo.observed[si]!);
        framesBySentence.push(memo.frames[si]!);
      }
    }
  }
  for (let si = startAt; si < sentences.length; si++) {
    if (keep && si > startAt && si % interval === 0) checkpoints.push({ sentence: si, history: ctx.history.length, registry: registry.checkpoint() });
    // The phrases worth observing and the cues' frames depend on the sentence's words and quotation
    // marks alone: a sentence an edit left alone takes them from the previous version. The registry
    // still sees every phrase and resolves every cue, in order.
    let origin = reuse ? originOf(reuse.origins, article, si) : null;
    if (origin && !sameQuoting(article, si, origin, inQuote, reuse!.memo.inQuote)) origin = null;
    const observed = origin ? movedPhrases(reuse!.memo.observed[origin.sentence]!, origin) : observedPhrases(ctx, si);
    // Index loops: these lists are sometimes the shared frozen empty one, and for-of over mixed kinds of list made an iterator per loop.
    const subject = subjectStart(article, si);
    // "Asked whether Silva would start, Strand smiled.": the subject after an opening clause ("Born in
    // Ohio," too, whose first word looks like a surname). Not after a pronoun there ("Though she called
    // it …, Clinton said"): noted first, the later name would keep the pronoun from the person it names.
    const main = afterOpeningClause(ctx, subject, sentences[si]!.tokenEnd);
    // A pronoun in the opening clause belongs to someone before ("Though she called it …, Clinton said"),
    // unless a participle opens it ("Asked whether she had won, Ms Ilves smiled": the subject's own).
    const othersPronoun = main !== subject && hasSubjectPronoun(article, subject, main) && !participleOpensAt(article.tokens, subject, main);
    if (observed.length > 0) {
      // A phrase starts after its article: "The farmer Peter Brown was cautious." opens with the subject too.
      const named = subject < sentences[si]!.tokenEnd && isArticle(article.tokens.word(subject)!) ? subject + 1 : afterDescription(article, subject, sentences[si]!.tokenEnd);
      // "Asked whether Silva would start, John Strand smiled": the subject after the clause. A role
      // there is its holder whatever pronoun the clause holds ("Asked whether she was satisfied, the
      // mission director paused"): observeRole notes a holder met before, and adds no mention.
      const opened = main === subject ? -1 : main;
      const openedByName = othersPronoun ? -1 : opened;
      // "For Glyn Pritchard, …, the answer is easy": the person the opening "For" names is what the sentence is about.
      const topic = opened > subject + 1 && lower(article.tokens.word(subject)!) === 'for' ? subject + 1 : -1;
      // Every word of a title-case headline is capitalised: a long run there is a clause, no name ("Hillary
      // Clinton Goes After Donald Trump As The New Mitt Romney"), as for headlineSubject below.
      const inTitleCase = titleCaseHeadline !== null && sentences[si]!.start < titleCaseHeadline.end;
      for (let k = 0; k < observed.length; k++) {
        const p = observed[k]!;
        if (!(inTitleCase && p.last - p.first > MAX_TITLE_CASE_NAME)) registry.observe(p, p.ifKnownSurname === true || p.first === subject || p.first === named || p.first === (p.kind === 'person' && !p.name ? opened : openedByName) || p.first === topic || introducedAtEnd(article, p, sentences[si]!.tokenEnd));
      }
    }
    // "For Tautahi, the date matters less than the arrival.": a known surname the opening "For" names is
    // what the sentence is about, as a full name there is (topic, above).
    if (main > subject + 2 && isForSurname(ctx, subject)) registry.observeSurname(article, subject + 1);
    if (main === subject) {
      if (isSurnameSubject(ctx, si, subject)) registry.observeSurname(article, subject);
      else if (isNameEndSubject(ctx, si, subject)) registry.observeNameEnd(article, subject);
    } else if (!othersPronoun) {
      if (isSurnameSubject(ctx, si, main)) registry.observeSurname(article, main);
      else if (isNameEndSubject(ctx, si, main)) registry.observeNameEnd(article, main);
    }
    if (keep) observedBySentence.push(observed);
    const frames = origin ? movedFrames(reuse!.memo.frames[origin.sentence]!, origin) : cueFrames(ctx, si);
    if (keep) framesBySentence.push(frames);
    const cues = resolveCues(ctx, si, frames);
    cuesBySentence.push(cues);
    // "… asked Prof Sørensen whether …": the one asked, for a reply's pronoun after.
    if (cues.length > 0) {
      const asked = askedInSentence(ctx, cues);
      if (asked) registry.observeAsked(asked, sentences[si]!.end);
    }
    // Resolved here, in text order, so that a pronoun sees only what came before it.
    subjectsBySentence.push(
      leadsIntoQuote(ctx, si, cues, quoteStarts) ? resolvedSubject(ctx, si) : leadsIntoQuoteParagraph(ctx, si, cues, quoteStarts) ? resolvedPersonSubject(ctx, si) : colonSubject(ctx, si, cues, quoteStarts),
    );
    for (let k = 0; k < cues.length; k++) allCues.push(cues[k]!);
    noteLastCue(cues, sentences[si]!.paragraph, lastCueOfParagraph);
  }

  // Partial quotes of a few words with no verb of speech in their sentences: if no rule names a speaker
  // either, no quotation (below).
  const uncued = new Set<number>();
  // Programmes and titles in marks after "on" or a possessive ("said on NBC's “Meet the Press.”"): never quotations.
  const names = new Set<number>();
  // "… An interview with coach Maria Santos": her answers are the quote-only paragraphs after questions.
  const interview = headline ? intervieweeOf(ctx) : null;
  // A question-and-answer piece with no "interview with" in its headline: its answers are the first person named.
  const qa = interview === null ? qaInterviewee(ctx, spans) : null;
  // Quotes come in text order: their sentences are walked to, not searched for.
  const startSentences = new SentenceCursor(article);
  const endSentences = new SentenceCursor(article);
  for (let id = 0; id < spans.length; id++) {
    const q = spans[id]!;
    const sStart = startSentences.at(q.start);
    const sEnd = endSentences.at(q.parts[0]!.end - 1);
    // A headline's marks are someone's words nearly always ("Obama Sees “Personal Insult” …"): not here.
    const inHeadline = headline !== null && q.start < headline.end;
    if (q.kind === 'partial' && !inHeadline && isFewWords(text, q.inner) && !hasCue(cuesBySentence, sStart, endSentences.at(q.end - 1))) uncued.add(id);
    else if (q.kind === 'partial' && !inHeadline && isNameInMarks(article, q)) names.add(id);
    let post = postCue(ctx, cuesBySentence[sEnd] ?? [], lastToken[id]!, sEnd);
    const pre = preCue(cuesBySentence[sStart] ?? [], firstToken[id]!, sStart, ctx);
    if (!post.adjacent && !pre) post = { adjacent: shortCueAfter(ctx, cuesBySentence, lastToken[id]!, sEnd), later: post.later };
    // A cue whose source the user asked to ignore leaves the quote unattributed: no fallback guesses.
    if (ignoredCueAround(ctx, cuesBySentence[sEnd] ?? [], cuesBySentence[sStart] ?? [], firstToken[id]!, lastToken[id]!)) {
      assignments[id] = null;
      continue;
    }
    let a: Assignment | null = dashCredit(ctx, lastToken[id]!, sEnd) ?? dashBefore(ctx, firstToken[id]!, sStart);
    // "Iriarte flew to the area and promised “every resource the state has.” — Meridian Press": a wire
    // brief's agency credit closing the paragraph names no speaker where a cue before the quote names a person.
    if (a && a.cue?.lemma === 'credit' && pre?.resolution && registry.get(a.entity!).kind !== 'person' && registry.get(pre.resolution.entity).kind === 'person') a = null;
    if (a) {
      // a credit line after a dash names the speaker outright
    } else if (post.adjacent) a = fromCue(post.adjacent, post.adjacent.lemma === 'according to' ? 'according-to' : 'adjacent-cue', `cue “${post.adjacent.cue.text}” right after the quote`);
    // "The union will announce “a new strike,” its leader said.": a report made wins over one foreseen.
    else if (pre && !(post.later && isUnrealisedCue(article.tokens, pre))) a = fromCue(pre, pre.lemma === 'according to' ? 'according-to' : 'cue-in-sentence', `cue “${pre.cue.text}” before the quote in the same sentence`);
    else if (post.later) a = fromCue(post.later, post.later.lemma === 'according to' ? 'according-to' : 'adjacent-cue', `cue “${post.later.cue.text}” after the quote in the same sentence`);
    if (!a) a = paragraphCredit(ctx, q, sEnd);
    if (!a) a = claimLabel(ctx, sStart, firstToken[id]!, cuesBySentence);
    if (!a) a = colonInSentence(ctx, firstToken[id]!, sStart, subjectsBySentence[sStart] ?? null);
    if (!a) a = questionAnswerLabel(article, spans, assignments, id, firstToken[id]!, sStart);
    if (!a) a = signWords(ctx, spans, assignments, id, firstToken[id]!, sStart);
    if (!a) a = colonIntro(ctx, article, cuesBySentence, q);
    if (!a && interview !== null) a = interviewAnswer(ctx, q, interview);
    if (!a && qa !== null && answersQuestion(article, q)) a = { cue: null, rule: 'continuation', entity: qa.entity, resolution: null, note: 'quote-only paragraph after a question, in a question-and-answer piece with', evidence: [qa.evidence] };
    else if (a && qa !== null) {
      const answer = pronounAnswer(ctx, q, a, qa);
      if (answer) {
        answered.set(answer.cue!, answer.entity!);
        a = answer;
      }
    }
    if (!a) a = followingCredit(ctx, q, sStart, sEnd, cuesBySentence);
    if (!a) a = continuation(article, spans, assignments, id, lastCueOfParagraph);
    if (!a) a = precedingSubject(ctx, q, sStart, cuesBySentence, subjectsBySentence);
    if (!a && !inHeadline) a = forTopic(ctx, q, sStart);
    if (!a && article.headline && q.start >= article.headline.start && q.end <= article.headline.end) a = headlineSubject(ctx, cuesBySentence, sStart, interview);
    assignments[id] = a;
  }
  creditedLater(ctx, spans, assignments);
  if (article.headline) echoHeadlineQuotes(article, spans, assignments, cuesBySentence, firstToken, (id) => registry.get(id).title);
  echoCrossheadQuotes(article, spans, assignments);

  const entities = answered.size === 0 ? registry.entities() : withAnsweredMentions(registry.entities(), answered);
  // "A federal judge on Friday blocked …" and, a paragraph on, "U.S. District Judge Robert Pitman": the judge's words are his.
  const later = namedLater(article, entities);
  // A few words in marks that no one is said to have said, in a sentence with no verb of speech, are no
  // quotation: a scare quote ("so-called “elites”"), a name ("a robot named “Robogee”"). The spec's
  // partial quote stands inside reported speech; kept out, they raise no "who said this?" diagnostic.
  // Longer ones stay, unattributed: they are mostly someone's words whose source is further away.
  const kept = (_: unknown, id: number): boolean => !names.has(id) && (!uncued.has(id) || assignments[id] !== null);
  const quoted = uncued.size === 0 && names.size === 0 ? spans : spans.filter(kept);
  const assigned = uncued.size === 0 && names.size === 0 ? assignments : assignments.filter(kept);
  const quotes: Quote[] = quoted.map((q, id) => {
    const a = assigned[id] ?? null;
    const said = a && a.entity !== null ? entities[a.entity]! : null;
    const entity = said ? (later.get(said.id) ?? said) : null;
    const cue: Cue | null = a && a.cue ? a.cue.cue : null;
    const phrase = a && a.cue && a.cue.phrase && !a.cue.inherited ? a.cue.phrase : (a?.subject ?? null);
    const speakerMention: Mention | null = phrase ? { start: phrase.start, end: phrase.end, kind: phrase.kind === 'pronoun' ? 'pronoun' : 'name', text: phrase.text } : null;
    const named = entity !== said ? `; named later: ${entity!.fullName}` : '';
    const reason: AttributionReason | null = a && said ? { rule: ruleOf(a), explanation: explain(a, said) + named, evidence: a.evidence } : null;
    return { id, start: q.start, end: q.end, kind: q.kind, text: text.slice(q.start, q.end), inner: q.inner, parts: q.parts, speaker: entity ? entity.id : null, speakerMention, cue, reason };
  });
  return {
    quotes, entities, cues: later.size === 0 && answered.size === 0 ? allCues : allCues.map((c) => namedCue(answeredCue(c, answered), later)),
    memo: keep ? { inQuote, observed: observedBySentence, frames: framesBySentence, cues: cuesBySentence, subjects: subjectsBySentence, history: ctx.history, checkpoints } : NO_MEMO,
  };
}

/**
 * "That did not satisfy Ffion Gallagher, a retired librarian from Hallow End.": a person named in full
 * and described, whose description ends the sentence, is whom the next "she" is about, as a subject is.
 */
function introducedAtEnd(article: Article, p: SourcePhrase, end: number): boolean {
  const { tokens } = article;
  if (p.kind !== 'person' || !p.name || !p.name.includes(' ') || p.last + 2 >= end || tokens.word(p.last)!.text !== ',' || !/^(?:a|an)$/i.test(tokens.word(p.last + 1)!.text)) return false;
  for (let k = p.last + 2; k < end - 1; k++) if ((article.tokenFeatures[k]! & (PUNCT_KIND | QUOTE_KIND)) !== 0) return false;
  return true;
}

/** Words a scare quote or a name in marks may have ("so-called “elites”", "“The Katherinator”"). */
const MAX_SCARE_QUOTE_WORDS = 3;

/** Words a programme's or a work's title in marks may have ("“Meet the Press”", "“Fox and Friends”"). */
const MAX_TITLE_WORDS = 6;
/** Words a title leaves in lower case ("Face the Nation", "Fox and Friends"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with']);

/**
 * Whether the quotation is a title after "on" or a possessive ("on NBC's “Meet the Press.”", "on
 * “Nightline”"): every word capitalised but a title's small words, at most MAX_TITLE_WORDS of them.
 */
function isNameInMarks(article: Article, q: QuoteSpan): boolean {
  const { tokens, text } = article;
  const open = tokenIndexAt(article, q.start);
  if (open <= 0) return false;
  const before = tokens.word(open - 1)!.text;
  if (!(/['\u2019]s$/i.test(before) || before === 'on')) return false;
  const words = text.slice(q.inner.start, q.inner.end).match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019&-]*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w[0] === w[0]!.toLowerCase() && !(i > 0 && TITLE_SMALL_WORDS.has(w))) return false;
  }
  return true;
}

/** Whether text[span] holds at most MAX_SCARE_QUOTE_WORDS words. */
function isFewWords(text: string, span: Span): boolean {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > MAX_SCARE_QUOTE_WORDS) return false;
    inWord = !space;
  }
  return true;
}

/** Whether any of sentences [from, to] holds a cue (a verb of speech, "according to"), resolved or not. */
function hasCue(cuesBySentence: ReadonlyArray<readonly CueMatch[]>, from: number, to: number): boolean {
  for (let si = from; si <= to; si++) if ((cuesBySentence[si]?.length ?? 0) > 0) return true;
  return false;
}

/** A cue whose source is named later (namedLater) points at that person: claims follow the quotes. */
/** The cue with the source a question-and-answer piece gave it (pronounAnswer), if it did. */
function answeredCue(c: CueMatch, answered: ReadonlyMap<CueMatch, number>): CueMatch {
  const entity = answered.get(c);
  return entity === undefined || !c.resolution ? c : { ...c, resolution: { ...c.resolution, entity } };
}

/** The entities with each answered pronoun's mention moved to the one interviewed. */
function withAnsweredMentions(entities: Entity[], answered: ReadonlyMap<CueMatch, number>): Entity[] {
  const out = entities.slice();
  for (const [c, to] of answered) {
    const from = c.resolution?.entity;
    const phrase = c.phrase;
    if (from === undefined || from === to || !phrase) continue;
    const moved = out[from]!.mentions.find((m) => m.start === phrase.start);
    if (!moved) continue;
    out[from] = { ...out[from]!, mentions: out[from]!.mentions.filter((m) => m !== moved) };
    out[to] = { ...out[to]!, mentions: [...out[to]!.mentions, moved].sort((x, y) => x.start - y.start) };
  }
  return out;
}

function namedCue(c: CueMatch, later: ReadonlyMap<number, Entity>): CueMatch {
  const named = c.resolution ? later.get(c.resolution.entity) : undefined;
  return named ? { ...c, resolution: { ...c.resolution!, entity: named.id } } : c;
}

/** Records the sentence's last cue with a source as its paragraph's, for the quote-only paragraph after it. */
function noteLastCue(cues: readonly CueMatch[], paragraph: number, lastCueOfParagraph: Array<CueMatch | undefined>): void {
  let lastWithSource: CueMatch | null = null;
  for (let k = 0; k < cues.length; k++) if (cues[k]!.resolution) lastWithSource = cues[k]!;
  if (lastWithSource) lastCueOfParagraph[paragraph] = lastWithSource;
}

/**
 * The previous version's last checkpoint that only sentences it kept in place lie before, each read
 * exactly as before (its tokens and READ_MARGIN around them, inside quotes where they were): the
 * sentence loop may resume there with the registry restored. Null when there is none past the start.
 */
function resumePoint(article: Article, reuse: AttributionReuse, inQuote: Uint8Array): { readonly index: number; readonly checkpoint: SentenceCheckpoint } | null {
  const { checkpoints } = reuse.memo;
  if (checkpoints.length === 0) return null;
  // The first sentence that is not the previous version's own, in place and read the same.
  let unchanged = 0;
  const limit = Math.min(article.sentences.length, checkpoints[checkpoints.length - 1]!.sentence);
  while (unchanged < limit) {
    const origin = originOf(reuse.origins, article, unchanged);
    if (!origin || origin.sentence !== unchanged || origin.tokenShift !== 0 || origin.offsetShift !== 0) break;
    if (!sameQuoting(article, unchanged, origin, inQuote, reuse.memo.inQuote)) break;
    unchanged++;
  }
  // One sentence earlier still: a sentence's subject is read as a speaker by whether the next sentence
  // opens with a quotation (leadsIntoQuote, leadsIntoQuoteParagraph), so the one before the edit is read again.
  let index = -1;
  while (index + 1 < checkpoints.length && checkpoints[index + 1]!.sentence <= unchanged - 1) index++;
  return index < 0 ? null : { index, checkpoint: checkpoints[index]! };
}

/** A phrase where it now is. Fields written out: a spread followed by more fields takes V8's slow path. */
function movedPhrase(p: SourcePhrase, origin: SentenceOrigin): SourcePhrase {
  const moved: SourcePhrase = {
    start: p.start + origin.offsetShift, end: p.end + origin.offsetShift, first: p.first + origin.tokenShift, last: p.last + origin.tokenShift,
    text: p.text, kind: p.kind, pronoun: p.pronoun, name: p.name, title: p.title, head: p.head, definite: p.definite, indefinite: p.indefinite,
    gender: p.gender, affiliation: p.affiliation, common: p.common,
  };
  // Every field: a relative's name that the registry keeps only under a known surname stays one when moved.
  return p.ifKnownSurname ? { ...moved, ifKnownSurname: true } : moved;
}

/** Cue frames of a sentence the edit left alone, where they now are. */
function movedFrames(frames: readonly CueFrame[], origin: SentenceOrigin): readonly CueFrame[] {
  if (frames.length === 0 || (origin.offsetShift === 0 && origin.tokenShift === 0)) return frames;
  return frames.map((f) => ({
    form: f.form, verb: f.verb + origin.tokenShift, cue: { start: f.cue.start + origin.offsetShift, end: f.cue.end + origin.offsetShift, text: f.cue.text }, lemma: f.lemma,
    verbInfo: f.verbInfo, phrase: f.phrase ? movedPhrase(f.phrase, origin) : null, inverted: f.inverted, leftWord: f.leftWord, participle: f.participle,
  }));
}

/** Phrases of a sentence the edit left alone, where they now are. */
function movedPhrases(phrases: readonly SourcePhrase[], origin: SentenceOrigin): readonly SourcePhrase[] {
  if (origin.offsetShift === 0 && origin.tokenShift === 0) return phrases;
  return phrases.map((p) => movedPhrase(p, origin));
}

function fromCue(c: CueMatch, rule: AttributionRule, note: string): Assignment | null {
  if (!c.resolution) return null;
  if (c.echoOf) {
    const earlier = c.echoOf;
    const cueSpan: Span = { start: c.cue.start, end: c.cue.end };
    const earlierSpan: Span = { start: earlier.cue.start, end: earlier.cue.end };
    const evidence: Span[] = earlier.phrase ? [cueSpan, earlierSpan, { start: earlier.phrase.start, end: earlier.phrase.end }] : [cueSpan, earlierSpan];
    return { cue: c, rule: 'passive-echo', entity: c.resolution.entity, resolution: null, note: `passive “${c.cue.text}” with no agent repeats the earlier “${earlier.phrase ? `${earlier.phrase.text} ` : ''}${earlier.cue.text}”`, evidence };
  }
  // Written out at their length: a list pushed onto grows room for 17 spans, kept with the quote.
  const cueSpan: Span = { start: c.cue.start, end: c.cue.end };
  const phraseSpan: Span | null = c.phrase ? { start: c.phrase.start, end: c.phrase.end } : null;
  const antecedent = c.resolution.antecedent;
  const antecedentSpan: Span | null = antecedent ? { start: antecedent.start, end: antecedent.end } : null;
  const evidence: Span[] = phraseSpan ? (antecedentSpan ? [cueSpan, phraseSpan, antecedentSpan] : [cueSpan, phraseSpan]) : antecedentSpan ? [cueSpan, antecedentSpan] : [cueSpan];
  return { cue: c, rule, entity: c.resolution.entity, resolution: c.resolution, note: c.inherited ? `${note}, sharing the subject of an earlier cue` : note, evidence };
}

/** The resolution decides the rule name when it did the real work (pronoun, surname, bare title). */
function ruleOf(a: Assignment): AttributionRule {
  if (a.rule === 'continuation' || a.rule === 'colon-intro' || a.rule === 'headline-subject' || a.rule === 'headline-echo' || a.rule === 'passive-echo' || a.rule === 'according-to' || a.rule === 'following-credit') return a.rule;
  // The subject named outright keeps the rule; a pronoun, surname or title subject says how it was resolved.
  switch (a.resolution?.how) {
    case 'pronoun':
    case 'topic':
    case 'asked':
      return 'pronoun';
    case 'surname':
      return 'surname';
    case 'title':
      return 'bare-title';
    default:
      return a.rule;
  }
}

function explain(a: Assignment, e: Entity): string {
  const who = e.title && e.kind === 'person' && e.name !== e.title ? `${e.name} (${e.title})` : e.name;
  const phrase = a.cue?.phrase?.text ?? a.subject?.text;
  switch (a.resolution?.how) {
    case 'pronoun': {
      const kind = e.kind === 'person' ? 'person' : e.kind === 'group' ? 'group' : 'institution';
      return `pronoun “${phrase}” → nearest earlier ${kind}, ${who}; ${a.note}`;
    }
    case 'topic':
      return `pronoun “${phrase}” opens a paragraph after someone unnamed spoke → the person the text was about before, ${who}; ${a.note}`;
    case 'asked':
      return `pronoun “${phrase}” → the one asked just before, ${who}; ${a.note}`;
    case 'surname': {
      // "the teenager" names its bearer by the age given with the name (agedEpithet): said so, not called a surname.
      const said = a.cue?.phrase ?? a.subject;
      if (said && said.name && phrase && !phrase.includes(said.name)) return `“${phrase}” → ${who}, of the age given with that name earlier; ${a.note}`;
      return `surname “${phrase}” → ${who}, introduced earlier; ${a.note}`;
    }
    case 'title': {
      // A body's phrase is kept without its article ("company"): the explanation quotes it as written.
      const said = a.cue?.phrase ?? a.subject;
      const written = said && said.definite && phrase && !/^the\s/i.test(phrase) ? `the ${phrase}` : phrase;
      return `“${written}” → ${who}, mentioned earlier; ${a.note}`;
    }
    default:
      if (a.rule === 'continuation' || a.rule === 'colon-intro' || a.rule === 'headline-subject' || a.rule === 'headline-echo' || a.rule === 'passive-echo') return `${a.note}: ${who}`;
      return `${a.note}; speaker named there: ${who}`;
  }
}

/**
 * A headline's quoted words usually echo a quotation in the body ("rejects label of 'enabler'" …
 * "NATO labeled China a “decisive enabler”"): the body quote, attributed in context, names the speaker.
 */
function echoHeadlineQuotes(
  article: Article,
  spans: readonly QuoteSpan[],
  assignments: Array<Assignment | null>,
  cuesBySentence: ReadonlyArray<readonly CueMatch[]>,
  firstToken: readonly number[],
  titleOf: (entity: number) => string | null,
): void {
  const headline = article.headline!;
  const words = (q: QuoteSpan): string => quotedWords(article.text, q);
  for (let id = 0; id < spans.length; id++) {
    const q = spans[id]!;
    if (q.start < headline.start || q.end > headline.end) continue;
    // "Christie Calls Clinton ‘A Disgrace’": the headline's subject says the words. Only when the verb
    // before them turns them away ("rejects label of ‘enabler’") are they someone else's, quoted in the body;
    // or when the headline credits a bare plural ("'I thought I was going to die': survivors recall …")
    // or a role with no name ("library cuts are 'a gut punch,' director says"): the body names who said it.
    const own = assignments[id];
    const phrase = own?.cue?.phrase;
    const bareGroup = phrase !== null && phrase !== undefined && phrase.kind === 'group' && phrase.last - phrase.first === 1 && /^\p{Ll}/u.test(phrase.text);
    const bareRole = phrase !== null && phrase !== undefined && phrase.kind === 'person' && phrase.name === null;
    // The headline's own speaker stands unless the body names the same holder more fully (see below).
    let holderOnly = false;
    if (own && !bareGroup && !bareRole) {
      const before = (cuesBySentence[sentenceAt(article, q.start)] ?? []).filter((c) => c.verb < firstToken[id]!);
      const last = before[before.length - 1];
      // A subject guessed from the headline's first words stands too when a verb of speech joined to its main
      // verb comes before the words ("Quillstack moves sync behind a paywall, says free plan '…'"); not a
      // verb of a clause of its own ("Port authority defends fee rise as shippers warn of '…'").
      holderOnly = own.guessed ? last !== undefined && joinedToMainVerb(article, last.verb) && last.verbInfo?.claim !== 'denial' : !last || last.verbInfo?.claim !== 'denial';
      if (holderOnly && !phrase) continue;
    }
    // ‘A Disgrace’ in the headline is “disgrace” in the body: a leading article is not part of the words.
    const wanted = words(q).replace(/^ (?:a|an|the) /, ' ');
    if (wanted.trim().length < 3) continue;
    for (let other = id + 1; other < spans.length; other++) {
      const body = spans[other]!;
      const echo = assignments[other];
      if (body.start < headline.end || !echo || echo.entity === null || !words(body).includes(wanted)) continue;
      // "Opposition calls it 'too little, too late'" / "Leader of the Opposition … Sunitha Ramaiah dismissed it
      // as …"; "Karnataka CM announces …" / "Chief Minister … Kulkarni": one holder, named in full in the body.
      if (holderOnly && !namesHolder(phrase!.text, titleOf(echo.entity))) break;
      // The body quote's cue is its own; the headline quote borrows its speaker and keeps its own verb, if any ("director says").
      assignments[id] = { cue: bareGroup || bareRole || holderOnly ? own!.cue : null, rule: 'headline-echo', entity: echo.entity, resolution: null, note: 'headline quote; the body quotes the same words', evidence: [{ start: body.start, end: body.end }] };
      break;
    }
  }
}

/** A quotation's words in lower case, one space between and around them, for finding the same words in another. */
function quotedWords(text: string, q: QuoteSpan): string {
  return ` ${text.slice(q.inner.start, q.inner.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Words a crosshead in marks may have ("'A contract is a contract'"). */
const MAX_CROSSHEAD_WORDS = 12;
/** How many paragraphs after a crosshead the quote it repeats may stand. */
const CROSSHEAD_REACH = 6;

/** Nouns for a quoted figure of speech that a later sentence credits ("The marshmallow comparison came from …"). */
const CREDITED_NOUNS: ReadonlySet<string> = new Set(['comparison', 'analogy', 'description', 'phrase', 'label', 'line', 'quip', 'remark', 'nickname', 'metaphor', 'image', 'verdict', 'jibe', 'barb', 'taunt', 'insult', 'slogan']);

/**
 * "… one member of the team compared it to “a marshmallow in space,” …" and, paragraphs on, "The
 * marshmallow comparison came from Tomás Villagrán-Ruiz, …": a sentence that opens "The", a word of
 * earlier quotations, a noun for a figure of speech and "came from" (or "comes from") a named person
 * credits those quotations that no one named said: someone unnamed, or no one. So does "The “asleep
 * at the wheel” jibe came from Ffion Price", for the quotations of the same words, its own included.
 */
function creditedLater(ctx: CueContext, spans: readonly QuoteSpan[], assignments: Array<Assignment | null>): void {
  const { article } = ctx;
  const { tokens, text } = article;
  for (const s of article.sentences) {
    const k = s.tokenStart;
    if (k + 5 >= s.tokenEnd || lower(tokens.word(k)!) !== 'the') continue;
    // "The marshmallow comparison": a word of the quotations; "The “asleep at the wheel” jibe": their words.
    const own = tokens.word(k + 1)!.kind === 'quote' ? spans.find((q) => q.start === tokens.start(k + 1)) : undefined;
    const n = own ? tokenIndexAt(article, own.end) : k + 2;
    if (!own && tokens.word(k + 1)!.kind !== 'word') continue;
    if (n + 3 >= s.tokenEnd || !CREDITED_NOUNS.has(lower(tokens.word(n)!))) continue;
    const came = lower(tokens.word(n + 1)!);
    if ((came !== 'came' && came !== 'comes') || lower(tokens.word(n + 2)!) !== 'from') continue;
    const word = lower(tokens.word(k + 1)!);
    const credited: number[] = [];
    for (let id = 0; id < spans.length && spans[id]!.start < (own ? own.end : s.start); id++) {
      const a = assignments[id];
      if (a && a.entity !== null && !ctx.registry.get(a.entity).unnamed) continue;
      if (own ? quotedWords(text, spans[id]!) === quotedWords(text, own) : holdsWord(text.slice(spans[id]!.inner.start, spans[id]!.inner.end).toLowerCase(), word)) credited.push(id);
    }
    if (credited.length === 0) continue;
    let limit = n + 3;
    while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
    const p = phraseStartingAt(article, n + 3, limit);
    if (!p || p.first !== n + 3 || p.kind !== 'person' || !p.name) continue;
    const r = ctx.registry.resolve(p, true);
    if (!r) continue;
    const cue: CueMatch = { verb: n + 1, cue: { start: tokens.start(k), end: tokens.end(n + 2), text: text.slice(tokens.start(k), tokens.end(n + 2)) }, lemma: 'credit', verbInfo: null, phrase: p, resolution: r, inherited: false, inverted: true, sentence: s.index };
    for (const id of credited) assignments[id] = fromCue(cue, 'following-credit', `“${cue.cue.text}” later in the text credits the quote`);
  }
}

/** Whether `haystack` holds `word` with no letter right before or after it (both lower case). */
function holdsWord(haystack: string, word: string): boolean {
  for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
    if ((i === 0 || !isLetter(haystack[i - 1]!)) && (i + word.length >= haystack.length || !isLetter(haystack[i + word.length]!))) return true;
  }
  return false;
}

/** The most characters of a crosshead's label before its colon ("Evening briefing:"). */
const MAX_CROSSHEAD_LABEL = 40;

/** Whether text [from, to) is a short label ending in a colon: "Evening briefing: ". */
function crossheadLabel(text: string, from: number, to: number): boolean {
  if (to - from > MAX_CROSSHEAD_LABEL) return false;
  const label = text.slice(from, to).trimEnd();
  return label.length > 1 && label.endsWith(':');
}

/**
 * A crosshead that is a quotation and nothing else ("'A contract is a contract'" on a line of its own,
 * no full stop) repeats words a source says below it: it takes the speaker of the first quote after it
 * that holds the same words. No cue names anyone on such a line, so only the guesses of continuation
 * or of the sentence before give way.
 */
function echoCrossheadQuotes(article: Article, spans: readonly QuoteSpan[], assignments: Array<Assignment | null>): void {
  const { text, paragraphs } = article;
  const words = (q: QuoteSpan): string => quotedWords(text, q);
  let p = 0;
  for (let id = 0; id < spans.length; id++) {
    const q = spans[id]!;
    const own = assignments[id];
    if (own && own.rule !== 'continuation' && own.rule !== 'preceding-subject' && own.rule !== 'colon-intro') continue;
    if (article.headline && q.start < article.headline.end) continue;
    while (p < paragraphs.length && paragraphs[p]!.end <= q.start) p++;
    const para = paragraphs[p];
    if (!para || para.end !== q.end || q.parts.length > 1) continue;
    // "Evening briefing: ‘We are not going to catch this fire tonight’": a live page's crosshead may
    // label its quote; the label before the colon is a topic, not its speaker.
    if (para.start !== q.start && !(own?.rule === 'colon-intro' && crossheadLabel(text, para.start, q.start))) continue;
    if (para.start === q.start && own?.rule === 'colon-intro') continue;
    const inner = text.slice(q.inner.start, q.inner.end).trim();
    if (/[.!?,:;\u2026]$/u.test(inner)) continue;
    const wanted = words(q);
    const count = wanted.trim().split(' ').length;
    if (count < 2 || count > MAX_CROSSHEAD_WORDS) continue;
    for (let other = id + 1; other < spans.length; other++) {
      const body = spans[other]!;
      if (body.start >= (paragraphs[p + CROSSHEAD_REACH]?.end ?? text.length)) break;
      const echo = assignments[other];
      if (!echo || echo.entity === null || !words(body).includes(wanted)) continue;
      assignments[id] = { cue: null, rule: 'headline-echo', entity: echo.entity, resolution: null, note: 'crosshead quote; the body quotes the same words', evidence: [{ start: body.start, end: body.end }] };
      break;
    }
  }
}

/**
 * "CLAIM 2: “Violent crime is down 20 per cent …”" in a fact check whose title has a subject ("Tolland
 * says …"): a quote after a "Claim" label and its colon is a claim of the one the piece checks.
 */
function claimLabel(ctx: CueContext, si: number, first: number, cuesBySentence: ReadonlyArray<readonly CueMatch[]>): Assignment | null {
  const { article } = ctx;
  const { tokens } = article;
  let k = article.sentences[si]!.tokenStart;
  if (lower(tokens.word(k)!) !== 'claim') return null;
  k++;
  if (k < first && tokens.word(k)!.kind === 'number') k++;
  if (k + 1 !== first || tokens.word(k)!.text !== ':') return null;
  // The headline, or the title line a headline of two sentences leaves unmarked ("FACT CHECK: Tolland says …. We tested five of his claims").
  const title = article.headline ?? article.paragraphs[0]!;
  for (let h = 0; h < si && article.sentences[h]!.start < title.end; h++) {
    const cue = (cuesBySentence[h] ?? []).find((c) => c.resolution && c.phrase && c.phrase.kind !== 'pronoun');
    if (cue && cue.resolution) return { cue: null, rule: 'headline-subject', entity: cue.resolution.entity, resolution: null, note: 'a fact check’s claim label; the headline’s subject', evidence: [{ start: cue.cue.start, end: cue.cue.end }] };
  }
  return null;
}

/** Whether the verb at token v follows a comma or "and": a second verb of the clause before, whose subject it shares. */
function joinedToMainVerb(article: Article, v: number): boolean {
  const before = v > 0 ? article.tokens.word(v - 1)! : null;
  return before !== null && (before.text === ',' || lower(before) === 'and');
}

/**
 * Whether a headline's speaker names by their title the person whose title is `title`: its last word
 * is a capitalised word of that title ("Opposition" of "Leader of the Opposition"), or the initials of
 * capitalised words of it in a row ("CM" of "Chief Minister").
 */
function namesHolder(speaker: string, title: string | null): boolean {
  if (title === null) return false;
  const head = speaker.replace(/['’]s$/u, '').split(/\s+/).pop() ?? '';
  if (!/^\p{Lu}/u.test(head)) return false;
  const words = title.split(/\s+/).filter((w) => w !== '');
  if (words.includes(head)) return true;
  if (!/^\p{Lu}{2,4}$/u.test(head)) return false;
  for (let i = 0; i + head.length <= words.length; i++) {
    let initials = '';
    for (let k = i; k < i + head.length && /^\p{Lu}/u.test(words[k]!); k++) initials += words[k]![0];
    if (initials === head) return true;
  }
  return false;
}

/** Most sentences name no one: they share one empty list (a memo keeps a list per sentence). */
const NO_PHRASES: readonly SourcePhrase[] = Object.freeze([]);

/** Words that may come before a sentence's subject without being part of it: "But", "Meanwhile,". */
const DISCOURSE_OPENERS: ReadonlySet<string> = new Set(fw.discourseOpeners);

/** The token where sentence si's subject would start: its first, past discourse words, adverbs and commas. */
/**
 * "Retired glassworker Lenny Kowalczyk, 67, stood …": a participle and a lower-case noun or two that
 * describe the subject before its name. Where the name starts; `subject` when the sentence does not open
 * so. The participle (in -ed) keeps out a verb: "Police arrest Lenny Kowalczyk" is about the police.
 */
function afterDescription(article: Article, subject: number, end: number): number {
  const { tokens, tokenFeatures } = article;
  if (subject + 2 >= end || (tokenFeatures[subject]! & (CAPITALISED | WORD_KIND)) !== (CAPITALISED | WORD_KIND) || !lower(tokens.word(subject)!).endsWith('ed')) return subject;
  let k = subject + 1;
  while (k < end && k <= subject + 2 && (tokenFeatures[k]! & DESCRIPTOR) !== 0) k++;
  return k > subject + 1 && k < end && (tokenFeatures[k]! & CAPITALISED) !== 0 ? k : subject;
}

function subjectStart(article: Article, si: number): number {
  const s = article.sentences[si]!;
  const { tokenFeatures, tokens } = article;
  // "11:12 p.m. — Whitfield now leads": the subject follows a live page's time stamp or a wire dateline.
  let i = afterDateline(article, s.tokenStart, s.tokenEnd);
  // The bits first: every discourse opener is a SENTENCE_OPENER word, and most sentences open with neither.
  for (; i < s.tokenEnd; i++) {
    const f = tokenFeatures[i]!;
    if ((f & ADVERB) !== 0) continue;
    if ((f & PUNCT_KIND) !== 0 && tokens.word(i)!.text === ',') continue;
    if ((f & SENTENCE_OPENER) !== 0 && DISCOURSE_OPENERS.has(lower(tokens.word(i)!))) continue;
    break;
  }
  return i;
}

/**
 * Whether the sentence's subject (at token `subject`) is one capitalised word before its verb, or a
 * possessor ("Marsh now works part-time.", "Fricker's team plans …"): if it is the surname of someone
 * known, a later "she" means that person (EntityRegistry.observeSurname). Not the possessor of a longer
 * phrase that names someone else ("Holt's liberal NBC News colleague Matt Lauer"). The bits first:
 * this runs for every sentence, and a word is read only after a number.
 */
function isSurnameSubject(ctx: CueContext, si: number, subject: number): boolean {
  const { tokenFeatures: f, tokens } = ctx.article;
  const end = ctx.article.sentences[si]!.tokenEnd;
  if (subject + 1 >= end || (f[subject]! & (CAPITALISED | WORD_KIND)) !== (CAPITALISED | WORD_KIND) || ctx.inQuote[subject] !== 0 || ctx.inQuote[subject + 1] !== 0) return false;
  // "Okafor, 47, lives in Leeds": an age between commas stands between the name and its verb.
  const aged = subject + 4 < end && (f[subject + 2]! & NUMBER_KIND) !== 0 && tokens.word(subject + 1)!.text === ',' && tokens.word(subject + 3)!.text === ',';
  // "Oakhurst, who has spent …, has held": a relative clause about a person between the name and its verb.
  const relative = !aged && subject + 2 < end && tokens.word(subject + 1)!.text === ',' && PERSON_RELATIVE_WORDS.has(lower(tokens.word(subject + 2)!));
  // "Osei, a first-term member who …, focused on": a description between commas opens with an article.
  const described = !aged && !relative && subject + 2 < end && tokens.word(subject + 1)!.text === ',' && (f[subject + 2]! & DETERMINER) !== 0 && isArticle(tokens.word(subject + 2)!);
  // "Teague, though, is less interested …": a word of contrast between commas, as an age stands.
  const interjected = !aged && !relative && !described && subject + 4 < end && tokens.word(subject + 1)!.text === ',' && tokens.word(subject + 3)!.text === ',' && INTERJECTED_WORDS.has(lower(tokens.word(subject + 2)!));
  const next = f[aged || interjected ? subject + 4 : relative || described ? subject + 2 : subject + 1]!;
  if ((next & WORD_KIND) === 0 || (next & (CAPITALISED | ROLE | GROUP)) !== 0) return false;
  if ((f[subject]! & POSSESSIVE) !== 0) return !aged && !(subject + 2 < end && (f[subject + 2]! & CAPITALISED) !== 0);
  return (f[subject]! & (ROLE | GROUP | HONORIFIC | DETERMINER | SUBJECT_PRONOUN | SENTENCE_OPENER)) === 0;
}

/** Whether the sentence opens "For" and one capitalised word before a comma ("For Tautahi, …"). */
function isForSurname(ctx: CueContext, subject: number): boolean {
  const { tokenFeatures: f, tokens } = ctx.article;
  return lower(tokens.word(subject)!) === 'for' && (f[subject + 1]! & (CAPITALISED | WORD_KIND)) === (CAPITALISED | WORD_KIND) && ctx.inQuote[subject + 1] === 0 && tokens.word(subject + 2)!.text === ',';
}

/** Words of contrast or sequence set off by commas right after a subject ("Teague, though, is …"). */
const INTERJECTED_WORDS: ReadonlySet<string> = new Set(['though', 'however', 'meanwhile', 'too', 'also', 'instead', 'still', 'nonetheless', 'nevertheless', 'moreover', 'now', 'then', 'indeed', 'meantime', 'likewise', 'similarly']);

/**
 * Whether the sentence's subject (at token `subject`) is two capitalised words before a verb in lower
 * case, no forename, role or determiner among them ("Suu Kyi recently presided …"): if they end the
 * name of someone known ("Aung San Suu Kyi"), a later "she" means that person (observeNameEnd).
 */
function isNameEndSubject(ctx: CueContext, si: number, subject: number): boolean {
  const { tokenFeatures: f } = ctx.article;
  const end = ctx.article.sentences[si]!.tokenEnd;
  if (subject + 2 >= end || ctx.inQuote[subject] !== 0) return false;
  const name = CAPITALISED | WORD_KIND;
  if ((f[subject]! & name) !== name || (f[subject + 1]! & name) !== name) return false;
  const next = f[subject + 2]!;
  if ((next & WORD_KIND) === 0 || (next & (CAPITALISED | ROLE | GROUP)) !== 0) return false;
  return ((f[subject]! | f[subject + 1]!) & (ROLE | GROUP | HONORIFIC | DETERMINER | SUBJECT_PRONOUN | SENTENCE_OPENER | FORENAME | POSSESSIVE)) === 0;
}

/** Whether tokens [from, to) hold a subject pronoun ("he", "she", "they"). */
function hasSubjectPronoun(article: Article, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((article.tokenFeatures[i]! & SUBJECT_PRONOUN) !== 0) return true;
  return false;
}

/** The named people and groups of a sentence, outside cues and quotes: the registry records them so pronouns can find them later. */
function observedPhrases(ctx: CueContext, si: number): readonly SourcePhrase[] {
  // Made at the sentence's first phrase kept: most sentences have none.
  let out: SourcePhrase[] | null = null;
  const { article } = ctx;
  const s = article.sentences[si]!;
  const { tokenFeatures } = article;
  // The end of the current stretch outside quotes: found only for a word that may open a phrase.
  let limit = s.tokenStart;
  // Where the sentence's subject starts: found only for a capitalised run no list knows; and where it
  // starts after an opening clause ("In the village of X, Name …"), found only for a run after the first.
  let subject: number | undefined;
  let opening: number | undefined;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // Only a capitalised word, a role or a group noun can open a name worth keeping.
    if ((tokenFeatures[i]! & (CAPITALISED | ROLE | GROUP)) === 0 || ctx.inQuote[i] !== 0) continue;
    // The flat bits, not the tokens' words: a scan that reads every capitalised word should not load each one.
    const role = (tokenFeatures[i]! & (ROLE | GROUP)) !== 0;
    // A lone capitalised word (a place, a body, a surname) introduces no one new: skip it without building a
    // phrase. The next word counts only in the same stretch outside quotes.
    const next = i + 1 < s.tokenEnd && ctx.inQuote[i + 1] === 0 ? tokenFeatures[i + 1]! : 0;
    if (!role && (tokenFeatures[i]! & (HONORIFIC | POSSESSIVE)) === 0 && (next & (CAPITALISED | ROLE | GROUP)) === 0) {
      // Unless it is the name someone gave ("identified only by his first name, Walt,"): a person.
      // Or a name given an age ("Drummond, 29, fueled …"): a person's.
      // Or a relative's ("her husband, Arturo,"): a person titled by the kinship.
      const given = givenNameAt(article, i, s.tokenEnd) ?? agedNameAt(article, i, i + 1, limit > i ? limit : s.tokenEnd) ?? kinNameAt(article, i, s.tokenEnd);
      if (given) out = appended(out, given);
      continue;
    }
    if (i >= limit) {
      limit = i;
      while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
    }
    const end = phraseExtentStartingAt(article, i, limit);
    if (end < 0) continue;
    // Most capitalised runs (places, bodies, names with no title) could never be kept: skip the phrase.
    if (!mayNameKnownSource(article, i, end)) {
      // Unless the run opens the sentence and a "she" or "his" after it can only be that run's.
      // The run may follow an opening clause: "In the fishing village of Dororian, Jun-Jun Balderama stood …".
      const opens = i === (subject ??= subjectStart(article, si)) || (i > subject && i === (opening ??= afterOpeningClause(ctx, subject, s.tokenEnd)));
      const named = (opens ? personByPronoun(ctx, i, end, limit) ?? describedName(article, i, end, limit) : null) ?? agedNameAt(article, i, end, limit) ?? familyName(article, i, end, limit, opens, opening ?? subject);
      if (named) out = appended(out, named);
      i = Math.max(i, end - 1);
      continue;
    }
    const p = knownSourceOverExtent(article, i, end);
    if (p === null) continue;
    if (typeof p === 'number') {
      // A body, a place or a nameless title: skipped whole, as a phrase built and dropped would be. But
      // "The governor ordered flags flown at half-staff. In a statement, she said …": a nameless title
      // that is the sentence's subject is whom the sentence is about.
      let role: SourcePhrase | null = null;
      if ((tokenFeatures[p - 1]! & ROLE) !== 0 && isVerbAfterRole(article, p, limit) && !namedAfterRole(article, p, limit)) {
        subject ??= subjectStart(article, si);
        role = roleSubjectAt(article, i, subject, i === subject ? subject : (opening ??= afterOpeningClause(ctx, subject, s.tokenEnd)), limit);
      }
      if (role && role.kind === 'person' && !role.name && role.definite && role.last === p) out = appended(out, role);
      i = Math.max(i, p - 1);
      continue;
    }
    // Only phrases that surely name a person (a title, an honorific, a known forename) or a group become
    // antecedents here; "New York" or "Supreme Court" must not catch a later "he".
    if (p.kind === 'person' && p.name && (p.title || hasForename(p.name))) {
      // "Peter Brown, a dairy farmer from Ohio, was more cautious.": the description is his title.
      const described = !p.title && p.last + 1 < limit && article.tokens.word(p.last)!.text === ',' ? describedPerson(article, p, p.last + 1, descriptionEnd(article.tokens, p.last + 1, limit)) : p;
      const partner = sharedSurname(article, p, s.tokenStart);
      if (partner) out = appended(out, partner);
      out = appended(out, described);
    } else if (p.kind === 'person' && p.name) {
      // "For Glyn Pritchard, a 72-year-old former steelworker, …": a name no list knows, given an age.
      const aged = agedNameAt(article, p.first, p.last, limit);
      if (aged) out = appended(out, aged);
    } else if (p.kind === 'group') out = appended(out, p);
    i = Math.max(i, p.last - 1);
  }
  return out === null ? NO_PHRASES : exact(out);
}

/** How many words may stand between a role's article and the role word: "the mission director", "the new finance minister". */
const MAX_ROLE_MODIFIERS = 2;

/**
 * The phrase, up to token `limit`, of a role with no name that is its sentence's subject ("The governor
 * ordered …", "Asked whether she was satisfied, the mission director paused …"): the capitalised or
 * role word at `i` opens the sentence at `subject`, or a lower-case article a few words before it opens
 * the sentence after its opening clause, at `main`. Else null.
 */
function roleSubjectAt(article: Article, i: number, subject: number, main: number, limit: number): SourcePhrase | null {
  if (i === subject) return phraseStartingAt(article, i, limit);
  if (main === subject || main > i || main < i - 1 - MAX_ROLE_MODIFIERS || !isArticle(article.tokens.word(main)!)) return null;
  return phraseStartingAt(article, main, limit);
}

/**
 * Whether a lower-case word follows a role at token `at` (its verb: "The governor ordered"), not a
 * possessive's noun or a name, nor a verb of speech: "The governor declared …" is a cue, whose source
 * the cue's own resolution finds.
 */
function isVerbAfterRole(article: Article, at: number, limit: number): boolean {
  const f = article.tokenFeatures;
  return at < limit && (f[at]! & (WORD_KIND | CAPITALISED | ROLE | GROUP | CUE_WORD)) === WORD_KIND && (f[at - 1]! & POSSESSIVE) === 0;
}

/** The most tokens of a role's complement before the comma of the name it describes: "of a lighthouse keeper". */
const MAX_ROLE_COMPLEMENT = 8;

/**
 * "The daughter of a lighthouse keeper, Ruth Penhallow was nine …": the role and its complement, then a
 * comma and a name with a known forename, describe that name; the role is no subject of its own.
 */
function namedAfterRole(article: Article, at: number, limit: number): boolean {
  const { tokens } = article;
  for (let k = at; k < limit && k <= at + MAX_ROLE_COMPLEMENT; k++) {
    const t = tokens.word(k)!;
    if (t.text === ',') return k + 1 < limit && isCapitalised(tokens.word(k + 1)!) && forenameGender(tokens.word(k + 1)!.text) !== 'unknown';
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Words of a name no list knows that a pronoun may show to be a person's: "Aung San Suu Kyi". */
const MIN_BARE_NAME = 2;
const MAX_BARE_NAME = 4;
const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female']]);

/**
 * "Aung San Suu Kyi visited the White House … after she was released": a run of two to four
 * capitalised words that opens the sentence, before a verb in lower case (perhaps past a description
 * between commas, whose words are not read), with a gendered pronoun
 * later in the same stretch outside quotes and no known person or role between them, is a person of
 * that gender, though no list knows the forename. Null otherwise.
 */
function personByPronoun(ctx: CueContext, first: number, end: number, limit: number): SourcePhrase | null {
  const { article } = ctx;
  const { tokenFeatures: f, tokens } = article;
  if (end - first < MIN_BARE_NAME || end - first > MAX_BARE_NAME || end >= limit) return null;
  for (let k = first; k < end; k++) if ((f[k]! & (CAPITALISED | WORD_KIND)) !== (CAPITALISED | WORD_KIND) || (f[k]! & POSSESSIVE) !== 0) return null;
  // "Teodor Havdal, the Norwegian-born double bassist whose warm, unhurried tone …, died … at his home":
  // past a description between commas, which ends at the last comma before the pronoun.
  let from = end;
  if (tokens.word(end)!.text === ',' && end + 1 < limit && isArticle(tokens.word(end + 1)!)) {
    let pronoun = end + 2;
    while (pronoun < limit && !((f[pronoun]! & (WORD_KIND | CAPITALISED)) === WORD_KIND && GENDERED_PRONOUNS.has(lower(tokens.word(pronoun)!)))) pronoun++;
    from = -1;
    for (let k = pronoun - 1; k > end + 1 && from < 0; k--) if (tokens.word(k)!.text === ',') from = k + 1;
    if (from < 0 || from >= limit) return null;
  }
  if ((f[from]! & (WORD_KIND | CAPITALISED | DETERMINER)) !== WORD_KIND) return null;
  for (let k = from; k < limit; k++) {
    const bits = f[k]!;
    // Someone else the pronoun could be: a known forename, an honorific, a role after a determiner
    // ("hired the former minister after he left"); not a role describing the subject ("as Burma's de facto leader").
    if ((bits & (FORENAME | HONORIFIC)) !== 0 || ((bits & ROLE) !== 0 && ((f[k - 1]! & DETERMINER) !== 0 || (f[k - 2]! & DETERMINER) !== 0) && !ROLE_TAILS_AFTER_OF.has(tokens.word(k)!.stem))) return null;
    if ((bits & (WORD_KIND | CAPITALISED)) !== WORD_KIND) continue;
    const gender = GENDERED_PRONOUNS.get(lower(tokens.word(k)!));
    if (gender === undefined) continue;
    const p = phraseStartingAt(article, first, end);
    if (!p || p.kind === 'pronoun' || p.last !== end) return null;
    return { ...p, kind: 'person', name: p.name ?? p.text, title: null, gender };
  }
  return null;
}

/** The shortest word in -ing read as a participle ("Addressing"), not a name ("King", "Ewing"). */
const MIN_PARTICIPLE = 6;

/**
 * "Tomás Ferreira, the Labour MP for Ashcombe and Vale, turned to …": a run of two to four capitalised
 * words that opens the sentence, then a person's role between commas, is a person with that title,
 * though no list knows the forename; so is one before ", who". Null otherwise ("Severn Trent, the
 * water company, …" is a body).
 */
function describedName(article: Article, first: number, end: number, limit: number): SourcePhrase | null {
  const { tokenFeatures: f, tokens } = article;
  if (end - first < MIN_BARE_NAME || end - first > MAX_BARE_NAME || end + 1 >= limit || tokens.word(end)!.text !== ',') return null;
  for (let k = first; k < end; k++) if ((f[k]! & (CAPITALISED | WORD_KIND)) !== (CAPITALISED | WORD_KIND) || (f[k]! & (POSSESSIVE | ROLE | GROUP | HONORIFIC)) !== 0) return null;
  // "Addressing Brannigan, who stood in the dock, she said": a word in -ing opening the sentence is a
  // participle capitalised by its place, not a forename.
  const opening = tokens.word(first)!.text;
  if ((f[first]! & FORENAME) === 0 && opening.length >= MIN_PARTICIPLE && opening.endsWith('ing')) return null;
  const p = phraseStartingAt(article, first, end);
  if (!p || p.kind === 'pronoun' || p.last !== end) return null;
  // "Inés Garrido, who runs the village bakery, had kept …": "who" speaks of a person.
  if (PERSON_RELATIVE_WORDS.has(lower(tokens.word(end + 1)!))) return { ...p, kind: 'person', name: p.name ?? p.text, title: null };
  const close = descriptionEnd(tokens, end + 1, limit);
  if (close >= limit || tokens.word(close)!.text !== ',') return null;
  const described = describedPerson(article, { ...p, kind: 'person', name: p.name ?? p.text, title: null }, end + 1, close);
  return described.title ? described : null;
}

/**
 * "Outside court, Mmaphuti Moshoeshoe clutched …", "Moshoeshoe's mother, Mmaphuti Moshoeshoe, …": two
 * capitalised words no list knows, opening the sentence or named after the role that opens it, between
 * commas: a person, and the sentence's subject, if the last is a known person's surname (a relative),
 * which the registry decides in text order (ifKnownSurname). Null for other runs.
 */
function familyName(article: Article, first: number, end: number, limit: number, opens: boolean, main: number | undefined): SourcePhrase | null {
  const { tokenFeatures: f, tokens } = article;
  if (end - first !== 2 || end >= limit) return null;
  const word = CAPITALISED | WORD_KIND;
  if ((f[first]! & word) !== word || (f[first + 1]! & word) !== word || ((f[first]! | f[first + 1]!) & (POSSESSIVE | ROLE | GROUP | DETERMINER)) !== 0) return null;
  const after = tokens.word(end)!;
  const verbAfter = (f[end]! & (WORD_KIND | CAPITALISED | DETERMINER)) === WORD_KIND;
  // The role opens the main clause, one word before it at most ("Moshoeshoe's mother, …"): the name is its subject too.
  const named = !opens && main !== undefined && first >= 2 && first - 2 - main <= 1 && first - 2 >= main && tokens.word(first - 1)!.text === ',' && (f[first - 2]! & ROLE) !== 0 && after.text === ',';
  if (!(opens && verbAfter) && !named) return null;
  const p = phraseStartingAt(article, first, end);
  if (!p || p.kind === 'pronoun' || p.last !== end) return null;
  return { ...p, kind: 'person', name: p.name ?? p.text, title: null, ifKnownSurname: true };
}

/**
 * "Samir and Leila Haddad": the forename before "and" shares the surname of the name after it, and is a
 * person of its own (Samir Haddad, whom a later "Mr Haddad" names). Null unless both forenames are
 * known and the name is forename and surname alone.
 */
function sharedSurname(article: Article, p: SourcePhrase, sentenceStart: number): SourcePhrase | null {
  const { tokens } = article;
  const at = p.first - 2;
  if (at < sentenceStart || p.title || !p.name || lower(tokens.word(p.first - 1)!) !== 'and') return null;
  const space = p.name.indexOf(' ');
  if (space < 0 || p.name.indexOf(' ', space + 1) >= 0 || forenameGender(p.name.slice(0, space)) === 'unknown') return null;
  const forename = tokens.word(at)!;
  if ((article.tokenFeatures[at]! & CAPITALISED) === 0) return null;
  const gender = forenameGender(forename.text);
  if (gender === 'unknown') return null;
  // "Tom and Leila Haddad" but not "Smith and Leila Haddad" (gender known) nor "Ross, Tom and Leila Haddad" alone.
  if (at - 1 >= sentenceStart && (article.tokenFeatures[at - 1]! & CAPITALISED) !== 0) return null;
  return { ...p, start: tokens.start(at), end: tokens.end(at), first: at, last: at + 1, text: forename.text, name: `${forename.text}${p.name.slice(space)}`, gender, affiliation: null };
}

/**
 * Whether a name of two words or more opens with a known forename, or has one second after a
 * capitalised word that describes the person ("Democrat James Ortiz", "Republican Sarah Hill").
 */
function hasForename(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  if (forenameGender(name.slice(0, space)) !== 'unknown') return true;
  const next = name.indexOf(' ', space + 1);
  return next > 0 && forenameGender(name.slice(space + 1, next)) !== 'unknown';
}

interface PostCues {
  readonly adjacent: CueMatch | null;
  readonly later: CueMatch | null;
}

/** Cues after the closing mark, in the sentence that holds it, before the next quote. */
function postCue(ctx: CueContext, cues: readonly CueMatch[], after: number, si: number): PostCues {
  const s = ctx.article.sentences[si];
  if (!s) return { adjacent: null, later: null };
  let limit = after;
  while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
  let adjacent: CueMatch | null = null;
  let later: CueMatch | null = null;
  // Index loops over the cue lists (here and below): some are the shared frozen empty list, and for-of over both kinds made an iterator per quote.
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!;
    if (c.verb < after || c.verb >= limit || !c.resolution) continue;
    const phraseStart = c.phrase && !c.inherited ? Math.min(c.phrase.first, c.verb) : c.verb;
    // Adjacent means only punctuation between the closing mark and the cue: ,” he said / ” — Name.
    let onlyPunct = true;
    // The kind bits, not the tokens' words: a word or a number between them is no punctuation.
    for (let k = after; k < phraseStart; k++) if ((ctx.article.tokenFeatures[k]! & (WORD_KIND | NUMBER_KIND)) !== 0) onlyPunct = false;
    if (onlyPunct && phraseStart - after <= ADJACENT_WINDOW && !adjacent && !c.inherited) adjacent = c;
    else if (!later) later = c;
  }
  return { adjacent, later };
}

/** An ignored source right after the quote or as the nearest cue before it. */
function ignoredCueAround(ctx: CueContext, after: readonly CueMatch[], before: readonly CueMatch[], first: number, last: number): boolean {
  for (let n = 0; n < after.length; n++) {
    const c = after[n]!;
    if (c.ignored && c.verb >= last && c.verb - last <= ADJACENT_WINDOW) return true;
  }
  let nearest: CueMatch | null = null;
  for (let n = 0; n < before.length; n++) {
    const c = before[n]!;
    if (c.verb < first && (c.resolution || c.ignored)) nearest = c;
  }
  return nearest !== null && nearest.ignored === true && ctx.inQuote[nearest.verb] === 0;
}


/** “How many times …?” Clinton said. — the splitter ends the sentence at the mark; a short cue opens the next. */
function shortCueAfter(ctx: CueContext, cuesBySentence: ReadonlyArray<readonly CueMatch[]>, after: number, si: number): CueMatch | null {
  const { sentences } = ctx.article;
  const s = sentences[si];
  const next = sentences[si + 1];
  if (!s || !next || after < s.tokenEnd || next.paragraph !== s.paragraph) return null;
  const after2 = postCue(ctx, cuesBySentence[si + 1] ?? [], next.tokenStart, si + 1);
  // “…!” Scott's niece, state Del. Marcia Price, shouted. — the subject with its appositive opens the sentence.
  const found = after2.adjacent ?? after2.later;
  if (!found) return null;
  const appositive = found.phrase !== null && found.phrase.kind !== 'pronoun' && !found.inherited && found.verb - next.tokenStart <= MAX_APPOSITIVE_CUE && subjectStart(ctx.article, si + 1) === next.tokenStart && commaBefore(ctx, found.verb);
  if (found.verb - next.tokenStart > 6 && !appositive) return null;
  // "Vitter demanded.": any reporting verb when the cue is the whole sentence; "said" verbs may go on.
  const wholeSentence = next.tokenEnd - found.verb <= 2;
  if (!VERB_CLASSES.shortCue.has(found.lemma) && !wholeSentence) return null;
  return found;
}

/** The most tokens a subject with its appositive may take before the cue ("Scott's niece, state Del. Marcia Price (D-Newport News), shouted"). */
const MAX_APPOSITIVE_CUE = 24;

/** The token before the verb at `verb` is a comma: the appositive closes right before the cue. */
function commaBefore(ctx: CueContext, verb: number): boolean {
  return verb > 0 && ctx.article.tokens.word(verb - 1)!.text === ',';
}

/** “…” ― Steve Quinlan: a name after a dash right after the quote is its credit line. */
function dashCredit(ctx: CueContext, after: number, si: number): Assignment | null {
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[si];
  if (!s) return null;
  // The credit may stand after the sentence's end (“….” — Name), but not past the paragraph.
  const paragraph = ctx.article.paragraphs[s.paragraph]!;
  const lastSentence = ctx.article.sentences[paragraph.sentenceEnd - 1]!;
  const end = lastSentence.tokenEnd;
  let k = after;
  while (k < end && (tokens.word(k)!.text === ',' || tokens.word(k)!.text === '.')) k++;
  if (k >= end || !DASHES.has(tokens.word(k)!.text)) return null;
  if (tokens.word(k)!.text === '-' && tokens.word(k + 1)?.text === '-' && tokens.start(k + 1) === tokens.end(k)) k++;
  let limit = k + 1;
  while (limit < end && ctx.inQuote[limit] === 0 && tokens.word(limit)!.text !== ',') limit++;
  const p = phraseStartingAt(ctx.article, k + 1, limit);
  if (!p || p.kind === 'pronoun' || p.first !== k + 1) return null;
  const r = ctx.registry.resolve(p, true);
  if (!r) return null;
  const dash = tokens.at(k)!;
  const cue: CueMatch = { verb: k, cue: { start: dash.start, end: dash.end, text: dash.text }, lemma: 'credit', verbInfo: null, phrase: p, resolution: r, inherited: false, inverted: true, sentence: si };
  return fromCue(cue, 'adjacent-cue', 'credit line after a dash right after the quote');
}

/** "… the former candidate Mitt Romney -- ''It is disqualifying …''": a named person, a dash, the quote. */
function dashBefore(ctx: CueContext, first: number, si: number): Assignment | null {
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[si];
  if (!s || first - 2 < s.tokenStart || !DASHES.has(tokens.word(first - 1)!.text)) return null;
  // "--" is two hyphens side by side.
  const dashFrom = tokens.word(first - 1)!.text === '-' && tokens.word(first - 2)!.text === '-' && tokens.end(first - 2) === tokens.start(first - 1) ? first - 2 : first - 1;
  if (dashFrom - 1 < s.tokenStart) return null;
  const p = phraseEndingAt(ctx.article, dashFrom - 1, s.tokenStart);
  if (!p || p.kind !== 'person' || !p.name) return null;
  const r = ctx.registry.resolve(p, true);
  if (!r) return null;
  const dash = tokens.at(first - 1)!;
  const cue: CueMatch = { verb: first - 1, cue: { start: dash.start, end: dash.end, text: dash.text }, lemma: 'credit', verbInfo: null, phrase: p, resolution: r, inherited: false, inverted: false, sentence: si };
  return fromCue(cue, 'cue-in-sentence', 'a named person and a dash right before the quote');
}

/** A paragraph that ends in a credit line (“…” ― Name) credits its quotes that have no cue of their own. */
function paragraphCredit(ctx: CueContext, q: QuoteSpan, si: number): Assignment | null {
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[si];
  if (!s) return null;
  const paragraph = ctx.article.paragraphs[q.lastParagraph]!;
  const lastSentence = ctx.article.sentences[paragraph.sentenceEnd - 1];
  if (!lastSentence) return null;
  // Find the last dash of the paragraph, after the last quotation mark, within a few tokens of its end.
  for (let k = lastSentence.tokenEnd - 1; k >= lastSentence.tokenStart && k >= lastSentence.tokenEnd - 8; k--) {
    if (ctx.inQuote[k] !== 0) return null;
    if (!DASHES.has(tokens.word(k)!.text)) continue;
    const credit = dashCredit(ctx, k, paragraph.sentenceEnd - 1);
    return credit ? { ...credit, note: 'credit line at the end of the paragraph' } : null;
  }
  return null;
}

/** The nearest cue before the opening mark, after any earlier quote in the sentence. */
function preCue(cues: readonly CueMatch[], before: number, _si: number, ctx: CueContext): CueMatch | null {
  let floor = ctx.article.sentences[_si]!.tokenStart;
  for (let k = before - 1; k >= floor; k--) {
    if (ctx.inQuote[k] !== 0) {
      floor = k + 1;
      break;
    }
  }
  let best: CueMatch | null = null;
  let outer: CueMatch | null = null;
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!;
    if (c.verb >= floor && c.verb < before && c.resolution) {
      if (best && framesReport(ctx.article.tokens, best)) outer = best;
      best = c;
    }
  }
  // "Judge Reeves said Pike had shown “breathtaking greed”", "Kovalenko said Ukraine expected a decision
  // “within weeks”": what acts show, or someone thinks or would say, is no speech; the words are those
  // of the speaker whose clause holds them (withinReport).
  if (best && outer && outer.lemma !== 'according to' && (withinReport(ctx.article.tokens, outer, best) || quotedByOtherVerb(ctx.article.tokens, ctx.article.tokenFeatures, outer, best, before))) return outer;
  if (best) return best;
  // A cue earlier in the sentence, before an earlier quote: "X said “…” and “…”".
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!;
    if (c.verb < before && c.resolution && c.lemma !== 'according to') best = c;
  }
  return best;
}

/** Words that open a sentence pointing back at the quotation before it ("That was the message from …"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['that', "that's", 'that\u2019s', 'this', 'those', 'these', 'so', 'such']);

/**
 * “We're not going anywhere.” That was the message from Rick Evans, 58. A quotation that is a sentence
 * of its own, then a sentence of its paragraph that points back at it ("That", "Those words", "So
 * said") and names a source: by a cue of its own ("That's what Rick Evans said") or after a noun of
 * speech and "from" or "of" ("the message from", "the words of").
 */
function followingCredit(ctx: CueContext, q: QuoteSpan, sStart: number, sEnd: number, cuesBySentence: ReadonlyArray<readonly CueMatch[]>): Assignment | null {
  const { article } = ctx;
  const { sentences, tokens } = article;
  const s = sentences[sStart]!;
  const last = sentences[sEnd]!;
  const next = sentences[sEnd + 1];
  if (!next || next.tokenStart >= next.tokenEnd) return null;
  // The quotation is the whole of its sentence, but for a stop after its closing mark.
  if (q.start !== s.start || q.end < last.end - 1) return null;
  const opener = lower(tokens.word(next.tokenStart)!);
  // A quote that is its whole paragraph may be credited by the next one's first words: "The remark,
  // from India's chief negotiator Rahul Deshmukh …, drew sustained applause".
  const acrossParagraph = next.paragraph !== last.paragraph;
  if (acrossParagraph) {
    const own = article.paragraphs[last.paragraph]!;
    const noun = next.tokenStart + 1 < next.tokenEnd ? lower(tokens.word(next.tokenStart + 1)!) : '';
    // Or "That was the verdict of Tomasz Wójcik, …": a word pointing back, then the noun and its source.
    if (next.paragraph !== last.paragraph + 1 || q.start !== own.start || q.end < own.end - 1 || !(POINTING_BACK.has(opener) || (opener === 'the' && (SPEECH_NOUNS.has(noun) || VERDICT_NOUNS.has(noun))))) return null;
  } else if (!POINTING_BACK.has(opener)) return null;
  const cues = acrossParagraph ? [] : cuesBySentence[sEnd + 1] ?? [];
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!;
    if (c.resolution && c.phrase && !c.inherited && c.phrase.first > next.tokenStart) return fromCue(c, 'following-credit', `cue “${c.cue.text}” in the next sentence, which points back to the quote`);
  }
  for (let k = next.tokenStart + 1; k + 2 < next.tokenEnd; k++) {
    const w = lower(tokens.word(k)!);
    // "The remark, from …": a comma may stand before the link; "The verdict came from …": so may "came" or "comes".
    const next1 = lower(tokens.word(k + 1)!);
    const gap = tokens.word(k + 1)!.text === ',' || next1 === 'came' || next1 === 'comes' ? 1 : 0;
    const link = lower(tokens.word(k + 1 + gap)!);
    if (!(SPEECH_NOUNS.has(w) || VERDICT_NOUNS.has(w)) || (link !== 'from' && link !== 'of') || (gap === 1 && link !== 'from')) continue;
    if (acrossParagraph && opener === 'the' && k !== next.tokenStart + 1) return null;
    let limit = k + 2 + gap;
    while (limit < next.tokenEnd && ctx.inQuote[limit] === 0) limit++;
    const p = phraseStartingAt(article, k + 2 + gap, limit);
    if (!p || p.kind === 'pronoun' || p.first > k + 3 + gap || (p.kind === 'person' && !p.name)) return null;
    const r = ctx.registry.resolve(p, true);
    if (!r) return null;
    const cue: CueMatch = { verb: k, cue: { start: tokens.start(k), end: tokens.end(k + 1 + gap), text: article.text.slice(tokens.start(k), tokens.end(k + 1 + gap)) }, lemma: 'credit', verbInfo: null, phrase: p, resolution: r, inherited: false, inverted: true, sentence: sEnd + 1 };
    return fromCue(cue, 'following-credit', `“${cue.cue.text}” in the next sentence, which points back to the quote`);
  }
  return null;
}

/** The one a headline says is interviewed ("An interview with coach Maria Santos"), unresolved; else null. */
function intervieweeOf(ctx: CueContext): SourcePhrase | null {
  const { article } = ctx;
  const headline = article.headline!;
  for (let si = 0; si < article.sentences.length && article.sentences[si]!.start < headline.end; si++) {
    const s = article.sentences[si]!;
    for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
      if (ctx.inQuote[k] !== 0 || !INTERVIEW_NOUNS.has(lower(article.tokens.word(k)!)) || lower(article.tokens.word(k + 1)!) !== 'with') continue;
      let limit = k + 2;
      while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
      const p = phraseStartingAt(article, k + 2, limit);
      return p && (p.kind === 'person' || p.kind === 'group') ? p : null;
    }
  }
  return null;
}

/**
 * Whether quote q is a paragraph of its own after a paragraph with no quotation (the interviewer's
 * question or prompt: "Your critics say you are too defensive."); with `question`, one that ends in "?".
 */
function answersQuestion(article: Article, q: QuoteSpan, question = true): boolean {
  const paragraph = article.paragraphs[q.firstParagraph]!;
  if (q.start !== paragraph.start || q.end !== article.paragraphs[q.lastParagraph]!.end || q.firstParagraph === 0) return false;
  return question ? asksQuestion(article, q.firstParagraph - 1) : isUnquoted(article, q.firstParagraph - 1);
}

/** Answers after questions that make a piece a question-and-answer one (see qaInterviewee). */
const MIN_QA_PAIRS = 2;

/**
 * "Did the bank raise rates too late?" ¶ "With hindsight, perhaps …": a piece with MIN_QA_PAIRS
 * quote-only paragraphs or more, each after a paragraph that asks a question, interviews the first
 * person it names in full before its first question. That person and the mention naming them; null
 * when the piece has no such shape or names no one before it.
 */
function qaInterviewee(ctx: CueContext, spans: readonly QuoteSpan[]): { readonly entity: number; readonly evidence: Span } | null {
  const { article } = ctx;
  let pairs = 0;
  let firstQuestion = -1;
  for (const q of spans) {
    if (!answersQuestion(article, q)) continue;
    if (firstQuestion < 0) firstQuestion = article.paragraphs[q.firstParagraph - 1]!.start;
    if (++pairs >= MIN_QA_PAIRS) break;
  }
  if (pairs < MIN_QA_PAIRS) return null;
  const bodyStart = article.headline ? article.headline.end : 0;
  let best: { readonly entity: number; readonly evidence: Span } | null = null;
  for (const e of ctx.registry.entities()) {
    // Named, not a role alone ("The author of …" in a standfirst); the headline may name them first
    // ("… : Lucía Ferrante-Oyelaran on her new novel"): their first mention in the body counts.
    if (e.kind !== 'person' || !e.name.includes(' ') || e.name === e.title) continue;
    const first = e.mentions.find((m) => m.start >= bodyStart);
    if (!first || first.start >= firstQuestion) continue;
    if (best === null || first.start < best.evidence.start) best = { entity: e.id, evidence: { start: first.start, end: first.end } };
  }
  return best;
}

/**
 * In a question-and-answer piece, "“Something short,” she said." opening the paragraph after a
 * question, or after the unquoted answer to one: the one interviewed answering, whoever else the
 * answers named ("My editor, Ruth Abernathy, took me to lunch …"). Null when the pronoun cannot be
 * theirs (a "he" for a woman) or the paragraph has another shape.
 */
function pronounAnswer(ctx: CueContext, q: QuoteSpan, a: Assignment, qa: { readonly entity: number; readonly evidence: Span }): Assignment | null {
  const { article } = ctx;
  const pronoun = a.cue?.phrase?.pronoun;
  if (a.resolution?.how !== 'pronoun' || a.entity === qa.entity || (pronoun !== 'male' && pronoun !== 'female')) return null;
  const pi = q.firstParagraph;
  if (q.start !== article.paragraphs[pi]!.start || !(asksQuestion(article, pi - 1) || (asksQuestion(article, pi - 2) && isUnquoted(article, pi - 1)))) return null;
  const gender = ctx.registry.get(qa.entity).gender;
  if (gender !== 'unknown' && gender !== pronoun) return null;
  const cue = a.cue!;
  return { cue, rule: 'pronoun', entity: qa.entity, resolution: null, note: `pronoun “${cue.phrase!.text}” answering a question, in a question-and-answer piece with`, evidence: [{ start: cue.cue.start, end: cue.cue.end }, qa.evidence] };
}

/** Whether paragraph pi lies past the headline and holds sentences but no quotation mark. */
function isUnquoted(article: Article, pi: number): boolean {
  if (pi < 0) return false;
  const paragraph = article.paragraphs[pi]!;
  if ((article.headline && paragraph.start < article.headline.end) || paragraph.sentenceStart >= paragraph.sentenceEnd) return false;
  const from = article.sentences[paragraph.sentenceStart]!.tokenStart;
  const to = article.sentences[paragraph.sentenceEnd - 1]!.tokenEnd;
  for (let k = from; k < to; k++) if ((article.tokenFeatures[k]! & QUOTE_KIND) !== 0) return false;
  return true;
}

/** Whether paragraph pi is an interviewer's question: unquoted, ending in "?". */
function asksQuestion(article: Article, pi: number): boolean {
  return isUnquoted(article, pi) && article.tokens.word(article.sentences[article.paragraphs[pi]!.sentenceEnd - 1]!.tokenEnd - 1)!.text === '?';
}

/**
 * In an interview, a paragraph that is one quotation after a paragraph with none (the interviewer's
 * question or prompt: "Your critics say you are too defensive.") is the answer of the one interviewed.
 */
function interviewAnswer(ctx: CueContext, q: QuoteSpan, interviewee: SourcePhrase): Assignment | null {
  if (!answersQuestion(ctx.article, q, false)) return null;
  const r = ctx.registry.resolve(interviewee, true);
  if (!r) return null;
  return { cue: null, rule: 'continuation', entity: r.entity, resolution: null, note: 'quote-only paragraph after a question, in an interview with', evidence: [{ start: interviewee.start, end: interviewee.end }] };
}

/** A quote with no cue continues the previous speaker: in the same paragraph, or in a quote-only paragraph. */
function continuation(article: Article, spans: readonly QuoteSpan[], assignments: ReadonlyArray<Assignment | null>, id: number, lastCueOfParagraph: ReadonlyArray<CueMatch | undefined>): Assignment | null {
  const q = spans[id]!;
  const prev = id > 0 ? spans[id - 1]! : null;
  const prevA = id > 0 ? assignments[id - 1] : null;
  const paragraph = article.paragraphs[q.firstParagraph]!;
  if (prev && prevA && prevA.entity !== null && prev.lastParagraph === q.firstParagraph) {
    return { cue: prevA.cue, rule: 'continuation', entity: prevA.entity, resolution: null, note: 'no cue of its own; continues the previous quote in this paragraph', evidence: [{ start: prev.start, end: prev.end }] };
  }
  // Paragraph spans are trimmed, so a quote-only paragraph starts with the quote itself.
  const quoteOnly = q.start === paragraph.start;
  if (!quoteOnly) return null;
  if (prev && prevA && prevA.entity !== null && prev.lastParagraph === q.firstParagraph - 1) {
    return { cue: prevA.cue, rule: 'continuation', entity: prevA.entity, resolution: null, note: 'quote-only paragraph; continues the speaker of the previous paragraph’s quote', evidence: [{ start: prev.start, end: prev.end }] };
  }
  const cue = lastCueOfParagraph[q.firstParagraph - 1];
  if (cue && cue.resolution) {
    return { cue, rule: 'continuation', entity: cue.resolution.entity, resolution: null, note: 'quote-only paragraph; continues the source of the previous paragraph', evidence: [{ start: cue.cue.start, end: cue.cue.end }] };
  }
  return null;
}

/**
 * Whether sentence si leads into a quote with no cue: the next sentence of its paragraph opens with a
 * quotation, this one holds none and none of its cues names a source. Its subject may then be the
 * quote's speaker (precedingSubject).
 */
function leadsIntoQuote(ctx: CueContext, si: number, cues: readonly CueMatch[], quoteStarts: ReadonlySet<number>): boolean {
  const { sentences } = ctx.article;
  const s = sentences[si]!;
  const next = sentences[si + 1];
  // The next sentence's first token a quotation mark before the look-up: most sentences are not followed by a quote.
  if (!next || next.paragraph !== s.paragraph || (ctx.article.tokenFeatures[next.tokenStart]! & QUOTE_KIND) === 0 || !quoteStarts.has(next.start)) return false;
  for (let n = 0; n < cues.length; n++) if (cues[n]!.resolution) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (ctx.inQuote[k] !== 0) return false;
  return true;
}

/**
 * Whether sentence si, the last of its paragraph, leads into a quote that opens the next paragraph, its
 * own paragraph quoting no one and no cue of it naming a source ("Hollister snorts at the word retire." /
 * "“The sea doesn't care …”"): a profile's narration, whose subject may be the quote's speaker.
 */
function leadsIntoQuoteParagraph(ctx: CueContext, si: number, cues: readonly CueMatch[], quoteStarts: ReadonlySet<number>): boolean {
  const { sentences, paragraphs } = ctx.article;
  const s = sentences[si]!;
  const next = sentences[si + 1];
  if (!next || next.paragraph !== s.paragraph + 1 || paragraphs[next.paragraph]!.start !== next.start || (ctx.article.tokenFeatures[next.tokenStart]! & QUOTE_KIND) === 0 || !quoteStarts.has(next.start)) return false;
  for (let n = 0; n < cues.length; n++) if (cues[n]!.resolution) return false;
  const first = sentences[paragraphs[s.paragraph]!.sentenceStart]!;
  for (let k = first.tokenStart; k < s.tokenEnd; k++) if (ctx.inQuote[k] !== 0) return false;
  return true;
}

/**
 * Sentence si's subject when it is a person: he or she, or the name or lone surname of someone known.
 * Nothing else is resolved ("Quarterly revenue rose 9%." must leave no body for a later "the company").
 */
function resolvedPersonSubject(ctx: CueContext, si: number): ResolvedSubject | null {
  const phrase = subjectPhrase(ctx, si);
  if (!phrase || phrase.common) return null;
  // A name must be known already: "Suu Kyi" opening a sentence was noted as Aung San Suu Kyi's; resolved afresh, it would be someone new.
  const person = phrase.kind === 'pronoun' ? phrase.pronoun === 'male' || phrase.pronoun === 'female' : phrase.name !== null && (phrase.name.includes(' ') ? phrase.kind === 'person' && ctx.registry.knowsPerson(phrase.name) : ctx.registry.namesPerson(phrase.name));
  if (!person) return null;
  const resolution = ctx.registry.resolve(phrase, true);
  return resolution ? { phrase, resolution } : null;
}

/**
 * The pronoun that opens sentence si's main clause ("In a 1987 interview, she was dismissive …: “…”"),
 * or owns its noun of speech ("Her summary was stark: “…”"), when a colon in the sentence comes right
 * before a quotation and no cue of the sentence has a source: resolved now, in text order; else null.
 */
function colonSubject(ctx: CueContext, si: number, cues: readonly CueMatch[], quoteStarts: ReadonlySet<number>): ResolvedSubject | null {
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[si]!;
  let colon = -1;
  for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
    if (ctx.inQuote[k] !== 0) break;
    if (tokens.word(k)!.text === ':' && quoteStarts.has(tokens.start(k + 1))) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  for (let n = 0; n < cues.length; n++) if (cues[n]!.resolution) return null;
  const phrase = ownerOfSpeechSubject(ctx, s.tokenStart, colon) ?? pronounSubject(ctx, s.tokenStart, colon);
  const resolution = phrase ? ctx.registry.resolve(phrase, true) : null;
  return phrase && resolution ? { phrase, resolution } : null;
}

/**
 * Sentence si's subject when it names a source (a person, a group, a body, or he, she or they),
 * resolved as the speaker of the quote that follows. "The storm hit the coast." names none.
 */
function resolvedSubject(ctx: CueContext, si: number): ResolvedSubject | null {
  const opening = subjectPhrase(ctx, si);
  // "His daughter, Anne, remembers the storms.": the name between commas names the role.
  const phrase = opening && opening.kind === 'person' ? (appositiveName(ctx, opening, opening.first, ctx.article.sentences[si]!.tokenEnd) ?? opening) : opening;
  if (!phrase || phrase.common || (phrase.kind === 'pronoun' && phrase.pronoun !== 'male' && phrase.pronoun !== 'female' && phrase.pronoun !== 'plural')) return laterPersonSubject(ctx, si, phrase);
  const resolution = ctx.registry.resolve(phrase, true);
  if (resolution && namedByForename(ctx.registry.get(resolution.entity))) return { phrase, resolution };
  return laterPersonSubject(ctx, si, phrase) ?? (resolution ? { phrase, resolution } : null);
}

/** A person whose name opens with a known forename ("Graham Whitcombe"), not a team or a place read as one ("Harbour City"). */
function namedByForename(e: Pick<Entity, 'kind' | 'name'>): boolean {
  if (e.kind !== 'person') return false;
  const space = e.name.indexOf(' ');
  return space > 0 && forenameGender(e.name.slice(0, space)) !== 'unknown';
}

/**
 * "City travel to Eastfield next Sunday, and Whitcombe was already looking ahead. “…”": when the
 * sentence opens with no person, the person who is the subject of its last clause after ", and",
 * ", but" or ";" leads into the quote. Null when there is none.
 */
function laterPersonSubject(ctx: CueContext, si: number, opening: SourcePhrase | null): ResolvedSubject | null {
  const { article } = ctx;
  const { tokens } = article;
  const s = article.sentences[si]!;
  for (let k = s.tokenEnd - 3; k > (opening ? opening.last : s.tokenStart); k--) {
    const w = tokens.word(k)!.text;
    const joined = w === ';' || (w === ',' && (lower(tokens.word(k + 1)!) === 'and' || lower(tokens.word(k + 1)!) === 'but'));
    if (!joined || ctx.inQuote[k] !== 0) continue;
    const from = w === ';' ? k + 1 : k + 2;
    const p = phraseStartingAt(article, from, s.tokenEnd);
    // The clause's subject is followed by its verb: a lower-case word.
    const next = p ? tokens.word(p.last) : undefined;
    if (!p || next === undefined || next.kind !== 'word' || isCapitalised(next)) return null;
    // A person met before, named in full or by surname alone ("Whitcombe" reads as a body until the registry knows it), or "he", "she".
    const known =
      p.kind === 'pronoun'
        ? p.pronoun === 'male' || p.pronoun === 'female'
        : p.name !== null && (p.kind === 'person' || p.kind === 'institution') && (ctx.registry.knowsPerson(p.name) || (!p.name.includes(' ') && ctx.registry.namesPerson(p.name)));
    if (!known) return null;
    const resolution = ctx.registry.resolve(p, true);
    return resolution && namedByForename(ctx.registry.get(resolution.entity)) ? { phrase: p, resolution } : null;
  }
  return null;
}

/** The phrase that opens sentence si's main clause, unresolved: what resolvedSubject and resolvedPersonSubject read. */
function subjectPhrase(ctx: CueContext, si: number): SourcePhrase | null {
  const { article } = ctx;
  const s = article.sentences[si]!;
  // "Asked if she would ever leave, she laughs.": the subject follows the opening clause.
  const first = afterOpeningClause(ctx, subjectStart(article, si), s.tokenEnd);
  // "He was furious.": a personal pronoun is a subject phrase of its own ("It rained all night." names no one).
  const pronoun = first < s.tokenEnd && (article.tokenFeatures[first]! & SUBJECT_PRONOUN) !== 0 ? phraseEndingAt(article, first, first) : null;
  return pronoun ?? phraseStartingAt(article, first, s.tokenEnd);
}

/**
 * "For Pendleton Mayor Tomás Echeverría-Lund, the news landed like “a punch to the gut.”": a quotation
 * with no cue in a sentence that opens "For" and a named person, then a comma, is that person's: the
 * sentence gives their view. Null otherwise.
 */
function forTopic(ctx: CueContext, q: QuoteSpan, si: number): Assignment | null {
  const { article } = ctx;
  const s = article.sentences[si]!;
  const { tokens } = article;
  if (s.tokenStart + 3 >= s.tokenEnd || lower(tokens.word(s.tokenStart)!) !== 'for' || q.start < s.start) return null;
  let limit = s.tokenStart + 1;
  while (limit < s.tokenEnd && tokens.word(limit)!.text !== ',' && ctx.inQuote[limit] === 0) limit++;
  const p = phraseStartingAt(article, s.tokenStart + 1, limit);
  if (!p || p.kind !== 'person' || !p.name || p.last !== limit || tokens.word(limit)?.text !== ',' || tokens.start(limit) > q.start) return null;
  const r = ctx.registry.resolve(p, true);
  if (!r) return null;
  return { cue: null, rule: 'preceding-subject', entity: r.entity, resolution: null, note: 'no cue; the sentence opens with the one whose view it gives (“For …,”)', evidence: [{ start: p.start, end: p.end }], subject: p };
}

/**
 * "Senator John Cornyn issued a statement. “Like many Texans, I am disappointed …”": a quote with no cue
 * that opens a sentence, after a sentence of the same paragraph with no quotation: the source that
 * sentence reports (its first cue's), or else its subject, resolved in text order (resolvedSubject).
 */
function precedingSubject(ctx: CueContext, q: QuoteSpan, si: number, cuesBySentence: ReadonlyArray<readonly CueMatch[]>, subjectsBySentence: ReadonlyArray<ResolvedSubject | null>): Assignment | null {
  const { article } = ctx;
  const s = article.sentences[si];
  if (!s || si === 0 || s.start !== q.start) return null;
  const before = article.sentences[si - 1]!;
  // A quote that opens its paragraph may follow the paragraph before, when that one quotes no one: a
  // profile's line of narration, then its subject's words ("Hollister snorts at the word retire." / "“…”").
  const paragraphBefore = before.paragraph === s.paragraph - 1 && article.paragraphs[s.paragraph]!.start === q.start;
  if (before.paragraph !== s.paragraph && !paragraphBefore) return null;
  const from = paragraphBefore ? article.sentences[article.paragraphs[before.paragraph]!.sentenceStart]!.tokenStart : before.tokenStart;
  for (let k = from; k < before.tokenEnd; k++) if (ctx.inQuote[k] !== 0) return null;
  // The main clause's cue, the first: "Heald noted the findings show …" is Heald's, not the findings'.
  const cues = cuesBySentence[si - 1] ?? [];
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!;
    if (c.resolution) return fromCue(c, 'preceding-subject', `no cue of its own; follows “${c.cue.text}” in the sentence before`);
  }
  const subject = subjectsBySentence[si - 1];
  if (!subject) return null;
  const { phrase, resolution } = subject;
  // Across paragraphs, only a person: "Boats arrive on trailers." or a pasted "Advertisement" says nothing.
  if (paragraphBefore && ctx.registry.get(resolution.entity).kind !== 'person') return null;
  return { cue: null, rule: 'preceding-subject', entity: resolution.entity, resolution, note: 'no cue of its own; the subject of the sentence before', evidence: [{ start: phrase.start, end: phrase.end }], subject: phrase };
}

/**
 * "… is rolling out a new message: “It's about me.”": a colon right before the quote, no cue: the
 * clause's subject. A pronoun ("she was blunt: …") or a pronoun's noun of speech ("Her summary was
 * stark: …") was resolved in text order (colonSubject), so that it sees only what came before it.
 */
function colonInSentence(ctx: CueContext, first: number, si: number, held: ResolvedSubject | null): Assignment | null {
  const s = ctx.article.sentences[si];
  if (!s || first <= s.tokenStart || ctx.article.tokens.word(first - 1)!.text !== ':') return null;
  const subject = held?.phrase ?? mainSubject(ctx, s.tokenStart, first - 1);
  if (!subject) return speakerLabel(ctx, first, s);
  const r = held?.resolution ?? ctx.registry.resolve(subject, true);
  if (!r) return null;
  return { cue: null, rule: 'colon-intro', entity: r.entity, resolution: r, note: 'introduced by its sentence’s subject before a colon', evidence: [{ start: subject.start, end: subject.end }], subject };
}

/**
 * "Mr Castellane: “Who were you talking about?”": a person's name, and nothing else, between the
 * paragraph's start and the colon before the quote labels a transcript's turn. Not "Update:" or "Q:",
 * which name no person.
 */
function speakerLabel(ctx: CueContext, first: number, s: Sentence): Assignment | null {
  const { article } = ctx;
  const colon = first - 1;
  if (article.paragraphs[s.paragraph]!.start !== s.start || colon - s.tokenStart > MAX_LABEL_WORDS) return null;
  const found = phraseStartingAt(article, s.tokenStart, colon);
  // A lone surname reads as any name ("Varley:"): a person's when the article named that person.
  const label = found && found.kind === 'institution' && found.name && !found.name.includes(' ') && ctx.registry.namesPerson(found.name) ? { ...found, kind: 'person' as const } : found;
  if (!label || label.kind !== 'person' || label.last !== colon || (!label.name && !label.definite)) return null;
  const r = ctx.registry.resolve(label, true);
  if (!r) return null;
  return { cue: null, rule: 'colon-intro', entity: r.entity, resolution: r, note: LABEL_NOTE, evidence: [{ start: label.start, end: label.end }], subject: label };
}

/** How many quotes back a "Q:" or "A:" looks for the turns of named people it goes on from. */
const LABEL_TURNS_REACH = 8;

/**
 * "Mr Castellane: “… Who were you talking about?”" / "Ms Ferrer-Blanch: “…”", then "Q: “…”" and "A:
 * “…”": after turns that named their speakers, a "Q:" is the one who last asked a question in such a
 * turn and an "A:" the one who last answered. Null when no named turns came before.
 */
function questionAnswerLabel(article: Article, spans: readonly QuoteSpan[], assignments: ReadonlyArray<Assignment | null>, id: number, first: number, si: number): Assignment | null {
  const { tokens, text } = article;
  const s = article.sentences[si]!;
  if (first !== s.tokenStart + 2 || article.paragraphs[s.paragraph]!.start !== s.start || tokens.word(first - 1)!.text !== ':') return null;
  const label = tokens.word(s.tokenStart)!.text;
  if (label !== 'Q' && label !== 'A') return null;
  let asker: Assignment | null = null;
  let answerer: Assignment | null = null;
  for (let k = id - 1; k >= 0 && k >= id - LABEL_TURNS_REACH && !(asker && answerer); k--) {
    const turn = assignments[k];
    if (!turn || turn.rule !== 'colon-intro' || turn.entity === null || (turn.note !== LABEL_NOTE && turn.note !== ASKED_NOTE && turn.note !== ANSWERED_NOTE)) continue;
    // A "Q:" or "A:" before goes on the same way: "Q:" asked, "A:" answered.
    const asks = turn.note === LABEL_NOTE ? text.slice(spans[k]!.inner.start, spans[k]!.inner.end).includes('?') : turn.note === ASKED_NOTE;
    if (asks && !asker) asker = turn;
    else if (!asks && !answerer && turn.entity !== asker?.entity) answerer = turn;
  }
  const who = label === 'Q' ? asker : answerer;
  if (!who || !asker || !answerer || asker.entity === answerer.entity) return null;
  return { cue: null, rule: 'colon-intro', entity: who.entity, resolution: null, note: label === 'Q' ? ASKED_NOTE : ANSWERED_NOTE, evidence: [{ start: tokens.start(s.tokenStart), end: tokens.end(first - 1) }, who.evidence[0]!] };
}

const ASKED_NOTE = 'a “Q:” after turns labelled with names: the one who asked';
const ANSWERED_NOTE = 'an “A:” after turns labelled with names: the one who answered';

/** Things people carry words on: "placards reading “…”". */
const SIGN_NOUNS: ReadonlySet<string> = new Set(['placard', 'placards', 'banner', 'banners', 'sign', 'signs', 'poster', 'posters', 'flag', 'flags', 't-shirts', 'shirts']);

/**
 * "a small group of cyclists and climate campaigners held placards reading “Your diesel, our lungs”
 * and “Subsidise nature, not pollution”": words on placards, banners or signs ("reading", "saying")
 * are those of the clause's subject, who held them; a second quote joined by "and" too.
 */
function signWords(ctx: CueContext, spans: readonly QuoteSpan[], assignments: ReadonlyArray<Assignment | null>, id: number, first: number, si: number): Assignment | null {
  const { tokens } = ctx.article;
  const s = ctx.article.sentences[si]!;
  const before = first - 1;
  if (before - 1 <= s.tokenStart) return null;
  const w = tokens.word(before)!.lower;
  // "… “Your diesel, our lungs” and “Subsidise nature …”": the same placards.
  if (w === 'and' && id > 0 && tokens.start(before) >= spans[id - 1]!.end && tokens.start(before) - spans[id - 1]!.end <= 1) {
    const last = assignments[id - 1];
    return last && last.note === SIGN_NOTE ? { ...last, evidence: [...last.evidence] } : null;
  }
  if ((w !== 'reading' && w !== 'saying') || !SIGN_NOUNS.has(tokens.word(before - 1)!.lower)) return null;
  const found = mainSubject(ctx, s.tokenStart, before - 1);
  // "a small group of cyclists": the people the collective counts.
  const subject = found ? (collectiveStartingAt(ctx.article, found.first - 1, before - 1) ?? collectiveStartingAt(ctx.article, found.first, before - 1) ?? found) : null;
  const r = subject ? ctx.registry.resolve(subject, true) : null;
  if (!subject || !r) return null;
  return { cue: null, rule: 'preceding-subject', entity: r.entity, resolution: r, note: SIGN_NOTE, evidence: [{ start: subject.start, end: subject.end }], subject };
}

const SIGN_NOTE = 'words on what the sentence’s subject held up';

/** The note of a transcript turn labelled with its speaker's name (speakerLabel). */
const LABEL_NOTE = 'the speaker’s label opening the paragraph';

/** The most words of a speaker's label ("Lord Justice Ellery-Morgan:"); longer runs before a colon are clauses. */
const MAX_LABEL_WORDS = 5;

/** "Caddell continued:" closing the previous paragraph introduces the quote that follows. */
function colonIntro(ctx: CueContext, article: Article, cuesBySentence: ReadonlyArray<readonly CueMatch[]>, q: QuoteSpan): Assignment | null {
  const prevParagraph = article.paragraphs[q.firstParagraph - 1];
  if (!prevParagraph || article.text[prevParagraph.end - 1] !== ':') return null;
  const cues = cuesBySentence[prevParagraph.sentenceEnd - 1] ?? [];
  const cue = [...cues].reverse().find((c) => c.resolution);
  if (!cue || !cue.resolution) {
    // "Sanders made the following comment:": no reporting verb, but the sentence's subject introduces it.
    const s = article.sentences[prevParagraph.sentenceEnd - 1]!;
    const subject = mainSubject(ctx, s.tokenStart, s.tokenEnd);
    if (!subject) return null;
    const r = ctx.registry.resolve(subject, true);
    if (!r) return null;
    return { cue: null, rule: 'colon-intro', entity: r.entity, resolution: null, note: 'introduced by the sentence ending in a colon before the quote', evidence: [{ start: subject.start, end: subject.end }] };
  }
  return { cue, rule: 'colon-intro', entity: cue.resolution.entity, resolution: null, note: `introduced by “${cue.cue.text}:” at the end of the previous paragraph`, evidence: [{ start: cue.cue.start, end: cue.cue.end }] };
}

/** A headline quote with no cue belongs to the headline's subject: "China calls NATO claims 'disinformation'". */
/** Words of a name before a colon in a title-case headline ("Sen. Elizabeth Warren:"); longer runs are clauses. */
const MAX_TITLE_CASE_NAME = 4;

/**
 * A headline that opens with a quotation, then a colon and a person's name ("“…”: Corinne Halvey on
 * grief", "'…': Mayor Rosa Diaz"): that name; null otherwise.
 */
function nameAfterQuoteColon(ctx: CueContext, from: number, to: number): SourcePhrase | null {
  const { tokens } = ctx.article;
  if (from >= to || ctx.inQuote[from] === 0) return null;
  let k = from;
  while (k < to && ctx.inQuote[k] !== 0) k++;
  if (k + 1 >= to || tokens.word(k)!.text !== ':') return null;
  const p = phraseStartingAt(ctx.article, k + 1, to);
  return p && p.kind === 'person' && p.name && p.name.includes(' ') ? p : null;
}

/** Whether a plain lower-case word follows token `at` (before `end`): no preposition, verb of speech or function word. */
function modifiesNoun(article: Article, at: number, end: number): boolean {
  if (at >= end) return false;
  const f = article.tokenFeatures[at]!;
  return (f & (LOWER_ALPHA | CUE_WORD | CONNECTOR | DETERMINER | AUXILIARY | SENTENCE_OPENER | PHRASE_EDGE)) === LOWER_ALPHA && !TOPIC_OPENERS.has(lower(article.tokens.word(at)!));
}

/** Words after a named person in a headline that open what they talk about: "Ottilie Várkonyi on grief", "… talks to". */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(['on', 'about', 'in', 'at', 'talks', 'remembers', 'reflects', 'recalls']);

/** Headline labels ("Q&A", "Analysis"), lower case, by their words joined with spaces. */
const HEADLINE_LABELS: ReadonlySet<string> = new Set(fw.headlineLabels);

/** Where a headline's words start after a label and its colon ("Q&A: …"); `from` when there is none. */
function afterHeadlineLabel(article: Article, from: number, limit: number): number {
  const { tokens } = article;
  for (let k = from + 1; k < limit && k <= from + 3; k++) {
    if (tokens.word(k)!.text !== ':') continue;
    const label = article.text.slice(tokens.start(from), tokens.end(k - 1)).toLowerCase().replace(/\s+/g, ' ');
    return HEADLINE_LABELS.has(label) ? k + 1 : from;
  }
  return from;
}

/** Verbs by which a study, report or survey closing a headline gives its finding: ", major study finds". */
const FINDING_VERBS: ReadonlySet<string> = new Set(['finds', 'find', 'shows', 'show', 'suggests', 'suggest', 'says', 'warns', 'reveals', 'concludes']);
/** The most words of the source in such a closing tag ("new government-commissioned study"). */
const MAX_FINDING_SOURCE = 5;

/**
 * The study, report or survey (a source noun heading it) in a headline's closing tag after its last
 * quotation: ", major study finds", ", report warns" at the headline's end. Null otherwise.
 */
function headlineFinding(ctx: CueContext, s: Sentence): SourcePhrase | null {
  const { tokens } = ctx.article;
  let end = s.tokenEnd;
  while (end > s.tokenStart && tokens.word(end - 1)!.kind === 'punct' && tokens.word(end - 1)!.text !== ',') end--;
  const verb = end - 1;
  if (verb - 2 <= s.tokenStart || !FINDING_VERBS.has(tokens.word(verb)!.lower) || ctx.inQuote[verb] !== 0) return null;
  let comma = verb - 1;
  while (comma > s.tokenStart && verb - comma <= MAX_FINDING_SOURCE + 1 && tokens.word(comma)!.text !== ',') comma--;
  if (tokens.word(comma)!.text !== ',' || comma + 1 >= verb) return null;
  const head = tokens.word(verb - 1)!.lower;
  if (!SOURCE_NOUNS.has(head)) return null;
  const p = sourceStartingAt(ctx.article, comma + 1, verb);
  return p && p.last === verb && p.kind !== 'pronoun' ? p : null;
}

function headlineSubject(ctx: CueContext, cuesBySentence: ReadonlyArray<readonly CueMatch[]>, si: number, interviewee: SourcePhrase | null): Assignment | null {
  const cues = cuesBySentence[si] ?? [];
  const s0 = ctx.article.sentences[si]!;
  // "'I never planned to be a politician': An interview with Mayor Rosa Diaz": the one interviewed.
  const interviewed = interviewee ? ctx.registry.resolve(interviewee, true) : null;
  if (interviewee && interviewed) return { cue: null, rule: 'headline-subject', entity: interviewed.entity, resolution: null, note: 'headline quote from an interview with', evidence: [{ start: interviewee.start, end: interviewee.end }] };
  // "A lesson from Loretta Lynch: 'Be the voice …'": the name before the colon.
  for (let k = s0.tokenStart + 1; k < s0.tokenEnd; k++) {
    if (ctx.inQuote[k] !== 0) break;
    if (ctx.article.tokens.word(k)!.text === ':' && ctx.inQuote[k + 1] !== 0) {
      const p = phraseEndingAt(ctx.article, k - 1, s0.tokenStart);
      // In title case every word is capitalised: a long run before the colon is a clause, not a name.
      if (p && ctx.titleCaseHeadline && p.last - p.first > MAX_TITLE_CASE_NAME) break;
      const r = p && p.kind !== 'pronoun' ? ctx.registry.resolve(p, true) : null;
      if (p && r) return { cue: null, rule: 'headline-subject', entity: r.entity, resolution: null, note: 'headline quote introduced by a name and a colon', evidence: [{ start: p.start, end: p.end }] };
    }
  }
  // "Teenagers who lose sleep ‘remember less’, major study finds": a study, report or survey that closes
  // the headline after a comma found what it quotes.
  const finding = headlineFinding(ctx, s0);
  const found = finding ? ctx.registry.resolve(finding, true) : null;
  if (finding && found) return { cue: null, rule: 'headline-subject', entity: found.entity, resolution: null, note: 'headline quote; the study or report that closes the headline found it', evidence: [{ start: finding.start, end: finding.end }], guessed: true };
  const cue = cues.find((c) => c.resolution);
  if (cue && cue.resolution) return { cue, rule: 'headline-subject', entity: cue.resolution.entity, resolution: null, note: 'headline quote; the headline’s subject', evidence: [{ start: cue.cue.start, end: cue.cue.end }] };
  // "“I write the book I'm scared of”: Corinne Halvey on grief …": the person named after the quote's colon.
  const named = nameAfterQuoteColon(ctx, s0.tokenStart, s0.tokenEnd);
  const byName = named ? ctx.registry.resolve(named, true) : null;
  // A name that modifies a noun after it is a guess: "‘We have been left with no choice’: Port Elsmere rail
  // and bus workers to walk out" names the subject, not the speaker, whom the body's same words name
  // (echoHeadlineQuotes). A name before "on", a verb of speech or the end ("…: Ottilie Várkonyi on grief") speaks.
  if (named && byName) return { cue: null, rule: 'headline-subject', entity: byName.entity, resolution: null, note: 'headline quote followed by a colon and a name', evidence: [{ start: named.start, end: named.end }], guessed: modifiesNoun(ctx.article, named.last, s0.tokenEnd) };
  const s = ctx.article.sentences[si]!;
  let limit = s.tokenStart;
  while (limit < s.tokenEnd && ctx.inQuote[limit] === 0) limit++;
  // "Q&A: Severnside Water's new chief on …": a label and its colon name no one; the subject follows.
  const from = afterHeadlineLabel(ctx.article, s.tokenStart, limit);
  let p = phraseStartingAt(ctx.article, from, limit);
  if (!p || p.kind === 'pronoun') return null;
  // In title case every word is capitalised: the first words are a name when punctuation ends them
  // ("Rush Limbaugh: …"), or up to the first noun that heads a source ("Frustrated Parents Rally …").
  if (ctx.titleCaseHeadline && !(p.last < s.tokenEnd && ctx.article.tokens.word(p.last)!.kind === 'punct')) {
    let head = p.first;
    while (head < p.last && !(isGroupNoun(ctx.article.tokens.word(head)!) || isRoleWord(ctx.article.tokens.word(head)!))) head++;
    if (head >= p.last - 1) return null;
    p = phraseStartingAt(ctx.article, from, head + 1);
    if (!p || p.kind === 'pronoun') return null;
  }
  const r = ctx.registry.resolve(p, true);
  if (!r) return null;
  return { cue: null, rule: 'headline-subject', entity: r.entity, resolution: null, note: 'headline quote; the headline’s subject', evidence: [{ start: p.start, end: p.end }], guessed: true };
}
