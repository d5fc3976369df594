// The product version, read from the manifest at build time so the CLI and the server report the same.
// esbuild inlines the JSON; only `version` is used.

import manifest from '../../package.json';

export const VERSION: string = manifest.version;
