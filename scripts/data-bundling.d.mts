// Types of data-bundling.mjs, for the test that loads it.
/** The CommonJS module a bundle gets for a word list; loaded, it exports the list's JSON without its "_…" notes. */
export function bundledDataModule(data: unknown): string;
