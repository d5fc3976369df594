// Wraps request handlers so that a bug in one feature logs and answers empty instead of failing the request.
// The editor then shows nothing for that request rather than an error popup on every hover.

import type { CancellationToken } from 'vscode-languageserver';

export function runSafe<T>(log: (message: string) => void, what: string, empty: T, token: CancellationToken | undefined, fn: () => T): T {
  if (token?.isCancellationRequested) return empty;
  try {
    return fn();
  } catch (err) {
    log(`Sourced: ${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return empty;
  }
}
