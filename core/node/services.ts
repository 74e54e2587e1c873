import { loadNodeSegmenter } from './segmenter.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseTemplate } from '../templates/load.js';
import type { Template } from '../templates/schema.js';
import { createServiceImplementation, type ServiceEnvironment } from '../services/implementation.js';
import type { ServiceImplementation } from '../services/contract.js';
import { keepsBackup } from './backup-policy.js';
import { createNodeFileSystem, type PathPolicy } from './file-system.js';
import type Sqlite from 'better-sqlite3';
import { SqliteCollectionStore } from './collection-store.js';
import { closeLibraryDatabase, libraryError, openLibraryDatabase } from './quote-store/library-database.js';
import { QUOTE_LIBRARY_FILE_NAME } from './quote-store/open.js';
import { SqliteQuoteStore } from './quote-store/sqlite-store.js';
import { importIsolated, similarityIsolated } from './isolated-worker.js';
import { decodeChineseText } from './text-file.js';

export { keepsBackup } from './backup-policy.js';

/** The default library folder: drafts, own templates, recovery copies (`~/稿匠`). */
export function defaultLibraryDir(): string {
  return path.join(os.homedir(), '稿匠');
}

/**
 * The built-in templates shipped in `dir` (templates/ in the repository,
 * resources/templates when packaged). A broken built-in is our bug, so it
 * throws rather than being skipped.
 */
export function loadBuiltInTemplates(dir: string): Template[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseTemplate(name, readFileSync(path.join(dir, name), 'utf8')));
}

/**
 * The repository's templates/ folder, found by walking up from `fromFile`
 * (source files and the bundles in dist/ sit at different depths).
 */
export function findTemplatesDir(fromFile: string): string {
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`templates/ not found above ${fromFile}`);
  }
}

/** Allows what either policy allows. */
export function eitherPolicy(a: PathPolicy, b: PathPolicy): PathPolicy {
  return { isAllowed: (p, mode, isFolder) => a.isAllowed(p, mode, isFolder) || b.isAllowed(p, mode, isFolder) };
}

export interface NodeServiceOptions extends Pick<ServiceEnvironment, 'libraryDir' | 'trackRecent' | 'keepHistory'> {
  policy: PathPolicy;
  templatesDir: string;
  /** Relative paths resolve against this folder (the web host's workspace). */
  baseFolder?: string;
  /** The 金句库 file; `<libraryDir>/金句库.sqlite` when absent. */
  quoteLibraryFile?: string;
  /** The starter pack for an empty 金句库; `data/quotes/starter-pack.json` beside templates/ when absent. */
  starterQuotePackFile?: string;
}

/** The 金句库 in the library folder (`~/稿匠/金句库.sqlite`). */
export function defaultQuoteLibraryFile(libraryDir = defaultLibraryDir()): string {
  return path.join(libraryDir, QUOTE_LIBRARY_FILE_NAME);
}

/** The services, plus `close()` for the transport to call when it stops (app quit, host stop). */
export type NodeServiceImplementation = ServiceImplementation & {
  /** Checkpoints and closes the library database (金句库 and collections) if it was opened. Call once, when the transport stops. */
  close(): Promise<void>;
};

/** The services as every Node transport (Electron main, web host, CLI) runs them. */
/** Operations that print titles (balanced title lines break between words) or run the checks. */
const NEEDS_WORDS = new Set(['exportDocx', 'compileSubmissions', 'returnSubmission', 'reviewCompile', 'cleanPunctuation']);

export function createNodeServiceImplementation(options: NodeServiceOptions): NodeServiceImplementation {
  // One database for the 金句库 and the collections (征集): opened on first use by either.
  let database: Promise<Sqlite.Database> | undefined;
  const library = (): Promise<Sqlite.Database> => {
    database ??= openLibraryDatabase(options.quoteLibraryFile ?? defaultQuoteLibraryFile(options.libraryDir)).catch((error: unknown) => {
      database = undefined; // a later call tries again (the file may have been busy)
      throw error;
    });
    return database;
  };
  const implementation = createServiceImplementation({
    files: createNodeFileSystem(options.policy, options.baseFolder, { keepBackup: keepsBackup(options.libraryDir) }),
    libraryDir: options.libraryDir,
    builtInTemplates: loadBuiltInTemplates(options.templatesDir),
    trackRecent: options.trackRecent,
    ...(options.keepHistory === undefined ? {} : { keepHistory: options.keepHistory }),
    openQuoteStore: async () => new SqliteQuoteStore(await library()),
    openCollectionStore: async () => new SqliteCollectionStore(await library()),
    decodeText: decodeChineseText,
    // Untrusted files are parsed in a worker with capped memory and time: a hostile one cannot take the app down.
    importDocument: importIsolated,
    // 查重 of a large collection takes seconds of CPU: in a worker, the app keeps answering meanwhile.
    findSimilarity: similarityIsolated,
    starterQuotePack: async () => {
      const file = options.starterQuotePackFile ?? path.resolve(options.templatesDir, '..', 'data', 'quotes', 'starter-pack.json');
      // Not shipped (a packaged build without data/): the library simply starts empty.
      return existsSync(file) ? readFile(file, 'utf8') : undefined;
    },
  });
  // SQLite errors at run time (a locked library, a full disk) reach users in Chinese, not as an internal fault.
  const libraryName = path.basename(options.quoteLibraryFile ?? defaultQuoteLibraryFile(options.libraryDir));
  const operations = Object.fromEntries(
    Object.entries(implementation).map(([name, operation]) => [
      name,
      (input: never) => {
        // Word boundaries for the checks and for breaking titles into balanced lines; loaded once, on first need.
        if (NEEDS_WORDS.has(name)) loadNodeSegmenter();
        return (operation as (input: never) => Promise<unknown>)(input).catch((error: unknown) => Promise.reject(libraryError(error, libraryName)));
      },
    ]),
  ) as unknown as ServiceImplementation;
  return {
    ...operations,
    close: async () => {
      const opened = database;
      database = undefined;
      const db = await opened?.catch(() => undefined);
      if (db) closeLibraryDatabase(db);
    },
  };
}
