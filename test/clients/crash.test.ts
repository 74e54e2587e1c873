import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraftJson, serializeDraft } from '../../core/model/migrate.js';
import { ALLOW_ANY_PATH, createNodeFileSystem } from '../../core/node/file-system.js';
import { ORPHAN_AGE_MS } from '../../core/node/safe-write.js';
import { DraftLibrary } from '../../core/services/draft-library.js';
import { REPO_ROOT } from '../support/corpus.js';
import { crashDraft, CRASH_DRAFT_NAME, CRASH_RECOVERY_KEY, versionOf } from './crash-draft.js';

/**
 * A child saves a draft in a loop through the app's save path (crash-child.ts)
 * and is killed with SIGKILL at a random moment, 200 times in a row on the
 * same library folder. After every kill the draft file must parse and be one
 * acknowledged version — the last acknowledged save or the one in flight —
 * and the recovery copy must hold at least the last acknowledged edit, so
 * nothing the child had been told was written is lost.
 */
const KILLS = 200;
// A folder of this run's own: several people may run the tests in one checkout at once.
mkdirSync(path.join(REPO_ROOT, 'test-output'), { recursive: true });
const OUT = mkdtempSync(path.join(REPO_ROOT, 'test-output', 'crash-'));
const CHILD = path.join(OUT, 'crash-child.mjs');
const LIBRARY = path.join(OUT, 'library');

beforeAll(async () => {
  mkdirSync(LIBRARY, { recursive: true });
  // Bundled beside the repository, so its npm dependencies resolve from node_modules.
  await build({ entryPoints: [path.join(REPO_ROOT, 'test/clients/crash-child.ts')], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Round {
  /** The last `recovered N` and `saved N` the child acknowledged (undefined: none this round). */
  recovered?: number;
  saved?: number;
  killedAtMs: number;
}

/** Starts a child at `firstVersion`, waits until it is saving, kills it after a random moment. */
async function runAndKill(firstVersion: number, random: () => number): Promise<Round> {
  const child: ChildProcess = spawn(process.execPath, [CHILD, LIBRARY, String(firstVersion)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const round: Round = { killedAtMs: 0 };
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [kind, n] = line.split(' ');
      if (kind === 'ready') resolve();
      // Acknowledgements read after the kill was sent still count: they were written before it.
      else if (kind === 'recovered') round.recovered = Number(n);
      else if (kind === 'saved') round.saved = Number(n);
    });
  });
  await ready;
  // Each save of the pair takes a few milliseconds: 0–40 ms lands anywhere in the first several.
  round.killedAtMs = Math.floor(random() * 40);
  await new Promise((resolve) => setTimeout(resolve, round.killedAtMs));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return round;
}

/** A small seeded generator, so a failing run can be repeated (the seed is printed). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('crash test: SIGKILL while saving', () => {
  it(`after each of ${KILLS} kills the draft is one acknowledged version and the recovery copy holds the rest`, async () => {
    const seed = Number(process.env['CRASH_SEED'] ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    const library = new DraftLibrary(createNodeFileSystem(ALLOW_ANY_PATH, LIBRARY), LIBRARY);
    const draftFile = path.join(library.draftsFolder, CRASH_DRAFT_NAME);
    // What is on disk and acknowledged before the round: the floor every later check must meet.
    let saved: number | undefined;
    let recovered: number | undefined;
    let nextVersion = 1;
    let corrupt = 0;
    let inFlightSeen = 0;
    const failures: string[] = [];

    for (let kill = 1; kill <= KILLS; kill++) {
      const round = await runAndKill(nextVersion, random);
      saved = round.saved ?? saved;
      recovered = round.recovered ?? recovered;
      try {
        // The draft file: absent only if no save was ever acknowledged or in flight.
        const allowedDraft = new Set([saved, recovered !== undefined && recovered !== saved ? recovered : undefined].filter((v) => v !== undefined));
        const onDisk = existsSync(draftFile) ? versionOf(parseDraftJson(readFileSync(draftFile, 'utf8'))) : undefined;
        if (onDisk === undefined ? saved !== undefined : !allowedDraft.has(onDisk)) {
          throw new Error(`draft is version ${onDisk}, acknowledged saved ${saved}, recovered ${recovered}`);
        }
        if (onDisk !== undefined && onDisk !== saved) inFlightSeen++;
        // The .bak the save keeps parses too.
        if (existsSync(`${draftFile}.bak`)) versionOf(parseDraftJson(readFileSync(`${draftFile}.bak`, 'utf8')));
        // The recovery copy: the last acknowledged edit, or the next one in flight, read as the app reads it.
        if (recovered !== undefined) {
          const copy = versionOf((await library.readRecovery(CRASH_RECOVERY_KEY)).draft);
          if (copy !== recovered && copy !== recovered + 1) throw new Error(`recovery copy is version ${copy}, acknowledged ${recovered}`);
          // Whatever the draft file lacks, the recovery copy restores.
          if (onDisk !== undefined && copy < onDisk) throw new Error(`recovery copy ${copy} is older than the draft ${onDisk}`);
          recovered = copy;
        }
        saved = onDisk;
      } catch (error) {
        corrupt++;
        failures.push(`kill ${kill} at ${round.killedAtMs} ms: ${(error as Error).message}`);
      }
      nextVersion = Math.max(nextVersion, (recovered ?? 0) + 1, (saved ?? 0) + 1);
    }

    // Temporary files the kills left are never offered as drafts, and a later save removes them once they
    // are too old to be anyone's save in progress (ORPHAN_AGE_MS): age them, save once more, none remain.
    const tempsIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp')).map((name) => path.join(folder, name));
    const allTemps = () => [...tempsIn(library.draftsFolder), ...tempsIn(path.join(LIBRARY, '恢复'))];
    const leftovers = allTemps().length;
    expect((await library.listDrafts()).map((entry) => entry.name)).toEqual([CRASH_DRAFT_NAME]);
    const old = (Date.now() - ORPHAN_AGE_MS - 10_000) / 1000;
    for (const file of allTemps()) utimesSync(file, old, old);
    const last = crashDraft(nextVersion);
    await library.saveRecovery(CRASH_RECOVERY_KEY, draftFile, last);
    await createNodeFileSystem(ALLOW_ANY_PATH, LIBRARY).writeTextAtomic(draftFile, serializeDraft(last));
    expect(allTemps()).toEqual([]);
    console.log(`crash_kills: ${KILLS}, corrupt: ${corrupt} (seed ${seed}, versions written: ${nextVersion - 1}, in-flight save found on disk: ${inFlightSeen}, temp files after the kills: ${leftovers}, after a later save: ${allTemps().length})`);
    expect(failures).toEqual([]);
    expect(nextVersion).toBeGreaterThan(KILLS);
  }, 120_000);
});
