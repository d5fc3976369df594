// The word lists the analyses share, loaded once from the JSON files in data/.
// General linguistic resources only: reporting verbs, titles, pronouns, forenames, abbreviations.

import type { ClaimKind, Gender } from './types';
import verbsData from './data/reporting-verbs.json';
import titlesData from './data/titles.json';
import pronounsData from './data/pronouns.json';
import forenamesData from './data/forenames.json';
import abbreviationsData from './data/abbreviations.json';

export interface ReportingVerb {
  readonly lemma: string;
  readonly claim: ClaimKind;
  /** Added by the user's settings: treated like `say` (it may also follow its subject: "chortled Smith"). */
  readonly extra?: boolean;
}

/** Inflected form (lower case) -> the verb it belongs to. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = (() => {
  const m = new Map<string, ReportingVerb>();
  for (const [lemma, entry] of Object.entries(verbsData.verbs)) {
    for (const form of entry.forms) m.set(form, { lemma, claim: entry.claim as ClaimKind });
  }
  return m;
})();

/** An inflected form of a reporting verb other than its bare form ("said", "says", "told"), which no noun shares as "state" or "claim" do. */
export function isReportingForm(w: string): boolean {
  const verb = REPORTING_VERBS.get(w);
  return verb !== undefined && verb.lemma !== w;
}

/**
 * Reporting verbs whose bare form is also their past ("read", "put": "a sign read", "as a memo put
 * it"): the verb lists no other past form, none ending in -ed and none irregular.
 */
export const BARE_PAST_VERBS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const [lemma, entry] of Object.entries(verbsData.verbs)) {
    const past = entry.forms.some((f) => f !== lemma && !f.endsWith('s') && !f.endsWith('ing'));
    if (!past) out.add(lemma);
  }
  return out;
})();

/** Verb classes by lemma (data/reporting-verbs.json "classes"). */
export const VERB_CLASSES = {
  /** May follow its subject after a quotation: "…," said Lin. */
  invertible: new Set<string>(verbsData.classes.invertible),
  /** Stays a verb before "of": "says of Clinton", "accused China of". */
  verbBeforeOf: new Set<string>(verbsData.classes.verbBeforeOf),
  /** Has another sense ("maintained a relationship"): reports speech only before a clause. */
  needsClause: new Set<string>(verbsData.classes.needsClause),
  /** Gives an order with an object and "to": "told NATO not to". */
  directiveTo: new Set<string>(verbsData.classes.directiveTo),
  /** Makes a short attribution sentence of its own: "…?" Clinton said. */
  shortCue: new Set<string>(verbsData.classes.shortCue),
  /** Reports speech only with "it" right after: "as The New Yorker put it". */
  withIt: new Set<string>(verbsData.classes.withIt),
  /** Reports speech only with "back" right after: "shot back", "fired back", "hit back". */
  withBack: new Set<string>(verbsData.classes.withBack),
  /** Reports speech but sources no figure: "apologised for floods that left hundreds without power". */
  noFigures: new Set<string>(verbsData.classes.noFigures),
  /** Says what acts show, not what was said: "had shown “breathtaking greed”" inside "the judge said …". */
  evidence: new Set<string>(verbsData.classes.evidence),
  /** Says what someone thinks or found: inside another's report, its quotation is the reporter's ("said Ukraine expected “within weeks”"). */
  thought: new Set<string>(verbsData.classes.thought),
  /** Takes whom it told before a "that" clause: "told The Times that …", "warned voters that …". */
  toldWhom: new Set<string>(verbsData.classes.toldWhom),
} as const;

/** Whether a verb reports no words of its subject's inside another's report: acts shown, or thoughts (VERB_CLASSES). */
export function reportsNoWords(lemma: string): boolean {
  return VERB_CLASSES.evidence.has(lemma) || VERB_CLASSES.thought.has(lemma);
}

export const SPEECH_NOUNS: ReadonlySet<string> = new Set(verbsData.nounCues);
/** Nouns for an interview in a headline ("An interview with …"): its quote is the one interviewed. */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(verbsData.interviewNouns);
/** Nouns for papers and records ("court documents", "the indictment"): a source after "according to". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(verbsData.documentNouns);
/** Nouns for what shows rather than says ("the findings", "the data"): see withinReport. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(verbsData.evidenceNouns);
/** Nouns for what was said, as a thing ("a claim", "the allegation"), beside the vehicles of SPEECH_NOUNS. */
export const SAID_NOUNS: ReadonlySet<string> = new Set(verbsData.saidNouns);
/** What someone answered or concluded, owned by a possessive pronoun before a colon ("Her summary was stark: …"), with the speech and said nouns. */
export const VERDICT_NOUNS: ReadonlySet<string> = new Set([...verbsData.verdictNouns, ...verbsData.nounCues, ...verbsData.saidNouns]);

export const HONORIFICS: ReadonlyMap<string, Gender> = new Map(Object.entries(titlesData.honorifics) as Array<[string, Gender]>);

/** Honorifics that are no title, lower case without their period: "mr", "ms". */
const COURTESY_TITLES: ReadonlySet<string> = new Set(titlesData.courtesy);

/** Whether a title is a courtesy honorific alone ("Mr.", "Ms"), which says how to address someone, not who they are. */
/** Whether a title is one honorific and nothing more ("Dr", "Prof.", "Supt."), with or without its period. */
export function isHonorific(title: string): boolean {
  const t = title.toLowerCase();
  return HONORIFICS.has(t) || HONORIFICS.has(t.endsWith('.') ? t.slice(0, -1) : `${t}.`);
}

export function isCourtesyTitle(title: string): boolean {
  const t = title.toLowerCase();
  return COURTESY_TITLES.has(t.endsWith('.') ? t.slice(0, -1) : t);
}

/** Roles, including multi-word ones ("foreign minister"), lower case -> gender the word carries. */
export const ROLES: ReadonlyMap<string, Gender> = new Map(Object.entries(titlesData.roles) as Array<[string, Gender]>);

/** Single words that can be the head of a role ("minister" in "foreign minister"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  [...ROLES.keys()].map((r) => r.split(/\s+/).pop()!),
);

/**
 * Role heads that end a role only after "of" ("state" of "secretary of state", "staff" of "chief of
 * staff"): alone, "the state of her kitchen" names no one.
 */
export const ROLE_TAILS_AFTER_OF: ReadonlySet<string> = (() => {
  const tails = new Set([...ROLES.keys()].filter((r) => / of /.test(r)).map((r) => r.split(/\s+/).pop()!));
  for (const r of ROLES.keys()) if (!/ of /.test(r)) tails.delete(r.split(/\s+/).pop()!);
  return tails;
})();

/** The first words of the roles of more than one word ("foreign" of "foreign minister"). */
export const ROLE_STARTS: ReadonlySet<string> = new Set(
  [...ROLES.keys()].filter((r) => r.includes(' ')).map((r) => r.split(' ')[0]!),
);

export const GROUP_NOUNS: ReadonlySet<string> = new Set(titlesData.groups);
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(titlesData.institutions);
/** Nouns for a business that an article uses for one it named by its brand ("the company", "the carmaker"). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(titlesData.companyNouns);
/** Legal forms that end a company's name ("Corp.", "plc"): a company named only in passing is the one "the company" means. */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(titlesData.companyForms);
/** Nouns for bodies of the state ("ministry", "police"): "the group" never points back to one. */
export const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(titlesData.stateBodies);
/** "the agency", "the regulator": a body of the state named otherwise before (titles.json stateGenericBodies). */
export const STATE_GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(titlesData.stateGenericBodies);
/** Nouns for bodies that are no business ("ministry", "union"): "the company" never points back to one. */
export const PUBLIC_BODY_NOUNS: ReadonlySet<string> = new Set([...titlesData.stateBodies, ...titlesData.civilBodies]);
/** Words that make a title a lower office ("Deputy Commissioner"): "the commissioner" is someone else. */
export const SUBORDINATE_RANKS: ReadonlySet<string> = new Set(titlesData.subordinateRanks);
/** Nouns for any organisation ("the group"): they point back to whichever named body was met last. */
export const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(titlesData.genericBodies);
/** Nouns for a person by nationality or origin ("the Dutchman", "the Italian"), with a gender where the word carries one. */
/** Roles that only say what kind of person someone is ("the woman"): see titles.json's note. */
export const PLAIN_PERSONS: ReadonlySet<string> = new Set(titlesData.plainPersons);
/** Family roles ("his daughter"): see titles.json's note. */
export const KIN_ROLES: ReadonlySet<string> = new Set(titlesData.kin);

export const DEMONYMS: ReadonlyMap<string, Gender> = new Map(Object.entries(titlesData.demonyms) as Array<[string, Gender]>);
/** Letters after a name that hold an office ("KC"), lower case, with the role: see titles.json's note. */
export const POSTNOMINAL_ROLES: ReadonlyMap<string, string> = new Map(Object.entries(titlesData.postnominals));
/** Party labels before a name ("Democrat James Ortiz"): they describe the person. */
export const PARTY_LABELS: ReadonlySet<string> = new Set(titlesData.partyLabels);

export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'speaker';
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounClass> = new Map(
  Object.entries(pronounsData.subject) as Array<[string, PronounClass]>,
);
/** "I'd", "we've", with either apostrophe: the writer or the speaker, never a name however capitalised. */
export const FIRST_PERSON_CONTRACTIONS: ReadonlySet<string> = new Set(
  ['i', 'we'].flatMap((p) => ["'d", "'m", "'ve", "'ll", "'re"].flatMap((c) => [p + c, p + c.replace("'", '\u2019')])),
);
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, PronounClass> = new Map(
  Object.entries(pronounsData.possessive) as Array<[string, PronounClass]>,
);

// Each list is one string of names separated by spaces (scripts/forenames.mjs writes it so: a smaller bundle).
const MALE = new Set(forenamesData.male.split(' '));
const FEMALE = new Set(forenamesData.female.split(' '));

export function forenameGender(name: string): Gender {
  const n = name.toLowerCase();
  if (MALE.has(n)) return 'male';
  if (FEMALE.has(n)) return 'female';
  return 'unknown';
}

/** Every known forename, lower case, of either gender. */
export function forenames(): Iterable<string> {
  return [...MALE, ...FEMALE];
}

/** Whether an already lower-cased word is a known forename of either gender. */
export function isForename(lower: string): boolean {
  return MALE.has(lower) || FEMALE.has(lower);
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationsData.abbreviations);

/** Abbreviations that stand before a name and never end a sentence ("Mr.", "Sen.", "Gov."). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...HONORIFICS.keys()].filter((k) => k.endsWith('.')).map((k) => k.slice(0, -1)).concat(abbreviationsData.beforeNames),
);

/** Creates a verb table with user-supplied extra verbs added as literal forms. */
export function reportingVerbsWith(extra: readonly string[] | undefined): ReadonlyMap<string, ReportingVerb> {
  if (!extra || extra.length === 0) return REPORTING_VERBS;
  const m = new Map(REPORTING_VERBS);
  for (const raw of extra) {
    const form = raw.trim().toLowerCase();
    if (form && !m.has(form)) m.set(form, { lemma: form, claim: 'assertion', extra: true });
  }
  return m;
}
