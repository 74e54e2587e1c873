#!/usr/bin/env node
// Checks a 金句 pack (data/quotes/starter-pack.json by default) before it ships:
// the JSON shape of format version 2, no duplicate wording, and that every
// 已核 (checked) entry names its source, date and page address.
//
//   node scripts/check-quote-pack.mjs [pack.json] [--stats]
//
// Exits 1 when an entry is wrong; --stats also prints the counts by status,
// speaker and theme that data/quotes/README.md quotes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? path.join(ROOT, 'data/quotes/starter-pack.json');
const wantStats = args.includes('--stats');

const FIELDS = new Set([
  'text', 'speaker', 'source', 'date', 'publishedIn', 'url', 'status',
  'checkedBy', 'checkedAt', 'saying', 'themes', 'note',
]);
const STATUSES = new Set(['已核', '待核']);
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const SAYING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML_TAG = /<\/?[a-z!][^>]*>/i;
// The stored pages fold full-width punctuation to ASCII; Chinese text must keep ，：；！？（）.
const HALF_WIDTH_IN_CHINESE = /[\u4e00-\u9fff“”‘’][,:;!?()]|[,:;!?()][\u4e00-\u9fff“”‘’]/;

export function checkPack(pack) {
  const errors = [];
  if (pack?.format !== 'gaojiang-quote-pack') errors.push('format 应为 gaojiang-quote-pack');
  if (pack?.version !== 2) errors.push('version 应为 2');
  if (typeof pack?.title !== 'string' || pack.title.trim() === '') errors.push('缺少 title');
  if (!Array.isArray(pack?.quotes) || pack.quotes.length === 0) return [...errors, 'quotes 应为非空数组'];

  const seen = new Map();
  pack.quotes.forEach((quote, index) => {
    const where = `第 ${index + 1} 条`;
    const fail = (message) => errors.push(`${where}：${message}`);
    if (typeof quote !== 'object' || quote === null) return fail('不是对象');
    for (const key of Object.keys(quote)) if (!FIELDS.has(key)) fail(`未知字段 ${key}`);
    for (const key of FIELDS) {
      if (key === 'themes') continue;
      if (quote[key] !== undefined && typeof quote[key] !== 'string') fail(`${key} 应为字符串`);
    }

    const text = typeof quote.text === 'string' ? quote.text.trim() : '';
    if (text.length < 2) fail('缺少原文');
    if (HTML_TAG.test(text)) fail('原文含 HTML 标签');
    if (HALF_WIDTH_IN_CHINESE.test(text)) fail('原文中文标点应为全角');
    const key = wordingKey(text);
    if (seen.has(key)) fail(`原文与第 ${seen.get(key) + 1} 条重复`);
    else seen.set(key, index);

    if (!STATUSES.has(quote.status)) fail('status 应为 已核 或 待核');
    if (!SAYING_ID.test(quote.saying ?? '')) fail('saying 应为小写字母、数字和连字符');
    if (!Array.isArray(quote.themes) || quote.themes.length === 0 || quote.themes.some((t) => typeof t !== 'string' || !t.trim())) {
      fail('themes 应为非空的主题列表');
    }
    if (quote.date && !validDate(quote.date)) fail(`date 应为 YYYY-MM 或 YYYY-MM-DD：${quote.date}`);
    if (quote.url && !/^https?:\/\/\S+$/.test(quote.url)) fail(`url 不是网页地址：${quote.url}`);

    if (quote.status === '已核') {
      for (const field of ['speaker', 'source', 'date', 'publishedIn', 'url', 'checkedBy', 'checkedAt']) {
        if (!quote[field]?.trim()) fail(`已核条目缺少 ${field}`);
      }
      if (quote.checkedAt && !/^\d{4}-\d{2}-\d{2}$/.test(quote.checkedAt)) fail('checkedAt 应为 YYYY-MM-DD');
    }
  });
  return errors;
}

/** The same wording up to spaces, quote marks and punctuation width. */
function wordingKey(text) {
  return text.normalize('NFKC').replace(/[\s“”‘’"'「」『』]/g, '').replace(/[。.]$/, '');
}

function validDate(value) {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match.map(Number);
  return month >= 1 && month <= 12 && (!match[3] || (day >= 1 && day <= 31));
}

export function packStats(pack) {
  const count = (pick) => {
    const counts = new Map();
    for (const quote of pack.quotes) for (const value of pick(quote)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
  };
  const checked = pack.quotes.filter((q) => q.status === '已核');
  return {
    total: pack.quotes.length,
    status: count((q) => [q.status]),
    speaker: count((q) => [q.speaker || '（未署名）']),
    theme: count((q) => q.themes),
    // How the checked entries were seen: on a page that reprints a media story, or as a
    // report's paraphrase without quotation marks (both are spelled out in note/publishedIn).
    reprint: checked.filter((q) => q.note?.startsWith('转载页') || q.publishedIn?.includes('转载')).length,
    paraphrase: checked.filter((q) => q.note?.includes('无引号')).length,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let pack;
  try {
    pack = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${error.message}`);
    process.exit(1);
  }
  const errors = checkPack(pack);
  for (const error of errors) console.error(error);
  const stats = packStats(pack);
  const byStatus = Object.fromEntries(stats.status);
  console.log(`${path.relative(ROOT, file)}: ${stats.total} quotations, 已核 ${byStatus['已核'] ?? 0}, 待核 ${byStatus['待核'] ?? 0}; ${errors.length} problems`);
  if (wantStats) {
    const table = (title, rows) => `\n| ${title} | 条数 |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`;
    console.log(table('状态', stats.status));
    console.log(table('讲话人', stats.speaker));
    console.log(table('主题', stats.theme));
    console.log(`\n已核条目中，页面为转载页的 ${stats.reprint} 条，原文为报道转述（无引号）的 ${stats.paraphrase} 条。`);
  }
  process.exit(errors.length ? 1 : 0);
}
