// Property-based tests of `analyze` (issue 7): on mutated sample and Wikinews articles, generated
// articles and structureless noise, the analysis never fails, every span lies inside the text and
// splits no surrogate pair, the promised orderings hold, and the same text gives the same result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeForEdits } from '../../server/src/analysis/index';
import type { AnalysisOptions } from '../../server/src/analysis/types';
import { CORPUS, params } from './corpus';
import { anyText, editedText, editedVersions, generatedArticle, mutatedArticle, noiseText } from './generators';
import { describeText, violations } from './invariants';
import { comparable } from '../helpers/comparable';

function holds(text: string, options?: AnalysisOptions): void {
  let problems: string[];
  try {
    problems = violations(analyze(text, options));
  } catch (err) {
    problems = [`analyze threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
  }
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\ntext: ${describeText(text)}`);
}

test('the fixtures themselves satisfy every invariant', () => {
  assert.ok(CORPUS.length >= 5, 'samples found');
  for (const f of CORPUS) {
    const problems = violations(analyze(f.text));
    assert.deepEqual(problems, [], f.name);
  }
});

test('mutated articles: no failure, spans inside the text, orderings hold', () => {
  fc.assert(fc.property(mutatedArticle, (text) => holds(text)), params(0.4));
});

test('generated articles: no failure, spans inside the text, orderings hold', () => {
  fc.assert(fc.property(generatedArticle, (text) => holds(text)), params(0.3));
});

test('noise (any code point, invalid UTF-8 decoded, runs of hostile pieces): no failure, valid spans', () => {
  fc.assert(fc.property(noiseText, (text) => holds(text)), params(0.3));
});

test('hostile analysis options are literals: regex metacharacters, odd names, prototype keys', () => {
  const literal = fc.oneof(fc.constantFrom('.*', '(a+)+$', '[', '\\', '^said$', '$&', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', 'said', 'Wang', 'he'), fc.string({ maxLength: 12 }));
  const options: fc.Arbitrary<AnalysisOptions> = fc.record({
    extraReportingVerbs: fc.array(literal, { maxLength: 8 }),
    ignoredNames: fc.array(literal, { maxLength: 8 }),
    speakerAliases: fc.dictionary(literal, literal, { maxKeys: 6 }),
  });
  fc.assert(fc.property(mutatedArticle, options, (text, o) => holds(text, o)), params(0.1));
});

test('determinism: the same text gives a deep-equal analysis, also from a fresh copy of the string', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const copy = text.split('').join('');
      assert.deepStrictEqual(analyze(copy), analyze(text));
    }),
    params(0.2),
  );
});

test('a stream of edits: each version analysed from the last (taking over its per-sentence work) equals a fresh analysis', () => {
  fc.assert(
    fc.property(editedVersions, (versions) => {
      let previous = analyzeForEdits(versions[0]!);
      for (const text of versions.slice(1)) {
        const incremental = analyzeForEdits(text, {}, previous);
        assert.deepStrictEqual(comparable(incremental), comparable(analyze(text)));
        previous = incremental;
      }
    }),
    params(0.1),
  );
});

test('an edit: analysing the new version from the previous one equals analysing it afresh', () => {
  fc.assert(
    fc.property(editedText, ([before, after]) => {
      assert.deepStrictEqual(comparable(analyze(after, {}, analyze(before))), comparable(analyze(after)));
    }),
    params(0.3),
  );
});
