import { useState } from 'react';
import type { RosterMember, RosterMemberFields } from '../../../core/collect/collection-schema.js';
import { useConfirm } from '../app/dialogs/ConfirmDialog.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';
import { useAction, type Overview } from './use-collection.js';

const EMPTY: RosterMemberFields = { name: '', unit: '', contact: '' };

/** The editable fields of a member (the row also carries id, collection and position, which saving refuses). */
const fieldsOf = ({ name, unit, contact }: RosterMember): RosterMemberFields => ({ name, unit, contact });

interface RosterViewProps {
  overview: Overview;
  notices: Notices;
  reload: () => Promise<void>;
}

/** 名单: import a CSV from Excel/WPS, or type members; edit or remove them. */
export function RosterView({ overview, notices, reload }: RosterViewProps) {
  const { services, platform } = useAppClient();
  const { busy, run } = useAction(notices, reload);
  const [adding, setAdding] = useState<RosterMemberFields>(EMPTY);
  const [editing, setEditing] = useState<{ id: string; fields: RosterMemberFields } | null>(null);
  const confirm = useConfirm();
  const collectionId = overview.collection.id;

  const importCsv = async (): Promise<void> => {
    const file = await platform.pickLocalFile('.csv,text/csv');
    if (!file) return;
    await run(async () => {
      const result = await services.importRoster({ collectionId, csv: new Uint8Array(await file.arrayBuffer()) });
      const skipped = result.problems.length > 0 ? `；${result.problems.join('；')}` : '';
      notices.info(`已从“${file.name}”导入 ${result.added} 人${skipped}`);
    });
  };
  const add = async (): Promise<void> => {
    if (adding.name.trim() === '') return;
    if (await run(() => services.saveRosterMember({ collectionId, fields: adding }))) setAdding(EMPTY);
  };
  const save = async (): Promise<void> => {
    if (!editing || editing.fields.name.trim() === '') return;
    if (await run(() => services.saveRosterMember({ collectionId, id: editing.id, fields: editing.fields }))) setEditing(null);
  };
  const remove = async (member: RosterMember): Promise<void> => {
    const yes = await confirm.ask({ title: '删除人员', text: `从名单中删除${member.name}？其已交稿件会保留为“未对应”。`, confirmLabel: '删除' });
    if (yes) await run(() => services.deleteRosterMember({ id: member.id }));
  };

  return (
    <div className="organizer-card">
      <div className="organizer-toolbar">
        <button type="button" className="button" onClick={() => void importCsv()} disabled={busy}>
          从 CSV 导入名单
        </button>
        <span className="field-hint">Excel 或 WPS 另存为 CSV 即可；第一行写“姓名、单位、联系方式”等列名。</span>
      </div>
      <table className="organizer-table" aria-label="名单">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>姓名</th>
            <th>单位</th>
            <th>联系方式</th>
            <th className="actions" />
          </tr>
        </thead>
        <tbody>
          {overview.roster.map((member, index) =>
            editing?.id === member.id ? (
              <tr key={member.id}>
                <td className="num">{index + 1}</td>
                <MemberInputs fields={editing.fields} onChange={(fields) => setEditing({ id: member.id, fields })} onEnter={() => void save()} />
                <td className="actions">
                  <button type="button" className="button small primary" onClick={() => void save()} disabled={busy}>
                    保存
                  </button>
                  <button type="button" className="button small ghost" onClick={() => setEditing(null)}>
                    取消
                  </button>
                </td>
              </tr>
            ) : (
              <tr key={member.id}>
                <td className="num">{index + 1}</td>
                <td>{member.name}</td>
                <td>{member.unit}</td>
                <td>{member.contact}</td>
                <td className="actions">
                  <button type="button" className="button small ghost" onClick={() => setEditing({ id: member.id, fields: fieldsOf(member) })}>
                    编辑
                  </button>
                  <button type="button" className="button small ghost" onClick={() => void remove(member)}>
                    删除
                  </button>
                </td>
              </tr>
            ),
          )}
          <tr className="adding-row">
            <td className="num">新增</td>
            <MemberInputs fields={adding} onChange={setAdding} onEnter={() => void add()} />
            <td className="actions">
              <button type="button" className="button small" onClick={() => void add()} disabled={busy || adding.name.trim() === ''}>
                添加
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {confirm.dialog}
    </div>
  );
}

interface MemberInputsProps {
  fields: RosterMemberFields;
  onChange: (fields: RosterMemberFields) => void;
  /** Enter in any field: add or save the row, as a form would. */
  onEnter: () => void;
}

function MemberInputs({ fields, onChange, onEnter }: MemberInputsProps) {
  const input = (key: keyof RosterMemberFields, label: string) => (
    <td>
      <input
        type="text"
        className="cell-input"
        aria-label={label}
        value={fields[key]}
        onChange={(event) => onChange({ ...fields, [key]: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) onEnter();
        }}
      />
    </td>
  );
  return (
    <>
      {input('name', '姓名')}
      {input('unit', '单位')}
      {input('contact', '联系方式')}
    </>
  );
}
