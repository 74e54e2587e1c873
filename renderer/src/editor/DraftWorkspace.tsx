import { memo, useEffect, useRef, useState, type JSX, type RefObject } from 'react';
import { Editor, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { Slate } from 'slate-react';
import type { Draft } from '../../../core/model/schema.js';
import type { Template } from '../../../core/templates/schema.js';
import { useAppClient } from '../client/index.js';
import { ChecksContext } from './checks/checks-context.js';
import { createChecksStore, type ChecksStore } from './checks/checks-store.js';
import './custom-types.js';
import './editor.css';
import { currentDraft } from './model/draft-editor.js';
import { replaceDraftContent } from './model/replace-draft.js';
import { AnalysisContext } from './ui/analysis-context.js';
import { createAnalysisStore } from './ui/analysis-store.js';
import { createBrowserDraftEditor } from './ui/browser-editor.js';
import { DraftEditable } from './ui/DraftEditable.js';
import { FormatToolbar } from './ui/FormatToolbar.js';
import { OutlinePane } from './ui/OutlinePane.js';
import { SidePanel } from './ui/SidePanel.js';
import { StatusBar } from './ui/StatusBar.js';

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
  const [{ editor, store, checks }] = useState(() => {
    const created = createBrowserDraftEditor(initialDraft);
    const analysis = createAnalysisStore(created, template);
    const verify = async (draft: Draft) => (await services.verifyDraft({ draft })).findings;
    return { editor: created, store: analysis, checks: createChecksStore(created, { loaded: initialDraft, analysis, verify }) };
  });
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
          <WorkspaceBody template={template} draftTheme={initialDraft.meta.theme} />
        </Slate>
      </ChecksContext.Provider>
    </AnalysisContext.Provider>
  );
}

/** Memoised so a shell re-render (a new onChange, a saved-state flag) does not re-render the page. */
const WorkspaceBody = memo(function WorkspaceBody({ template, draftTheme }: { template: Template | null; draftTheme: string }) {
  return (
    <div className="dw" data-draft-workspace="">
      <OutlinePane template={template} />
      <section className="dw-centre" aria-label="稿件">
        <FormatToolbar />
        <div className="dw-scroll">
          <DraftEditable />
        </div>
      </section>
      <SidePanel template={template} draftTheme={draftTheme} />
      <StatusBar template={template} />
    </div>
  );
});
