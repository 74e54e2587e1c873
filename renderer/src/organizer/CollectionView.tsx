import { useState } from 'react';
import { useConfirm } from '../app/dialogs/ConfirmDialog.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';
import { chineseDate } from '../../../core/collect/chinese-date.js';
import { CollectionForm } from './CollectionForm.js';
import { CompileView } from './CompileView.js';
import { RosterView } from './RosterView.js';
import { SimilarityView } from './SimilarityView.js';
import { SubmissionsView } from './SubmissionsView.js';
import { useCollectionOverview } from './use-collection.js';

const TABS = [
  ['submissions', '交稿情况'],
  ['roster', '名单'],
  ['similarity', '查重'],
  ['compile', '汇编'],
  ['settings', '设置'],
] as const;
type Tab = (typeof TABS)[number][0];

interface CollectionViewProps {
  id: string;
  notices: Notices;
  onChanged: () => Promise<void>;
  onDeleted: () => void;
}

/** One collection: its tabs over the overview they share. */
export function CollectionView({ id, notices, onChanged, onDeleted }: CollectionViewProps) {
  const { services } = useAppClient();
  const [tab, setTab] = useState<Tab>('submissions');
  const { overview, reload } = useCollectionOverview(id, notices);
  const confirm = useConfirm();
  if (!overview) return <p className="muted organizer-loading">正在读取……</p>;
  const changed = async (): Promise<void> => {
    await reload();
    await onChanged();
  };
  const remove = async (): Promise<void> => {
    const text = `删除征集“${overview.collection.theme}”及其名单和全部稿件？此操作不能撤销。`;
    if (!(await confirm.ask({ title: '删除征集', text, confirmLabel: '删除' }))) return;
    try {
      await services.deleteCollection({ id });
      onDeleted();
    } catch (error) {
      notices.error(error);
    }
  };

  return (
    <div className="collection-view">
      <header className="collection-head">
        <h3>{overview.collection.theme}</h3>
        <p className="muted">
          {overview.collection.organizerUnit || '未填组织单位'}
          {overview.collection.deadline && ` · 截止 ${chineseDate(overview.collection.deadline)}`} · 名单 {overview.roster.length} 人 · 稿件 {overview.submissions.length} 份
        </p>
      </header>
      <div className="tabs organizer-tabs" role="tablist">
        {TABS.map(([key, label]) => (
          <button key={key} type="button" role="tab" className="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {label}
          </button>
        ))}
      </div>
      <div className="organizer-tab-body" role="tabpanel">
        {tab === 'submissions' && <SubmissionsView overview={overview} notices={notices} reload={changed} />}
        {tab === 'roster' && <RosterView overview={overview} notices={notices} reload={changed} />}
        {tab === 'similarity' && <SimilarityView overview={overview} notices={notices} />}
        {tab === 'compile' && <CompileView overview={overview} notices={notices} reload={changed} onGoTo={setTab} />}
        {tab === 'settings' && (
          <>
            <CollectionForm initial={overview.collection} onSaved={() => void changed()} notices={notices} />
            <div className="organizer-card">
              <button type="button" className="button danger" onClick={() => void remove()}>
                删除此征集
              </button>
            </div>
          </>
        )}
      </div>
      {confirm.dialog}
    </div>
  );
}
