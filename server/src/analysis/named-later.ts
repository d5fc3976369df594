// A lede's unnamed role that the article names a little later: "A federal judge on Friday blocked …"
// then "U.S. District Judge Robert Pitman wrote …": the judge's quotes are Robert Pitman's.

import type { Article, Entity } from './types';
import { GENERIC_TITLES } from './entities';
import { forenameGender, PLAIN_PERSONS } from './lexicon';

/** How many paragraphs, from the top, make the lede (the headline counts as one). */
const LEDE_PARAGRAPHS = 3;
/** How far (UTF-16 units) after the role the named person must be introduced. */
const NAMED_WITHIN = 2000;

/**
 * For each unnamed person of the lede (an entity known only by a role, "a federal judge", "Union
 * leader"), the first person the article names after it, within NAMED_WITHIN, when that person's title
 * holds the role's noun ("U.S. District Judge Robert Pitman"). Generic roles ("an official", "a
 * spokesman") name no one in particular: several people may answer to them; nor do plain persons ("a
 * woman"), which are no role a name's title holds.
 */
export function namedLater(article: Article, entities: readonly Entity[]): ReadonlyMap<number, Entity> {
  const out = new Map<number, Entity>();
  const { paragraphs } = article;
  if (paragraphs.length === 0) return out;
  const ledeEnd = paragraphs[Math.min(LEDE_PARAGRAPHS, paragraphs.length) - 1]!.end;
  for (const e of entities) {
    if (e.kind !== 'person' || e.title === null || e.name !== e.title || e.mentions.length === 0) continue;
    const at = e.mentions[0]!.start;
    if (at >= ledeEnd) continue;
    const head = lastWord(e.title);
    if (head === '' || GENERIC_TITLES.has(head) || PLAIN_PERSONS.has(head)) continue;
    // The first person named after the role, whoever it is: a role that another name comes between is left alone.
    let next: Entity | null = null;
    for (const p of entities) {
      if (p.kind !== 'person' || p.name === p.title || p.mentions.length === 0 || !/\p{Lu}/u.test(p.name)) continue;
      const from = p.mentions[0]!.start;
      // "By Henrik Dalgaard, Economics Correspondent": the byline's writer comes between no role and its holder.
      if (from >= 3 && /^by $/i.test(article.text.slice(from - 3, from))) continue;
      if (from > at && from - at <= NAMED_WITHIN && (!next || from < next.mentions[0]!.start)) next = p;
    }
    if (!next) continue;
    if (next.title !== null ? words(next.title).includes(head) : namesTheRole(article, e, next)) out.set(e.id, next);
  }
  return out;
}

/**
 * "The education secretary has defended … . Speaking on the radio, Rachel Hart said …": a person named
 * with no title or description at all, by forename and surname, in the paragraph after the one that
 * brought in "the <role>" (one holder, whom the article owes a name), is that role's holder. A person
 * the article brings in anew is described ("Maria Lopez, a nurse"); a bare name is someone it had
 * already spoken of.
 */
function namesTheRole(article: Article, role: Entity, person: Entity): boolean {
  const space = person.name.indexOf(' ');
  if (space < 0 || forenameGender(person.name.slice(0, space)) === 'unknown' || person.fullName !== person.name) return false;
  const paragraph = (offset: number): number => article.paragraphs.findIndex((p) => offset < p.end);
  const named = person.mentions[0]!;
  // The first "the <role>": a headline may have named the role bare before ("Minister rejects …").
  const introduced = role.mentions.find((m) => /^the\s/i.test(m.text));
  if (introduced) return paragraph(named.start) - paragraph(introduced.start) === 1;
  // A wire lede's "A former deputy harbour master accused of … told a jury …", then "Desmond Pryce,
  // 58, denies …" opening the next paragraph with the name and an age: the one the lede described.
  const lede = role.mentions.find((m) => /^an?\s/i.test(m.text));
  if (!lede) return false;
  const at = paragraph(named.start);
  return at - paragraph(lede.start) === 1 && article.paragraphs[at]!.start === named.start && AGE_AFTER_NAME.test(article.text.slice(named.end, named.end + 8));
}

/** ", 58," right after a name: the age a wire story gives with the name it withheld from its lede. */
const AGE_AFTER_NAME = /^, \d{1,3},/;

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}]+/u);
}

function lastWord(title: string): string {
  const w = words(title).filter((x) => x !== '');
  return w[w.length - 1] ?? '';
}
