// Bundles the client, the language server, the command line and its worker thread with esbuild.
// One bundle each, CommonJS for Node 20; `vscode` stays external for the client.
// `--outdir DIR` writes elsewhere than dist/ (the benchmark measures a production build that way).
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { bundledDataModule } from './data-bundling.mjs';

const production = process.argv.includes('--production');
const outdirAt = process.argv.indexOf('--outdir');
const out = outdirAt >= 0 ? process.argv[outdirAt + 1] : 'dist';
/**
 * The word lists' top-level "_…" keys are notes for people (what a list holds, where it came from): no
 * code reads them, and the bundles leave them out (9 KB of the server's). The lists themselves go in
 * as one string each, split when the bundle loads: `"a|b|c".split("|")` spends one character between
 * words where JSON spends three (about 6 KB of the server's). The value is the same.
 */
const dropDataNotes = {
  name: 'drop-data-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]analysis[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: bundledDataModule(data), loader: 'js' };
    });
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
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: `${out}/server.js`, banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: `${out}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
  // The CLI's worker threads (sourced analyze DIR) load this file from beside cli.js.
  esbuild.build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: `${out}/worker.js` }),
]);
