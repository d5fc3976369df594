// Regenerates server/src/analysis/data/forenames.json: the hand-made lists of scripts/forenames-input.json,
// plus the first names that compromise's lexicon (MIT) marks as male or female. Run by hand (`node scripts/forenames.mjs`) when
// compromise is upgraded; the JSON is committed, so nothing is read at run time.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'server/src/analysis/data/forenames.json');
const data = JSON.parse(readFileSync(join(root, 'scripts/forenames-input.json'), 'utf8'));

// The hand-made lists stay the authority: a name they give one gender is not given the other.
const curated = data.curated;
// Family names that open East Asian names (Lin Jian, Kim Jong-un, Nguyen Van An): never a first-name gender cue.
const familyNamesFirst = new Set(data.familyNamesFirst);
const lexicon = nlp.world().model.one.lexicon;
const fromLexicon = { male: [], female: [] };
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!/^[a-z][a-z'-]+$/.test(word) || familyNamesFirst.has(word)) continue;
  if (list.includes('MaleName')) fromLexicon.male.push(word);
  else if (list.includes('FemaleName')) fromLexicon.female.push(word);
}
const curatedMale = new Set(curated.male);
const curatedFemale = new Set(curated.female);
const male = new Set([...curated.male, ...fromLexicon.male.filter((w) => !curatedFemale.has(w))]);
const female = new Set([...curated.female, ...fromLexicon.female.filter((w) => !curatedMale.has(w))]);
// A name on both lists says nothing about gender.
for (const w of [...male]) if (female.has(w) && !(curatedMale.has(w) || curatedFemale.has(w))) {
  male.delete(w);
  female.delete(w);
}

const out = {
  _comment: 'First names by usual gender: a weak gender cue for pronoun resolution, and what marks a capitalised pair as a person. The hand-made lists of scripts/forenames-input.json, plus the names compromise\'s lexicon tags MaleName or FemaleName, less the family names that open East Asian names; each list is one string, names separated by spaces. Regenerate with node scripts/forenames.mjs.',
  _source: `compromise ${JSON.parse(readFileSync(join(root, 'node_modules/compromise/package.json'), 'utf8')).version} (MIT), lexicon tags MaleName and FemaleName`,
  // One string of names per gender, separated by spaces: 6 KB less in the server bundle than arrays.
  male: [...male].sort().join(' '),
  female: [...female].sort().join(' '),
};
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
console.log(`forenames: ${male.size} male, ${female.size} female (curated ${curated.male.length} + ${curated.female.length})`);
