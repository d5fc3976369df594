// The product version, read from the manifest at build time so the CLI and the server report the same.
// A named import: esbuild then inlines `version` alone, not the whole manifest (6 KB of the server bundle).

import { version } from '../../package.json';

export const VERSION: string = version;
