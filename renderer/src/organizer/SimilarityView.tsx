import { useState } from 'react';
import { percent, similarityCsv } from '../../../core/collect/similarity-report.js';
import { exportFileName } from '../../../core/file-name.js';
import { MATERIAL_FILE_ACCEPT } from '../../../core/import/material-kind.js';
import type { ServiceOutput } from '../../../core/services/contract.js';
import type { Notices } from '../app/use-notices.js';
import { readMaterialFile } from '../app/import/read-material.js';
import { useAppClient } from '../client/index.js';
import { pickFiles } from './pick-files.js';
import { SideBySide } from './SideBySide.js';
import type { Overview } from './use-collection.js';

type Result = ServiceOutput<'checkCollectionSimilarity'>;

/** DEFAULT_THRESHOLD of core/collect/similarity.ts, as a percentage; importing it would bundle the 繁→简 tables into the page. */
const DEFAULT_THRESHOLD_PERCENT = '30';

/** 查重: every submission against the others and the 范文 the organizer picks; per-submission share, passages side by side. */
export function SimilarityView({ overview, notices }: { overview: Overview; notices: Notices }) {
  const { services, platform } = useAppClient();
  const [references, setReferences] = useState<File[]>([]);
  const [thresholdPercent, setThresholdPercent] = useState(DEFAULT_THRESHOLD_PERCENT);
  const [result, setResult] = useState<Result | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const threshold = Number(thresholdPercent) / 100;
  const thresholdValid = Number.isFinite(threshold) && threshold >= 0 && threshold <= 1 && thresholdPercent.trim() !== '';
  const reportTitle = `${overview.collection.theme}查重报告`;

  const check = async (): Promise<void> => {
    setRunning(true);
    try {
      const sources = await Promise.all(references.map(async (file) => ({ name: file.name, source: (await readMaterialFile(file)).source })));
      const checked = await services.checkCollectionSimilarity({ collectionId: overview.collection.id, references: sources, threshold });
      setResult(checked);
      setSelected(checked.report.submissions.find((s) => s.exceeds)?.id ?? checked.report.submissions[0]?.id ?? null);
    } catch (error) {
      notices.error(error);
    } finally {
      setRunning(false);
    }
  };
  const exportDocx = async (): Promise<void> => {
    if (!result) return;
    try {
      const { bytes, fileName } = await services.exportSimilarityReport({ ...result, title: reportTitle });
      if ((await platform.saveExport(bytes, fileName)) === 'saved') notices.info(`已导出“${fileName}”`);
    } catch (error) {
      notices.error(error);
    }
  };
  const submission = result?.report.submissions.find((s) => s.id === selected);

  return (
    <div className="similarity-view">
      <div className="organizer-card">
        <div className="organizer-toolbar">
          <button type="button" className="button" onClick={() => void pickFiles(MATERIAL_FILE_ACCEPT, true).then(setReferences)}>
            选择参考范文文件夹
          </button>
          <button type="button" className="button ghost" onClick={() => void pickFiles(MATERIAL_FILE_ACCEPT).then(setReferences)}>
            选择范文文件
          </button>
          <span className="muted" aria-label="参考范文">
            {references.length > 0 ? `参考范文 ${references.length} 篇` : '未选参考范文（只在稿件之间比对）'}
          </span>
          <label className="threshold">
            阈值
            <input type="number" min={0} max={100} step={1} value={thresholdPercent} aria-invalid={!thresholdValid} onChange={(event) => setThresholdPercent(event.target.value)} />%
          </label>
          <button type="button" className="button primary" onClick={() => void check()} disabled={running || !thresholdValid || overview.submissions.length === 0}>
            {running ? '正在查重……' : '开始查重'}
          </button>
        </div>
        <p className="field-hint">重复率为与其他稿件或范文相同的片段（不少于 20 字）占全文的比例；引用的领导讲话原话和常用提法不计。</p>
      </div>

      {result && (
        <div className="organizer-card">
          <div className="organizer-toolbar">
            <h4>
              共 {result.report.submissions.length} 篇，超过阈值 {result.report.submissions.filter((s) => s.exceeds).length} 篇
            </h4>
            <span className="spacer" />
            <button type="button" className="button small" onClick={() => void exportDocx()}>
              导出 Word 报告
            </button>
            <button type="button" className="button small" onClick={() => platform.saveTextFile(similarityCsv(result.report), exportFileName(reportTitle, '.csv'))}>
              导出 CSV
            </button>
          </div>
          <table className="organizer-table" aria-label="查重结果">
            <thead>
              <tr>
                <th>稿件</th>
                <th className="num">重复率</th>
                <th>主要相同来源</th>
              </tr>
            </thead>
            <tbody>
              {result.report.submissions.map((s) => (
                <tr key={s.id} className={`${s.exceeds ? 'exceeds' : ''}${s.id === selected ? ' selected' : ''}`} onClick={() => setSelected(s.id)}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setSelected(s.id)}>
                      {s.name}
                    </button>
                  </td>
                  <td className="num share">{percent(s.share)}</td>
                  <td>{s.sources.slice(0, 2).map((source) => `${source.name}（${percent(source.share)}）`).join('、') || '无'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && submission && <SideBySide key={submission.id} submission={submission} texts={result.texts} />}
    </div>
  );
}
