// Runs `npm run package` on a copy of the project in a temp dir and checks the .vsix's file list:
// exactly the bundles, grammar, language configuration, manifest, README, LICENSE and icon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = join(__dirname, '..');

const EXPECTED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/cli.js',
  'extension/dist/client.js',
  'extension/dist/server-main.js',
  'extension/dist/server.js',
  'extension/dist/worker.js',
  'extension/images/icon.png',
  'extension/language-configuration.json',
  'extension/package.json',
  'extension/readme.md',
  'extension/syntaxes/news-article.tmLanguage.json',
].sort();

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** Reads a zip's central directory (the .vsix is a zip): every entry's name and where its data is. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const localHeader = zip.readUInt32LE(p + 42);
    out.push({ name: zip.toString('utf8', p + 46, p + 46 + nameLen), method, compressedSize, localHeader });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export function zipRead(zip: Buffer, entry: ZipEntry): Buffer {
  const h = entry.localHeader;
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${entry.name}: compression method ${entry.method}`);
}

/** Copies the project (not .git, node_modules, dist) to a temp dir, links node_modules, and plants junk to leave out. */
function stageProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-package-'));
  const skip = new Set(['.git', 'node_modules', 'dist', '.bench']);
  for (const name of readdirSync(root)) {
    if (skip.has(name) || name.endsWith('.vsix')) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.includes(`${join('test', 'e2e', 'screenshots')}`) });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // What a working tree has lying around after a dev build or an e2e run.
  mkdirSync(join(dir, 'dist', 'e2e'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'server.js.map'), '{}');
  writeFileSync(join(dir, 'dist', 'client.js.map'), '{}');
  writeFileSync(join(dir, 'dist', 'e2e', 'suite.js'), '');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'stray.ts'), '');
  return dir;
}

test('npm run package writes a .vsix with exactly the files the extension needs', { timeout: 180_000 }, () => {
  const dir = stageProject();
  try {
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
    const vsixName = `${manifest.name}-${manifest.version}.vsix`;
    assert.ok(readdirSync(dir).includes(vsixName), `no ${vsixName} in ${readdirSync(dir).join(', ')}`);
    const zip = readFileSync(join(dir, vsixName));
    const entries = zipEntries(zip);
    const names = entries.map((e) => e.name).sort();

    assert.deepEqual(names, EXPECTED);
    for (const n of names) {
      assert.ok(!/(^|\/)(src|node_modules|samples|test)\//.test(n), `${n} should not be packaged`);
      assert.ok(!n.endsWith('.map'), `${n}: source maps stay out`);
    }

    const read = (name: string): Buffer => {
      const e = entries.find((x) => x.name === name);
      assert.ok(e, name);
      return zipRead(zip, e);
    };
    // Production bundles: minified, no sourceMappingURL comment, the server runnable on its own.
    const server = read('extension/dist/server.js').toString('utf8');
    assert.ok(server.startsWith('#!/usr/bin/env node'), 'server bundle keeps its shebang');
    assert.ok(!server.includes('sourceMappingURL'), 'no source map reference');
    assert.ok(server.includes('server-main.js'), 'the launcher runs the server bundle beside it');
    const serverMain = read('extension/dist/server-main.js').toString('utf8');
    assert.ok(!serverMain.includes('sourceMappingURL'), 'no source map reference in the server');
    // What vscode-languageserver brings that the server never uses is left out (scripts/build.mjs, LEFT_OUT):
    // module resolution through npm and yarn, notebook document sync and the protocol's notebook types.
    for (const part of ['child_process', 'notebookDocument/didOpen', 'notebookDocument/didChange']) assert.ok(!serverMain.includes(`"${part}"`) && !serverMain.includes(`'${part}'`), `${part} is left out of the server`);
    assert.ok(serverMain.includes('notebook support is not in the Sourced server bundle'), 'the notebook stub stands in');
    const client = read('extension/dist/client.js').toString('utf8');
    assert.ok(client.includes('sourced.analyseAsArticle'), 'client registers its commands');
    assert.ok(client.split('\n').length < 50, 'client bundle is minified');
    // The packaged manifest is ours, with the grammar and icon it points at present.
    const pkg = JSON.parse(read('extension/package.json').toString('utf8')) as {
      main: string;
      icon: string;
      contributes: { grammars: { path: string }[]; languages: { configuration: string }[] };
    };
    assert.equal(pkg.main, './dist/client.js');
    assert.ok(names.includes(`extension/${pkg.icon}`));
    assert.ok(names.includes(`extension/${pkg.contributes.grammars[0]!.path.replace(/^\.\//, '')}`));
    assert.ok(names.includes(`extension/${pkg.contributes.languages[0]!.configuration.replace(/^\.\//, '')}`));
    const icon = read('extension/images/icon.png');
    assert.equal(icon.toString('latin1', 1, 4), 'PNG');
    assert.equal(icon.readUInt32BE(16), 128, 'icon is 128 wide');
    assert.equal(icon.readUInt32BE(20), 128, 'icon is 128 high');
    assert.match(read('extension/LICENSE.txt').toString('utf8'), /^MIT License/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the zip reader reads what it should', () => {
  // A one-entry stored zip, written by hand, guards the reader the test above relies on.
  const name = Buffer.from('a.txt');
  const data = Buffer.from('hello');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + name.length, 12);
  eocd.writeUInt32LE(30 + name.length + data.length, 16);
  const zip = Buffer.concat([local, name, data, central, name, eocd]);
  const entries = zipEntries(zip);
  assert.deepEqual(entries.map((e) => e.name), ['a.txt']);
  assert.equal(zipRead(zip, entries[0]!).toString(), 'hello');
});
