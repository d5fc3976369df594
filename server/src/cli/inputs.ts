// Reads the command line's input files: UTF-8 with the BOM stripped and line endings kept,
// so offsets match the spec. Missing files, directories and binary files become one-line reasons.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { globToRegExp } from './glob';

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
  // A test per character, not indexOf(ch, from) in a loop (see ARCHITECTURE.md, "Linear in the text").
  const code = ch.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** Files larger than this get an error line instead of an analysis: a folder walk should not stall on a dump or a disk image. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads one path. A directory is refused here; `expandInputs` walks folders into their files. */
export function readInput(path: string): Input {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, path, reason: 'is a directory (give the files inside it)' };
    // A pipe or a device would block the read or never end (/dev/zero): only regular files are read.
    if (!stat.isFile()) return { ok: false, path, reason: 'not a regular file (a pipe, socket or device)' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, path, reason: `too large (${megabytes(stat.size)} MB; files over ${megabytes(MAX_FILE_BYTES)} MB are not analysed)` };
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, path, reason: describeError(err) };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, path, reason: decoded.reason };
  const warning = decoded.replaced > 0 ? `${decoded.replaced} invalid UTF-8 ${decoded.replaced === 1 ? 'sequence' : 'sequences'} replaced with U+FFFD` : null;
  return { ok: true, path, name: basename(path), text: decoded.text, warning };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** What a folder walk picks up when no `--glob` is given. */
export const FOLDER_EXTENSIONS = ['.article', '.news', '.txt', '.md'];

/** One input to analyse: a file named on the command line, or found in a folder (then `folder` is set). */
export type InputRef = { readonly ok: true; readonly path: string; readonly folder: boolean } | { readonly ok: false; readonly path: string; readonly reason: string };

/**
 * The inputs named on the command line, in order; a folder becomes the files below it that match
 * `glob` (matched against the path relative to the folder, `/`-separated) or, without one, that end
 * in FOLDER_EXTENSIONS, sorted by that relative path. Hidden folders and node_modules are skipped,
 * and links to folders are not followed. Nothing is read here: the files are read where analysed.
 */
export function expandInputs(paths: readonly string[], glob: string | null = null): InputRef[] {
  const pattern = glob ? globToRegExp(glob) : null;
  const matches = (rel: string): boolean => (pattern ? pattern.test(rel) : FOLDER_EXTENSIONS.some((ext) => rel.toLowerCase().endsWith(ext)));
  const out: InputRef[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing file is reported when it is read, like any other unreadable input.
    }
    if (!isDir) {
      out.push({ ok: true, path, folder: false });
      continue;
    }
    const found: Array<{ rel: string; path: string }> = [];
    const errors: InputRef[] = [];
    walk(path, (file) => {
      const rel = relative(path, file).split(sep).join('/');
      if (matches(rel)) found.push({ rel, path: file });
    }, (dir, err) => errors.push({ ok: false, path: dir, reason: `cannot read this folder (${describeError(err)})` }));
    found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    if (found.length === 0 && errors.length === 0) {
      errors.push({ ok: false, path, reason: glob ? `no files matching "${glob}" in this folder` : `no articles (${FOLDER_EXTENSIONS.map((e) => `*${e}`).join(', ')}) in this folder` });
    }
    out.push(...errors, ...found.map((f): InputRef => ({ ok: true, path: f.path, folder: true })));
  }
  return out;
}

function walk(dir: string, onFile: (path: string) => void, onError: (dir: string, err: unknown) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    onError(dir, err);
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(p, onFile, onError);
    } else if (e.isFile()) {
      onFile(p);
    } else if (e.isSymbolicLink()) {
      // A link to a file is its file; a link to a folder is not followed (it could loop).
      try {
        if (statSync(p).isFile()) onFile(p);
      } catch {
        onFile(p); // a dangling link: reported as unreadable when it is read
      }
    }
  }
}

function describeError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory (give the files inside it)';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is not a folder)';
  if (code === 'ELOOP') return 'too many symbolic links (a link loop?)';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return err instanceof Error ? err.message : String(err);
}
