// The flat token bits (Article.tokenFeatures) that the per-token scans test before reading a token:
// they must agree with the tokens, and each gate must let through every word its word list could match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../server/src/analysis/article';
import { tokenArray } from '../server/src/analysis/tokens';
import { tokenize } from '../server/src/analysis/tokenizer';
import { forenames, GROUP_NOUNS, HONORIFICS, INSTITUTION_NOUNS, REPORTING_VERBS, ROLES, SUBJECT_PRONOUNS, TITLE_ABBREVIATIONS } from '../server/src/analysis/lexicon';
import boilerplateData from '../server/src/analysis/data/boilerplate-phrases.json';
import fw from '../server/src/analysis/data/function-words.json';
import { RELATIVE_WORDS, SOURCE_NOUNS, SOURCE_VERBS, TRIGGER_WORDS } from '../server/src/analysis/statistic-words';
import {
  ADVERB, ADVERBS, AUXILIARIES, AUXILIARY, BOILERPLATE_WORD, CONNECTOR, LOWER_ALPHA, NAME_PARTICLE, NAME_PARTICLES, SENTENCE_OPENER, SUBJECT_PRONOUN,
  CONNECTORS, CUE_WORD, DESCRIPTOR, DETERMINER, DETERMINERS, FORENAME, HONORIFIC, HYPHENATED, PHRASE_EDGE, PLAIN_NAME, NUMBER_KIND, PUNCT_KIND, QUOTE_KIND, ROLE,
  FIGURE_SOURCE_WORD, ROLE_START, SENTENCE_OPENERS, STATISTIC_TRIGGER, SYMBOL_KIND, TAKES_DOT, WORD_KIND,
  GROUP, INSTITUTION, TEMPORAL, TEMPORAL_NOUNS, wordFeatures,
} from '../server/src/analysis/word-features';

const KIND_BIT = { word: WORD_KIND, number: NUMBER_KIND, quote: QUOTE_KIND, punct: PUNCT_KIND, symbol: SYMBOL_KIND } as const;

test('word features: tokenFeatures[i] is token i’s features, with exactly its kind bit', () => {
  const text = 'Headline Here\n“Prices rose 40%,” said Sen. Ann Lee-Smith — “two-thirds” of €5bn 😀.\n\nThe minister’s aide, according to Reuters, said ...';
  const a = parseArticle(text);
  assert.equal(a.tokenFeatures.length, a.tokens.length);
  const kinds = new Set<string>();
  tokenArray(a.tokens).forEach((t, i) => {
    assert.equal(a.tokenFeatures[i], t.features, `token ${i} ${t.text}`);
    const kindBits = t.features & (WORD_KIND | NUMBER_KIND | QUOTE_KIND | PUNCT_KIND | SYMBOL_KIND);
    assert.equal(kindBits, KIND_BIT[t.kind], `kind of ${t.text}`);
    kinds.add(t.kind);
  });
  assert.deepEqual([...kinds].sort(), ['number', 'punct', 'quote', 'symbol', 'word']);
  const at = (s: string): number => a.tokenFeatures[tokenArray(a.tokens).findIndex((t) => t.text === s)]!;
  assert.ok(at('said') & CUE_WORD);
  assert.ok(at('according') & CUE_WORD);
  assert.ok(!(at('Prices') & CUE_WORD));
  assert.ok(at('two-thirds') & HYPHENATED);
  assert.ok(at('Sen.') & HONORIFIC);
  assert.ok(at('minister’s') & ROLE, 'a possessive role keeps its bit');
});

test('word features: TAKES_DOT marks the words that keep a following period, and the tokenizer keeps it only for them', () => {
  const bits = (word: string): number => tokenize(word)[0]!.features;
  for (const w of ['Mr', 'Sen', 'Gov', 'G.K', 'U.S', 'J']) assert.ok(bits(w) & TAKES_DOT, w);
  for (const w of ['said', 'Washington', 'Ann', 'us', 'usa', 'IBM']) assert.ok(!(bits(w) & TAKES_DOT), w);
  const words = (text: string): string[] => tokenize(text).map((t) => t.text);
  assert.deepEqual(words('Mr. Lee and G.K. Chesterton met in the U.S. today.'), ['Mr.', 'Lee', 'and', 'G.K.', 'Chesterton', 'met', 'in', 'the', 'U.S.', 'today', '.']);
  assert.deepEqual(words('He met IBM. Then Sen. Ann Lee.'), ['He', 'met', 'IBM', '.', 'Then', 'Sen.', 'Ann', 'Lee', '.']);
});

test('word features: descriptors, plain name words and forenames', () => {
  const bits = (word: string): number => tokenize(word)[0]!.features;
  for (const w of ['farmer', 'longtime', 'pollster']) assert.ok(bits(w) & DESCRIPTOR, w);
  for (const w of ['the', 'quickly', 'reported', 'rising', 'Farmer']) assert.ok(!(bits(w) & DESCRIPTOR), w);
  for (const w of ['Smith', 'Duarte', 'Ann']) assert.ok(bits(w) & PLAIN_NAME, w);
  for (const w of ['smith', 'The', 'Senator', 'Mr.', 'Smith’s', 'He', 'Ministry']) assert.ok(!(bits(w) & PLAIN_NAME), w);
  for (const w of ['Ann', 'john', 'Melanie']) assert.ok(bits(w) & FORENAME, w);
  for (const w of ['Smith', 'Ministry']) assert.ok(!(bits(w) & FORENAME), w);
});

/** Each list entry as the tokenizer reads it (one token), so the test asks about the word the scan sees. */
function asToken(entry: string): { text: string; lower: string; features: number } | null {
  const tokens = tokenize(entry);
  return tokens.length === 1 ? tokens[0]! : null;
}

test('word features: every built-in reporting verb form is a CUE_WORD, in any case', () => {
  for (const form of REPORTING_VERBS.keys()) {
    for (const written of [form, form[0]!.toUpperCase() + form.slice(1)]) {
      const t = asToken(written);
      if (t) assert.ok(t.features & CUE_WORD, written);
    }
  }
});

test('word features: every word a statistic’s source cue can open with is a FIGURE_SOURCE_WORD, in any case', () => {
  const openers = [...SOURCE_VERBS.keys(), ...SOURCE_NOUNS.firstWords(), 'according', 'citing', 'quoting'];
  for (const word of openers) {
    for (const written of [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]) {
      const t = asToken(written);
      if (t) assert.ok(t.features & FIGURE_SOURCE_WORD, written);
    }
  }
  for (const w of ['the', 'Prices', 'percent', 'Reuters']) assert.ok(!(asToken(w)!.features & FIGURE_SOURCE_WORD), w);
});

test('word features: every trigger word of the statistics scan is a STATISTIC_TRIGGER', () => {
  for (const word of TRIGGER_WORDS.keys()) {
    const t = asToken(word);
    if (t && t.text === word) assert.ok(t.features & STATISTIC_TRIGGER, word);
  }
});

test('word features: every role ends in a ROLE word and every honorific is HONORIFIC', () => {
  // roleMask builds a role's n-gram only when its last word has the ROLE bit; makePhrase skips words with neither bit.
  for (const role of ROLES.keys()) {
    const last = role.split(/\s+/).pop()!;
    const t = asToken(last);
    if (t) assert.ok(t.features & ROLE, role);
  }
  for (const honorific of HONORIFICS.keys()) {
    const t = asToken(honorific);
    if (t) assert.ok(t.features & HONORIFIC, honorific);
  }
});

test('word features: DETERMINER and PHRASE_EDGE gate exactly the function-word lists, in any case', () => {
  const bits = (word: string): number => tokenize(word)[0]!.features;
  for (const w of DETERMINERS) {
    for (const form of [w, w[0]!.toUpperCase() + w.slice(1)]) assert.equal(bits(form) & (DETERMINER | PHRASE_EDGE), DETERMINER | PHRASE_EDGE, form);
  }
  for (const w of [...SENTENCE_OPENERS, ...CONNECTORS]) assert.ok(bits(w) & PHRASE_EDGE, w);
  for (const w of ['minister', 'Lee', 'said']) assert.equal(bits(w) & (DETERMINER | PHRASE_EDGE), 0, w);
  // source-phrases.ts tests the bit before comparing a word with the articles: all three must carry it, in any case.
  for (const w of ['the', 'The', 'THE', 'a', 'A', 'an', 'An']) assert.ok(bits(w) & DETERMINER, w);
  // A curly apostrophe folds like the lists do.
  const withApostrophe = [...DETERMINERS, ...SENTENCE_OPENERS].find((w) => w.includes("'"));
  if (withApostrophe) assert.ok(bits(withApostrophe.replace("'", '\u2019')) & PHRASE_EDGE, withApostrophe);
});

test('word features: each function-word class bit is set on exactly its list, in any case', () => {
  // The phrase walks test these bits in place of the sets: a word missing its bit would change a phrase.
  const bits = (word: string): number => tokenize(word)[0]!.features;
  const classes: Array<[string, Iterable<string>, number]> = [
    ['auxiliaries', AUXILIARIES, AUXILIARY],
    ['adverbs', ADVERBS, ADVERB],
    ['sentence openers', SENTENCE_OPENERS, SENTENCE_OPENER],
    ['connectors', CONNECTORS, CONNECTOR],
    ['subject pronouns', SUBJECT_PRONOUNS.keys(), SUBJECT_PRONOUN],
  ];
  for (const [name, list, bit] of classes) {
    const members = new Set(list);
    for (const w of members) {
      const t = asToken(w);
      if (!t) continue;
      assert.ok(t.features & bit, `${w} (${name})`);
      assert.ok(bits(w[0]!.toUpperCase() + w.slice(1)) & bit, `${w} capitalised (${name})`);
    }
    for (const w of ['minister', 'Lee', 'said', 'the', 'farmer']) if (!members.has(w)) assert.equal(bits(w) & bit, 0, `${w} is not in ${name}`);
  }
  // Name particles are matched as written: "de" in "Bill de Blasio", not a capitalised "De".
  for (const w of NAME_PARTICLES) assert.ok(bits(w) & NAME_PARTICLE, w);
  for (const w of ['De', 'Von', 'the', 'Lee']) assert.equal(bits(w) & NAME_PARTICLE, 0, w);
  for (const w of ['farmer', 'long-time', 'a']) assert.ok(bits(w) & LOWER_ALPHA, w);
  for (const w of ['Farmer', 'don\'t', 'co2', 'café', '-x']) assert.equal(bits(w) & LOWER_ALPHA, 0, w);
});

test('word features: the first token of every boilerplate phrase, and every boilerplate word, is a BOILERPLATE_WORD', () => {
  // boilerplate.ts reads no line without one: a first token missing the bit would hide its phrase.
  const rules = Object.values(boilerplateData.rules);
  assert.ok(rules.length > 0);
  for (const phrases of [...rules.map((rule) => [...rule.anywhere, ...rule.start, ...rule.line]), boilerplateData.captionStarts]) {
    for (const phrase of phrases) {
      const first = tokenize(phrase.toLowerCase())[0]!;
      assert.ok(first.features & BOILERPLATE_WORD, `${phrase} (${first.text})`);
      assert.ok(tokenize(phrase.toUpperCase())[0]!.features & BOILERPLATE_WORD, `${phrase}, in capitals`);
    }
  }
  const words = [...boilerplateData.uiLabels, ...boilerplateData.appealWords, ...boilerplateData.firstPersonPlural, ...boilerplateData.secondPerson, ...boilerplateData.socialNetworks];
  for (const w of words) assert.ok(tokenize(w)[0]!.features & BOILERPLATE_WORD, w);
  assert.ok(tokenize('moreClose')[0]!.features & BOILERPLATE_WORD, 'run-together labels');
  for (const w of ['minister', 'said', 'Beijing', 'the', 'a']) assert.equal(tokenize(w)[0]!.features & BOILERPLATE_WORD, 0, w);
});

test('word features: numbers, marks and symbols carry no word-list bit', () => {
  const listBits = HONORIFIC | CUE_WORD | ROLE | DESCRIPTOR | PLAIN_NAME | FORENAME | DETERMINER | PHRASE_EDGE | SUBJECT_PRONOUN | NAME_PARTICLE | LOWER_ALPHA | CONNECTOR | AUXILIARY | ADVERB | SENTENCE_OPENER;
  for (const t of tokenize('12 3.5 , . ( ) “ ” $ € % — 😀')) assert.equal(t.features & listBits, 0, `${t.kind} ${t.text}`);
});

test('word features: the first word of every role of several words is a ROLE_START, and only those', () => {
  const bits = (word: string): number => tokenize(word)[0]!.features;
  const multi = [...ROLES.keys()].filter((r) => r.includes(' '));
  assert.ok(multi.length > 0);
  for (const role of multi) assert.ok(bits(role.split(' ')[0]!) & ROLE_START, role);
  for (const w of ['minister', 'spokesman', 'Lee', 'said']) assert.equal(bits(w) & ROLE_START, 0, w);
});

test('word features: every group noun, institution noun, temporal noun, forename and title abbreviation carries its bit, capitalised too', () => {
  // wordFeatures skips the list look-ups of a word none of whose forms is in LISTED_FORMS: each list must be there.
  const lists: Array<[string, Iterable<string>, number]> = [
    ['GROUP_NOUNS', GROUP_NOUNS, GROUP],
    ['INSTITUTION_NOUNS', INSTITUTION_NOUNS, INSTITUTION],
    ['TEMPORAL_NOUNS', TEMPORAL_NOUNS, TEMPORAL],
    ['forenames', forenames(), FORENAME],
    ['TITLE_ABBREVIATIONS', TITLE_ABBREVIATIONS, TAKES_DOT],
  ];
  for (const [name, words, bit] of lists) {
    for (const w of words) {
      const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
      for (const text of [w, capitalised]) assert.ok((wordFeatures(text, text.toLowerCase(), 'word').features & bit) !== 0, `${name}: ${text}`);
    }
  }
});

test('word features: every discourse opener is a SENTENCE_OPENER word (attribution reads the bit before the list)', () => {
  assert.ok(fw.discourseOpeners.length > 0);
  for (const w of fw.discourseOpeners) {
    assert.ok(tokenize(w)[0]!.features & SENTENCE_OPENER, w);
    assert.ok(tokenize(w[0]!.toUpperCase() + w.slice(1))[0]!.features & SENTENCE_OPENER, `${w}, capitalised`);
  }
});

test('word features: every relative word is a SENTENCE_OPENER word (the phrase walk reads the bit before the list)', () => {
  assert.ok(RELATIVE_WORDS.size > 0);
  for (const w of RELATIVE_WORDS) assert.ok(tokenize(w)[0]!.features & SENTENCE_OPENER, w);
});
