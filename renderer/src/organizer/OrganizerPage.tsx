import { useCallback, useEffect, useState } from 'react';
import type { ServiceOutput } from '../../../core/services/contract.js';
import { useAppClient } from '../client/index.js';
import type { Notices } from '../app/use-notices.js';
import { chineseDate } from '../../../core/collect/chinese-date.js';
import { CollectionForm } from './CollectionForm.js';
import { CollectionView } from './CollectionView.js';
import './organizer.css';

type Entry = ServiceOutput<'listCollections'>['collections'][number];

/** 征集汇编: the organizer's collections on the left, the chosen one (or a new one) on the right. */
export function OrganizerPage({ notices, onClose }: { notices: Notices; onClose: () => void }) {
  const { services } = useAppClient();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [selected, setSelected] = useState<string | 'new' | null>(null);

  const showError = notices.error;
  const reload = useCallback(async () => {
    try {
      const { collections } = await services.listCollections({});
      setEntries(collections);
      setSelected((current) => current ?? collections[0]?.collection.id ?? 'new');
    } catch (error) {
      showError(error);
    }
  }, [services, showError]);
  useEffect(() => void reload(), [reload]);

  return (
    <section className="organizer" aria-label="征集汇编">
      <aside className="organizer-side">
        <div className="organizer-side-head">
          <h2>征集汇编</h2>
          <button type="button" className="button small ghost" onClick={onClose} title="回到稿件编辑">
            返回写稿
          </button>
        </div>
        <button type="button" className="button primary organizer-new" onClick={() => setSelected('new')}>
          新建征集
        </button>
        <ul className="collection-list" aria-label="征集列表">
          {entries?.map(({ collection, memberCount, submittedCount }) => (
            <li key={collection.id}>
              <button
                type="button"
                className={`collection-item${selected === collection.id ? ' selected' : ''}`}
                aria-current={selected === collection.id}
                onClick={() => setSelected(collection.id)}
              >
                <span className="collection-theme">{collection.theme}</span>
                <span className="collection-meta">
                  已交 {submittedCount}/{memberCount}
                  {collection.deadline && ` · 截止 ${chineseDate(collection.deadline)}`}
                </span>
              </button>
            </li>
          ))}
          {entries?.length === 0 && <li className="muted organizer-empty">还没有征集</li>}
        </ul>
      </aside>
      <div className="organizer-main">
        {selected === 'new' && (
          <CollectionForm
            onSaved={(collection) => {
              setSelected(collection.id);
              void reload();
            }}
            notices={notices}
          />
        )}
        {selected !== 'new' && selected !== null && (
          <CollectionView
            key={selected}
            id={selected}
            notices={notices}
            onChanged={reload}
            onDeleted={() => {
              setSelected(null);
              void reload();
            }}
          />
        )}
      </div>
    </section>
  );
}
