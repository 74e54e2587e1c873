import { useMemo, useState } from 'react';
import { clusterSentence } from '../../../core/collect/similarity-clusters.js';
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
import { announceExport } from '../app/export-notice.js';

type Result = ServiceOutput<'checkCollectionSimilarity'>;

/** DEFAULT_THRESHOLD of core/collect/similarity.ts, as a percentage; importing it would bundle the 繁→简 tables into the page. */
const DEFAULT_THRESHOLD_PERCENT = '30';

type Order = 'high-first' | 'low-first';
const ALL_UNITS = '';

/** Each submission's 单位, from the roster member it belongs to ('' when unassigned). */
function unitsOf(overview: Overview): Map<string, string> {
  const unitOfMember = new Map(overview.roster.map((member) => [member.id, member.unit]));
  return new Map(overview.submissions.map((submission) => [submission.id, submission.memberId ? (unitOfMember.get(submission.memberId) ?? '') : '']));
}

/**
 * 查重: every submission against the others and the 范文 the organizer
 * picks. Clusters and problems first, then the rates (highest first, or
 * lowest; one 单位 or all), any pair side by side.
 */
export function SimilarityView({ overview, notices }: { overview: Overview; notices: Notices }) {
  const { services, platform } = useAppClient();
  const [references, setReferences] = useState<File[]>([]);
  const [thresholdPercent, setThresholdPercent] = useState(DEFAULT_THRESHOLD_PERCENT);
  const [result, setResult] = useState<Result | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [order, setOrder] = useState<Order>('high-first');
  const [unit, setUnit] = useState(ALL_UNITS);
  const units = useMemo(() => unitsOf(overview), [overview]);
  const unitNames = [...new Set(units.values())].filter((name) => name !== '').sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const rows = useMemo(() => {
    const shown = (result?.report.submissions ?? []).filter((s) => unit === ALL_UNITS || units.get(s.id) === unit);
    return shown.sort((p, q) => (order === 'high-first' ? q.share - p.share : p.share - q.share));
  }, [result, unit, units, order]);
  const threshold = Number(thresholdPercent) / 100;
  const thresholdValid = Number.isFinite(threshold) && threshold >= 0 && threshold <= 1 && thresholdPercent.trim() !== '';
  const reportTitle = `${overview.collection.theme}查重报告`;

  const check = async (): Promise<void> => {
    setRunning(true);
    try {
      const sources = await Promise.all(references.map(async (file) => ({ name: file.name, source: (await readMaterialFile(file)).source })));
      const checked = await services.checkCollectionSimilarity({ collectionId: overview.collection.id, references: sources, threshold });
      setResult(checked);
      const highest = [...checked.report.submissions].sort((p, q) => q.share - p.share)[0];
      setSelected(highest?.id ?? null);
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
      announceExport(notices, await platform.saveExport(bytes, fileName), `已导出“${fileName}”`);
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

      {result && (result.report.clusters.length > 0 || result.report.problems.length > 0) && (
        <div className="organizer-card" aria-label="相似群组与需要注意的稿件">
          {result.report.clusters.length > 0 && (
            <>
              <h4>相似群组</h4>
              <ul className="similarity-clusters">
                {result.report.clusters.map((cluster) => (
                  <li key={cluster.sourceId}>
                    <button type="button" className="link-button" onClick={() => setSelected(cluster.members[0]?.id ?? null)}>
                      {clusterSentence(cluster)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.report.problems.length > 0 && (
            <>
              <h4>需要注意的稿件</h4>
              <ul className="similarity-problems">
                {result.report.problems.map((problem) => (
                  <li key={`${problem.kind}:${problem.name}`}>{problem.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {result && (
        <div className="organizer-card">
          <div className="organizer-toolbar">
            <h4>
              共 {result.report.submissions.length} 篇，超过阈值 {result.report.submissions.filter((s) => s.exceeds).length} 篇
            </h4>
            <label>
              单位
              <select aria-label="按单位筛选" value={unit} onChange={(event) => setUnit(event.target.value)}>
                <option value={ALL_UNITS}>全部单位</option>
                {unitNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
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
                <th className="num" aria-sort={order === 'high-first' ? 'descending' : 'ascending'}>
                  <button type="button" className="link-button" onClick={() => setOrder(order === 'high-first' ? 'low-first' : 'high-first')}>
                    重复率{order === 'high-first' ? ' ↓' : ' ↑'}
                  </button>
                </th>
                <th>最相似的稿件或范文</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className={`${s.exceeds ? 'exceeds' : ''}${s.id === selected ? ' selected' : ''}`} onClick={() => setSelected(s.id)}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setSelected(s.id)}>
                      {s.name}
                    </button>
                  </td>
                  <td className="num share">{percent(s.share)}</td>
                  <td>{s.sources.slice(0, 5).map((source) => `${source.name}（${percent(source.share)}）`).join('、') || '无'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && submission && <SideBySide key={submission.id} submission={submission} texts={result.texts} notices={notices} />}
    </div>
  );
}
