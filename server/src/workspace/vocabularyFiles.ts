// Reads `sourced.json` from each workspace folder's root and combines what they say.
// I/O through files.ts; validation and merging are the pure functions of vocabulary.ts.

import { join } from 'node:path';
import { pathToUri, readText } from './files';
import { combineVocabularies, EMPTY_VOCABULARY, parseVocabulary, VOCABULARY_FILE, type Vocabulary } from './vocabulary';

export interface VocabularyFile {
  readonly path: string;
  readonly uri: string;
  /** The file's text, or null when the folder has none. */
  readonly text: string | null;
}

export interface LoadedVocabulary {
  /** One entry per folder, in folder order (the first is where the quick fix writes). */
  readonly files: readonly VocabularyFile[];
  readonly vocabulary: Vocabulary;
  readonly problems: readonly string[];
}

const MAX_BYTES = 1024 * 1024;

export async function loadVocabulary(folders: readonly string[]): Promise<LoadedVocabulary> {
  const files: VocabularyFile[] = [];
  const found: Vocabulary[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    const path = join(folder, VOCABULARY_FILE);
    const read = await readText(path, MAX_BYTES);
    files.push({ path, uri: pathToUri(path), text: read.ok ? read.text : null });
    if (!read.ok) {
      if (read.reason !== 'no such file') problems.push(`${path}: ${read.reason}`);
      continue;
    }
    const parsed = parseVocabulary(read.text, path);
    found.push(parsed.vocabulary);
    problems.push(...parsed.problems);
  }
  return { files, vocabulary: found.length ? combineVocabularies(found) : EMPTY_VOCABULARY, problems };
}
