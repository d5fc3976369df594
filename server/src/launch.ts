// The language server's entry point as shipped (dist/server.js): runs the bundled server beside it
// (server-main.js) through a V8 code cache, so every start after the first skips compiling it.
//
// Compiling the half-megabyte bundle is a fifth of a start. V8 can save the compiled code, and the
// functions that ran so far, as "cached data" and take it back on the next start after checking it
// against the source and its own flags; a cache it rejects costs nothing but the compile it would have
// done anyway. Node builtins only, and nothing here may stop the server from starting: every failure to
// read or write the cache falls back to a plain compile.

import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'server-main.js');
/** Written once the first document has had time to be analysed, so the cache holds its functions too. */
const WRITE_AFTER_MS = 2000;
const PREFIX = 'server-main-';

/** `SOURCED_CACHE_DIR` (VS Code passes the extension's storage), else the user's cache folder; none when `SOURCED_COMPILE_CACHE=0`. */
function cacheDirectory(): string | undefined {
  if (process.env['SOURCED_COMPILE_CACHE'] === '0') return undefined;
  const given = process.env['SOURCED_CACHE_DIR'];
  if (given) return given;
  const home = homedir();
  if (platform() === 'win32') return join(process.env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'sourced', 'cache');
  if (platform() === 'darwin') return join(home, 'Library', 'Caches', 'sourced');
  return join(process.env['XDG_CACHE_HOME'] ?? join(home, '.cache'), 'sourced');
}

/** Caches of this runtime; another Node (an editor's Electron, the user's own) keeps its own beside them. */
const RUNTIME = `${PREFIX}${process.version}-${process.arch}-`;

/** One file per bundle and runtime: V8 checks its own version and flags, the name keeps other bundles' caches apart. */
function cacheFile(directory: string): string {
  const stat = statSync(MAIN);
  return join(directory, `${RUNTIME}${stat.size}-${Math.floor(stat.mtimeMs)}.v8cache`);
}

function readCache(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes beside and renames, so a server starting at the same moment reads a whole cache or none; drops this runtime's caches of older bundles. */
function writeCache(directory: string, file: string, script: Script): void {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    renameSync(partial, file);
    for (const name of readdirSync(directory)) {
      if (name.startsWith(RUNTIME) && name.endsWith('.v8cache') && join(directory, name) !== file) unlinkSync(join(directory, name));
    }
  } catch {
    // A read-only home or a full disk costs the next start its compile, nothing more.
  }
}

const directory = cacheDirectory();
let file: string | undefined;
try {
  file = directory === undefined ? undefined : cacheFile(directory);
} catch {
  file = undefined;
}
const cachedData = readCache(file);
const source = readFileSync(MAIN, 'utf8');
// The same wrapper Node puts around a CommonJS module, so the bundle runs as if required.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: MAIN, cachedData });
if (directory !== undefined && file !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  const target = file;
  setTimeout(() => writeCache(directory, target, script), WRITE_AFTER_MS).unref();
}
const main = { exports: {} as unknown, filename: MAIN, id: MAIN, loaded: false };
(script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void)(
  main.exports,
  createRequire(MAIN),
  main,
  MAIN,
  dirname(MAIN),
);
