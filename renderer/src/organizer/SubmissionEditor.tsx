import { useEffect, useRef, useState } from 'react';
import { editBlockText } from '../../../core/collect/submission-edit.js';
import type { Submission } from '../../../core/collect/collection-schema.js';
import type { Block, Draft } from '../../../core/model/schema.js';
import { blockText } from '../../../core/model/text.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';
import { announceExport } from '../app/export-notice.js';

interface Note {
  block: number;
  start: number;
  end: number;
  text: string;
  passage: string;
}

const KIND: Record<Block['type'], string> = {
  title: '标题',
  'author-line': '署名',
  heading: '小标题',
  point: '分点',
  paragraph: '段落',
  closing: '结尾',
  salutation: '称呼',
  signature: '落款',
};

interface SubmissionEditorProps {
  submission: Submission;
  notices: Notices;
  onClose: () => void;
  reload: () => Promise<void>;
}

/**
 * A submission opened from the collection: its text block by block, to
 * correct lightly (保存修改 keeps it as a new version, the member's file
 * untouched) or to mark passages with notes and 退回修改 — a .docx with the
 * notes as Word comments for the member, the submission then 已退回.
 */
export function SubmissionEditor({ submission, notices, onClose, reload }: SubmissionEditorProps) {
  const { services, platform } = useAppClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  // The text box last focused: it keeps its selection while the note is typed.
  const [focused, setFocused] = useState<number | null>(null);
  const boxes = useRef(new Map<number, HTMLTextAreaElement>());
  const [noteText, setNoteText] = useState('');
  const [notes, setNotes] = useState<Note[]>([]);
  const [busy, setBusy] = useState(false);
  const showError = notices.error;

  useEffect(() => {
    services.submissionDraft({ id: submission.id }).then(({ draft: found }) => setDraft(found), showError);
  }, [services, submission.id, showError]);

  if (!draft) return <p className="muted">正在打开……</p>;
  const edit = (index: number, text: string): void => {
    setDraft({ ...draft, children: draft.children.map((block, i) => (i === index ? editBlockText(block, text) : block)) });
    setDirty(true);
  };
  const addNote = (): void => {
    const box = focused === null ? undefined : boxes.current.get(focused);
    if (focused === null || !box || box.selectionEnd <= box.selectionStart) {
      notices.info('请先在稿件中选中要批注的文字');
      return;
    }
    if (noteText.trim() === '') return;
    const selection = { block: focused, start: box.selectionStart, end: box.selectionEnd };
    const passage = blockText(draft.children[focused] as Block).slice(selection.start, selection.end);
    setNotes([...notes, { ...selection, text: noteText.trim(), passage }]);
    setNoteText('');
  };
  const act = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    act(async () => {
      const revised = await services.reviseSubmission({ id: submission.id, draft });
      setDirty(false);
      notices.info(`已保存为第 ${revised.version} 版（组织者修改），原稿保留`);
      await reload();
    });
  const sendBack = () =>
    act(async () => {
      const returned = await services.returnSubmission({ id: submission.id, draft, notes: notes.map(({ block, start, end, text }) => ({ block, start, end, text })) });
      announceExport(notices, await platform.saveExport(returned.bytes, returned.fileName), `已生成退回稿“${returned.fileName}”（${notes.length} 处批注），状态改为已退回`);
      await reload();
      onClose();
    });

  return (
    <section className="organizer-card submission-editor" aria-label="查看稿件">
      <div className="organizer-toolbar">
        <h4>
          {submission.submitter && `${submission.submitter}：`}
          {submission.title}
          <span className="muted">（第 {submission.version} 版）</span>
        </h4>
        <span className="spacer" />
        <button type="button" className="button primary" disabled={busy || !dirty} onClick={() => void save()}>
          保存修改
        </button>
        <button type="button" className="button" disabled={busy || notes.length === 0} onClick={() => void sendBack()}>
          退回修改
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          关闭
        </button>
      </div>
      <p className="field-hint">直接修改文字后“保存修改”，另存为新版本，成员交来的原稿不变。选中一段文字、写上意见后点“批注所选文字”；“退回修改”生成带批注的 Word 文件。</p>
      <div className="note-bar">
        <input type="text" aria-label="批注内容" placeholder="对选中文字的意见" value={noteText} onChange={(event) => setNoteText(event.target.value)} />
        <button type="button" className="button small" disabled={focused === null || noteText.trim() === ''} onClick={addNote}>
          批注所选文字
        </button>
      </div>
      {notes.length > 0 && (
        <ol className="note-list" aria-label="批注">
          {notes.map((note, i) => (
            <li key={`${note.block}-${note.start}-${i}`}>
              “{note.passage}”：{note.text}
              <button type="button" className="link-button" onClick={() => setNotes(notes.filter((_, j) => j !== i))}>
                删除
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="submission-blocks">
        {draft.children.map((block, i) => {
          const text = blockText(block);
          if (text.trim() === '' && block.type === 'paragraph') return null;
          return (
            <label key={i} className={`submission-block block-${block.type}`}>
              <span className="field-label">{KIND[block.type]}</span>
              <textarea
                aria-label={`第${i + 1}块`}
                value={text}
                rows={Math.max(1, Math.ceil(text.length / 40))}
                onChange={(event) => edit(i, event.target.value)}
                ref={(element) => {
                  if (element) boxes.current.set(i, element);
                  else boxes.current.delete(i);
                }}
                onFocus={() => setFocused(i)}
              />
            </label>
          );
        })}
      </div>
    </section>
  );
}
