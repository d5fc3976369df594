// How large V8's young generation is in the processes that analyse: the server's node flags and the
// command line's worker threads. One place, so the bench measures the analysis as those processes run it.

/**
 * Semi-space size in MB. An analysis makes about 16 MB of short-lived objects per MB of text; with
 * Node's default (16 MB semi-spaces) a 1 MB analysis runs one or two scavenges, each copying what
 * is still live (its growing Analysis). At 32 MB most runs need none: the 1 MB analysis takes about
 * a sixth less time by median (docs/performance.md, "The twentieth round"), for up to 32 MB more of
 * memory while a long document is analysed. V8 grows the space only when a program needs it, so a
 * server idle between short articles keeps its small young generation.
 */
export const SEMI_SPACE_MB = 32;

/** node flags for a process that runs the language server (the VS Code client passes them; see the README for other editors). */
export const SERVER_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${SEMI_SPACE_MB}`];

/** A worker thread's young-generation limit: V8 counts two semi-spaces and a large-object space of the same size. */
export const WORKER_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;
