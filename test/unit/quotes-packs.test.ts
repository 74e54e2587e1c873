import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { parseCsv } from '../../core/quotes/csv.js';
import { normalizeQuoteText } from '../../core/quotes/normalize.js';
import { parseQuotePack } from '../../core/quotes/pack.js';
import { editableQuote } from '../../core/quotes/schema.js';
import { createLocalServices } from '../../core/services/local.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

const STARTER_PACK = path.join(REPO_ROOT, 'data/quotes/starter-pack.json');

function setUp(options: { starterPack?: boolean; libraryDir?: string } = {}) {
  const libraryDir = options.libraryDir ?? tempDir();
  const services = createLocalServices(
    createNodeServiceImplementation({
      policy: ALLOW_ANY_PATH,
      libraryDir,
      templatesDir: path.join(REPO_ROOT, 'templates'),
      trackRecent: false,
      ...(options.starterPack === false ? { starterQuotePackFile: path.join(libraryDir, 'no-starter.json') } : {}),
    }),
  );
  return { services, libraryDir };
}

const pack = (quotes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'gaojiang-quote-pack', version: 2, title: '测试包', quotes, ...extra });

describe('starter pack', () => {
  interface PackEntry {
    text: string; speaker?: string; source?: string; date?: string; publishedIn?: string; url?: string;
    status: string; checkedBy?: string; checkedAt?: string; saying: string; themes: string[]; note?: string;
  }
  const starter = JSON.parse(readFileSync(STARTER_PACK, 'utf8')) as { version: number; quotes: PackEntry[] };
  const byText = (text: string) => starter.quotes.find((q) => q.text === text);

  it('holds at least 150 quotations, each 已核 one with the page, source and date its exact words were read on', () => {
    expect(starter.version).toBe(2);
    expect(starter.quotes.length).toBeGreaterThanOrEqual(150);
    const checked = starter.quotes.filter((q) => q.status === '已核');
    expect(checked.length).toBeGreaterThanOrEqual(140);
    // A wording a report gave only as paraphrase (no quotation marks) is not a checked quotation.
    expect(checked.filter((q) => /无引号|转述/.test(q.note ?? '')).map((q) => q.text)).toEqual([]);
    for (const q of checked) {
      expect(q.source, q.text).toBeTruthy();
      expect(q.date, q.text).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(q.url, q.text).toMatch(/^https?:\/\/\S+$/);
      expect(q).toMatchObject({ checkedBy: '稿匠编辑组', checkedAt: '2026-12-03' });
    }
    // Several authentic wordings of one saying are kept apart, tied by their saying id.
    const jiangshan = starter.quotes.filter((q) => q.saying === 'jiangshan-renmin').map((q) => q.text);
    expect(jiangshan).toEqual(expect.arrayContaining([expect.stringMatching(/^江山就是人民、人民就是江山/), expect.stringMatching(/^江山就是人民，人民就是江山/)]));
  });

  it('keeps the corpus quotations it could not source as 待核, and marks the paraphrase as one', () => {
    expect(byText('干事担事，是干部的职责所在，也是价值所在')).toMatchObject({ status: '待核', source: '' });
    expect(byText('求真务实是共产党人的重要思想和工作方法')).toMatchObject({ status: '待核' });
    const paraphrase = byText('做工作的根本目的在于解决问题。');
    expect(paraphrase?.status).toBe('待核');
    expect(paraphrase?.note).toMatch(/转述，非引文/);
  });

  it('passes scripts/check-quote-pack.mjs, which rejects a duplicate wording and a 已核 entry without its page', () => {
    const script = path.join(REPO_ROOT, 'scripts/check-quote-pack.mjs');
    expect(execFileSync(process.execPath, [script, STARTER_PACK], { encoding: 'utf8' })).toMatch(/: \d+ quotations, 已核 \d+, 待核 \d+; 0 problems/);
    const bad = path.join(tempDir(), 'bad.json');
    const entry = { text: '空谈误国，实干兴邦。', speaker: '习近平', source: '参观《复兴之路》展览时的讲话', date: '2012-11-29', publishedIn: '新华社', url: 'http://example.org/a', status: '已核', checkedBy: '甲', checkedAt: '2026-12-03', saying: 'kongtan', themes: ['实干'] };
    writeFileSync(bad, JSON.stringify({ format: 'gaojiang-quote-pack', version: 2, title: '坏包', quotes: [entry, { ...entry, text: '空谈误国, 实干兴邦。' }, { ...entry, text: '幸福都是奋斗出来的', url: '' }] }));
    const run = spawnSync(process.execPath, [script, bad], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/第 2 条：原文中文标点应为全角/);
    expect(run.stderr).toMatch(/第 2 条：原文与第 1 条重复/);
    expect(run.stderr).toMatch(/第 3 条：.*url/);
  });

  it('has no wording twice (after punctuation width and spaces)', () => {
    const { entries } = parseQuotePack(readFileSync(STARTER_PACK, 'utf8'), 'json');
    const keys = entries.map((entry) => normalizeQuoteText(entry.text));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is installed on first use of an empty library, once', async () => {
    const { services, libraryDir } = setUp();
    const first = await services.searchQuotes({ query: '', limit: 500 });
    expect(first.results.length).toBe(starter.quotes.length);
    expect(first.results.filter(({ quote }) => quote.status === '已核').length).toBe(starter.quotes.filter((q) => q.status === '已核').length);
    for (const { quote } of first.results) await services.deleteQuote({ id: quote.id });
    // A user who deleted the starter quotations does not get them back next time.
    const later = setUp({ libraryDir }).services;
    expect((await later.searchQuotes({ query: '' })).results).toEqual([]);
  });
});

describe('quote packs', () => {
  it('imports JSON, counting duplicates by normalised text and invalid entries', async () => {
    const { services } = setUp({ starterPack: false });
    const result = await services.importQuotePack({
      format: 'json',
      text: pack([
        { text: '“为民要重在办事。”', speaker: '习近平同志', themes: ['为民'] },
        { text: '为民要重在办事.', speaker: '' }, // different: . is not 。
        { text: '为民 要重在办事。', speaker: '习近平同志' }, // duplicate: a space
        { text: '办实每件事，赢得万人心', speaker: '习近平同志' },
        { text: '办实每件事,赢得万人心', speaker: '习近平同志', themes: ['民心'] }, // duplicate: comma width
        { text: '', speaker: '甲' },
        { text: '有出处吗', status: '已核' },
        { text: '多余字段', colour: 'red' },
        { speaker: '习近平' },
        { text: '<p>网页上<b>复制</b>来的</p>', speaker: '习近平' },
        { text: '网址不对的一句话', url: 'www.example.cn' },
      ]),
    });
    expect(result).toMatchObject({ added: 3, duplicates: 2, invalid: 6, title: '测试包', sourced: 0, checked: 0, conflicts: [] });
    expect(result.problems).toEqual([
      '第 6 条金句：缺少原文',
      expect.stringMatching(/^第 7 条金句：核实：标为“已核”的金句必须填写出处/),
      expect.stringMatching(/^第 8 条金句：.*不认识的字段：colour/),
      '第 9 条金句：缺少原文',
      expect.stringMatching(/^第 10 条金句：原文：含有网页代码（HTML）/),
      expect.stringMatching(/^第 11 条金句：网址：网址应以 http/),
    ]);
    // The quote marks typed around the text are not part of the words.
    const found = await services.searchQuotes({ query: '为民要重在办事' });
    expect(found.results[0]?.quote.text).toBe('为民要重在办事。');
    // A duplicate's tags join the quotation already there.
    const heart = await services.searchQuotes({ query: '赢得万人心' });
    expect(heart.results[0]?.quote.themes).toEqual(['民心']);
    // Importing the same pack again adds nothing.
    const again = await services.importQuotePack({ format: 'json', text: pack([{ text: '办实每件事，赢得万人心' }]) });
    expect(again).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('imports version 1 packs: verified with a source reads as 已核, without one as 待核', async () => {
    const { services } = setUp({ starterPack: false });
    const result = await services.importQuotePack({
      format: 'json',
      text: pack(
        [
          { text: '空谈误国，实干兴邦。', speaker: '邓小平同志', source: '某次谈话', verified: true },
          { text: '没有出处却标了已核的一句', verified: true },
          { text: '待核的一句话在这里', verified: false },
        ],
        { version: 1 },
      ),
    });
    expect(result).toMatchObject({ added: 3, invalid: 0, sourced: 1, checked: 1 });
    const statuses = (await services.searchQuotes({ query: '' })).results.map((r) => [r.quote.text, r.quote.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ['空谈误国，实干兴邦。', '已核'],
        ['没有出处却标了已核的一句', '待核'],
        ['待核的一句话在这里', '待核'],
      ]),
    );
  });

  it('lists a duplicate wording with a different source as a conflict and overwrites nothing', async () => {
    const { services } = setUp({ starterPack: false });
    const wording = { text: '江山就是人民，人民就是江山。', speaker: '习近平', saying: 'jiangshan' };
    await services.importQuotePack({
      format: 'json',
      text: pack([{ ...wording, source: '在甲会议上的讲话', date: '2021-07-01', url: 'http://www.example.cn/a.html', status: '已核', checkedBy: '编辑组', checkedAt: '2026-12-03' }]),
    });
    const result = await services.importQuotePack({
      format: 'json',
      text: pack([
        { ...wording, source: '在乙会议上的讲话', date: '2021-03-01', themes: ['人民'] },
        { ...wording, themes: ['江山'] }, // no source: a plain duplicate
      ]),
    });
    expect(result).toMatchObject({ added: 0, duplicates: 2, sourced: 1, checked: 0 });
    expect(result.conflicts).toEqual([expect.stringMatching(/江山就是人民.*出处不同，未改动.*在甲会议上的讲话.*在乙会议上的讲话/)]);
    const [stored] = (await services.searchQuotes({ query: '江山就是人民' })).results;
    expect(stored?.quote).toMatchObject({ source: '在甲会议上的讲话', date: '2021-07-01', status: '已核', saying: 'jiangshan', themes: ['人民', '江山'] });
  });

  it('explains in Chinese what is wrong with a file that is not a pack', async () => {
    const { services } = setUp({ starterPack: false });
    await expectUserError(() => services.importQuotePack({ format: 'json', text: '{not json' }), 'invalid-input', /不是有效的 JSON/);
    await expectUserError(() => services.importQuotePack({ format: 'json', text: '{"quotes": []}' }), 'invalid-input', /这不是稿匠金句包/);
    await expectUserError(
      () => services.importQuotePack({ format: 'json', text: pack([], { version: 9 }) }),
      'unsupported-version',
      /更新版本的稿匠制作（格式版本 9）/,
    );
    await expectUserError(() => services.importQuotePack({ format: 'json', text: pack([], { quotes: 'x' }) }), 'invalid-input', /金句：类型不对/);
    await expectUserError(() => services.importQuotePack({ format: 'csv', text: '讲话人,出处\n甲,乙\n' }), 'invalid-input', /必须有“原文”一列/);
  });

  it('imports CSV as Excel writes it and exports a CSV that imports back as duplicates', async () => {
    const { services } = setUp({ starterPack: false });
    const csv = '\uFEFF原文,讲话人,出处,主题,核实\r\n"干事担事，是干部的职责所在，也是价值所在",习近平总书记,"《某书》, 第3页",担当；作风,出处已核\r\n"多行\n引文，""带引号""的",,,,\r\n坏的核实,,,,也许\r\n';
    const result = await services.importQuotePack({ format: 'csv', text: csv });
    expect(result).toMatchObject({ added: 2, duplicates: 0, invalid: 1 });
    expect(result.problems).toEqual([expect.stringMatching(/^第 4 行：核实：“也许”应为“已核”或“待核”/)]);
    const [duty] = (await services.searchQuotes({ query: '干事担事' })).results;
    expect(duty?.quote).toMatchObject({ source: '《某书》, 第3页', themes: ['担当', '作风'], status: '已核' });
    expect((await services.searchQuotes({ query: '带引号' })).results[0]?.quote.text).toBe('多行\n引文，"带引号"的');

    const exported = await services.exportQuotePack({ format: 'csv' });
    expect(exported.fileName).toBe('金句库.csv');
    expect(parseCsv(exported.text)[0]).toEqual(['原文', '讲话人', '出处', '日期', '刊载', '网址', '场合', '主题', '备注', '核实', '核实人', '核实日期', '同一句', '编号']);
    const reimported = await services.importQuotePack({ format: 'csv', text: exported.text });
    // The same sources come back: duplicates, no conflicts.
    expect(reimported).toMatchObject({ added: 0, duplicates: 2, invalid: 0, conflicts: [], sourced: 1, checked: 1 });

    const json = await services.exportQuotePack({ format: 'json', theme: '担当' });
    const other = setUp({ starterPack: false }).services;
    expect(JSON.parse(json.text)).toMatchObject({ format: 'gaojiang-quote-pack', version: 2 });
    expect(await other.importQuotePack({ format: 'json', text: json.text })).toMatchObject({ added: 1, duplicates: 0 });
    expect((await other.searchQuotes({ query: '干事担事' })).results[0]?.quote).toMatchObject({ source: '《某书》, 第3页', status: '已核', id: duty?.quote.id });
  });
});

describe('quote services', () => {
  it('saves, edits, refuses a duplicate, records use and deletes', async () => {
    const { services } = setUp({ starterPack: false });
    const saved = await services.saveQuote({ quote: { text: '“空谈误国，实干兴邦。”', speaker: '习近平总书记', themes: ['实干', '实干'] } });
    expect(saved).toMatchObject({ text: '空谈误国，实干兴邦。', themes: ['实干'], status: '待核' });
    const edited = await services.saveQuote({ quote: { ...editableQuote(saved), source: '某讲话', status: '已核' } });
    expect(edited).toMatchObject({ id: saved.id, source: '某讲话', status: '已核' });
    await expectUserError(() => services.saveQuote({ quote: { text: '空谈误国,实干兴邦。' } }), 'invalid-input', /已有这条金句/);
    expect(await services.recordQuoteUse({ id: saved.id })).toEqual({ usageCount: 1 });
    expect((await services.getQuote({ id: saved.id })).usageCount).toBe(1);
    await services.deleteQuote({ id: saved.id });
    await expectUserError(() => services.getQuote({ id: saved.id }), 'file-not-found', /没有这条金句/);
    await expectUserError(() => services.recordQuoteUse({ id: saved.id }), 'file-not-found', /没有这条金句/);
  });

  it('highlights search terms in the original text', async () => {
    const { services } = setUp({ starterPack: false });
    await services.saveQuote({ quote: { text: '江山就是人民, 人民就是江山。' } });
    const { results } = await services.searchQuotes({ query: '人民，人民' });
    expect(results[0]?.highlights).toEqual([{ start: 4, end: 10 }]);
    const two = await services.searchQuotes({ query: '人民' });
    expect(two.results[0]?.highlights).toEqual([
      { start: 4, end: 6 },
      { start: 8, end: 10 },
    ]);
  });

  it('verifies a draft with Chinese messages and extracts from text', async () => {
    const { services } = setUp();
    const draft = await services.createDraft({ title: '体会', meta: {} });
    draft.children.push({ type: 'paragraph', children: [{ text: '习近平总书记指出，“干事担事，是干部的责任所在，也是价值所在”。' }] });
    const report = await services.verifyDraft({ draft });
    expect(report.counts).toEqual({ ok: 0, pending: 0, nearMiss: 1, notFound: 0 });
    expect(report.findings[0]?.message).toMatch(/有 2 处字词不同.*应为“干事担事，是干部的职责所在，也是价值所在”/);
    const { quotations } = await services.extractQuotes({ text: '习近平总书记强调：“空谈误国，实干兴邦。”学习“千万工程”。' });
    expect(quotations).toEqual([{ kind: 'attributed', text: '空谈误国，实干兴邦。', start: 10, end: 20, speaker: '习近平总书记', verb: '强调' }]);
  });
});

describe('theme packs', () => {
  const theme = {
    format: 'gaojiang-theme-pack',
    version: 1,
    id: 'qianwan-pujiang',
    title: '学习“千万工程”“浦江经验”',
    tag: '千万工程浦江经验',
    organizer: '县委组织部',
    keyPoints: ['深刻感悟人民至上的价值底色', '坚持问题导向'],
    subHeadings: ['一、深刻领悟精髓，提高思想认识', '二、坚持问题导向，汇集民声民智'],
    templateId: 'yantao-fayan-sandian',
    deadline: '2024-06-30',
    quotes: [
      { text: '干事担事，是干部的职责所在，也是价值所在', speaker: '习近平总书记' },
      { text: '村里的事情大家商量着办，这是基层协商的好做法。', speaker: '' },
    ],
  };

  it('imports a theme: the theme is kept and its quotations carry its tag', async () => {
    const { services } = setUp({ starterPack: false });
    await services.saveQuote({ quote: { text: theme.quotes[0]!.text, speaker: '习近平总书记' } });
    const result = await services.importThemePack({ text: JSON.stringify(theme) });
    // The first quotation is in the library already: it only gains the tag.
    expect(result).toMatchObject({ added: 1, duplicates: 1, theme: { id: 'qianwan-pujiang', tag: '千万工程浦江经验', deadline: '2024-06-30' } });
    const { themes } = await services.listThemes({});
    expect(themes).toEqual([expect.objectContaining({ quoteCount: 2, theme: expect.objectContaining({ title: theme.title, templateId: 'yantao-fayan-sandian' }) })]);
    const detail = await services.getTheme({ id: 'qianwan-pujiang' });
    expect(detail.theme.keyPoints).toEqual(theme.keyPoints);
    expect(detail.quotes.map((q) => q.text)).toEqual(expect.arrayContaining([theme.quotes[0]!.text, theme.quotes[1]!.text]));
    expect((await services.searchQuotes({ query: '', theme: '千万工程浦江经验' })).results).toHaveLength(2);

    const exported = await services.exportThemePack({ id: 'qianwan-pujiang' });
    expect(exported.fileName).toBe('学习“千万工程”“浦江经验”.json');
    const other = setUp({ starterPack: false }).services;
    expect(await other.importThemePack({ text: exported.text })).toMatchObject({ added: 2, duplicates: 0 });
    expect((await other.getTheme({ id: 'qianwan-pujiang' })).theme.subHeadings).toEqual(theme.subHeadings);
    // A corrected pack with the same id replaces the theme.
    await other.importThemePack({ text: JSON.stringify({ ...theme, deadline: '2024-07-15', quotes: [] }) });
    expect((await other.listThemes({})).themes.map((t) => t.theme.deadline)).toEqual(['2024-07-15']);
  });

  it('reports how many quotations are sourced; version 2 carries sources and status, version 1 still imports', async () => {
    const { services } = setUp({ starterPack: false });
    const sourced = {
      text: '江山就是人民，人民就是江山。',
      speaker: '习近平',
      source: '在某大会上的讲话',
      date: '2021-07-01',
      publishedIn: '新华网',
      url: 'http://www.example.cn/a.html',
      status: '已核',
      checkedBy: '稿匠编辑组',
      checkedAt: '2026-12-03',
    };
    const result = await services.importThemePack({ text: JSON.stringify({ ...theme, version: 2, quotes: [sourced, theme.quotes[1]] }) });
    expect(result).toMatchObject({ added: 2, sourced: 1, checked: 1, conflicts: [] });
    const exported = JSON.parse((await services.exportThemePack({ id: 'qianwan-pujiang' })).text) as { version: number; quotes: unknown[] };
    expect(exported.version).toBe(2);
    expect(exported.quotes).toEqual(expect.arrayContaining([expect.objectContaining({ publishedIn: '新华网', status: '已核', checkedBy: '稿匠编辑组' })]));
    const old = { ...theme, id: 'old-theme', quotes: [{ text: '为官一任，造福一方。', speaker: '习近平', source: '《之江新语》', verified: true }] };
    expect(await services.importThemePack({ text: JSON.stringify(old) })).toMatchObject({ added: 1, sourced: 1, checked: 1 });
  });

  it('names the field at fault, in Chinese', async () => {
    const { services } = setUp({ starterPack: false });
    const broken = { ...theme, deadline: '6月30日', quotes: [theme.quotes[0], { text: '' }] };
    await expectUserError(
      () => services.importThemePack({ text: JSON.stringify(broken) }),
      'invalid-input',
      /学习主题包有误：\n截止日期：日期应写成 2024-06-30 这样的格式\n第 2 条金句的原文：过小或过短/,
    );
    const { templateId: _missing, ...noTemplate } = theme;
    await expectUserError(() => services.importThemePack({ text: JSON.stringify(noTemplate) }), 'invalid-input', /模板编号：类型不对/);
    await expectUserError(() => services.getTheme({ id: 'none' }), 'file-not-found', /没有找到这个学习主题/);
  });
});
