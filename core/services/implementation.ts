import { exportDraftToDocx } from '../export/docx.js';
import { createDraft } from '../model/create.js';
import { DRAFT_FILE_EXTENSION, parseDraftJson, serializeDraft } from '../model/migrate.js';
import { GaojiangError } from '../errors.js';
import { instantiateTemplate } from '../templates/instantiate.js';
import { parseTemplate } from '../templates/load.js';
import { TemplateLibrary } from '../templates/library.js';
import type { Template } from '../templates/schema.js';
import type { ServiceImplementation } from './contract.js';
import { DraftHistory } from './draft-history.js';
import { DraftLibrary } from './draft-library.js';
import { createCollectionServices, type CollectionEnvironment } from './collection-services.js';
import { createQuoteServices, type QuoteEnvironment } from './quote-services.js';
import { importDocument, type ImportRunner } from '../import/import-document.js';
import type { FileSystemPort } from '../ports/file-system.js';

/**
 * What the services need from the machine. Node provides it in core/node;
 * tests can pass an in-memory one. Paths are checked by the port, which
 * knows what this transport may touch.
 */
export interface ServiceEnvironment extends QuoteEnvironment, CollectionEnvironment, ImportEnvironment {
  files: FileSystemPort;
  /** The user's library folder: drafts, own templates, recovery copies, recent files. */
  libraryDir: string;
  builtInTemplates: readonly Template[];
  /** Remember opened and saved drafts in the recent-files list (the app does; the CLI does not). */
  trackRecent: boolean;
  /** Keep a version in the library's 历史 folder at every save and while editing; default: as `trackRecent` (the app does, the CLI does not). */
  keepHistory?: boolean;
}

/** Where material is imported: Node isolates it in a worker (core/node/isolated-worker.ts); in process when absent. */
export interface ImportEnvironment {
  importDocument?: ImportRunner;
}

export function createServiceImplementation(env: ServiceEnvironment): ServiceImplementation {
  const { files } = env;
  const runImport = env.importDocument ?? importDocument;
  const drafts = new DraftLibrary(files, env.libraryDir);
  const templates = new TemplateLibrary(files, files.join(env.libraryDir, '模板'), env.builtInTemplates);
  const history = new DraftHistory(files, env.libraryDir);
  const keepHistory = env.keepHistory ?? env.trackRecent;
  const appOwnedFolders = [drafts.recoveryFolder, templates.folder, history.folder];
  // The recent list is a convenience: failing to update it must not fail an open or a save.
  const remember = async (path: string): Promise<void> => {
    if (env.trackRecent) await drafts.recordRecent(path).catch(() => undefined);
  };

  return {
    createDraft: async ({ title, meta }) => createDraft(title, meta),

    openDraft: async ({ path }) => {
      const draft = parseDraftJson(await files.readText(path));
      await remember(path);
      return { path, name: files.displayName(path), draft };
    },

    parseDraft: async ({ name, text }) => ({ name, draft: parseDraftJson(text) }),

    saveDraft: async ({ path, draft }) => {
      // Only a draft file: a page (or a crafted call) naming 金句库.sqlite, a template or the recent list is refused.
      if (!path.toLowerCase().endsWith(DRAFT_FILE_EXTENSION)) {
        throw new GaojiangError('path-not-allowed', `稿件只能保存为 ${DRAFT_FILE_EXTENSION} 文件。`, `saveDraft refused a non-draft path: ${path}`);
      }
      // The app's own folders (recovery copies, templates) never take a draft; everywhere else
      // the transport's path policy decides (the 稿件 folder, a path the user picked, any the CLI names).
      if (appOwnedFolders.some((folder) => files.isInside(folder, path))) {
        throw new GaojiangError('path-not-allowed', '稿件只能保存在“稿件”文件夹或您选择的位置。', `saveDraft refused a path in an app folder: ${path}`);
      }
      await files.writeTextAtomic(path, serializeDraft(draft));
      await remember(path);
      // The draft is saved: a version that cannot be kept must not turn that into a failure.
      if (keepHistory) await history.recordSave(path, draft).catch(() => undefined);
      return { path };
    },

    exportDocx: async ({ draft, options }) => exportDraftToDocx(draft, options),

    listTemplates: async () => templates.list(),

    saveTemplate: async ({ template }) => {
      await templates.save(template);
      return { id: template.id };
    },

    deleteTemplate: async ({ id }) => {
      await templates.remove(id);
      return {};
    },

    duplicateTemplate: async ({ id, name }) => {
      const { template } = await templates.get(id);
      return templates.saveAsNew({ ...template, id: `${template.id}-copy`, name });
    },

    importTemplate: async ({ name, text }) => {
      return templates.saveAsNew(parseTemplate(name, text));
    },

    exportTemplate: async ({ id }) => {
      const { template } = await templates.get(id);
      return { fileName: `${template.name}.json`, text: `${JSON.stringify(template, null, 2)}\n` };
    },

    createDraftFromTemplate: async ({ templateId, values }) => {
      const { template } = await templates.get(templateId);
      return instantiateTemplate(template, values);
    },

    listDrafts: async () => ({ folder: drafts.draftsFolder, drafts: await drafts.listDrafts() }),

    suggestDraftPath: async ({ title }) => ({ path: await drafts.suggestPath(title) }),

    recentFiles: async () => ({ files: await drafts.recentFiles() }),

    saveRecovery: async ({ key, path, draft }) => {
      await drafts.saveRecovery(key, path, draft);
      // While editing a saved draft, a version at most every 10 minutes (the recovery copy is the one rewritten every few seconds).
      if (keepHistory && path) await history.recordAutosave(path, draft).catch(() => undefined);
      return {};
    },

    listRecoveries: async () => ({ recoveries: await drafts.listRecoveries() }),

    readRecovery: async ({ key }) => drafts.readRecovery(key),

    discardRecovery: async ({ key }) => {
      await drafts.discardRecovery(key);
      return {};
    },

    listDraftVersions: async ({ path }) => ({ versions: await history.list(path) }),

    readDraftVersion: async ({ path, id }) => history.read(path, id),

    importMaterial: async ({ name, source, keepTraditional, keepHalfWidthPunctuation }) =>
      runImport(source, { keepTraditional, keepHalfWidthPunctuation, fallbackTitle: name.replace(/\.[^.]+$/, '') }),

    ...createQuoteServices(env),
    ...createCollectionServices(env),
  };
}
