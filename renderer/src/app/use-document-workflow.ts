import { useCallback, useEffect, useRef, useState } from 'react';
import { isGaojiangError } from '../../../core/errors.js';
import { exportFileName } from '../../../core/file-name.js';
import type { Draft } from '../../../core/model/schema.js';
import { draftTitle } from '../../../core/model/text.js';
import type { RecoveryEntry } from '../../../core/services/draft-library.js';
import type { AppClient, OpenedDraft } from '../client/index.js';
import type { ChecksStore } from '../editor/checks/checks-store.js';
import type { WorkspaceControl } from '../editor/DraftWorkspace.js';
import { blockingFindings } from '../editor/checks/finding-view.js';
import type { Finding } from '../../../core/checks/types.js';
import { baseNameOf } from '../draft-title.js';
import type { AppCommand } from './commands.js';
import type { CheckSummaryChoice } from './dialogs/CheckSummaryDialog.js';
import type { OpenChoice } from './dialogs/OpenDraftDialog.js';
import type { UnsavedChoice } from './dialogs/UnsavedChangesDialog.js';
import { displayName, suggestedFileName, UNTITLED_NAME, untitledRecoveryKey, type DocumentState, type OpenDocument } from './document-state.js';
import { browserStorage } from './browser-storage.js';
import { loadExportSettings, storeExportSettings, type ExportSettings } from './export-settings.js';
import { fileNameOf } from './time-format.js';
import { useAutosave } from './use-autosave.js';
import { useDocumentStore } from './use-document-store.js';
import type { Notices } from './use-notices.js';
import { usePrompt, type Prompt } from './use-prompt.js';
import { useUnloadGuard } from './use-unload-guard.js';
import { announceExport } from './export-notice.js';

export interface RecoveryOffer {
  entries: RecoveryEntry[];
  reason: 'start-up' | 'open';
}

export interface Workflow {
  state: DocumentState;
  run(command: AppCommand): void;
  openRecent(path: string): void;
  /** The editor's onChange. */
  edited(draft: Draft): void;
  /** The wizard's result; false if the user chose to keep the draft already open. */
  created(draft: Draft, fromTemplate: boolean): Promise<boolean>;
  wizardOpen: boolean;
  closeWizard(): void;
  /** The 导入 dialog's 确定导入: the draft opens unsaved; false if the user chose to keep the draft already open. */
  imported(draft: Draft): Promise<boolean>;
  /** 全部导入: each article saved as a draft of its own in the drafts folder, the first opened; false as for `imported`. */
  importedAll(drafts: readonly Draft[]): Promise<boolean>;
  importOpen: boolean;
  closeImport(): void;
  /** 历史版本 is showing. */
  historyOpen: boolean;
  closeHistory(): void;
  /** 恢复: the version's text replaces the editor's as one undo step (the dialog has asked about unsaved work). */
  restoreVersion(draft: Draft, when: string): void;
  recoveryOffer: RecoveryOffer | null;
  restoreRecovery(entry: RecoveryEntry): void;
  discardRecovery(entry: RecoveryEntry): Promise<void>;
  closeRecoveryOffer(): void;
  prompts: {
    unsaved: Prompt<string, UnsavedChoice>;
    saveName: Prompt<string, string | null>;
    open: Prompt<true, OpenChoice | null>;
    exportSettings: Prompt<ExportSettings, ExportSettings | null>;
    checkSummary: Prompt<readonly Finding[], CheckSummaryChoice>;
  };
}

/** Whether a modal dialog is showing: the shell's commands wait until it is answered. */
const modalIsOpen = (): boolean => document.querySelector('dialog[open]') !== null;

/**
 * The document workflow: new, open, save, save as, export, autosave and
 * recovery, and the questions to ask before unsaved work is replaced or
 * closed. Every flow reads the latest state through `current()` because
 * it awaits dialogs and files on the way.
 */
export function useDocumentWorkflow(
  client: AppClient,
  notices: Notices,
  checks?: { current: ChecksStore | null },
  workspace?: { current: WorkspaceControl | null },
): Workflow {
  const { services, platform } = client;
  const { state, current, dispatch } = useDocumentStore();
  const prompts = {
    unsaved: usePrompt<string, UnsavedChoice>('cancel'),
    saveName: usePrompt<string, string | null>(null),
    open: usePrompt<true, OpenChoice | null>(null),
    exportSettings: usePrompt<ExportSettings, ExportSettings | null>(null),
    checkSummary: usePrompt<readonly Finding[], CheckSummaryChoice>(null),
  };
  const [wizardOpen, setWizardOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [recoveryOffer, setRecoveryOffer] = useState<RecoveryOffer | null>(null);
  const running = useRef(false);

  const autosaveFailed = useRef(false);
  const autosave = useAutosave(state.document, async (document) => {
    try {
      await services.saveRecovery({ key: document.recoveryKey, draft: document.draft, ...(document.path ? { path: document.path } : {}) });
      autosaveFailed.current = false;
    } catch (failure) {
      // Said once, not every 3 s; the text itself is still on screen and can be saved.
      if (!autosaveFailed.current) notices.error(failure);
      autosaveFailed.current = true;
    }
  });
  const unload = useUnloadGuard(() => current().document?.dirty === true);

  /** A copy that cannot be deleted is offered again at the next start: worth no error message. */
  const discardCopy = (key: string): Promise<void> => services.discardRecovery({ key }).then(() => undefined, () => undefined);

  // ---------- saving ----------
  const askSavePath = async (document: OpenDocument): Promise<string | null> => {
    const suggested = suggestedFileName(document);
    if (platform.fileDialogs === 'native') return platform.chooseDraftSavePath(suggested);
    const name = await prompts.saveName.ask(suggested);
    return name ? (await services.suggestDraftPath({ title: name })).path : null;
  };

  /** Saves the open draft; true once it is on disk. A failure is reported and the text stays as it is. */
  const save = async (mode: 'save' | 'save-as'): Promise<boolean> => {
    const document = current().document;
    if (!document) return false;
    try {
      let path = mode === 'save' ? document.path : undefined;
      path ??= (await askSavePath(document)) ?? undefined;
      if (!path) return false;
      // The latest text: the user may have typed while a dialog was open.
      const draft = current().document?.draft ?? document.draft;
      try {
        await services.saveDraft({ path, draft });
      } catch (failure) {
        // Electron: a recovered draft's file may not be granted in this session; ask where instead.
        if (!(mode === 'save' && isGaojiangError(failure) && failure.code === 'path-not-allowed')) throw failure;
        path = (await askSavePath(document)) ?? undefined;
        if (!path) return false;
        await services.saveDraft({ path, draft });
      }
      await autosave.settle();
      const oldKey = current().document?.recoveryKey ?? document.recoveryKey;
      dispatch({ type: 'saved', draft, path, fileName: fileNameOf(path) });
      await discardCopy(oldKey);
      if (oldKey !== path) await discardCopy(path);
      notices.info(`已保存“${fileNameOf(path)}”。`);
      return true;
    } catch (failure) {
      notices.error(failure);
      return false;
    }
  };

  // ---------- replacing the open draft ----------
  /** Before another draft replaces one with unsaved changes: 保存 / 不保存 / 取消. False if the user cancelled. */
  const confirmReplace = async (): Promise<boolean> => {
    const document = current().document;
    if (!document?.dirty) return true;
    const choice = await prompts.unsaved.ask(displayName(document));
    if (choice === 'cancel') return false;
    if (choice === 'save') return save('save');
    await autosave.settle();
    await discardCopy(document.recoveryKey);
    return true;
  };

  const load = (draft: Draft, options: { path?: string; fileName?: string; unsaved: boolean; recoveryKey?: string }): void => {
    const { path, fileName, unsaved, recoveryKey } = options;
    dispatch({ type: 'loaded', draft, path, fileName, unsaved, recoveryKey: recoveryKey ?? path ?? untitledRecoveryKey() });
  };

  const offerNewerRecovery = async (path: string): Promise<void> => {
    const { recoveries } = await services.listRecoveries({});
    const entry = recoveries.find((candidate) => candidate.path === path || candidate.key === path);
    if (entry) setRecoveryOffer({ entries: [entry], reason: 'open' });
  };

  const openFile = async (opened: OpenedDraft): Promise<void> => {
    if (!(await confirmReplace())) return;
    load(opened.draft, { path: opened.path, fileName: opened.name, unsaved: false });
    if (opened.path) await offerNewerRecovery(opened.path);
  };

  const open = async (): Promise<void> => {
    if (platform.fileDialogs === 'native') {
      const opened = await platform.openDraftFile();
      if (opened) await openFile(opened);
      return;
    }
    const choice = await prompts.open.ask(true);
    if (!choice) return;
    await openFile(choice.kind === 'uploaded' ? choice.opened : await services.openDraft({ path: choice.path }));
  };

  // ---------- export ----------
  /** 体检 before export: false when the user chose to go back and fix what was found. */
  const reviewedFindings = async (): Promise<boolean> => {
    const store = checks?.current;
    if (!store) return true;
    const problems = blockingFindings(await store.refresh());
    if (problems.length === 0) return true;
    const choice = await prompts.checkSummary.ask(problems);
    if (choice === 'review') store.reveal();
    return choice === 'export';
  };

  const exportWord = async (): Promise<void> => {
    const document = current().document;
    if (!document) return;
    if (!(await reviewedFindings())) return;
    const settings = await prompts.exportSettings.ask(loadExportSettings(browserStorage()));
    if (!settings) return;
    storeExportSettings(settings, browserStorage());
    const draft = current().document?.draft ?? document.draft;
    const bytes = await services.exportDocx({ draft, options: settings });
    const fileName = exportFileName(draftTitle(draft) || (document.fileName ? baseNameOf(document.fileName) : '') || UNTITLED_NAME);
    announceExport(notices, await platform.saveExport(bytes, fileName), `已导出“${fileName}”`);
  };

  /** 关闭 (Ctrl+W): back to the start page, asking 保存 / 不保存 / 取消 first if there are unsaved changes. */
  const closeDocument = async (): Promise<void> => {
    if (!current().document) return;
    if (!(await confirmReplace())) return;
    dispatch({ type: 'closed' });
  };

  // ---------- closing the window (Electron asks natively, then hands the answer back here) ----------
  const closeWindow = (): void => {
    unload.allowUnload();
    window.close();
  };
  const saveAndClose = async (): Promise<void> => {
    if (await save('save')) closeWindow();
  };
  const discardAndClose = async (): Promise<void> => {
    const document = current().document;
    await autosave.settle();
    if (document) await discardCopy(document.recoveryKey);
    closeWindow();
  };

  /** Runs one flow at a time; any failure becomes a Chinese notice. */
  const exclusive = async (flow: () => Promise<unknown>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    try {
      await flow();
    } catch (failure) {
      notices.error(failure);
    } finally {
      running.current = false;
    }
  };

  const run = (command: AppCommand): void => {
    // The close answers come from the native dialog and must not wait behind an open in-app one.
    if (command === 'save-and-close') return void saveAndClose();
    if (command === 'discard-and-close') return void discardAndClose();
    if (modalIsOpen() || running.current) return;
    switch (command) {
      case 'new':
        setWizardOpen(true);
        return;
      case 'open':
        return void exclusive(open);
      case 'import':
        setImportOpen(true);
        return;
      case 'save':
      case 'save-as':
        if (current().document) void exclusive(() => save(command));
        return;
      case 'export':
        if (current().document) void exclusive(exportWord);
        return;
      case 'close':
        if (current().document) void exclusive(closeDocument);
        return;
      case 'history':
        if (current().document) setHistoryOpen(true);
        return;
    }
  };

  // ---------- recovery ----------
  useEffect(() => {
    let live = true;
    services.listRecoveries({}).then(
      ({ recoveries }) => {
        if (live && recoveries.length > 0) setRecoveryOffer({ entries: recoveries, reason: 'start-up' });
      },
      (failure: unknown) => live && notices.error(failure),
    );
    return () => {
      live = false;
    };
  }, [services, notices.error]);

  const restoreRecovery = (entry: RecoveryEntry): void => {
    setRecoveryOffer(null);
    void exclusive(async () => {
      const copy = await services.readRecovery({ key: entry.key });
      if (!(await confirmReplace())) return;
      const { path } = copy.entry;
      load(copy.draft, { path, fileName: path ? fileNameOf(path) : undefined, unsaved: true, recoveryKey: copy.entry.key });
      notices.info('已恢复未保存的修改，请检查后保存。');
    });
  };

  const discardRecovery = async (entry: RecoveryEntry): Promise<void> => {
    try {
      await services.discardRecovery({ key: entry.key });
      setRecoveryOffer((offer) => {
        const entries = offer?.entries.filter((candidate) => candidate.key !== entry.key) ?? [];
        return offer && entries.length > 0 ? { ...offer, entries } : null;
      });
    } catch (failure) {
      notices.error(failure);
    }
  };

  const edited = useCallback((draft: Draft) => dispatch({ type: 'edited', draft }), [dispatch]);

  return {
    state,
    run,
    openRecent: (path) => {
      if (!modalIsOpen()) void exclusive(async () => openFile(await services.openDraft({ path })));
    },
    edited,
    created: async (draft, fromTemplate) => {
      if (!(await confirmReplace())) return false;
      setWizardOpen(false);
      load(draft, { unsaved: fromTemplate });
      return true;
    },
    wizardOpen,
    closeWizard: () => setWizardOpen(false),
    imported: async (draft) => {
      if (!(await confirmReplace())) return false;
      setImportOpen(false);
      load(draft, { unsaved: true });
      notices.info(`已导入“${draftTitle(draft) || UNTITLED_NAME}”，请检查后保存。`);
      return true;
    },
    importedAll: async (drafts) => {
      if (!(await confirmReplace())) return false;
      const saved: { path: string; draft: Draft }[] = [];
      try {
        // One after the other: each suggested name must see the files saved before it.
        for (const draft of drafts) {
          const { path } = await services.suggestDraftPath({ title: draftTitle(draft) || UNTITLED_NAME });
          await services.saveDraft({ path, draft });
          saved.push({ path, draft });
        }
      } catch (failure) {
        notices.error(failure);
      }
      const first = saved[0];
      if (!first) return false;
      setImportOpen(false);
      load(first.draft, { path: first.path, fileName: fileNameOf(first.path), unsaved: false });
      notices.info(`已导入 ${saved.length} 篇文章，保存在稿件文件夹：${saved.map(({ path }) => `“${fileNameOf(path)}”`).join('、')}；已打开第 1 篇。`);
      return true;
    },
    importOpen,
    closeImport: () => setImportOpen(false),
    historyOpen,
    closeHistory: () => setHistoryOpen(false),
    restoreVersion: (draft, when) => {
      const control = workspace?.current;
      if (!control || !current().document) return;
      setHistoryOpen(false);
      control.replaceContent(draft);
      notices.info(`已恢复 ${when} 的版本。要回到恢复前的文字，按 Ctrl+Z 撤销。`);
    },
    recoveryOffer,
    restoreRecovery,
    discardRecovery,
    closeRecoveryOffer: () => setRecoveryOffer(null),
    prompts,
  };
}
