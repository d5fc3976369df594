// Keeps the sources an article mentions and resolves new mentions to them:
// full names, surnames ("Wang" -> the most recent Wang), pronouns, bare titles ("the official").

import type { Article, Entity, EntityKind, Gender, Mention, MentionKind, Paragraph } from './types';
import type { NamesInFull } from './named-earlier';
import { COMPANY_NOUNS, DEMONYMS, forenameGender, isCourtesyTitle, isHonorific, KIN_ROLES, GENERIC_BODY_NOUNS, PLAIN_PERSONS, POSTNOMINAL_ROLES, PUBLIC_BODY_NOUNS, STATE_BODY_NOUNS, STATE_GENERIC_BODY_NOUNS, SUBORDINATE_RANKS } from './lexicon';
import { withoutPossessive, type SourcePhrase } from './source-phrases';
import { MultiMap, RecencyList, type OrderedList } from './recency';

interface MutableEntity {
  id: number;
  name: string;
  title: string | null;
  organisation: string | null;
  kind: EntityKind;
  gender: Gender;
  mentions: Mention[];
  /** Offset of the latest mention, for recency. */
  last: number;
  /** Offset of the latest time the entity was the subject of a reporting verb. */
  lastSpoke: number;
  /** Offset of the latest mention that opened its sentence as its subject ("Peter Brown, a farmer, was cautious."). */
  lastSubject: number;
  /** Where the sentence ends that last named the entity as the one asked ("Chaudhry asked Prof Sørensen whether …"), or -1. */
  lastAsked: number;
  /** A party or place in parentheses after the name: "(D-Wis.)". */
  affiliation: string | null;
  /** norm(name) and its words, kept with the name for the indexes. */
  key: string;
  words: readonly string[];
  /**
   * The offsets of the mentions, so a mention is not added twice: made only when a mention comes
   * before the latest one (see hasMentionAt), which most entities never see.
   */
  starts: Set<number> | null;
  /** The long index lists that hold this entity in recency order (recency.ts). */
  ordered: OrderedList[];
  /** Known only by an indefinite common noun ("a doctor", "a friend"), never by a name. */
  unnamed: boolean;
  /** Changed since the registry's last checkpoint (see EntityRegistry.checkpoint). */
  changed: boolean;
}

/**
 * An entity as it stood at a checkpoint: every field the registry may change (a field added to
 * MutableEntity is one more to copy), with its mentions as the first `mentionCount` of a list that
 * only ever grows. The indexes' bookkeeping (`starts`, `ordered`, `changed`) is made again on restore.
 */
type EntityState = Readonly<Omit<MutableEntity, 'mentions' | 'starts' | 'ordered' | 'changed'>> & {
  readonly mentions: readonly Mention[];
  readonly mentionCount: number;
};

/**
 * The registry between two sentences, as the entities changed since the checkpoint before: the
 * entities a run of checkpoints lists, each at its latest state, are the whole registry at the last.
 */
export interface RegistryCheckpoint {
  readonly entityCount: number;
  readonly changed: readonly EntityState[];
}

export interface Resolution {
  readonly entity: number;
  /** How the phrase was resolved, for the attribution reason. */
  readonly how: 'name' | 'surname' | 'pronoun' | 'topic' | 'asked' | 'title' | 'new';
  /** The earlier mention it was resolved to, for pronouns, surnames and titles. */
  readonly antecedent: Mention | null;
}

/** How far (UTF-16 units) after the person asked a reply's pronoun may stand (askedFor). */
const ASKED_REACH = 400;

/** How far (UTF-16 units) a sentence's subject may lie before a later mention it outranks for a pronoun. */
const NEAR_SUBJECT = 200;

/** How far back (UTF-16 units) a definite role may reach for the person it renames. */
const NEAR_ANTECEDENT = 400;

/** How far (UTF-16 units) after an unnamed person of unknown gender spoke a "they" may still be that person (singularThey). */
const SINGULAR_THEY_REACH = 600;

/** How many times a text has called someone "he" or "she" before a pronoun may go on about them past another's words (topicAcross). */
const TOPIC_PRONOUNS = 3;

/** How far into its paragraph (UTF-16 units) a pronoun still opens it: its first sentence (topicAcross). */
const PARAGRAPH_OPENING = 40;

/** How far back (UTF-16 units) "the company" looks for the business that spoke: a few paragraphs. */
const NEAR_BODY = 1500;

/** Articles that open a phrase introducing someone a later "the" + its noun may point back to. */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an']);

const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', '&']);

/** A name, not a common noun: every word is capitalised but short joining words ("The New York Times", "Bank of America"; not "His ex-wife"). */
function isProperName(name: string): boolean {
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '' || (i > 0 && JOINING_WORDS.has(w))) continue;
    if (w[0] === w[0]!.toLowerCase()) return false;
  }
  return true;
}

export const GENERIC_TITLES: ReadonlySet<string> = new Set(['official', 'source', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'aide', 'officer', 'representative']);

function norm(s: string): string {
  const lower = s.toLowerCase();
  // Most names are printable ASCII with single inner spaces, which the replacements would leave as they are.
  let plain = lower.length > 0 && lower.charCodeAt(0) !== 32 && lower.charCodeAt(lower.length - 1) !== 32;
  for (let i = 0; i < lower.length && plain; i++) {
    const c = lower.charCodeAt(i);
    plain = c === 32 ? lower.charCodeAt(i - 1) !== 32 : c > 32 && c < 127;
  }
  return plain ? lower : lower.replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
}

// Look-up tests that capture nothing, made once rather than per look-up.
const anyEntity = (): boolean => true;
const isPerson = (e: MutableEntity): boolean => e.kind === 'person';
/** A person known by more than one word, a name and no role alone ("a representative for Drummond"): whom a bare surname can name. */
const isNamedPerson = (e: MutableEntity): boolean => e.kind === 'person' && e.name.includes(' ') && e.name !== e.title;
const isNamedSpeaker = (e: MutableEntity): boolean => isNamedPerson(e) && e.lastSpoke >= 0;
/** A person known by one name, a capitalised one ("Denise", "Walt"): not a role ("a manager"). */
const isOneNamePerson = (e: MutableEntity): boolean => e.kind === 'person' && !e.name.includes(' ') && e.title === null && /^\p{Lu}/u.test(e.name);
/** A person introduced by a family role ("his daughter, Ellen Brandt"): see observeSurname. */
const isKin = (e: MutableEntity): boolean => e.title !== null && KIN_ROLES.has(lastWord(e.title).toLowerCase());
const isNamedNonKin = (e: MutableEntity): boolean => isNamedPerson(e) && !isKin(e);
/** The same two tests for a surname said with an honorific of a gender ("Mr. Key"): not someone of the other. */
const NAMED_PERSON_OF: Readonly<Record<Gender, (e: MutableEntity) => boolean>> = {
  unknown: isNamedPerson,
  male: (e) => isNamedPerson(e) && e.gender !== 'female',
  female: (e) => isNamedPerson(e) && e.gender !== 'male',
};
const NAMED_SPEAKER_OF: Readonly<Record<Gender, (e: MutableEntity) => boolean>> = {
  unknown: isNamedSpeaker,
  male: (e) => isNamedSpeaker(e) && e.gender !== 'female',
  female: (e) => isNamedSpeaker(e) && e.gender !== 'male',
};

/**
 * Whether "the health secretary" names another role than the unnamed entity e, "the education
 * secretary": `mine` is the phrase's roleModifier ("health"), and e's differs. Only for an entity known
 * by its role alone: a writer who means the same unnamed holder repeats the role; a named person may be
 * described anew ("Democratic lawmaker Jim Hill" … "the veteran lawmaker").
 */
function otherRole(e: MutableEntity, mine: string, head: string): boolean {
  if (mine === '' || e.title === null || e.name !== e.title) return false;
  return modifiersDiffer(mine, roleModifier(e.title, head));
}

/**
 * The word before the head of a role written as a common noun after a determiner ("health" in "the
 * health secretary"); '' for any other title: "Mr. King" and "Charlie King" are names, whatever their
 * last word. Worked out once per phrase, not per entity the look-up passes.
 */
function roleModifier(title: string | null, head: string): string {
  return title !== null && /^(?:the|a|an)\s/i.test(title) ? wordBeforeHead(title, head) : '';
}

/** The word before the last `head` in `text`, lower case, without a possessive mark ("clinton" in "Hillary Clinton's campaign"). */
function wordBeforeHead(text: string, head: string): string {
  const words = text.toLowerCase().split(/\s+/);
  const at = words.lastIndexOf(head);
  return at > 0 ? words[at - 1]!.replace(/['\u2019]s?$/, '') : '';
}

/** Whether two words before the same head differ, neither a determiner ("the union" is any union). */
function modifiersDiffer(mine: string, theirs: string): boolean {
  const determiner = /^(?:the|a|an|its|their)$/;
  return mine !== '' && theirs !== '' && !determiner.test(mine) && !determiner.test(theirs) && mine !== theirs;
}

/**
 * Whether a phrase whose word before the head is `mine` (wordBeforeHead: "workers" in "the workers'
 * union") names another body than `name` ("teachers' union") with the same head noun. "the union" has
 * none, and points back; "Hillary Clinton's campaign" is "the Clinton campaign" (no possessive mark).
 */
function otherModifier(name: string, mine: string, head: string): boolean {
  return mine !== '' && modifiersDiffer(mine, wordBeforeHead(name, head));
}

/**
 * Whether e was introduced by an occupation that is not the role `head` ("Reza Karimi, a volunteer" is
 * not "the health minister"): an indefinite description says what the person is. A definite one may
 * be one of several roles ("Hillary Clinton, the Democratic nominee" is "the former secretary of state").
 */
function otherOccupation(e: MutableEntity, head: string): boolean {
  // The first letter before the pattern: most titles open with no "a".
  if (e.title === null || (e.title.charCodeAt(0) | 32) !== 97 || !/^an?\s/i.test(e.title)) return false;
  const words = e.title.toLowerCase().split(/\s+/);
  return !words.includes(head);
}

/**
 * A role before a name without the honorific between them: "Consultant surgeon Dr" (of "Consultant
 * surgeon Dr Emma Hill") is "Consultant surgeon"; a lone "Dr" stays, and so does a rank ("Retired Lt.
 * Gen.", "Co-author Professor").
 */
function withoutTrailingHonorific(title: string): string {
  const space = title.lastIndexOf(' ');
  if (space < 0) return title;
  const last = title.slice(space + 1);
  return isCourtesyTitle(last) || ADDRESS_HONORIFICS.has(last.toLowerCase().replace(/\.$/, '')) ? title.slice(0, space) : title;
}

/** Honorifics that name no office, beside the courtesy titles: a rank ("Gen.", "Sen.", "Gov.") is one and stays. */
const ADDRESS_HONORIFICS: ReadonlySet<string> = new Set(['dr', 'sir', 'dame', 'lord', 'lady']);

/** The text after the last space. */
function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** The text before the first white space: what split(/\s+/)[0] gives, without the array. */
export function firstWord(s: string): string {
  const space = /\s/.exec(s);
  return space === null ? s : s.slice(0, space.index);
}

export class EntityRegistry {
  private readonly list: MutableEntity[] = [];
  private readonly ignored: ReadonlySet<string>;
  private readonly aliases: ReadonlyMap<string, string>;
  // Indexes over the list, so a look-up reads the few candidates instead of every entity (see recency.ts).
  private readonly byKey = new MultiMap<MutableEntity>();
  /**
   * The key without middle initials: "loretta lynch" for "Loretta E. Lynch". Only names that have
   * such initials are filed here; a name without any is its own bare key, found in byKey.
   */
  private readonly byBareKey = new MultiMap<MutableEntity>();
  private readonly byWord = new MultiMap<MutableEntity>();
  /** Each word-boundary suffix of a name: "foreign ministry" and "ministry" for "china's foreign ministry". */
  private readonly bySuffix = new MultiMap<MutableEntity>();
  private readonly byTitleWord = new MultiMap<MutableEntity>();
  private readonly byLast = new RecencyList<MutableEntity>((e) => e.last);
  private readonly byLastSpoke = new RecencyList<MutableEntity>((e) => e.lastSpoke);
  private readonly byLastSubject = new RecencyList<MutableEntity>((e) => e.lastSubject);
  /**
   * norm of the names and texts met so far: the same names recur through an article, and a key met
   * before is a string whose hash the indexes' maps already hold (a new lower-case copy was hashed again).
   */
  private readonly keys = new Map<string, string>();
  /** Whether attach records the entities it changes, for checkpoint(). */
  private tracksChanges = false;
  private changedSinceCheckpoint: MutableEntity[] = [];
  /** The latest pronoun resolved, by its offset, with whom it named (see resolvePronoun). */
  private lastPronoun: { readonly start: number; readonly entity: number; readonly antecedent: Mention | null } | null = null;
  /** The person asked last ("… asked Prof Sørensen whether …"): a reply's "she" (observeAsked). */
  private asked: MutableEntity | null = null;

  /** Two-word names the text gave before (named-earlier.ts), for a one-word source: none unless set. */
  private namesInFull: NamesInFull | null = null;
  /** The article's paragraphs, for a pronoun that opens a paragraph (topicAcross): none unless set. */
  private paragraphs: readonly Paragraph[] = [];

  constructor(ignoredNames: readonly string[] = [], aliases: Readonly<Record<string, string>> = {}) {
    this.ignored = new Set(ignoredNames.map(norm));
    this.aliases = new Map(Object.entries(aliases).map(([k, v]) => [norm(k), v]));
  }

  /**
   * The registry as a run of checkpoints left it (checkpoints [0, through]): the same entities, in
   * the same state, under the same indexes as the registry that made them had at the last one.
   */
  static restored(ignoredNames: readonly string[], aliases: Readonly<Record<string, string>>, checkpoints: readonly RegistryCheckpoint[], through: number): EntityRegistry {
    const registry = new EntityRegistry(ignoredNames, aliases);
    const states: EntityState[] = new Array<EntityState>(checkpoints[through]!.entityCount);
    for (let j = 0; j <= through; j++) for (const state of checkpoints[j]!.changed) states[state.id] = state;
    for (const state of states) {
      // The title is set below, through setTitle, which files it.
      const e: MutableEntity = {
        id: state.id, name: state.name, title: null, organisation: state.organisation, kind: state.kind, gender: state.gender, mentions: state.mentions.slice(0, state.mentionCount),
        last: state.last, lastSpoke: state.lastSpoke, lastSubject: state.lastSubject, lastAsked: state.lastAsked, affiliation: state.affiliation, key: state.key, words: state.words, starts: null, ordered: [], unnamed: state.unnamed, changed: false,
      };
      registry.list.push(e);
      if (e.lastAsked >= 0 && (registry.asked === null || e.lastAsked > registry.asked.lastAsked)) registry.asked = e;
      // The indexes hold what rename and setTitle would have filed, and the look-ups read only the
      // entities' current fields (recency.ts): filing them again gives the same answers.
      registry.file(e);
      registry.setTitle(e, state.title);
      registry.byLast.set(e);
      if (e.lastSpoke >= 0) registry.byLastSpoke.set(e);
      if (e.lastSubject >= 0) registry.byLastSubject.set(e);
    }
    return registry;
  }

  /** Lets a one-word source that the text named in full before become that person ("Novak Djokovic" … "Djokovic said"). */
  useNamesInFull(names: NamesInFull): void {
    this.namesInFull = names;
  }

  /** Lets a pronoun tell the paragraph it stands in (topicAcross). */
  useParagraphs(paragraphs: readonly Paragraph[]): void {
    this.paragraphs = paragraphs;
  }

  /** A new person under the two-word name the text gave before `p` and that ends in `word`, or null. */
  private namedInFullBefore(word: string, p: SourcePhrase, asSpeaker: boolean): Resolution | null {
    const full = this.namesInFull?.before(word, p.start) ?? null;
    if (full === null) return null;
    const e = this.create(full, { ...p, name: full, title: null, gender: forenameGender(firstWord(full)) }, 'person');
    return this.attach(e, p, 'surname', 'surname', asSpeaker, null);
  }

  /** A new person under the name of a known forename and `word` that the text gives after `p` ("Threlfall announced" … "Imogen Threlfall"), or null. */
  private namedInFullLater(word: string, p: SourcePhrase, asSpeaker: boolean): Resolution | null {
    const full = this.namesInFull?.later(word, p.end) ?? null;
    if (full === null) return null;
    const e = this.create(full, { ...p, name: full, title: null, gender: forenameGender(firstWord(full)) }, 'person');
    return this.attach(e, p, 'surname', 'surname', asSpeaker, null);
  }

  /** From now on, note which entities each resolution changes, for checkpoint(). */
  trackChanges(): void {
    this.tracksChanges = true;
  }

  /** The entities changed since the last checkpoint (trackChanges first), and how many there are. */
  checkpoint(): RegistryCheckpoint {
    const changed: EntityState[] = [];
    for (const e of this.changedSinceCheckpoint) {
      e.changed = false;
      changed.push({
        id: e.id, name: e.name, title: e.title, organisation: e.organisation, kind: e.kind, gender: e.gender, last: e.last, lastSpoke: e.lastSpoke, lastSubject: e.lastSubject, lastAsked: e.lastAsked,
        affiliation: e.affiliation, key: e.key, words: e.words, unnamed: e.unnamed, mentions: e.mentions, mentionCount: e.mentions.length,
      });
    }
    this.changedSinceCheckpoint = [];
    return { entityCount: this.list.length, changed };
  }

  entities(): Entity[] {
    // Fields written out (in the order a rest-and-spread copy gave them): the spread took V8's slow path.
    return this.list.map((e) => ({
      id: e.id,
      name: e.name,
      title: e.title,
      organisation: e.organisation,
      kind: e.kind,
      gender: e.gender,
      mentions: inTextOrder(e.mentions),
      fullName: fullNameOf(e, e.affiliation),
    }));
  }

  get(id: number): MutableEntity {
    return this.list[id]!;
  }

  /** norm(text), remembered for this registry. */
  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = norm(text);
      this.keys.set(text, key);
    }
    return key;
  }

  isIgnored(phrase: SourcePhrase): boolean {
    return this.ignored.size > 0 && (this.ignored.has(norm(phrase.name ?? phrase.text)) || this.ignored.has(norm(phrase.text)));
  }

  /**
   * Resolves a phrase at its position; `asSpeaker` marks it as the subject of a reporting verb, and
   * `closing` a pronoun that closes indirect speech ("…, they noted."), which names the last speaker.
   */
  resolve(p: SourcePhrase, asSpeaker: boolean, closing = false, replying = false): Resolution | null {
    if (this.isIgnored(p)) return null;
    if (p.kind === 'pronoun') return this.resolvePronoun(p, asSpeaker, closing, replying);
    // A user alias can name any phrase, titles included: "the president" -> "Joe Biden".
    const aliasTarget = this.aliases.size > 0 ? this.aliases.get(norm(p.text)) ?? this.aliases.get(norm(p.text.replace(/^(?:the|a|an)\s+/i, ''))) : undefined;
    if (aliasTarget && !(p.name && norm(p.name) === norm(aliasTarget))) {
      const known = this.byKey.latest(norm(aliasTarget), anyEntity);
      if (known) return this.attach(known, p, 'name', 'name', asSpeaker, null);
      const kind: EntityKind = p.kind === 'group' ? 'group' : p.kind === 'institution' && !aliasTarget.includes(' ') ? 'institution' : 'person';
      return this.attach(this.create(aliasTarget, { ...p, title: null }, kind), p, 'name', 'name', asSpeaker, null);
    }
    const mentionKind: MentionKind = p.name ? (p.kind === 'group' ? 'group' : 'name') : p.kind === 'group' ? 'group' : 'title';
    if (p.kind === 'person' && p.name) {
      const name = this.aliases.size > 0 ? this.aliases.get(norm(p.name)) ?? p.name : p.name;
      const key = this.keyOf(name);
      const exact = this.byKey.latest(key, isPerson);
      if (exact) return this.attach(exact, p, 'name', mentionKind, asSpeaker, null);
      // "Van Wyk said" after "Magistrate Johanna van Wyk": two words that end a known person's longer name are that person.
      const space = key.indexOf(' ');
      const ending = space > 0 && key.indexOf(' ', space + 1) < 0 ? this.bySuffix.latest(key, isPerson) : null;
      if (ending) return this.attach(ending, p, 'surname', mentionKind, asSpeaker, ending.mentions[0] ?? null);
      if (!key.includes(' ')) {
        // "Mr Key", "Dr. Lee": an honorific or a title before a lone surname names the person known by it,
        // as a bare surname does (below), of a gender the honorific allows.
        const person = this.bySurname(key, p.gender);
        // A courtesy honorific is no title: "Mr. Burman" keeps Leonard E. Burman as he was named. Nor is
        // what stands before it ("a speech Mrs. Clinton delivered").
        if (person) return this.attach(person, p.title !== null && isCourtesyTitle(lastWord(p.title)) ? { ...p, title: null } : p, 'surname', mentionKind, asSpeaker, person.mentions[0] ?? null);
      }
      // "Loretta Lynch" and "Loretta E. Lynch": the same person, named with or without a middle initial.
      const bare = withoutInitials(key);
      // Filed under the bare key: names with initials; under the key itself, names without (see byBareKey).
      const initialled = bare.includes(' ') ? later(this.byBareKey.latest(bare, isPerson), bare !== key ? this.byKey.latest(bare, isPerson) : null) : null;
      if (initialled) {
        if (name.length > initialled.name.length) this.rename(initialled, name);
        return this.attach(initialled, p, 'name', mentionKind, asSpeaker, null);
      }
      // A fuller name for an entity known by one of its words ("Wang" then "Wang Wenbin").
      const words = key.split(' ');
      const partialFits = (e: MutableEntity): boolean => (e.kind === 'person' || e.kind === 'institution') && !e.name.includes(' ') && words.includes(e.key) && e.title === null;
      let partial: MutableEntity | null = null;
      for (const w of new Set(words)) partial = later(partial, this.byKey.latest(w, partialFits));
      if (partial && words.length > 1 && partial.mentions.length <= 2 && partial.kind === 'person') {
        this.rename(partial, name);
        return this.attach(partial, p, 'name', mentionKind, asSpeaker, null);
      }
      const inFull = words.length === 1 ? this.namedInFullBefore(key, p, asSpeaker) : null;
      return inFull ?? this.attach(this.create(name, p, 'person'), p, 'new', mentionKind, asSpeaker, null);
    }
    // "the company said", "the Swedish company said": the named body that spoke last, nearby.
    const body = p.kind === 'institution' ? this.namedBodyBefore(p) : null;
    if (body) return this.attach(body, p, 'title', 'title', asSpeaker, body.mentions[0] ?? null);
    if (p.kind === 'institution' && p.name && !p.name.includes(' ')) {
      // A single capitalised word: a surname of a known person, or a body or place.
      const word = this.keyOf(withoutPossessive(p.name));
      // "the Dutchman said", "the Italian said": a person just named, by nationality, as "the manager" would be.
      const demonym = p.definite ? DEMONYMS.get(word) : undefined;
      if (demonym !== undefined) return this.resolve({ ...p, kind: 'person', name: null, title: p.text, head: word, gender: demonym }, asSpeaker);
      const alias = this.aliases.get(word);
      if (alias) {
        const known = this.byKey.latest(norm(alias), anyEntity);
        if (known) return this.attach(known, p, 'name', 'name', asSpeaker, null);
      }
      const person = this.bySurname(word, 'unknown');
      if (person) return this.attach(person, p, 'surname', 'surname', asSpeaker, person.mentions[0] ?? null);
      const same = this.byKey.latest(word, anyEntity);
      if (same) return this.attach(same, p, 'name', 'name', asSpeaker, null);
      // A lone known forename ("Melanie said") is a person called by her first name, not a body.
      const forename = forenameGender(word);
      if (forename !== 'unknown') return this.attach(this.create(p.name, { ...p, gender: forename }, 'person'), p, 'new', 'name', asSpeaker, null);
      // "The pilots' union, BALPA, said …" then "the union said": the body its noun introduced.
      const byNoun = p.definite ? this.bodyByNoun(word) : null;
      if (byNoun) return this.attach(byNoun, p, 'title', 'title', asSpeaker, byNoun.mentions[0] ?? null);
      const named = p.definite ? this.bodyNamedWith(word, p) : null;
      if (named) return this.attach(named, p, 'title', 'title', asSpeaker, named.mentions[0] ?? null);
      return this.namedInFullBefore(word, p, asSpeaker) ?? this.namedInFullLater(word, p, asSpeaker) ?? this.attach(this.create(p.name, p, 'institution'), p, 'new', 'name', asSpeaker, null);
    }
    if (p.kind === 'person' && !p.name) {
      // A title with no name: "the spokesperson", "the official", "a Beijing spokesperson".
      // The same words observed as the sentence's subject (observeRole) made their holder: it is theirs.
      const observed = p.definite ? this.byKey.latest(this.keyOf(p.text), (e) => e.last === p.start && e.kind === 'person') : null;
      if (observed) return this.attach(observed, p, 'name', 'title', asSpeaker, null);
      if (!p.indefinite) {
        const head = p.head;
        // A role that carries a gender ("the businessman", "the spokeswoman") never points back to someone of the other.
        const fits = (e: MutableEntity): boolean => p.gender === 'unknown' || e.gender === 'unknown' || e.gender === p.gender;
        const mine = roleModifier(p.title, head);
        // "Labour's shadow transport secretary" is no "general secretary of the RMT union": a role someone's
        // ("Labour's") belongs only to a holder whose title or body names the same one.
        const owner = p.title !== null ? possessorOf(p.title) : null;
        const ownerWord = owner !== null ? owner.replace(/['\u2019]s$/, '').toLowerCase() : null;
        const sameOwner = (e: MutableEntity): boolean => ownerWord === null || `${e.title ?? ''} ${e.organisation ?? ''}`.toLowerCase().includes(ownerWord);
        // "the commissioner" is not "Deputy Commissioner Grant Tulloch": a lower rank is another office.
        const lowerRank = (e: MutableEntity): boolean => e.title !== null && SUBORDINATE_RANKS.has(wordBeforeHead(e.title, head)) && !SUBORDINATE_RANKS.has(mine);
        const titled = (e: MutableEntity): boolean => e.kind === 'person' && e.title !== null && e.last < p.start && fits(e) && !otherRole(e, mine, head) && sameOwner(e) && !lowerRank(e);
        const byTitle = later(this.byTitleWord.latest(head, titled, p.start), this.byWord.latest(head, titled, p.start));
        if (byTitle) return this.attach(byTitle, p, 'title', 'title', asSpeaker, byTitle.mentions[0] ?? null);
        // "the council's transport spokesperson": the article belongs to the body the possessive names, and
        // the phrase to whoever speaks for it; only a title met before (above) may point back to someone.
        // "the woman" is no role of whoever was last named: only the same words point back (below).
        const ofAnother = (p.title !== null && possessorOf(p.title) !== null) || PLAIN_PERSONS.has(head);
        if (p.definite && !ofAnother && GENERIC_TITLES.has(head)) {
          const anyPerson = this.byLast.find((e) => e.kind === 'person' && e.lastSpoke >= 0 && e.last < p.start && fits(e), p.start);
          if (anyPerson) return this.attach(anyPerson, p, 'title', 'title', asSpeaker, anyPerson.mentions[0] ?? null);
        }
        if (p.definite && !ofAnother) {
          // "the former secretary of state and current nominee said": a definite role points back to the person just
          // named; not to someone known only by a common noun ("a spokesman" is no name of "the minister").
          const named = (e: MutableEntity): boolean => e.kind === 'person' && !e.unnamed && e.name.includes(' ') && e.last < p.start && fits(e) && !otherRole(e, mine, head) && !otherOccupation(e, head);
          // The person a recent sentence was about outranks one named since in passing ("Hillary Clinton spoke
          // out about the death of Terence Crutcher. … the former secretary of state … said").
          // The look-up stops at the first subject before the window: it reads only the subjects inside it.
          const floor = p.start - NEAR_ANTECEDENT;
          const subject = this.byLastSubject.find((e) => e.lastSubject < floor || named(e), p.start);
          const near = subject && subject.lastSubject >= floor ? subject : this.byLast.find(named, p.start);
          if (near && near.last >= p.start - NEAR_ANTECEDENT) return this.attach(near, p, 'title', 'title', asSpeaker, near.mentions[0] ?? null);
        }
        // "said one of the people …" then "the person said": the one of them met last.
        if (p.definite && head === 'person') {
          // The look-up stops at the first entity last met before the window: it reads only those inside it.
          const floor = p.start - NEAR_ANTECEDENT * 5;
          const one = this.byLast.find((e) => e.last < floor || (e.kind === 'person' && e.title !== null && e.title.startsWith('one of ') && e.last < p.start), p.start);
          if (one && one.last >= floor) return this.attach(one, p, 'title', 'title', asSpeaker, one.mentions[0] ?? null);
        }
        const sameText = this.byKey.latest(this.keyOf(p.text), anyEntity);
        if (sameText) return this.attach(sameText, p, 'name', 'title', asSpeaker, null);
      }
      const e = this.create(p.text, p, 'person');
      return this.attach(e, p, 'new', 'title', asSpeaker, null);
    }
    // Groups and multi-word institutions: same text, or a definite phrase with the same head noun.
    const key = this.keyOf(p.text);
    const same = later(this.byKey.latest(key, anyEntity), this.bySuffix.latest(key, anyEntity));
    if (same) return this.attach(same, p, 'name', mentionKind, asSpeaker, null);
    if (p.definite) {
      const mine = wordBeforeHead(p.text, p.head);
      const byHead = this.byWord.latest(p.head, (e) => e.kind === p.kind && e.words[e.words.length - 1] === p.head && !otherModifier(e.name, mine, p.head));
      if (byHead) {
        // "the board's own data", then "The Halvorsen County School Board said": the body's name at last.
        if (p.name !== null && isProperName(p.name) && p.name.includes(' ') && !isProperName(byHead.name)) this.rename(byHead, p.name.replace(/^the\s+/i, ''));
        return this.attach(byHead, p, 'title', mentionKind, asSpeaker, byHead.mentions[0] ?? null);
      }
      // "A source close to the talks said …" then "the source said": the noun that opened an indefinite
      // phrase met nearby, after its article.
      const introduced = p.text.indexOf(' ') === p.text.lastIndexOf(' ') ? this.byWord.latest(p.head, (e) => e.kind === p.kind && e.words.length > 2 && e.words[1] === p.head && INDEFINITE_OPENERS.has(e.words[0]!) && e.last >= p.start - NEAR_ANTECEDENT) : null;
      if (introduced) return this.attach(introduced, p, 'title', mentionKind, asSpeaker, introduced.mentions[0] ?? null);
      // "The pilots' union, BALPA, said …" then "the teachers' union said": the body its noun introduced.
      // Not a body's own name ("the National Farmers Union"): a common noun in lower case.
      const byNoun = p.kind === 'institution' && /^\p{Ll}/u.test(lastWord(p.text)) ? this.bodyByNoun(p.head) : null;
      if (byNoun) return this.attach(byNoun, p, 'title', mentionKind, asSpeaker, byNoun.mentions[0] ?? null);
    }
    return this.attach(this.create(p.text, p, p.kind === 'group' ? 'group' : 'institution'), p, 'new', mentionKind, asSpeaker, null);
  }

  /**
   * Whether `p` is a definite common noun for a business ("the company", "the airline") with no named
   * body that spoke nearby to point back to: the cue finder then looks for the body the sentences
   * before were about ("Apple on Tuesday unveiled …").
   */
  lacksSpeakingBody(p: SourcePhrase): boolean {
    return isBusinessNoun(p) && this.namedBodyBefore(p) === null;
  }

  /**
   * A definite common noun for a business ("the company", "the Swedish company", "the tech giant")
   * points back to the body named by a proper name that spoke last, within NEAR_BODY: not to a body it
   * never heard from, nor to a common noun ("His ex-wife"). Bodies with a head noun of their own ("the
   * campaign", "the court") are found by it (resolve); a business is often named by its brand alone.
   */
  private namedBodyBefore(p: SourcePhrase): MutableEntity | null {
    if (!isBusinessNoun(p)) return null;
    // Stops at the first speaker before the window: the look-up reads only the speakers inside it.
    const floor = p.start - NEAR_BODY;
    const e = this.byLastSpoke.find((x) => x.lastSpoke < floor || (x.kind === 'institution' && x.last < p.start && isProperName(x.name) && !namesPublicBody(x) && !this.commonByPosition(x)), p.start);
    return e && e.lastSpoke >= floor ? e : null;
  }

  /** The latest body that a noun introduced ("The pilots' union, BALPA,": "union"), by that noun; null if none. */
  private bodyByNoun(noun: string): MutableEntity | null {
    return this.byTitleWord.latest(noun, (e) => e.kind === 'institution' && e.title !== null && lastWord(e.title).toLowerCase() === noun);
  }

  /**
   * "The Ministry of Health said …" then "the ministry said"; "the United Auto Workers union" then "the
   * union": a body's noun in lower case names the body met last whose name, capitalised, holds it.
   */
  private bodyNamedWith(noun: string, p: SourcePhrase): MutableEntity | null {
    if (p.name === null || p.name[0] !== noun[0]) return null;
    if (GENERIC_BODY_NOUNS.has(noun)) {
      // "Human Rights Watch said …" then "the group said": any named body but one of the state met nearby.
      // The look-up stops at the first entity last met before the window: it reads only those inside it.
      const floor = p.start - NEAR_BODY;
      // A proper name of two words or more, or an acronym ("EFA"): a lone word may be a surname or a
      // place. Or a name after a description that says it is a body ("the parents' advocacy group
      // Whānau for Schools"; not "the New York Times").
      const named = (x: MutableEntity): boolean =>
        (isProperName(x.name) && (x.words.length > 1 || /^\p{Lu}{2,}$/u.test(x.name))) || (/^\p{Lu}/u.test(lastWord(x.name)) && x.words.some((w) => GENERIC_BODY_NOUNS.has(w) || PUBLIC_BODY_NOUNS.has(w)));
      const e = this.byLast.find((x) => x.last < floor || (x.kind === 'institution' && x.last < p.start && named(x) && !x.words.some((w) => STATE_BODY_NOUNS.has(w))), p.start);
      return e && e.last >= floor ? e : null;
    }
    if (STATE_GENERIC_BODY_NOUNS.has(noun)) {
      // "The Federal Aviation Administration said …" then "the agency said": the body of the state named last
      // nearby, or one named with the noun itself ("the Environment Agency"), whichever came later.
      const floor = p.start - NEAR_BODY;
      const withNoun = this.byWord.latest(noun, (e) => e.kind === 'institution' && e.words.length > 1 && e.last < p.start && isProperName(e.name));
      const state = (x: MutableEntity): boolean => isProperName(x.name) && (x.words.length > 1 || /^\p{Lu}{2,}$/u.test(x.name)) && x.words.some((w) => STATE_BODY_NOUNS.has(w));
      const e = this.byLast.find((x) => x.last < floor || (x.kind === 'institution' && x.last < p.start && state(x)), p.start);
      const found = later(withNoun && withNoun.last >= floor ? withNoun : null, e && e.last >= floor ? e : null);
      if (found) return found;
    }
    if (!PUBLIC_BODY_NOUNS.has(noun)) return null;
    const known = this.byWord.latest(noun, (e) => e.kind === 'institution' && e.words.length > 1 && e.last < p.start && e.name[0] !== e.name[0]!.toLowerCase());
    if (known) return known;
    // A body the text named in passing ("results published by the Election Commission"): someone new, by that name.
    const name = this.namesInFull?.bodyBefore(noun, p.start) ?? null;
    return name === null ? null : (this.byKey.latest(this.keyOf(name), anyEntity) ?? this.create(name, { ...p, title: null }, 'institution'));
  }

  /**
   * Whether a one-word body, mentioned once or twice, is a common noun capitalised by its place
   * ("Documents reveal …" opening a headline, "Sync will move to …" opening a sentence): the text
   * writes the word in lower case too, near it.
   */
  private commonByPosition(x: MutableEntity): boolean {
    if (x.name.includes(' ') || x.mentions.length > 2 || this.namesInFull === null) return false;
    const first = x.mentions[0];
    return first !== undefined && this.namesInFull.inLowerCaseNear(x.key, first.start);
  }

  /** Whether a lone capitalised word is written in lower case too, near `at` ("Sync will move …" after "… wrote that sync had …"): a capital by position, no name. */
  writtenInLowerCase(word: string, at: number): boolean {
    return this.namesInFull !== null && this.namesInFull.inLowerCaseNear(word.toLowerCase(), at);
  }

  /** Whether a person of this name (in full, as written) was met before. */
  knowsPerson(name: string): boolean {
    return this.byKey.latest(this.keyOf(name), isPerson) !== null;
  }

  /** Whether a lone capitalised word is the surname of a person named before: "Kilroy said …" is about her, no body. */
  namesPerson(word: string): boolean {
    return this.bySurname(this.keyOf(withoutPossessive(word)), 'unknown') !== null;
  }

  /**
   * The person a lone surname names: of two who share it, the one who speaks in the article (the other,
   * "a photo of Heidi Cruz", is named in full); among speakers, or among none, the most recent; and not
   * a relative named by kinship when someone else bears the name.
   */
  private bySurname(word: string, gender: Gender): MutableEntity | null {
    const found = this.byWord.latest(word, NAMED_SPEAKER_OF[gender]) ?? this.byWord.latest(word, NAMED_PERSON_OF[gender]);
    // "His son, Tobias Havdal, said …" then "Mr. Havdal arrived in 1966": a relative named by kinship is
    // called by the forename after; the surname alone is the one the article is about.
    if (found && isKin(found)) return this.byWord.latest(word, gender === 'unknown' ? isNamedNonKin : (e) => NAMED_PERSON_OF[gender](e) && !isKin(e)) ?? found;
    return found;
  }

  /**
   * Records a person or group seen outside any cue, so later pronouns can find it; `asSubject` when
   * the phrase opens its sentence, where it is what the sentence is about.
   */
  observe(p: SourcePhrase, asSubject = false): void {
    if (p.kind === 'pronoun' || this.isIgnored(p)) return;
    // Only a relative of someone known; not the end of a known longer name ("Suu Kyi"), which observeNameEnd reads.
    if (p.ifKnownSurname && !(p.name !== null && this.namesPerson(lastWord(p.name)) && this.bySuffix.latest(this.keyOf(p.name), isPerson) === null)) return;
    if (p.kind === 'person' && !p.name) {
      if (asSubject) this.observeRole(p);
      return;
    }
    const r = p.kind === 'person' || p.kind === 'group' ? this.resolve(p, false) : null;
    if (r !== null && asSubject) this.noteSubject(this.list[r.entity]!, p.start);
  }

  /**
   * A sentence's subject that is a role with no name ("The governor ordered flags …"): someone a later
   * "she" may mean. An office alone is the holder of that title met before, or someone new; never the
   * person just named, as "the governor said" may be: a sentence about an office names no one else by it.
   */
  private observeRole(p: SourcePhrase): void {
    if (!p.definite) return;
    // "The Democratic nominee sits at 85 percent": a described role is how the article refers back to
    // someone named, whom it would take work to find; only "the" and the office alone introduce its holder.
    // One word before the office ("the mission director paused") notes a holder whose title has both words.
    if (p.last - p.first !== 2 && p.last - p.first !== 3) return;
    const head = p.head;
    const modifier = p.last - p.first === 3 ? this.keyOf(p.text).split(' ')[1]! : null;
    const fits = (e: MutableEntity): boolean => e.kind === 'person' && e.title !== null && e.last < p.start && (p.gender === 'unknown' || e.gender === 'unknown' || e.gender === p.gender) && (modifier === null || this.keyOf(e.title).split(' ').includes(modifier));
    if (modifier !== null) {
      const holder = this.byTitleWord.latest(head, fits, p.start);
      if (holder) this.noteSubject(holder, p.start);
      return;
    }
    const known = this.byTitleWord.latest(head, fits, p.start) ?? this.byKey.latest(this.keyOf(p.text), anyEntity);
    // A holder met before is only noted as the subject: a mention here would hide the holder from the
    // sentence's own "The president told …", which looks back for a role met before it.
    if (known) this.noteSubject(known, p.start);
    else this.noteSubject(this.list[this.attach(this.create(p.text, p, 'person'), p, 'new', 'title', false, null).entity]!, p.start);
  }

  /**
   * "The Conservative MP Tasneem Chaudhry asked Prof Sørensen whether …": the person a verb of asking
   * names as its object, resolved as any mention and noted as the one asked, whom the next "she
   * replied", or a "he" the asker cannot be, means (resolvePronoun).
   */
  observeAsked(p: SourcePhrase, sentenceEnd: number): void {
    if ((p.kind !== 'person' && p.kind !== 'institution') || !p.name || this.isIgnored(p)) return;
    // A lone capitalised word is someone asked only as a known person's surname: nothing new is made of it.
    const lone = p.kind === 'institution' && !p.name.includes(' ');
    if (p.kind === 'institution' && !lone) return;
    const surnamed = lone ? this.bySurname(this.keyOf(withoutPossessive(p.name)), 'unknown') : null;
    if (lone && !surnamed) return;
    const r = surnamed ? this.attach(surnamed, p, 'surname', 'surname', false, surnamed.mentions[0] ?? null) : this.resolve(p, false);
    const e = r ? this.list[r.entity]! : null;
    if (!e || e.kind !== 'person' || e.unnamed) return;
    // From the sentence's end: what the asking sentence says itself ("whether she had warned …") comes before the answer.
    e.lastAsked = sentenceEnd;
    this.asked = e;
  }

  /**
   * A sentence's subject that is one capitalised word, or its possessor ("Marsh now works …",
   * "Fricker's team plans …"), at token `at`: a mention of the person known by that surname, if any, as
   * the sentence's subject. Nothing else: a place or a body recorded here would catch a later "it".
   * The word is looked up before a phrase is made: most such subjects name no one known.
   */
  observeSurname(article: Article, at: number): void {
    // The word's stem is its key (lower case, apostrophes straightened, no possessive): no string is made.
    const { tokens } = article;
    const w = tokens.word(at)!;
    // Or someone known by one name alone ("said Denise, a former technician", "… his first name, Walt").
    // bySurname passes over a relative named by kinship ("His daughter, Ellen Brandt, said …" then "Brandt
    // worked as a teacher": the surname is the other's).
    const person = this.bySurname(w.stem, 'unknown') ?? this.byKey.latest(w.stem, isOneNamePerson);
    if (!person) return;
    // The one-word phrase phraseStartingAt would make, made directly: this runs for every such subject.
    const p: SourcePhrase = {
      start: tokens.start(at), end: tokens.end(at), first: at, last: at + 1, text: w.text, kind: 'institution', pronoun: null,
      name: withoutPossessive(w.text), title: null, head: w.stem, definite: false, indefinite: false, gender: 'unknown', affiliation: null, common: false,
    };
    if (this.isIgnored(p)) return;
    this.attach(person, p, 'surname', 'surname', false, person.mentions[0] ?? null);
    this.noteSubject(person, p.start);
  }

  /**
   * A sentence's subject of two capitalised words at token `at` that end the name of a person known by
   * a longer one ("Suu Kyi" of "Aung San Suu Kyi"): a mention of that person as the subject. Nothing
   * when no person's name ends so: most such pairs are places and bodies.
   */
  observeNameEnd(article: Article, at: number): void {
    const { tokens } = article;
    const person = this.bySuffix.latest(`${tokens.word(at)!.stem} ${tokens.word(at + 1)!.stem}`, isPerson);
    if (!person) return;
    const p: SourcePhrase = {
      start: tokens.start(at), end: tokens.end(at + 1), first: at, last: at + 2, text: article.text.slice(tokens.start(at), tokens.end(at + 1)), kind: 'person', pronoun: null,
      name: article.text.slice(tokens.start(at), tokens.end(at + 1)), title: null, head: tokens.word(at + 1)!.stem, definite: false, indefinite: false, gender: 'unknown', affiliation: null, common: false,
    };
    if (this.isIgnored(p)) return;
    this.attach(person, p, 'surname', 'surname', false, person.mentions[0] ?? null);
    this.noteSubject(person, p.start);
  }

  /** Records that entity e opens a sentence at `start`, for the pronouns after it (resolvePronoun). */
  private noteSubject(e: MutableEntity, start: number): void {
    if (start > e.lastSubject) {
      e.lastSubject = start;
      this.byLastSubject.set(e);
    }
  }

  private resolvePronoun(p: SourcePhrase, asSpeaker: boolean, closing: boolean, replying: boolean): Resolution | null {
    // Two cues may share one subject ("said he thought"): the pronoun names whom it named the first
    // time. Resolved afresh, it would pass over that entity, whose latest mention is now the pronoun.
    const again = this.lastPronoun;
    if (again !== null && again.start === p.start) return this.attach(this.list[again.entity]!, p, 'pronoun', 'pronoun', asSpeaker, again.antecedent);
    const cls = p.pronoun;
    const ok = (e: MutableEntity): boolean => {
      if (e.last >= p.start) return false;
      // Someone known only by a common noun ("a doctor") is picked up by a pronoun only nearby.
      if (e.kind === 'person' && e.unnamed && e.last < p.start - NEAR_ANTECEDENT) return false;
      if (cls === 'male' || cls === 'female') return e.kind === 'person' && (e.gender === 'unknown' || e.gender === cls);
      if (cls === 'plural') return e.kind === 'group' || (e.kind === 'institution' && /s$/i.test(e.name) && !/ss$/i.test(e.name));
      if (cls === 'neuter') return e.kind === 'institution';
      return false;
    };
    // Prefer the most recent speaker; fall back to the most recent mention.
    // ok admits only entities last mentioned before the pronoun; their last speech is no later.
    const best = this.byLastSpoke.find(ok, p.start);
    let recent = this.byLast.find(ok, p.start);
    // "Senator Cornyn spoke after Mayor Reed. He was furious.": a sentence's subject outranks a later
    // mention in that sentence or the next that is no subject, when it came after the last speaker's words.
    const subject = recent ? this.byLastSubject.find(ok, p.start) : null;
    if (recent && subject && subject !== recent && subject.lastSubject > (best ? best.lastSpoke : -1) && recent.last - subject.lastSubject <= NEAR_SUBJECT) recent = subject;
    // A more recent non-speaker wins when it is much closer than the last speaker, or when a sentence
    // after the speaker's last words was about it: "Peter Brown, a dairy farmer, was more cautious.
    // “It depends,” he said." is Brown, though the last speaker spoke a line before.
    // A report that closes its sentence ("People who walk more may eat better, they noted.") is not
    // about whom its own clause names: the last speaker wins there.
    // A gender the pronoun shares with the later one alone outweighs the speaker's nearness: "“…,” Otieno
    // Barasa said. … For farmers like Grace Mwangi, … “…,” she said." is Mwangi.
    // Not a name in the speaker's own sentence ("Mathur said Ivanka Trump's statement …"), nor a possessor.
    const byGender = (cls === 'male' || cls === 'female') && best && recent && recent !== best && best.gender === 'unknown' && recent.gender === cls && !recent.unnamed && recent.last - best.lastSpoke > NEAR_SUBJECT && !endsPossessive(recent.mentions[recent.mentions.length - 1]?.text ?? '');
    const near = (cls === 'plural' ? this.singularThey(p.start, best) : null) ?? (best && !byGender && (closing || !recent || recent === best || (best.lastSpoke >= recent.last - 400 && recent.lastSubject <= best.lastSpoke)) ? best : recent);
    if (!near) return null;
    const topic = cls === 'male' || cls === 'female' ? this.topicAcross(near, cls, p.start) : null;
    const asked = cls === 'male' || cls === 'female' ? this.askedFor(p.start, cls, replying, ok) : null;
    const pick = asked ?? topic ?? near;
    const antecedent = pick.mentions[pick.mentions.length - 1] ?? null;
    if (cls === 'male' || cls === 'female') pick.gender = cls;
    this.lastPronoun = { start: p.start, entity: pick.id, antecedent };
    return this.attach(pick, p, asked ? 'asked' : topic ? 'topic' : 'pronoun', 'pronoun', asSpeaker, antecedent);
  }

  /**
   * "A spokesperson for Halcyon Records, her former label, says: “…”" and, opening the next paragraph,
   * "She describes her years with the label as …": a he or she that opens a paragraph after the one
   * words of someone known only by a description of no gender goes on about the person the text was
   * about before them, one of that gender it has called by such pronouns TOPIC_PRONOUNS times. Null
   * otherwise: in the description's own paragraph ("A spokesperson said … She added …") it is theirs.
   */
  private topicAcross(near: MutableEntity, cls: 'male' | 'female', at: number): MutableEntity | null {
    if (near.kind !== 'person' || !near.unnamed || near.gender !== 'unknown' || near.mentions.length !== 1) return null;
    const introduced = near.mentions[0]!.start;
    const paragraph = this.paragraphAt(at);
    if (paragraph === null || paragraph.start <= near.last || at - paragraph.start > PARAGRAPH_OPENING) return null;
    const topic = this.byLast.find((e) => e.kind === 'person' && e.gender === cls && !e.unnamed && e.last < introduced, introduced);
    if (!topic) return null;
    let pronouns = 0;
    for (const m of topic.mentions) if (m.kind === 'pronoun') pronouns++;
    return pronouns >= TOPIC_PRONOUNS ? topic : null;
  }

  /**
   * The person asked last, for a he or she at `at`: asked within ASKED_REACH, no one having spoken
   * since, and of the pronoun's gender (or none known). Theirs when the verb replies ("“…,” she
   * replied"), or when the sentence before was about someone the pronoun cannot mean ("Whitlock-Sato
   * pressed Lindqvist on pricing. He said …"). Null otherwise: "Ruiz asked Patel about it. She said
   * …" keeps the asker, who is the subject.
   */
  private askedFor(at: number, cls: 'male' | 'female', replying: boolean, ok: (e: MutableEntity) => boolean): MutableEntity | null {
    const asked = this.asked;
    if (asked === null || asked.lastAsked >= at || at - asked.lastAsked > ASKED_REACH || !ok(asked)) return null;
    const spoke = this.byLastSpoke.find((e) => e.lastSpoke < at, at);
    if (spoke && spoke !== asked && spoke.lastSpoke > asked.lastAsked) return null;
    if (replying) return asked;
    const subject = this.byLastSubject.find((e) => e.kind === 'person' && e.lastSubject < at, at);
    return subject && subject !== asked && subject.lastSubject < asked.lastAsked && asked.lastAsked - subject.lastSubject <= NEAR_SUBJECT && subject.gender !== 'unknown' && subject.gender !== cls ? asked : null;
  }

  /** The paragraph that holds the offset, or null when none was set or none holds it. */
  private paragraphAt(at: number): Paragraph | null {
    const list = this.paragraphs;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]!.start <= at ? list[lo]! : null;
  }

  /**
   * "A Corvane employee …, who asked not to be named, said … “…,” they said.": a "they" right after
   * the words of someone known only by a description, whose gender the text never gave, is that
   * person (a source kept anonymous is often "they"), before any group named on the way. Null unless
   * that person is the last who spoke, within SINGULAR_THEY_REACH, after `plural` (the group a "they"
   * would otherwise mean) last spoke.
   */
  private singularThey(at: number, plural: MutableEntity | null): MutableEntity | null {
    const last = this.byLastSpoke.find((e) => e.last < at, at);
    if (!last || last.kind !== 'person' || !last.unnamed || last.gender !== 'unknown' || at - last.lastSpoke > SINGULAR_THEY_REACH) return null;
    return plural && plural.lastSpoke >= last.lastSpoke ? null : last;
  }

  private create(name: string, p: SourcePhrase, kind: EntityKind): MutableEntity {
    let gender = p.gender;
    if (kind === 'person' && gender === 'unknown' && p.name) gender = forenameGender(firstWord(p.name));
    const e: MutableEntity = {
      id: this.list.length, name: '', title: null, organisation: organisationOf(p), kind, gender, mentions: [], last: p.start, lastSpoke: -1, lastSubject: -1, lastAsked: -1, affiliation: null, key: '', words: [], starts: null, unnamed: p.indefinite && !p.name, ordered: [],
      changed: false,
    };
    this.list.push(e);
    this.rename(e, withoutPossessive(name));
    // "Julian Castellane KC": the letters after the name hold an office, a later "the barrister".
    this.setTitle(e, p.title ?? (kind === 'person' && p.name ? (POSTNOMINAL_ROLES.get(lastWord(p.name).toLowerCase()) ?? null) : null));
    // Every new entity is attached at once at p.start, so it is indexed at that offset from the start:
    // listed first with no mention (-1), it would be placed at the old end of every long list.
    return e;
  }

  private rename(e: MutableEntity, name: string): void {
    if (e.name === name && e.words.length > 0) return;
    this.byKey.delete(e.key, e);
    const nick = nicknameKey(e.key);
    if (nick !== null) this.byKey.delete(nick, e);
    const bare = withoutInitials(e.key);
    if (bare !== e.key) this.byBareKey.delete(bare, e);
    for (const w of new Set(e.words)) this.byWord.delete(w, e);
    for (const s of suffixes(e.key)) this.bySuffix.delete(s, e);
    e.name = name;
    e.key = this.keyOf(name);
    e.words = e.key.split(' ');
    this.file(e);
  }

  /** Files the entity under its key (and the name its nickname makes), its key without initials, its words and its suffixes. */
  private file(e: MutableEntity): void {
    this.byKey.add(e.key, e);
    const nick = nicknameKey(e.key);
    if (nick !== null) this.byKey.add(nick, e);
    const bare = withoutInitials(e.key);
    if (bare !== e.key) this.byBareKey.add(bare, e);
    for (const w of new Set(e.words)) this.byWord.add(w, e);
    for (const s of new Set(suffixes(e.key))) this.bySuffix.add(s, e);
  }

  private setTitle(e: MutableEntity, given: string | null): void {
    if (e.title !== null) for (const w of new Set(this.keyOf(e.title).split(' '))) this.byTitleWord.delete(w, e);
    const title = given === null ? null : withoutTrailingHonorific(given);
    e.title = title;
    if (title !== null) for (const w of new Set(this.keyOf(title).split(' '))) this.byTitleWord.add(w, e);
  }

  private attach(e: MutableEntity, p: SourcePhrase, how: Resolution['how'], kind: MentionKind, asSpeaker: boolean, antecedent: Mention | null): Resolution {
    // Every change to an entity (a new one, a rename, a title, a gender) ends in attaching a mention to it.
    if (this.tracksChanges && !e.changed) {
      e.changed = true;
      this.changedSinceCheckpoint.push(e);
    }
    if (p.name) e.unnamed = false;
    if (!hasMentionAt(e, p.start)) {
      e.starts?.add(p.start);
      e.mentions.push({ start: p.start, end: p.end, kind, text: p.text });
    }
    // A later, fuller form of the same title wins ("panel Chairman Rep." over "Chairman Rep.").
    // A role named later says more than an honorific alone: "Dr Alan Kessel" then "the group's chair, Dr Alan Kessel".
    if (p.title && e.kind === 'person' && p.kind === 'person' && p.name && (!e.title || (p.title.length > e.title.length && (p.title.endsWith(e.title) || isHonorific(e.title))))) this.setTitle(e, p.title);
    if (p.affiliation && !e.affiliation) e.affiliation = p.affiliation;
    if (e.gender === 'unknown' && p.gender !== 'unknown' && p.kind !== 'pronoun') e.gender = p.gender;
    if (p.start > e.last) {
      e.last = p.start;
      for (const b of e.ordered) b.touch(e);
    }
    this.byLast.set(e);
    if (asSpeaker) {
      e.lastSpoke = Math.max(e.lastSpoke, p.start);
      this.byLastSpoke.set(e);
    }
    return { entity: e.id, how, antecedent };
  }
}

/** A copy of the mentions by offset. They are mostly attached in text order already: then no sort. */
function inTextOrder(mentions: readonly Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions.slice();
}

/**
 * Whether the entity has a mention at the offset. Its latest mention is at `last` (create names it
 * there and attach adds it at once; attach moves `last` only with a new mention), so the usual cases,
 * a later mention or the latest again, need no set.
 */
function hasMentionAt(e: MutableEntity, start: number): boolean {
  if (e.mentions.length === 0 || start > e.last) return false;
  if (start === e.last) return true;
  if (!e.starts) e.starts = new Set(e.mentions.map((m) => m.start));
  return e.starts.has(start);
}

/** A definite common noun for a business, in lower case: "the company", "the Swedish carmaker" (not "The Company Store"). */
/**
 * Whether a body's name says it is no business: a word of a body that is not a company ("Ministry",
 * "the Energy Department", "Police"), and none that is ("Bank of America Group" stays a business).
 */
function namesPublicBody(e: MutableEntity): boolean {
  let body = false;
  for (const w of e.words) {
    if (COMPANY_NOUNS.has(w)) return false;
    if (PUBLIC_BODY_NOUNS.has(w)) body = true;
  }
  // "The pilots' union, BALPA,": the noun that introduced an acronym says what it is.
  return body || (e.kind === 'institution' && e.title !== null && PUBLIC_BODY_NOUNS.has(lastWord(e.title).toLowerCase()));
}

function isBusinessNoun(p: SourcePhrase): boolean {
  if (p.kind !== 'institution' || !p.definite || !p.name || !COMPANY_NOUNS.has(p.head)) return false;
  const head = p.name.slice(p.name.lastIndexOf(' ') + 1);
  return head[0] === head[0]!.toLowerCase();
}

/**
 * A normalised name without its single-letter initials between other words, nor a nickname: "loretta e. lynch"
 * -> "loretta lynch", 'robert c. "bobby" scott' -> "robert scott".
 */
function withoutInitials(key: string): string {
  // Most names have one or two words, and so no middle: no split for them.
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) < 0) return key;
  const plain = NICKNAME.test(key) ? key.replace(NICKNAME, ' ') : key;
  const words = plain.split(' ');
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{L}\.?$/u.test(w)).join(' ');
}

/** A nickname in quotation marks between a forename and a surname, with the spaces around it (see nicknames.ts). */
const NICKNAME = / ["\u201c'\u2018][^"\u201d'\u2019 ]+(?: [^"\u201d'\u2019 ]+)?["\u201d'\u2019] /;

/** The name a nickname makes with the surname: 'robert c. "bobby" scott' -> "bobby scott"; null without one. */
function nicknameKey(key: string): string | null {
  const m = NICKNAME.exec(key);
  return m === null ? null : `${m[0].slice(2, -2)} ${key.slice(m.index + m[0].length)}`;
}

/** Of two candidates, the one with the latest mention (the lowest id on ties), as one scan of both lists would pick. */
function later(x: MutableEntity | null, y: MutableEntity | null): MutableEntity | null {
  if (!x || !y) return x ?? y;
  return y.last > x.last || (y.last === x.last && y.id < x.id) ? y : x;
}

/** The proper suffixes of a normalised name that start after a space: "b c" and "c" for "a b c". */
function suffixes(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(i + 1));
  return out;
}

/** Title, name and affiliation: how a report should name the source. */
function fullNameOf(e: { name: string; title: string | null; kind: EntityKind }, affiliation: string | null): string {
  const titled = e.kind === 'person' && e.title && e.title !== e.name && !e.name.includes(e.title);
  // "spokeswoman for the utility" reads after the name: "Catharine Hartnett, spokeswoman for the utility";
  // so does an appositive with its article: "Tom Baker, a resident", not "a resident Tom Baker".
  const after = titled && /^\p{Ll}/u.test(e.title!) && (/\s(?:for|of|at|to|in|with)\s/.test(e.title!) || /^(?:a|an|the)\s/.test(e.title!));
  let full = titled ? (after ? `${e.name}, ${e.title}` : `${e.title} ${e.name}`) : e.name;
  // "Peter Morgan, a lawyer for the Sierra Club" needs no "of the Sierra Club" after it.
  // "(R-Ky.)" follows the name; the wire style's "R-Ky." follows it after a comma.
  // Nor is it said twice: "The Royal College of Nursing" ends with its "of Nursing".
  const core = affiliation ? affiliation.replace(/^(?:of|from|at|for)\s+/, '') : '';
  if (affiliation && !e.name.endsWith(core) && !(titled && e.title!.includes(core))) full = /^[RDI]-/.test(affiliation) ? `${full}, ${affiliation}` : `${full} ${affiliation}`;
  return full;
}

/** "Beijing's foreign ministry spokesman" -> "Beijing's foreign ministry"; "spokesperson for X" -> X. */
function organisationOf(p: SourcePhrase): string | null {
  if (!p.title) return null;
  const forMatch = /\b(?:for|of|at|to)\s+(.+)$/.exec(p.title);
  if (forMatch && /^(?:the\s+)?[A-Z]/.test(forMatch[1]!)) return forMatch[1]!;
  return possessorOf(p.title);
}

/** The possessive that opens a title, with what leads to it: "the council's" in "the council's transport spokesperson". */
function possessorOf(title: string): string | null {
  const pos = /^(.+?['\u2019]s)\s/.exec(title);
  return pos ? pos[1]! : null;
}

/** Whether a mention's text ends in 's or ’s ("Ivanka Trump's"). */
function endsPossessive(text: string): boolean {
  return withoutPossessive(text) !== text;
}
