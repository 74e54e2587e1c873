import { describe, expect, it } from 'vitest';
import type { Collection, RosterMember, Submission } from '../../core/collect/collection-schema.js';
import { collectionStatus, reminderText } from '../../core/collect/collection-status.js';
import { orderSubmissions } from '../../core/collect/compile-order.js';
import { parseRosterCsv } from '../../core/collect/roster-csv.js';
import { matchMember } from '../../core/collect/roster-match.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import { decodeChineseText } from '../../core/node/text-file.js';
import { expectUserError } from '../support/errors.js';

const member = (id: string, name: string, unit = '', position = 0): RosterMember => ({ id, collectionId: 'c', position, name, unit, contact: '' });

/** A draft signed in its metadata only: its author line deleted. */
const withoutAuthorLine = (draft: Draft): Draft => ({ ...draft, children: draft.children.filter((block) => block.type !== 'author-line') });

/** A draft whose printed author line was retyped after the wizard filled in `meta`. */
const retyped = (line: string, meta: { author: string; unit: string }): Draft => {
  const draft = createDraft('题目', meta);
  return { ...draft, children: draft.children.map((block) => (block.type === 'author-line' ? { ...block, children: [{ text: line }] } : block)) };
};

const roster = [
  member('m1', '张三', '办公室', 1),
  member('m2', '李四', '财务科', 2),
  member('m3', '张三丰', '武当分局', 3),
  member('m4', '王芳', '办公室', 4),
  member('m5', '王芳', '人事科', 5),
];

describe('matching a file to a roster member', () => {
  it.each([
    ['meta.author', { fileName: '研讨发言.docx', draft: withoutAuthorLine(createDraft('题目', { author: '李四' })) }, 'm2', 'author'],
    ['the printed author line over a stale meta.author', { fileName: '研讨发言.docx', draft: retyped('财务科 李四', { author: '张三', unit: '办公室' }) }, 'm2', 'author-line'],
    ['the author line', { fileName: '研讨发言.docx', draft: createDraft('题目', { unit: '财务科 李四' }) }, 'm2', 'author-line'],
    ['the file name 张三-研讨发言', { fileName: '张三-研讨发言.docx' }, 'm1', 'file-name'],
    ['the file name 研讨发言（李四）', { fileName: '研讨发言（李四）.docx' }, 'm2', 'file-name'],
    ['the longer of two contained names', { fileName: '张三丰_心得体会.txt' }, 'm3', 'file-name'],
    ['namesakes told apart by unit', { fileName: '人事科王芳.docx' }, 'm5', 'file-name'],
    ['the author before a misleading file name', { fileName: '李四转张三.docx', draft: createDraft('题目', { author: '张三' }) }, 'm1', 'author-line'],
  ])('by %s', (_, clues, id, by) => {
    expect(matchMember(roster, clues)).toMatchObject({ member: { id }, by });
  });

  it.each([
    ['•', { fileName: '阿依古丽•买买提-心得.docx' }, 'file-name'],
    ['・ (a Japanese input method)', { fileName: '研讨发言.docx', draft: createDraft('题目', { author: '阿依古丽・买买提' }) }, 'author-line'],
    ['.', { fileName: '阿依古丽.买买提 研讨发言.docx' }, 'file-name'],
    ['‧', { fileName: '心得（阿依古丽‧买买提）.docx' }, 'file-name'],
  ])('matches a name with · written with %s', (_, clues, by) => {
    const withDot = [...roster, member('m6', '阿依古丽·买买提', '宣传科', 6)];
    expect(matchMember(withDot, clues)).toMatchObject({ member: { id: 'm6' }, by });
  });

  it.each([
    ['nobody named', { fileName: '研讨发言.docx' }],
    ['namesakes without a unit', { fileName: '王芳.docx' }],
    ['two people in one file name', { fileName: '张三李四合稿.docx' }],
    ['a file name naming another member than its author', { fileName: '张三-研讨发言.docx', draft: createDraft('题目', { author: '李四' }) }],
  ])('leaves the file unmatched: %s', (_, clues) => {
    expect(matchMember(roster, clues)).toBeUndefined();
  });
});

describe('roster CSV', () => {
  const table = '姓名,单位,联系方式\r\n张三,办公室,13800000001\r\n李四,"财务科,二组",\r\n';

  it('reads UTF-8 with a BOM as Excel saves “CSV UTF-8”', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(table)]);
    expect(parseRosterCsv(decodeChineseText(bytes)).members).toEqual([
      { name: '张三', unit: '办公室', contact: '13800000001' },
      { name: '李四', unit: '财务科,二组', contact: '' },
    ]);
  });

  it('reads GB18030 as Excel on Chinese Windows saves plain “CSV”', () => {
    // 姓名,单位 / 张三,办公室 encoded in GBK (a subset of GB18030), bytes written out by hand.
    const gbk = [0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xa5, 0xce, 0xbb, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2];
    expect(parseRosterCsv(decodeChineseText(new Uint8Array(gbk))).members).toEqual([{ name: '张三', unit: '办公室', contact: '' }]);
  });

  it('finds columns by their header in any order and reads a table without a header as 姓名, 单位, 联系方式', () => {
    expect(parseRosterCsv('序号,手机,部门,姓名\n1,139,办公室,张三\n').members).toEqual([{ name: '张三', unit: '办公室', contact: '139' }]);
    expect(parseRosterCsv('张三,办公室\n李四\n').members).toEqual([
      { name: '张三', unit: '办公室', contact: '' },
      { name: '李四', unit: '', contact: '' },
    ]);
  });

  it('skips rows without a name and repeated people, saying which rows', () => {
    const { members, problems } = parseRosterCsv('姓名,单位\n张三,办公室\n,财务科\n张三,办公室\n');
    expect(members).toHaveLength(1);
    expect(problems).toEqual(['第 3 行：没有姓名，已跳过', '第 4 行：张三（办公室）重复，已跳过']);
  });

  it('keeps namesakes of one unit told apart by their contact', () => {
    const { members, problems } = parseRosterCsv('姓名,单位,联系方式\n王芳,办公室,13800000001\n王芳,办公室,13800000002\n王芳,办公室,13800000002\n');
    expect(members.map((member) => member.contact)).toEqual(['13800000001', '13800000002']);
    expect(problems).toEqual(['第 4 行：王芳（办公室）重复，已跳过']);
  });

  it('says a row was skipped for a field too long, not for a missing name', () => {
    const { members, problems } = parseRosterCsv(`姓名,单位\n${'长'.repeat(51)},办公室\n李四,${'科'.repeat(201)}\n`);
    expect(members).toEqual([]);
    expect(problems).toEqual(['第 2 行：姓名过长（超过 50 字），已跳过', '第 3 行：单位或联系方式过长（超过 200 字），已跳过']);
  });

  it('refuses an empty file and a header without 姓名 in Chinese', async () => {
    await expectUserError(() => parseRosterCsv('\uFEFF\r\n'), 'invalid-input', /名单文件是空的/);
    await expectUserError(() => parseRosterCsv('单位,电话\n办公室,1\n'), 'invalid-input', /“姓名”一列/);
  });
});

describe('collection status', () => {
  const collection: Collection = { id: 'c', theme: '主题教育专题研讨', deadline: '2026-12-01', organizerUnit: '机关党委', createdAt: '' };
  const submission = (id: string, memberId: string | null, status: Submission['status']): Submission => ({
    id,
    collectionId: 'c',
    origin: '收到',
    memberId,
    status,
    note: '',
    title: '题目',
    version: 1,
    fileName: `${id}.docx`,
    submitter: '',
    receivedAt: '',
  });
  const status = collectionStatus(roster, [submission('s1', 'm1', '已交'), submission('s2', 'm4', '已退回'), submission('s3', null, '已交')]);

  it('counts by status and by unit, and lists unassigned files', () => {
    expect(status.counts).toEqual({ 未交: 3, 已交: 1, 已退回: 1, 已收录: 0 });
    expect(status.byUnit.find((u) => u.unit === '办公室')).toEqual({ unit: '办公室', total: 2, counts: { 未交: 0, 已交: 1, 已退回: 1, 已收录: 0 } });
    expect(status.members.filter((m) => m.status === '未交').map((m) => m.member.name)).toEqual(['李四', '张三丰', '王芳']);
    expect(status.unassigned.map((s) => s.id)).toEqual(['s3']);
  });

  it('writes the 催交名单 grouped by unit', () => {
    expect(reminderText(collection, status, '2026-11-24')).toBe(
      [
        '“主题教育专题研讨”征集催交名单（截至 2026-11-24，截止日期 2026-12-01）',
        '尚未交稿（3 人）：',
        '财务科：李四',
        '武当分局：张三丰',
        '人事科：王芳',
        '退回修改待重交（1 人）：',
        '办公室：王芳',
      ].join('\n'),
    );
  });

  it('does not claim everyone handed in when the roster is empty', () => {
    const text = reminderText(collection, collectionStatus([], []), '2026-11-24');
    expect(text).not.toMatch(/全部人员均已交稿/);
    expect(text).toMatch(/名单还是空的/);
  });

  it('says everyone handed in only when every member has', () => {
    const everyone = collectionStatus(roster.slice(0, 1), [submission('s1', 'm1', '已交')]);
    expect(reminderText(collection, everyone, '2026-11-24')).toMatch(/全部人员均已交稿/);
  });
});

describe('汇编 order', () => {
  const submission = (id: string, memberId: string | null): Submission => ({
    id,
    collectionId: 'c',
    origin: '收到',
    memberId,
    status: '已交',
    note: '',
    title: id,
    version: 1,
    fileName: `${id}.docx`,
    submitter: '',
    receivedAt: '',
  });
  // Received in this order: 王芳(人事科), nobody's, 李四, 张三, 王芳(办公室).
  const received = [submission('m5', 'm5'), submission('x', null), submission('m2', 'm2'), submission('m1', 'm1'), submission('m4', 'm4')];

  it('follows the roster, unclaimed files last', () => {
    expect(orderSubmissions(received, roster, 'roster').map((s) => s.id)).toEqual(['m1', 'm2', 'm4', 'm5', 'x']);
  });

  it('groups by unit in the order units first appear on the roster', () => {
    expect(orderSubmissions(received, roster, 'unit').map((s) => s.id)).toEqual(['m1', 'm4', 'm2', 'm5', 'x']);
  });
});
