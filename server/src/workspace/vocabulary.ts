// A workspace's own vocabulary, `sourced.json` at a folder's root: speaker aliases, extra reporting verbs,
// ignored names. Validated as data (a bad entry is dropped with a message), merged with the settings.

import type { AnalysisOptions } from '../analysis/types';

export const VOCABULARY_FILE = 'sourced.json';

export interface Vocabulary {
  readonly speakerAliases: Readonly<Record<string, string>>;
  readonly extraReportingVerbs: readonly string[];
  readonly ignoredNames: readonly string[];
}

export const EMPTY_VOCABULARY: Vocabulary = { speakerAliases: {}, extraReportingVerbs: [], ignoredNames: [] };

export interface ReadVocabulary {
  readonly vocabulary: Vocabulary;
  readonly problems: readonly string[];
}

const KEYS = ['speakerAliases', 'extraReportingVerbs', 'ignoredNames'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clean(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter((s) => s.length > 0))];
}

/** Reads a parsed `sourced.json`. Keeps every valid entry; names each dropped one in `problems`. */
export function readVocabulary(raw: unknown, file = VOCABULARY_FILE): ReadVocabulary {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    problems.push(`${file} should hold a JSON object with ${KEYS.join(', ')}`);
    return { vocabulary: EMPTY_VOCABULARY, problems };
  }
  for (const key of Object.keys(raw)) if (!KEYS.includes(key) && key !== '$schema') problems.push(`${file}: unknown key ${JSON.stringify(key)} (expected ${KEYS.join(', ')})`);
  const strings = (key: string): string[] => {
    const v = raw[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      problems.push(`${file}: "${key}" should be a list of strings`);
      return [];
    }
    const good = v.filter((x): x is string => typeof x === 'string');
    if (good.length < v.length) problems.push(`${file}: "${key}" holds ${v.length - good.length} value(s) that are not strings; they are ignored`);
    return clean(good);
  };
  const entries: Array<[string, string]> = [];
  const rawAliases = raw['speakerAliases'];
  if (rawAliases !== undefined && rawAliases !== null) {
    if (!isRecord(rawAliases)) problems.push(`${file}: "speakerAliases" should be an object mapping an alias to a name`);
    else {
      for (const [alias, name] of Object.entries(rawAliases)) {
        if (typeof name !== 'string') problems.push(`${file}: speaker alias ${JSON.stringify(alias)} should map to a name (a string)`);
        else if (alias.trim() && name.trim()) entries.push([alias.trim(), name.trim()]);
      }
    }
  }
  // fromEntries defines each alias as data: an alias spelled "__proto__" stays an alias instead of hitting the prototype setter.
  const aliases = Object.fromEntries(entries) as Record<string, string>;
  return { vocabulary: { speakerAliases: aliases, extraReportingVerbs: strings('extraReportingVerbs'), ignoredNames: strings('ignoredNames') }, problems };
}

/** Parses and reads the text of a `sourced.json`; a syntax error is one problem and an empty vocabulary. */
export function parseVocabulary(text: string, file = VOCABULARY_FILE): ReadVocabulary {
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (err) {
    // One line: the parser's message may quote the file, line breaks and control characters included.
    const message = (err instanceof Error ? err.message : String(err)).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    return { vocabulary: EMPTY_VOCABULARY, problems: [`${file} is not valid JSON: ${message}`] };
  }
  return readVocabulary(raw, file);
}

/** Several folders' vocabularies as one: lists joined, later aliases winning. */
export function combineVocabularies(list: readonly Vocabulary[]): Vocabulary {
  return {
    speakerAliases: Object.fromEntries(list.flatMap((v) => Object.entries(v.speakerAliases))) as Record<string, string>,
    extraReportingVerbs: clean(list.flatMap((v) => v.extraReportingVerbs)),
    ignoredNames: clean(list.flatMap((v) => v.ignoredNames)),
  };
}

/** The settings' analysis options with the workspace vocabulary added; `sourced.json` wins on an alias both name. */
export function mergeOptions(options: AnalysisOptions, vocabulary: Vocabulary): AnalysisOptions {
  return {
    extraReportingVerbs: clean([...(options.extraReportingVerbs ?? []), ...vocabulary.extraReportingVerbs]),
    ignoredNames: clean([...(options.ignoredNames ?? []), ...vocabulary.ignoredNames]),
    speakerAliases: { ...(options.speakerAliases ?? {}), ...vocabulary.speakerAliases },
  };
}

/**
 * The text of `sourced.json` with one more alias, other keys kept in their order; null when the
 * current text is not a JSON object (the user's file is not overwritten then).
 */
export function withAlias(current: string | null, alias: string, name: string): string | null {
  let raw: unknown = {};
  if (current !== null && current.trim() !== '') {
    try {
      raw = JSON.parse(current);
    } catch {
      return null;
    }
  }
  if (!isRecord(raw)) return null;
  const aliases = isRecord(raw['speakerAliases']) ? { ...raw['speakerAliases'] } : {};
  aliases[alias] = name;
  const out: Record<string, unknown> = { ...raw, speakerAliases: aliases };
  if (!('speakerAliases' in raw)) {
    // A new file, or one without aliases: aliases first, then what was there.
    return `${JSON.stringify({ speakerAliases: aliases, ...raw }, null, 2)}\n`;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
