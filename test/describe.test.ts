// The short wordings the outline, hover and command line share: an excerpt read in place in the
// document must be the excerpt of the slice, whatever white space, marks or astral characters it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, excerptOf } from '../server/src/report/describe';

test('describe: excerptOf(text, start, end) is excerpt(text.slice(start, end)) for every span and length', () => {
  const text = [
    '“We have always maintained,” he said.  Double  spaces,\ttabs and a\u00a0no-break space.',
    ' Leading space, trailing space ',
    'Astral 𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜 letters cut on a pair, ’curly’ marks — and dashes…',
    'A line\nbreak and\u2028a line separator; short.',
  ].join('\n');
  for (const max of [5, 20, 60]) {
    for (let start = 0; start < text.length; start += 3) {
      for (let end = start; end <= text.length; end += 7) {
        assert.equal(excerptOf(text, start, end, max), excerpt(text.slice(start, end), max), `[${start}, ${end}) max ${max}`);
      }
    }
  }
});
