// Golden tests: each sample's full analysis rendered as readable text (quotes with speaker, rule
// and cue; entities; statistics; claims; boilerplate; outline), compared with test/golden/<sample>.txt.
// `UPDATE_GOLDEN=1 npm test` rewrites the files; review the diff like any other change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/index';
import { readInput } from '../server/src/cli/inputs';
import { renderReport } from '../server/src/report/textReport';

const root = join(__dirname, '..');
const samples = join(root, 'samples');
const golden = join(root, 'test/golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const names = readdirSync(samples)
  .filter((n) => n.endsWith('.article'))
  .sort();

test('there are samples to compare', () => {
  assert.ok(names.length >= 5);
});

for (const name of names) {
  test(`golden dump of ${name}`, () => {
    const input = readInput(join(samples, name));
    assert.ok(input.ok, `read ${name}`);
    const actual = renderReport(name, analyze(input.text), 'full');
    const file = join(golden, name.replace(/\.article$/, '.txt'));
    if (update) {
      writeFileSync(file, actual);
      return;
    }
    assert.ok(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
    assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden dump; if the change is intended, run UPDATE_GOLDEN=1 npm test and commit the diff`);
  });
}

test('no golden file is left over from a removed sample', () => {
  const expected = new Set(names.map((n) => n.replace(/\.article$/, '.txt')));
  assert.deepEqual(
    readdirSync(golden).filter((f) => !expected.has(f)),
    [],
  );
});
