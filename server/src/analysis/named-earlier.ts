// A source known by one word that the article named in full before, with no title or known forename
// to make it a source then: "Novak Djokovic survived a scare …" and later "Djokovic said" is Novak Djokovic.

import type { Article, Entity } from './types';
import { CAPITALISED, PLAIN_NAME, WORD_KIND } from './word-features';
import { forenameGender } from './lexicon';

/**
 * The entities with a one-word name and no title whose word ends a two-word run of plain capitalised
 * words earlier in the text ("Novak Djokovic"), renamed to that run: a person, whatever the one word
 * alone looked like. The run must stand alone (no capitalised word before or after it: "World Health
 * Organization" is no name of "Organization"), and both words be plain names (PLAIN_NAME: no title,
 * body's noun, function word or opener, so not "But Djokovic"). Entities are replaced in place by new
 * objects; the ids stay. Returns the ids renamed.
 */
export function nameInFullFromEarlier(article: Article, entities: Entity[]): ReadonlySet<number> {
  const renamed = new Set<number>();
  // The stems wanted, by entity: most articles have none, and the scan below runs only for them.
  let wanted: Map<string, Entity[]> | null = null;
  for (const e of entities) {
    if ((e.kind !== 'person' && e.kind !== 'institution') || e.title !== null || e.name.includes(' ') || e.mentions.length === 0 || !/^\p{Lu}\p{Ll}+$/u.test(e.name)) continue;
    const key = e.name.toLowerCase();
    wanted ??= new Map();
    const list = wanted.get(key);
    if (list) list.push(e);
    else wanted.set(key, [e]);
  }
  if (wanted === null) return renamed;
  const { tokens, tokenFeatures: f } = article;
  const word = CAPITALISED | WORD_KIND;
  const plain = word | PLAIN_NAME;
  for (let i = 1; i < tokens.length && wanted.size > 0; i++) {
    if ((f[i]! & plain) !== plain || (f[i - 1]! & plain) !== plain) continue;
    // Two words alone: a capitalised word before or after makes a longer name, of something else.
    if ((i >= 2 && (f[i - 2]! & word) === word) || (i + 1 < tokens.length && (f[i + 1]! & word) === word)) continue;
    // One space between them, and nothing glued before the first ("41C Hospitals" across a headline's end).
    if (tokens.start(i) !== tokens.end(i - 1) + 1 || article.text.charCodeAt(tokens.end(i - 1)) !== 32 || (i >= 2 && tokens.end(i - 2) === tokens.start(i - 1))) continue;
    const key = tokens.word(i)!.text.toLowerCase();
    const list = wanted.get(key);
    if (!list) continue;
    const start = tokens.start(i - 1);
    const forename = tokens.word(i - 1)!.text;
    for (const e of list) {
      if (start >= e.mentions[0]!.start) continue;
      const full = `${forename} ${e.name}`;
      entities[e.id] = { ...e, name: full, fullName: full, kind: 'person', gender: e.gender !== 'unknown' ? e.gender : forenameGender(forename) };
      renamed.add(e.id);
    }
    wanted.delete(key);
  }
  return renamed;
}
