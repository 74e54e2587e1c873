import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useAppClient } from '../client/index.js';
import { EmptyState } from '../components/EmptyState.js';
import { matchDraftTheme } from '../editor/quotes/quote-logic.js';
import { Notice } from '../components/Notice.js';
import type { ChecksStore } from '../editor/checks/checks-store.js';
import type { WorkspaceControl } from '../editor/DraftWorkspace.js';
import { shortcutCommand, type AppCommand } from './commands.js';
import { CheckSummaryDialog } from './dialogs/CheckSummaryDialog.js';
import { ExportDialog } from './dialogs/ExportDialog.js';
import { OpenDraftDialog } from './dialogs/OpenDraftDialog.js';
import { RecoveryDialog } from './dialogs/RecoveryDialog.js';
import { SaveNameDialog } from './dialogs/SaveNameDialog.js';
import { UnsavedChangesDialog } from './dialogs/UnsavedChangesDialog.js';
import { displayName, windowTitle } from './document-state.js';
import { ImportDialog } from './import/ImportDialog.js';
import { TopBar } from './TopBar.js';
import { useDocumentWorkflow } from './use-document-workflow.js';
import { useNotices } from './use-notices.js';
import { useTemplates } from './use-templates.js';
import { themedTemplate } from './wizard/theme-draft.js';
import { useThemes } from './wizard/use-themes.js';
import { Workspace } from './Workspace.js';
import './app.css';

// Shown on demand, so each is its own chunk, loaded the first time it is opened.
const OrganizerPage = lazy(async () => ({ default: (await import('../organizer/OrganizerPage.js')).OrganizerPage }));
const HelpPage = lazy(async () => ({ default: (await import('./help/HelpPage.js')).HelpPage }));
const HistoryDialog = lazy(async () => ({ default: (await import('./history/HistoryDialog.js')).HistoryDialog }));
const NewDraftWizard = lazy(async () => ({ default: (await import('./wizard/NewDraftWizard.js')).NewDraftWizard }));

/** The application: top bar, the open draft (or a start page), notices and the workflow's dialogs. */
/** Commands that act on the open draft. */
const DRAFT_COMMANDS: ReadonlySet<AppCommand> = new Set<AppCommand>(['save', 'save-as', 'export', 'close', 'history']);

export function AppShell() {
  const client = useAppClient();
  const notices = useNotices();
  const templates = useTemplates(client);
  const themes = useThemes(client);
  // The open draft's 体检, asked before export.
  const checks = useRef<ChecksStore | null>(null);
  // What the shell may do to the open editor's text (restore a 历史版本).
  const workspace = useRef<WorkspaceControl | null>(null);
  const workflow = useDocumentWorkflow(client, notices, checks, workspace);
  const { document: openDocument, loads } = workflow.state;
  const { prompts } = workflow;
  // 征集汇编 covers the editor without closing the open draft.
  const [organizerOpen, setOrganizerOpen] = useState(false);
  // A draft created, opened or imported from the top bar while 征集汇编 is shown is the one to look at:
  // the organizer page would otherwise go on covering it.
  useEffect(() => setOrganizerOpen(false), [loads]);

  const [helpOpen, setHelpOpen] = useState(false);
  // 帮助 and 征集汇编 are the shell's own; the rest is the document workflow's.
  const runCommand = (command: AppCommand): void => {
    if (command === 'help') setHelpOpen(true);
    else if (command === 'organizer') setOrganizerOpen(true);
    else {
      // 保存 / 另存为 / 导出 Word act on the draft: show it rather than act on one hidden under 征集汇编.
      if (DRAFT_COMMANDS.has(command)) setOrganizerOpen(false);
      workflow.run(command);
    }
  };

  // Keyboard and menu reach whatever the workflow is now.
  const run = useRef<(command: AppCommand) => void>(runCommand);
  run.current = runCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = shortcutCommand(event);
      if (!command) return;
      // Also keeps the browser's own Ctrl+S (save page) and Ctrl+O from appearing.
      event.preventDefault();
      run.current(command);
    };
    // Capture phase: the editor below must not swallow the shell's shortcuts.
    window.addEventListener('keydown', onKeyDown, true);
    const unsubscribe = client.platform.onMenuCommand((command) => run.current(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      unsubscribe();
    };
  }, [client]);

  useEffect(() => {
    document.title = windowTitle(openDocument);
  }, [openDocument]);

  const templateId = openDocument?.draft.meta.templateId;
  const draftTheme = openDocument?.draft.meta.theme ?? '';
  const baseTemplate = templates.entries?.find((entry) => entry.template.id === templateId)?.template ?? null;
  // The draft's study theme adds its 要点 and sub-headings to the 写作要点 panel; a new object only when they change.
  const template = useMemo(() => {
    const theme = matchDraftTheme(draftTheme, themes.entries.map((entry) => entry.theme));
    return baseTemplate && themedTemplate(baseTemplate, theme);
  }, [baseTemplate, draftTheme, themes.entries]);

  return (
    <div className="app-shell">
      <TopBar
        fileName={openDocument ? displayName(openDocument) : null}
        dirty={openDocument?.dirty ?? false}
        onCommand={runCommand}
        onOpenRecent={workflow.openRecent}
        newShortcutWorks={client.platform.fileDialogs === 'native'}
      />
      {notices.notice && (
        <div className="toast-area">
          <Notice notice={notices.notice} onDismiss={notices.dismiss} />
        </div>
      )}
      <main className="app-main">
        {organizerOpen && (
          <Suspense fallback={null}>
            <OrganizerPage notices={notices} onClose={() => setOrganizerOpen(false)} />
          </Suspense>
        )}
        {openDocument ? (
          <Workspace key={loads} initialDraft={openDocument.draft} template={template} onChange={workflow.edited} checksRef={checks} controlRef={workspace} />
        ) : (
          <EmptyState
            onNew={() => workflow.run('new')}
            onOpen={() => workflow.run('open')}
            onOpenRecent={workflow.openRecent}
            newShortcutWorks={client.platform.fileDialogs === 'native'}
          />
        )}
      </main>

      {workflow.wizardOpen && (
        <Suspense fallback={null}>
          <NewDraftWizard templates={templates} themes={themes} onCreate={workflow.created} onDismiss={workflow.closeWizard} />
        </Suspense>
      )}
      {workflow.importOpen && <ImportDialog onAccept={workflow.imported} onAcceptAll={workflow.importedAll} onDismiss={workflow.closeImport} />}
      {prompts.open.request && <OpenDraftDialog onAnswer={prompts.open.answer} />}
      {prompts.checkSummary.request && <CheckSummaryDialog findings={prompts.checkSummary.request} onAnswer={prompts.checkSummary.answer} />}
      {prompts.exportSettings.request && <ExportDialog initial={prompts.exportSettings.request} onAnswer={prompts.exportSettings.answer} />}
      {prompts.saveName.request !== null && (
        <SaveNameDialog suggested={prompts.saveName.request} folderHint="“稿件”文件夹" onAnswer={prompts.saveName.answer} />
      )}
      {workflow.recoveryOffer && (
        <RecoveryDialog
          entries={workflow.recoveryOffer.entries}
          reason={workflow.recoveryOffer.reason}
          onRestore={workflow.restoreRecovery}
          onDiscard={workflow.discardRecovery}
          onClose={workflow.closeRecoveryOffer}
        />
      )}
      {workflow.historyOpen && openDocument && (
        <Suspense fallback={null}>
          <HistoryDialog
            path={openDocument.path}
            name={displayName(openDocument)}
            current={openDocument.draft}
            dirty={openDocument.dirty}
            onRestore={workflow.restoreVersion}
            onClose={workflow.closeHistory}
          />
        </Suspense>
      )}
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpPage onClose={() => setHelpOpen(false)} newShortcutWorks={client.platform.fileDialogs === 'native'} />
        </Suspense>
      )}
      {prompts.unsaved.request !== null && <UnsavedChangesDialog name={prompts.unsaved.request} onAnswer={prompts.unsaved.answer} />}
    </div>
  );
}
