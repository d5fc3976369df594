// The server's file reading for the workspace index and sourced.json: folder walks, size caps, decoding.
// The only I/O of server/src/workspace; everything else there works on what this returns.

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decode } from '../cli/inputs';

/** File extensions of the article languages Sourced knows, by language id. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'news-article': ['.article', '.news'],
  plaintext: ['.txt'],
  markdown: ['.md', '.markdown'],
};

/** The extensions of the files to index for `sourced.languages`: .article and .news, .txt and .md when enabled. */
export function articleExtensions(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []))];
}

export function hasExtension(path: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(path).toLowerCase());
}

/** A file URI's path, or null for other schemes (untitled documents, remote files). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** One key per file however its URI is spelled (VS Code encodes `:` and `@`, Node does not): the path, else the URI. */
export function keyOf(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** Folders never walked: tool and dependency folders. Hidden folders (`.git`, `.vscode`) are skipped too. */
const SKIPPED = new Set(['node_modules', '__pycache__']);

export interface WalkLimits {
  readonly maxFiles: number;
  readonly maxDepth: number;
}

/** Every file under the folder with one of the extensions, breadth first, within the limits. */
export async function listFiles(folder: string, extensions: readonly string[], limits: WalkLimits): Promise<string[]> {
  const out: string[] = [];
  let level = [resolve(folder)];
  for (let depth = 0; depth <= limits.maxDepth && level.length > 0 && out.length < limits.maxFiles; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED.has(e.name)) next.push(p);
        } else if (e.isFile() && hasExtension(e.name, extensions)) {
          out.push(p);
          if (out.length >= limits.maxFiles) break;
        }
      }
      if (out.length >= limits.maxFiles) break;
    }
    level = next;
  }
  return out;
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** A file's text (UTF-8, BOM stripped), or why it is left out: missing, too large, binary. */
export async function readText(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'not a file' };
    if (info.size > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024)} KiB` };
    const decoded = decode(await readFile(path));
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err) };
  }
}
