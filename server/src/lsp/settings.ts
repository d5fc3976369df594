// The `sourced.*` settings as the server uses them, and their validation.
// Data only: a bad value falls back to its default and yields a message for the user, never a throw.

import type { AnalysisOptions } from '../analysis/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type BoilerplateSeverity = 'hint' | 'off';

export interface Settings {
  readonly languages: readonly string[];
  readonly unattributedStatistic: { readonly severity: Severity };
  readonly unattributedQuote: { readonly severity: Severity };
  readonly boilerplate: { readonly severity: BoilerplateSeverity };
  /** The same quotation worded differently in another article of the workspace (a possible misquote). */
  readonly crossArticleWording: { readonly severity: Severity };
  /** The same quotation credited to a different speaker in another article of the workspace. */
  readonly crossArticleAttribution: { readonly severity: Severity };
  readonly inlayHints: { readonly enabled: boolean };
  readonly extraReportingVerbs: readonly string[];
  readonly ignoredNames: readonly string[];
  readonly speakerAliases: Readonly<Record<string, string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news-article'],
  unattributedStatistic: { severity: 'warning' },
  unattributedQuote: { severity: 'information' },
  boilerplate: { severity: 'hint' },
  crossArticleWording: { severity: 'information' },
  crossArticleAttribution: { severity: 'information' },
  inlayHints: { enabled: true },
  extraReportingVerbs: [],
  ignoredNames: [],
  speakerAliases: {},
};

export interface ReadSettings {
  readonly settings: Settings;
  /** One sentence per rejected value, naming the setting, the value and the default used instead. */
  readonly problems: readonly string[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];
const BOILERPLATE_SEVERITIES: readonly BoilerplateSeverity[] = ['hint', 'off'];

/**
 * Validates the `sourced` section. Clients send it nested (`{unattributedStatistic: {severity}}`,
 * as VS Code does) or with dotted keys (`{"unattributedStatistic.severity": …}`, as a hand-written
 * Neovim or Emacs config often does); both are read. Absent keys take their defaults silently.
 */
export function readSettings(raw: unknown): ReadSettings {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push(`setting "sourced" should be an object, got ${describe(raw)}; using the defaults`);
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const section = isRecord(raw) ? raw : {};
  const get = (path: string): unknown => {
    if (path in section) return section[path];
    let node: unknown = section;
    for (const key of path.split('.')) {
      if (!isRecord(node) || !(key in node)) return undefined;
      node = node[key];
    }
    return node;
  };
  const oneOf = <T extends string>(path: string, allowed: readonly T[], fallback: T): T => {
    const v = get(path);
    if (v === undefined || v === null) return fallback;
    const lower = typeof v === 'string' ? v.toLowerCase() : v;
    if (typeof lower === 'string' && (allowed as readonly string[]).includes(lower)) return lower as T;
    problems.push(`setting "sourced.${path}" is ${describe(v)}; expected one of ${allowed.join(', ')}; using "${fallback}"`);
    return fallback;
  };
  const bool = (path: string, fallback: boolean): boolean => {
    const v = get(path);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    problems.push(`setting "sourced.${path}" is ${describe(v)}; expected true or false; using ${fallback}`);
    return fallback;
  };
  const strings = (path: string, fallback: readonly string[]): readonly string[] => {
    const v = get(path);
    if (v === undefined || v === null) return fallback;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      return [...new Set(v.map((x: string) => x.trim()).filter((x) => x.length > 0))];
    }
    problems.push(`setting "sourced.${path}" is ${describe(v)}; expected a list of strings; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const aliases = (path: string): Readonly<Record<string, string>> => {
    const v = get(path);
    if (v === undefined || v === null) return {};
    if (isRecord(v) && Object.values(v).every((x) => typeof x === 'string')) {
      // fromEntries defines each alias as data: an alias spelled "__proto__" stays an alias instead of hitting the prototype setter.
      return Object.fromEntries(
        Object.entries(v)
          .map(([alias, name]) => [alias.trim(), (name as string).trim()])
          .filter(([alias, name]) => alias && name),
      ) as Record<string, string>;
    }
    problems.push(`setting "sourced.${path}" is ${describe(v)}; expected an object mapping an alias to a name; using {}`);
    return {};
  };
  const languages = strings('languages', DEFAULT_SETTINGS.languages);
  const settings: Settings = {
    languages: languages.length > 0 ? languages : DEFAULT_SETTINGS.languages,
    unattributedStatistic: { severity: oneOf('unattributedStatistic.severity', SEVERITIES, DEFAULT_SETTINGS.unattributedStatistic.severity) },
    unattributedQuote: { severity: oneOf('unattributedQuote.severity', SEVERITIES, DEFAULT_SETTINGS.unattributedQuote.severity) },
    boilerplate: { severity: oneOf('boilerplate.severity', BOILERPLATE_SEVERITIES, DEFAULT_SETTINGS.boilerplate.severity) },
    crossArticleWording: { severity: oneOf('crossArticleWording.severity', SEVERITIES, DEFAULT_SETTINGS.crossArticleWording.severity) },
    crossArticleAttribution: { severity: oneOf('crossArticleAttribution.severity', SEVERITIES, DEFAULT_SETTINGS.crossArticleAttribution.severity) },
    inlayHints: { enabled: bool('inlayHints.enabled', DEFAULT_SETTINGS.inlayHints.enabled) },
    extraReportingVerbs: strings('extraReportingVerbs', DEFAULT_SETTINGS.extraReportingVerbs),
    ignoredNames: strings('ignoredNames', DEFAULT_SETTINGS.ignoredNames),
    speakerAliases: aliases('speakerAliases'),
  };
  if (languages.length === 0) problems.push(`setting "sourced.languages" is empty; using ${JSON.stringify(DEFAULT_SETTINGS.languages)}`);
  return { settings, problems };
}

/** What the analysis needs from the settings. */
export function analysisOptions(settings: Settings): AnalysisOptions {
  return {
    extraReportingVerbs: settings.extraReportingVerbs,
    ignoredNames: settings.ignoredNames,
    speakerAliases: settings.speakerAliases,
  };
}

/** Whether two settings would give the same analysis (so a settings change that only moves a severity re-analyses nothing). */
export function sameAnalysisOptions(a: Settings, b: Settings): boolean {
  return JSON.stringify(analysisOptions(a)) === JSON.stringify(analysisOptions(b));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
