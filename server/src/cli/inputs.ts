// Reads the command line's input files: UTF-8 with the BOM stripped and line endings kept,
// so offsets match the spec. Missing files, directories and binary files become one-line reasons.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export type Input = { readonly ok: true; readonly path: string; readonly name: string; readonly text: string; readonly warning: string | null } | { readonly ok: false; readonly path: string; readonly reason: string };

export type Decoded = { readonly ok: true; readonly text: string; readonly replaced: number } | { readonly ok: false; readonly reason: string };

/** Share of invalid UTF-8 sequences above which a file is taken for binary rather than damaged text. */
const MAX_INVALID_SHARE = 0.01;

export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text is not supported; save the file as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes)' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // ignoreBOM keeps TextDecoder from eating a second BOM: only the one stripped above is not text.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  let replaced = 0;
  if (text.includes('\ufffd')) {
    // Count only replacements the decoder made, not U+FFFD characters written in the file (EF BF BD).
    replaced = countOf(text, '\ufffd') - encodedReplacements(body);
  }
  if (replaced > 0 && replaced > body.length * MAX_INVALID_SHARE) return { ok: false, reason: 'binary file (it is not UTF-8 text)' };
  return { ok: true, text, replaced };
}

function encodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Reads one path. A directory is refused here; walking folders would expand it in `expandInputs`. */
export function readInput(path: string): Input {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return { ok: false, path, reason: 'is a directory (give the files inside it)' };
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, path, reason: describeError(err) };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, path, reason: decoded.reason };
  const warning = decoded.replaced > 0 ? `${decoded.replaced} invalid UTF-8 ${decoded.replaced === 1 ? 'sequence' : 'sequences'} replaced with U+FFFD` : null;
  return { ok: true, path, name: basename(path), text: decoded.text, warning };
}

/** The inputs named on the command line, in order. The one place a folder walk would go. */
export function expandInputs(paths: readonly string[]): Input[] {
  return paths.map(readInput);
}

function describeError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory (give the files inside it)';
  return err instanceof Error ? err.message : String(err);
}
