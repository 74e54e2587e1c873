import { lazy, memo, Suspense, useCallback, useEffect, useRef, useState, type JSX, type RefObject } from 'react';
import { Editor, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { Slate } from 'slate-react';
import type { Draft } from '../../../core/model/schema.js';
import { draftTitle } from '../../../core/model/text.js';
import { loadExportSettings } from '../app/export-settings.js';
import { userMessageOf } from '../user-message.js';
import type { Template } from '../../../core/templates/schema.js';
import type { FontProfile } from '../../../core/export/options.js';
import { useAppClient } from '../client/index.js';
import { ChecksContext } from './checks/checks-context.js';
import { createChecksStore, type ChecksStore } from './checks/checks-store.js';
import './custom-types.js';
import './editor.css';
import { currentDraft } from './model/draft-editor.js';
import { PagesContext } from './pages/pages-context.js';
import { createPagesStore } from './pages/pages-store.js';
import { isPrintShortcut } from './pages/print-shortcut.js';
import { replaceDraftContent } from './model/replace-draft.js';
import { AnalysisContext } from './ui/analysis-context.js';
import { createAnalysisStore } from './ui/analysis-store.js';
import { createBrowserDraftEditor } from './ui/browser-editor.js';
import { DraftEditable } from './ui/DraftEditable.js';
import { FormatToolbar } from './ui/FormatToolbar.js';
import { OutlinePane } from './ui/OutlinePane.js';
import { jumpToBlock } from './ui/reveal.js';
import { SidePanel } from './ui/SidePanel.js';
import { StatusBar } from './ui/StatusBar.js';

/** 分页预览 is its own chunk, loaded the first time it is shown. */
const PageView = lazy(() => import('./pages/PageView.js'));

type PageAction = 'print' | 'pdf';

/** The browser's localStorage where there is one (the export dialog's remembered choices). */
function settingsStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface DraftWorkspaceProps {
  /** The draft to edit. The shell remounts the workspace (React `key`) to load another draft. */
  initialDraft: Draft;
  /** The draft's template (by draft.meta.templateId), or null for a free draft. */
  template: Template | null;
  /** Called after every change with the whole current draft (children, numbering, meta unchanged unless edited). */
  onChange(draft: Draft): void;
  /** Set to this draft's 体检 store while it is open: the shell asks it before export. */
  checksRef?: RefObject<ChecksStore | null>;
  /** Set while the workspace is open: what the shell may do to the text (restore a 历史版本). */
  controlRef?: RefObject<WorkspaceControl | null>;
}

export interface WorkspaceControl {
  /** Puts another version's blocks and numbering in the editor as one undo step (Ctrl+Z brings the text back). */
  replaceContent(draft: Pick<Draft, 'children' | 'numbering'>): void;
}

/**
 * Everything inside the document: outline (left), the page with its
 * formatting toolbar (centre), the side panel (right) and the status bar.
 * Fills its parent, which must have a definite height.
 */
export function DraftWorkspace({ initialDraft, template, onChange, checksRef, controlRef }: DraftWorkspaceProps): JSX.Element {
  const { services } = useAppClient();
  // Made together: the store hooks the editor's onChange, so each editor gets exactly one store.
  const client = useAppClient();
  const [exportSettings] = useState(() => loadExportSettings(settingsStorage()));
  const [{ editor, store, checks, pages }] = useState(() => {
    const created = createBrowserDraftEditor(initialDraft);
    const analysis = createAnalysisStore(created, template);
    const verify = async (draft: Draft) => (await services.verifyDraft({ draft })).findings;
    // Pages follow the analysis (which changes exactly when the blocks or the numbering do), after a pause in typing.
    const pagesStore = createPagesStore({ draft: () => currentDraft(created, initialDraft), subscribe: analysis.subscribe }, { printAuthorLine: exportSettings.printAuthorLine });
    return { editor: created, store: analysis, checks: createChecksStore(created, { loaded: initialDraft, analysis, verify }), pages: pagesStore };
  });
  useEffect(() => pages.start(), [pages]);

  // 分页预览 replaces the editing page; the editor stays mounted (hidden) so its state and history stay.
  const [view, setView] = useState<'edit' | 'pages'>('edit');
  const [pageMessage, setPageMessage] = useState('');
  const pendingJump = useRef<number | null>(null);
  const pendingAction = useRef<PageAction | null>(null);
  const pageViewShown = useRef(false);

  const runPageAction = useCallback(
    async (action: PageAction) => {
      pages.flush();
      // The pages must be drawn in their fonts before they are printed.
      await document.fonts?.ready;
      try {
        if (action === 'print') {
          setPageMessage('');
          await client.platform.printPages();
        } else {
          const result = await client.platform.savePagesPdf(draftTitle(currentDraft(editor, initialDraft)) || '稿件');
          setPageMessage(result === 'saved' ? '已导出 PDF。' : result === 'browser-dialog' ? '在打印对话框中把“目标打印机”选为“另存为 PDF”，即可保存 PDF。' : '');
        }
      } catch (error) {
        setPageMessage(userMessageOf(error));
      }
    },
    [client, editor, initialDraft, pages],
  );

  const showPages = useCallback((action?: PageAction) => {
    pages.flush();
    if (action) pendingAction.current = action;
    setView('pages');
    // Already shown: act now; otherwise PageView's first paint runs the action (onShown).
    if (action && pageViewShown.current) {
      pendingAction.current = null;
      void runPageAction(action);
    }
  }, [pages, runPageAction]);

  const onPageViewShown = useCallback(() => {
    pageViewShown.current = true;
    const action = pendingAction.current;
    pendingAction.current = null;
    if (action) requestAnimationFrame(() => void runPageAction(action));
  }, [runPageAction]);

  const showEditor = useCallback((blockIndex?: number) => {
    pageViewShown.current = false;
    pendingJump.current = blockIndex ?? null;
    setPageMessage('');
    setView('edit');
  }, []);

  useEffect(() => {
    if (view !== 'edit' || pendingJump.current === null) return;
    const index = pendingJump.current;
    pendingJump.current = null;
    jumpToBlock(editor, index);
  }, [view, editor]);

  // 打印 (Ctrl+P / ⌘P): the pages, not the editing screen.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isPrintShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      showPages('print');
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [showPages]);
  const onChangeRef = useRef(onChange);
  // The analysis object is replaced exactly when the blocks or the numbering change.
  const reported = useRef(store.get());
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => store.setTemplate(template), [store, template]);
  useEffect(() => checks.start(), [checks]);
  useEffect(() => {
    if (!checksRef) return;
    checksRef.current = checks;
    return () => {
      if (checksRef.current === checks) checksRef.current = null;
    };
  }, [checks, checksRef]);
  useEffect(() => {
    if (!controlRef) return;
    const control: WorkspaceControl = {
      replaceContent: (draft) => HistoryEditor.withNewBatch(editor, () => replaceDraftContent(editor, draft)),
    };
    controlRef.current = control;
    return () => {
      if (controlRef.current === control) controlRef.current = null;
    };
  }, [editor, controlRef]);
  useEffect(() => {
    const firstEmpty = editor.children.findIndex((block, i) => i > 0 && Node.string(block) === '');
    if (firstEmpty > 0 && !editor.selection) Transforms.select(editor, Editor.start(editor, [firstEmpty]));
  }, [editor]);

  return (
    <AnalysisContext.Provider value={store}>
      <PagesContext.Provider value={pages}>
      <ChecksContext.Provider value={checks}>
        <Slate
          editor={editor}
          initialValue={editor.children}
          onChange={() => {
            // Selection moves change nothing the shell saves.
            if (store.get() === reported.current) return;
            reported.current = store.get();
            onChangeRef.current(currentDraft(editor, initialDraft));
          }}
        >
          <WorkspaceBody
            template={template}
            draftTheme={initialDraft.meta.theme}
            view={view}
            pageMessage={pageMessage}
            fonts={exportSettings.fonts}
            onShowPages={showPages}
            onShowEditor={showEditor}
            onPageViewShown={onPageViewShown}
            onPageAction={runPageAction}
          />
        </Slate>
      </ChecksContext.Provider>
      </PagesContext.Provider>
    </AnalysisContext.Provider>
  );
}

interface WorkspaceBodyProps {
  template: Template | null;
  draftTheme: string;
  view: 'edit' | 'pages';
  pageMessage: string;
  fonts: FontProfile;
  onShowPages(action?: PageAction): void;
  onShowEditor(blockIndex?: number): void;
  onPageViewShown(): void;
  onPageAction(action: PageAction): Promise<void>;
}

/** Memoised so a shell re-render (a new onChange, a saved-state flag) does not re-render the page. */
const WorkspaceBody = memo(function WorkspaceBody(props: WorkspaceBodyProps) {
  const { template, draftTheme, view } = props;
  return (
    <div className="dw" data-draft-workspace="">
      <OutlinePane template={template} />
      <section className="dw-centre" aria-label="稿件">
        <div className="dw-centre-edit" hidden={view !== 'edit'}>
          <div className="dw-centre-head">
            <FormatToolbar />
            <button type="button" className="dw-page-toggle" onClick={() => props.onShowPages()} title="按导出的 Word 版式分页查看，可打印、导出 PDF（Ctrl+P 打印）">
              分页预览
            </button>
          </div>
          <div className="dw-scroll">
            <DraftEditable />
          </div>
        </div>
        {view === 'pages' && (
          <Suspense fallback={<div className="dw-page-loading">正在分页…</div>}>
            <PageView
              fonts={props.fonts}
              message={props.pageMessage}
              onShown={props.onPageViewShown}
              onJump={(block) => props.onShowEditor(block)}
              onPrint={() => void props.onPageAction('print')}
              onExportPdf={() => void props.onPageAction('pdf')}
              onClose={() => props.onShowEditor()}
            />
          </Suspense>
        )}
      </section>
      <SidePanel template={template} draftTheme={draftTheme} />
      <StatusBar template={template} />
    </div>
  );
});
