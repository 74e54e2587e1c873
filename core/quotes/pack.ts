import { z } from 'zod';
import { GaojiangError } from '../errors.js';
import { formatCsv, parseCsv } from './csv.js';
import { cleanQuoteText } from './normalize.js';
import { checkFormatAndVersion, describePackIssues, parseJsonText, parsePackPart } from './pack-errors.js';
import { editableQuote, hasSource, QuoteInputSchema, type Quote, type QuoteInput } from './schema.js';
import { ownValue } from '../own-key.js';

/**
 * 金句包: quotations handed from one library to another, as JSON
 *
 *   { "format": "gaojiang-quote-pack", "version": 2, "title": "…",
 *     "quotes": [ { "text": "…", "speaker": "…", "source": "…", "date": "…", "publishedIn": "…",
 *                   "url": "…", "status": "已核", "checkedBy": "…", "checkedAt": "…", "saying": "…", … } ] }
 *
 * or as CSV with a header row (原文, 讲话人, 出处, 日期, 刊载, 网址, 核实, 核实人, 核实日期, 同一句, …).
 * Version 1 packs (`verified: true/false`, no status) still import: verified
 * with a source reads as 已核, anything else as 待核.
 * Entries are checked one by one: a bad entry is reported and skipped, the
 * rest are imported.
 */
export const QUOTE_PACK_FORMAT = 'gaojiang-quote-pack';
export const QUOTE_PACK_VERSION = 2;
export const MAX_PACK_QUOTES = 100_000;

export const QuotePackFormatSchema = z.enum(['json', 'csv']);
export type QuotePackFormat = z.output<typeof QuotePackFormatSchema>;

const QuotePackEnvelopeSchema = z.strictObject({
  format: z.literal(QUOTE_PACK_FORMAT),
  version: z.union([z.literal(1), z.literal(QUOTE_PACK_VERSION)]),
  title: z.string().max(200).default(''),
  description: z.string().max(5_000).default(''),
  quotes: z.array(z.unknown()).max(MAX_PACK_QUOTES),
});

export interface ParsedPack {
  title: string;
  entries: QuoteInput[];
  /** One Chinese line per entry that could not be read. */
  problems: string[];
  invalid: number;
}

export function parseQuotePack(text: string, format: QuotePackFormat): ParsedPack {
  return format === 'csv' ? parseCsvPack(text) : parseJsonPack(text);
}

function parseJsonPack(text: string): ParsedPack {
  const json = parseJsonText(text, '金句包');
  checkFormatAndVersion(json, QUOTE_PACK_FORMAT, QUOTE_PACK_VERSION, '金句包');
  const envelope = parsePackPart(QuotePackEnvelopeSchema, json, '金句包');
  const pack: ParsedPack = { title: envelope.title, entries: [], problems: [], invalid: 0 };
  envelope.quotes.forEach((raw, index) => addEntry(pack, envelope.version === 1 ? fromVersion1(raw) : raw, `第 ${index + 1} 条金句`));
  return pack;
}

/** A version 1 entry in today's fields: `verified` (with a source) becomes status 已核. */
export function fromVersion1(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('verified' in raw)) return raw;
  const { verified, ...rest } = raw as Record<string, unknown>;
  const sourced = typeof rest.source === 'string' && rest.source.trim() !== '';
  return { ...rest, status: verified === true && sourced ? '已核' : '待核' };
}

/** Validates one entry into the pack, or records why it was skipped. */
function addEntry(pack: ParsedPack, raw: unknown, where: string): void {
  const text = typeof raw === 'object' && raw !== null ? (raw as { text?: unknown }).text : undefined;
  if (typeof text !== 'string' || text.trim() === '') {
    recordInvalid(pack, `${where}：缺少原文`);
    return;
  }
  const withCleanText =
    typeof raw === 'object' && raw !== null && typeof (raw as { text?: unknown }).text === 'string'
      ? { ...raw, text: cleanQuoteText((raw as { text: string }).text) }
      : raw;
  const result = QuoteInputSchema.safeParse(withCleanText);
  if (result.success) {
    pack.entries.push(result.data);
    return;
  }
  // Messages name the field only; the entry is named once in front.
  recordInvalid(pack, `${where}：${describePackIssues(result.error).join('；')}`);
}

const MAX_LISTED_PROBLEMS = 50;

/** Counts every bad entry but lists only the first ones: a broken export of 10,000 rows needs no 10,000 lines. */
function recordInvalid(pack: ParsedPack, problem: string): void {
  pack.invalid++;
  if (pack.problems.length < MAX_LISTED_PROBLEMS) pack.problems.push(problem);
  else if (pack.problems.length === MAX_LISTED_PROBLEMS) pack.problems.push('……其余有误的条目不再逐一列出。');
}

/** CSV columns: the Chinese header a person types, or the JSON field name. */
const CSV_COLUMNS: Record<string, keyof QuoteInput> = {
  原文: 'text', 金句: 'text', 内容: 'text', text: 'text',
  讲话人: 'speaker', 出自: 'speaker', speaker: 'speaker',
  出处: 'source', 讲话: 'source', 文章: 'source', source: 'source',
  日期: 'date', 时间: 'date', date: 'date',
  刊载: 'publishedIn', 刊载于: 'publishedIn', 发表于: 'publishedIn', publishedIn: 'publishedIn',
  网址: 'url', 链接: 'url', url: 'url',
  场合: 'occasion', occasion: 'occasion',
  主题: 'themes', 标签: 'themes', themes: 'themes',
  备注: 'note', note: 'note',
  核实: 'status', 出处已核: 'status', 状态: 'status', status: 'status', verified: 'status',
  核实人: 'checkedBy', checkedBy: 'checkedBy',
  核实日期: 'checkedAt', checkedAt: 'checkedAt',
  同一句: 'saying', 说法: 'saying', saying: 'saying',
  编号: 'id', id: 'id',
};
const CSV_HEADER = ['原文', '讲话人', '出处', '日期', '刊载', '网址', '场合', '主题', '备注', '核实', '核实人', '核实日期', '同一句', '编号'] as const;
const THEME_SEPARATOR = /[；;|｜]/;

const STATUS_WORDS: Record<string, Quote['status']> = {
  已核: '已核', 出处已核: '已核', 是: '已核', true: '已核', '1': '已核', yes: '已核', y: '已核',
  待核: '待核', 未核: '待核', 否: '待核', false: '待核', '0': '待核', no: '待核', n: '待核', '': '待核',
};

function parseCsvPack(text: string): ParsedPack {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new GaojiangError('invalid-input', 'CSV 文件是空的。', 'empty CSV pack');
  const fields = header.map((name) => ownValue(CSV_COLUMNS, name.trim()) ?? ownValue(CSV_COLUMNS, name.trim().toLowerCase()));
  if (!fields.includes('text')) {
    throw new GaojiangError(
      'invalid-input',
      `CSV 第一行应为列名，且必须有“原文”一列（可用的列：${CSV_HEADER.join('、')}）。`,
      'CSV pack has no text column',
    );
  }
  const pack: ParsedPack = { title: '', entries: [], problems: [], invalid: 0 };
  rows.forEach((row, index) => {
    const raw: Record<string, unknown> = {};
    const problems: string[] = [];
    fields.forEach((field, column) => {
      const value = (row[column] ?? '').trim();
      if (!field || (value === '' && field !== 'text')) return;
      if (field === 'themes') raw.themes = value.split(THEME_SEPARATOR).map((t) => t.trim()).filter(Boolean);
      else if (field === 'status') {
        const status = ownValue(STATUS_WORDS, value.toLowerCase());
        if (status === undefined) problems.push(`核实：“${value}”应为“已核”或“待核”`);
        raw.status = status ?? '待核';
      } else raw[field] = value;
    });
    const where = `第 ${index + 2} 行`;
    if (problems.length > 0) recordInvalid(pack, `${where}：${problems.join('；')}`);
    else addEntry(pack, raw, where);
  });
  return pack;
}


export function formatQuotePack(quotes: readonly Quote[], format: QuotePackFormat, title: string): string {
  if (format === 'csv') {
    const rows = quotes.map((q) => [
      q.text, q.speaker, q.source, q.date, q.publishedIn, q.url, q.occasion, q.themes.join('；'), q.note,
      q.status, q.checkedBy, q.checkedAt, q.saying, q.id,
    ]);
    return formatCsv([[...CSV_HEADER], ...rows]);
  }
  const pack = { format: QUOTE_PACK_FORMAT, version: QUOTE_PACK_VERSION, title, quotes: quotes.map(editableQuote) };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** How many entries of a pack name a source, and how many of those are 已核. */
export function countSourced(entries: readonly QuoteInput[]): { sourced: number; checked: number } {
  const sourced = entries.filter(hasSource);
  return { sourced: sourced.length, checked: sourced.filter((entry) => entry.status === '已核').length };
}
