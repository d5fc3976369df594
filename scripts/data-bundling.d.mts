// Types of data-bundling.mjs, for the test that loads it.
/** The CommonJS module a bundle gets for a word list; loaded, it exports the list's JSON without its "_…" notes. */
export function bundledDataModule(data: unknown): string;
/** The module id of the word lists deflated together. */
export const SHARED_DATA: string;
/** The modules of all word lists by file name, and the shared blob some of them read (null when none). */
export function sharedDataModules(lists: Record<string, unknown>): { shared: string | null; modules: Record<string, string> };
