/**
 * The crash test's child (see crash.test.ts): saves one draft again and
 * again through the app's real save path — the recovery copy the autosave
 * writes, then the save itself — and acknowledges each on stdout once it
 * has returned. The parent kills it with SIGKILL at random moments.
 *
 *   node crash-child.js <libraryDir> <firstVersion>
 */
import path from 'node:path';
import { createNodeFileSystem, ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { keepsBackup } from '../../core/node/backup-policy.js';
import { serializeDraft } from '../../core/model/migrate.js';
import { DraftLibrary } from '../../core/services/draft-library.js';
import { crashDraft, CRASH_DRAFT_NAME, CRASH_RECOVERY_KEY } from './crash-draft.js';

const [libraryDir, first] = process.argv.slice(2) as [string, string];
const files = createNodeFileSystem(ALLOW_ANY_PATH, libraryDir, { keepBackup: keepsBackup(libraryDir) });
const library = new DraftLibrary(files, libraryDir);
const draftPath = path.join(library.draftsFolder, CRASH_DRAFT_NAME);

const ack = (line: string): Promise<void> => new Promise((resolve) => process.stdout.write(`${line}\n`, () => resolve()));

await ack('ready');
for (let version = Number(first); ; version++) {
  const draft = crashDraft(version);
  // As the app does: the autosave's recovery copy of the edit, then 保存 (the saveDraft service's write).
  await library.saveRecovery(CRASH_RECOVERY_KEY, draftPath, draft);
  await ack(`recovered ${version}`);
  await files.writeTextAtomic(draftPath, serializeDraft(draft));
  await ack(`saved ${version}`);
}

