import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus beside the repository: real texts of the genre. */
export const CORPUS_DIR = path.resolve(fileURLToPath(import.meta.url), '../../../../shared/corpus');
export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}

export function readCorpus(name: string): string {
  return readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}
