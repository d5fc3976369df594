// The word lists (and the Sources page's style and script) as the bundles carry them: each file's
// module, loaded, gives back the JSON without its "_…" notes (joined, front-coded and compressed forms
// included), so a bundle reads what tsx reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const dataDir = join(__dirname, '..', 'server', 'src', 'analysis', 'data');
/** Every folder of data files the bundles carry (scripts/build.mjs, DATA_DIRS). */
const dataDirs = [dataDir, join(__dirname, '..', 'server', 'src', 'workspace', 'data')];
const dataFiles = (): Array<[string, string]> => dataDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f): [string, string] => [f, join(d, f)]));

test('every word list loads from its bundled module as the same value, notes left out', async () => {
  const { bundledDataModule } = await import('../scripts/data-bundling.mjs');
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
  assert.ok(files.includes('forenames.json'));
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Record<string, unknown>;
    const code = bundledDataModule(data);
    const module = { exports: {} as unknown };
    new Function('module', 'require', code)(module, createRequire(__filename));
    const expected = Object.fromEntries(Object.entries(data).filter(([k]) => !k.startsWith('_')));
    assert.deepEqual(module.exports, expected, file);
    assert.ok(code.length <= `module.exports = ${JSON.stringify(expected)};`.length, `${file}: the bundled form is no longer than the JSON would be`);
  }
});

test('the forename lists go in compressed: a long front-coded string is carried in Z85', async () => {
  const { bundledDataModule } = await import('../scripts/data-bundling.mjs');
  const code = bundledDataModule(JSON.parse(readFileSync(join(dataDir, 'forenames.json'), 'utf8')));
  assert.match(code, /__front\(__inflate\("/);
});

test('a long list of many words goes in as its JSON compressed, parsed when the bundle loads', async () => {
  const { bundledDataModule } = await import('../scripts/data-bundling.mjs');
  const code = bundledDataModule(JSON.parse(readFileSync(join(dataDir, 'boilerplate-phrases.json'), 'utf8')));
  assert.match(code, /^const __inflate=.*module\.exports = JSON\.parse\(__inflate\("/);
});

test('the data files share one compressed blob, each reading its own entry (the forenames front coded); every file loads as the same value', async () => {
  const { sharedDataModules, bundledDataModule, SHARED_DATA } = await import('../scripts/data-bundling.mjs');
  const paths = dataFiles();
  const files = paths.map(([f]) => f);
  assert.ok(files.includes('sources-page.json'), 'the Sources page goes in with the word lists');
  const lists = Object.fromEntries(paths.map(([f, path]) => [f, JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>]));
  const { shared, modules } = sharedDataModules(lists);
  assert.ok(shared !== null, 'the files share a blob');
  assert.match(modules['forenames.json']!, /__front\(__d\[/, 'the forenames are read front coded from the blob');
  const load = (code: string, resolve: (id: string) => unknown): unknown => {
    const module = { exports: {} as unknown };
    new Function('module', 'require', code)(module, resolve);
    return module.exports;
  };
  const nodeRequire = createRequire(__filename);
  const blob = load(shared, nodeRequire);
  let readers = 0;
  for (const file of files) {
    const code = modules[file]!;
    if (code.includes(SHARED_DATA)) readers++;
    const value = load(code, (id) => (id === SHARED_DATA ? blob : nodeRequire(id)));
    const expected = Object.fromEntries(Object.entries(lists[file]!).filter(([k]) => !k.startsWith('_')));
    assert.deepEqual(value, expected, file);
  }
  assert.ok(readers >= 2, `${readers} lists read the shared blob`);
  // Shorter all told than each list in its own best form.
  const alone = files.reduce((n, f) => n + bundledDataModule(lists[f]).length, 0);
  const together = shared.length + files.reduce((n, f) => n + modules[f]!.length, 0);
  assert.ok(together < alone, `together ${together} < alone ${alone}`);
});
