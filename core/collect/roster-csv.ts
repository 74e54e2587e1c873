import { GaojiangError } from '../errors.js';
import { parseCsv } from '../quotes/csv.js';
import { MAX_FIELD_CHARS, MAX_NAME_CHARS, RosterMemberFieldsSchema, type RosterMemberFields } from './collection-schema.js';
import { ownValue } from '../own-key.js';

/**
 * A roster (名单) from a table the organizer already has: a CSV saved by
 * Excel or WPS (decoded by the caller: UTF-8 with or without BOM, or
 * GB18030 as Excel on Chinese Windows writes it). The columns are found by
 * their header (姓名, 单位, 联系方式 and common variants); a table without a
 * header row is read as 姓名, 单位, 联系方式 in that order.
 */
export interface ParsedRoster {
  members: RosterMemberFields[];
  /** One Chinese line per row that was skipped. */
  problems: string[];
}

type Column = keyof RosterMemberFields;

const HEADER_WORDS: Record<string, Column> = {
  姓名: 'name', 名字: 'name', 人员: 'name', 成员: 'name', 党员姓名: 'name', name: 'name',
  单位: 'unit', 部门: 'unit', 所在单位: 'unit', 单位部门: 'unit', 支部: 'unit', 所在支部: 'unit', 工作单位: 'unit', unit: 'unit',
  联系方式: 'contact', 电话: 'contact', 手机: 'contact', 手机号: 'contact', 联系电话: 'contact', 邮箱: 'contact', contact: 'contact',
};

const columnOf = (header: string): Column | undefined => ownValue(HEADER_WORDS, header.replace(/[\s\u3000]+/g, '').toLowerCase());

/** Why RosterMemberFieldsSchema refused a row, in the organizer's words. */
function skippedBecause(raw: Partial<Record<Column, string>>): string {
  const name = raw.name?.trim() ?? '';
  if (name === '') return '没有姓名';
  return name.length > MAX_NAME_CHARS ? `姓名过长（超过 ${MAX_NAME_CHARS} 字）` : `单位或联系方式过长（超过 ${MAX_FIELD_CHARS} 字）`;
}

export function parseRosterCsv(text: string): ParsedRoster {
  const rows = parseCsv(text).filter((row) => row.some((field) => field.trim() !== ''));
  const [first] = rows;
  if (!first) throw new GaojiangError('invalid-input', '名单文件是空的。', 'empty roster CSV');
  const headed = first.map(columnOf);
  const hasHeader = headed.includes('name');
  if (!hasHeader && headed.some((column) => column !== undefined)) {
    throw new GaojiangError('invalid-input', '名单的第一行应有“姓名”一列（可用的列：姓名、单位、联系方式）。', 'roster CSV without a name column');
  }
  const columns: (Column | undefined)[] = hasHeader ? headed : ['name', 'unit', 'contact'];
  const roster: ParsedRoster = { members: [], problems: [] };
  const seen = new Set<string>();
  rows.slice(hasHeader ? 1 : 0).forEach((row, index) => {
    const where = `第 ${index + (hasHeader ? 2 : 1)} 行`;
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column && raw[column] === undefined) raw[column] = row[i] ?? '';
    });
    const parsed = RosterMemberFieldsSchema.safeParse(raw);
    if (!parsed.success) {
      roster.problems.push(`${where}：${skippedBecause(raw)}，已跳过`);
      return;
    }
    // A row repeated as it stands is a copy; two 王芳 of one unit with different contacts are two people.
    const key = `${parsed.data.name}\u0000${parsed.data.unit}\u0000${parsed.data.contact}`;
    if (seen.has(key)) {
      roster.problems.push(`${where}：${parsed.data.name}（${parsed.data.unit || '未填单位'}）重复，已跳过`);
      return;
    }
    seen.add(key);
    roster.members.push(parsed.data);
  });
  return roster;
}
