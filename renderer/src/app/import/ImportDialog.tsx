import { useMemo, useState } from 'react';
import type { Draft } from '../../../../core/model/schema.js';
import type { ServiceOutput } from '../../../../core/services/contract.js';
import { MATERIAL_FILE_ACCEPT } from '../../../../core/import/material-kind.js';
import { encodingNotes } from '../../../../core/import/text-encoding.js';
import { useAppClient } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import { Modal } from '../dialogs/Modal.js';
import { articleSummary, detailsText, generalNotes, sourceRows, structureRows, summaryText } from './import-preview.js';
import { pastedMaterial, readMaterialFile, type Material } from './read-material.js';
import { SourcePane, StructurePane } from './PreviewPanes.js';
import './import.css';

type ImportResult = ServiceOutput<'importMaterial'>;

interface ImportDialogProps {
  /** 确定导入: opens the draft as a new unsaved draft; false if the user kept the one already open (the dialog stays). */
  onAccept(draft: Draft): Promise<boolean>;
  /** 全部导入 (a file of several articles): one draft each, saved in the drafts folder, the first opened; false as above. */
  onAcceptAll(drafts: Draft[]): Promise<boolean>;
  onDismiss(): void;
}

/** The choices that change how the material is read: 保留繁体, 保留原样 (half-width punctuation). */
interface ReadingChoices {
  keepTraditional: boolean;
  keepPunctuation: boolean;
}

interface Preview {
  material: Material;
  result: ImportResult;
}

/**
 * 导入: pick a Word file, text file or web page (or paste web text), see
 * the source as read beside the structure 稿匠 recognised in it, and open
 * it as a new draft. A file of several articles is imported whole: each
 * article listed, previewed on choice, and saved as a draft of its own by
 * 全部导入. Nothing changes until 确定导入 / 全部导入.
 */
export function ImportDialog({ onAccept, onAcceptAll, onDismiss }: ImportDialogProps) {
  const client = useAppClient();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pasted, setPasted] = useState('');
  const [article, setArticle] = useState(0);
  const [choices, setChoices] = useState<ReadingChoices>({ keepTraditional: false, keepPunctuation: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const recognise = async (read: () => Promise<Material | null>, reading: ReadingChoices): Promise<void> => {
    setError(null);
    try {
      const material = await read();
      if (!material) return;
      setBusy(true);
      const result = await client.services.importMaterial({
        name: material.name,
        source: material.source,
        keepTraditional: reading.keepTraditional,
        keepHalfWidthPunctuation: reading.keepPunctuation,
      });
      // Read again (保留繁体, 保留原样): stay on the chosen article; new material starts at the first.
      const again = material === preview?.material;
      setPreview({ material, result });
      setArticle((current) => (again && current < result.drafts.length ? current : 0));
    } catch (failure) {
      setError(userMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = (): void => {
    // Straight from the click: the browser opens its file chooser only during a user gesture.
    void recognise(async () => {
      const file = await client.platform.pickLocalFile(MATERIAL_FILE_ACCEPT);
      return file ? readMaterialFile(file) : null;
    }, choices);
  };

  const accept = async (result: ImportResult): Promise<void> => {
    setBusy(true);
    const several = result.drafts.length > 1;
    const draft = result.drafts[article] ?? result.drafts[0];
    const done = several ? await onAcceptAll(result.drafts) : draft ? await onAccept(draft) : false;
    if (!done) setBusy(false);
  };

  const choose = (changed: Partial<ReadingChoices>): void => {
    const next = { ...choices, ...changed };
    setChoices(next);
    if (preview) void recognise(async () => preview.material, next);
  };

  return (
    <Modal title={preview ? `导入 · ${preview.material.name}` : '导入材料'} onDismiss={onDismiss} className="import-dialog">
      {error && (
        <div className="inline-alert import-alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      {preview ? (
        <PreviewBody
          preview={preview}
          article={article}
          onArticle={setArticle}
          busy={busy}
          choices={choices}
          onChoose={choose}
        />
      ) : (
        <div className="modal-body import-choose">
          <section className="import-option">
            <h3>从文件导入</h3>
            <p className="field-hint">Word 文档（.docx）、文本文件（.txt，UTF-8 或 GBK）、网页（.html）。</p>
            <button type="button" className="button primary" disabled={busy} onClick={chooseFile} data-autofocus>
              选择文件…
            </button>
          </section>
          <section className="import-option">
            <h3>粘贴网页文字</h3>
            <textarea
              className="import-paste"
              aria-label="粘贴的文字"
              placeholder="把从网页或其他程序复制的文字粘贴在这里"
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
            <button type="button" className="button" disabled={busy || pasted.trim() === ''} onClick={() => void recognise(async () => pastedMaterial(pasted), choices)}>
              识别结构
            </button>
          </section>
        </div>
      )}
      <footer className="modal-footer">
        {preview && (
          <button type="button" className="button" disabled={busy} onClick={() => setPreview(null)}>
            重新选择
          </button>
        )}
        <span className="spacer" />
        {busy && <span className="key-hint">正在识别…</span>}
        <button type="button" className="button" onClick={onDismiss}>
          取消
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!preview || busy}
          onClick={() => {
            if (preview) void accept(preview.result);
          }}
        >
          {preview && preview.result.drafts.length > 1 ? `全部导入（${preview.result.drafts.length} 篇）` : '确定导入'}
        </button>
      </footer>
    </Modal>
  );
}

interface PreviewBodyProps {
  preview: Preview;
  article: number;
  onArticle(index: number): void;
  busy: boolean;
  choices: ReadingChoices;
  onChoose(changed: Partial<ReadingChoices>): void;
}

function PreviewBody({ preview, article, onArticle, busy, choices, onChoose }: PreviewBodyProps) {
  const { result, material } = preview;
  const fallbackTitle = material.name.replace(/\.[^.]+$/, '');
  const summaries = useMemo(() => result.drafts.map((draft) => articleSummary(draft, fallbackTitle)), [result, fallbackTitle]);
  const rows = useMemo(() => sourceRows(result.sourceLines, result.notes), [result]);
  const draft = result.drafts[article] ?? result.drafts[0]!;
  const structure = useMemo(() => structureRows(draft), [draft]);
  const general = [...(material.decoded ? encodingNotes(material.decoded) : []), ...generalNotes(result.notes)];

  return (
    <div className="import-preview">
      <div className="import-options">
        {general.length > 0 && (
          <ul className="import-notes" aria-label="导入说明">
            {general.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        {result.detected.traditional && (
          <label className="import-check">
            <input type="checkbox" checked={choices.keepTraditional} disabled={busy} onChange={(event) => onChoose({ keepTraditional: event.target.checked })} />
            保留繁体
          </label>
        )}
        {(result.detected.halfWidthPunctuation ?? 0) > 0 && (
          <label className="import-check">
            <input type="checkbox" checked={choices.keepPunctuation} disabled={busy} onChange={(event) => onChoose({ keepPunctuation: event.target.checked })} />
            保留原样（半角标点不改为全角）
          </label>
        )}
        {result.drafts.length > 1 && (
          <div className="import-articles" role="radiogroup" aria-label="文章列表">
            <span className="field-label">
              {result.volume?.title ? `“${result.volume.title}”` : '这份材料'}含 {result.drafts.length} 篇文章，全部导入后每篇一份稿件，保存在稿件文件夹（点选一篇可预览）：
            </span>
            {summaries.map((summary, i) => (
              <label key={i} className={`import-article${i === article ? ' selected' : ''}`}>
                <input type="radio" name="import-article" checked={i === article} onChange={() => onArticle(i)} />
                <span className="import-article-name">
                  第{i + 1}篇 {summary.title}
                </span>
                <span className="import-article-meta">{summaryText(summary)}</span>
              </label>
            ))}
          </div>
        )}
      </div>
      <div className="import-panes">
        <SourcePane rows={rows} />
        <StructurePane rows={structure} summary={summaries[article] ?? summaries[0]!} details={detailsText((result.drafts[article] ?? result.drafts[0]!).meta)} />
      </div>
    </div>
  );
}
