// Bundles the client, the language server, the command line and its worker thread with esbuild.
// One bundle each, CommonJS for Node 20; `vscode` stays external for the client.
// `--outdir DIR` writes elsewhere than dist/ (the benchmark measures a production build that way).
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DATA, sharedDataModules } from './data-bundling.mjs';

const production = process.argv.includes('--production');
const outdirAt = process.argv.indexOf('--outdir');
const out = outdirAt >= 0 ? process.argv[outdirAt + 1] : 'dist';
/**
 * The word lists' top-level "_…" keys are notes for people (what a list holds, where it came from): no
 * code reads them, and the bundles leave them out (9 KB of the server's). The lists themselves go in
 * as one string each, split when the bundle loads: `"a|b|c".split("|")` spends one character between
 * words where JSON spends three (about 6 KB of the server's), and the lists that go in deflated are
 * deflated together, once. The value is the same.
 */
const dropDataNotes = {
  name: 'drop-data-notes',
  setup(build) {
    // All lists at once: those that go in deflated share one blob (sharedDataModules).
    let bundled = null;
    const modules = async () => {
      if (bundled === null) {
        const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'server', 'src');
        const files = DATA_DIRS.flatMap((d) => readdirSync(join(src, d, 'data')).filter((f) => f.endsWith('.json')).map((f) => join(src, d, 'data', f)));
        const lists = Object.fromEntries(await Promise.all(files.map(async (f) => [basename(f), JSON.parse(await readFile(f, 'utf8'))])));
        if (Object.keys(lists).length !== files.length) throw new Error('two data files share a name');
        bundled = sharedDataModules(lists);
      }
      return bundled;
    };
    build.onResolve({ filter: new RegExp(`^${SHARED_DATA}$`) }, () => ({ path: SHARED_DATA, namespace: 'sourced-data' }));
    build.onLoad({ filter: /.*/, namespace: 'sourced-data' }, async () => ({ contents: (await modules()).shared ?? '', loader: 'js' }));
    build.onLoad({ filter: /[\\/](?:analysis|workspace)[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({ contents: (await modules()).modules[basename(args.path)], loader: 'js' }));
  },
};

/** The folders under server/src whose data/*.json files the bundles carry this way: word lists, and the Sources page's style and script. */
const DATA_DIRS = ['analysis', 'workspace'];

/**
 * Parts of vscode-languageserver the server never uses, each replaced in the server bundle by a module
 * of the same exports that says so:
 * - its node entry's `files` helpers (resolving globally installed Node modules through npm and yarn,
 *   with child_process), which it only re-exports as `Files`: about 3 KB, and one less Node module
 *   (child_process) to load at start;
 * - notebook document sync (`NotebookSyncFeature`, `NotebookDocuments`) and the protocol's notebook
 *   types, which only it reads: about 9.5 KB. Sourced opens article files, never notebooks, and
 *   announces no notebook capability; `connection.notebooks` keeps its base methods.
 */
const LEFT_OUT = {
  files: {
    importer: /[\\/]vscode-languageserver[\\/]lib[\\/]node[\\/]main\.js$/,
    contents: `const no = () => { throw new Error('vscode-languageserver Files helpers are not in the Sourced server bundle'); };
exports.FileSystem = void 0; exports.uriToFilePath = no; exports.resolve = no; exports.resolveGlobalNodePath = no; exports.resolveGlobalYarnPath = no; exports.resolveModulePath = no;`,
  },
  notebook: {
    importer: /[\\/]vscode-languageserver[\\/]lib[\\/]common[\\/](?:server|api)\.js$/,
    contents: `exports.NotebookSyncFeature = (Base) => Base;
exports.NotebookDocuments = class { constructor() { throw new Error('vscode-languageserver notebook support is not in the Sourced server bundle'); } };`,
  },
  'protocol.notebook': {
    importer: /[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.js$/,
    contents: '',
  },
};

const leaveOut = {
  name: 'leave-out',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:files|notebook|protocol\.notebook)$/ }, (args) => {
      const name = args.path.slice(2);
      return LEFT_OUT[name].importer.test(args.importer) ? { path: name, namespace: 'left-out' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({ contents: LEFT_OUT[args.path].contents, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  charset: 'utf8',
  plugins: [dropDataNotes],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${out}/client.js`, external: ['vscode'] }),
  // server.js is the launcher: it runs server-main.js (the server itself) through a V8 code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/launch.ts'], outfile: `${out}/server.js`, banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, plugins: [...common.plugins, leaveOut], entryPoints: ['server/src/server.ts'], outfile: `${out}/server-main.js` }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: `${out}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
  // The CLI's worker threads (sourced analyze DIR) load this file from beside cli.js.
  esbuild.build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: `${out}/worker.js` }),
]);
