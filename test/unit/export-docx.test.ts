import { beforeAll, describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import {
  STUDY_SPEECH_AUTHOR_LINE,
  STUDY_SPEECH_LABELLED,
  STUDY_SPEECH_QUOTE,
  STUDY_SPEECH_TITLE,
  longDraft,
  studySpeechDraft,
} from '../fixtures/drafts.js';
import {
  attr,
  element,
  elements,
  isOn,
  paragraphs,
  readDocxParts,
  styleById,
  type DocxParts,
  type ParagraphInfo,
} from '../support/docx-parts.js';
import { expectUserError } from '../support/errors.js';

/** GB/T 9704 in the test's own arithmetic, independent of the exporter's constants. */
const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

const exportParts = async (draft: Draft, options?: Parameters<typeof exportDraftToDocx>[1]): Promise<DocxParts> =>
  readDocxParts(await exportDraftToDocx(draft, options));

/** The style's own rPr (not its pPr's paragraph-mark rPr). */
const styleRunFonts = (styles: string, id: string) => {
  const style = styleById(styles, id) ?? '';
  const rPr = elements(style, 'w:rPr').at(-1) ?? '';
  const fonts = element(rPr, 'w:rFonts') ?? '';
  const size = element(rPr, 'w:sz');
  return {
    eastAsia: attr(fonts, 'w:eastAsia'),
    ascii: attr(fonts, 'w:ascii'),
    size: size && Number(attr(size, 'w:val')),
    bold: isOn(element(rPr, 'w:b')),
  };
};

const nonEmpty = (list: ParagraphInfo[]): ParagraphInfo[] => list.filter((p) => p.text !== '');

describe('exportDraftToDocx: GB/T 9704 page and styles', () => {
  let parts: DocxParts;
  beforeAll(async () => {
    parts = await exportParts(studySpeechDraft());
  });

  it('is A4 with the standard margins and a 22-line grid', () => {
    const sectPr = element(parts.document, 'w:sectPr') ?? '';
    const size = element(sectPr, 'w:pgSz') ?? '';
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
    const margins = element(sectPr, 'w:pgMar') ?? '';
    expect({
      top: Number(attr(margins, 'w:top')),
      bottom: Number(attr(margins, 'w:bottom')),
      left: Number(attr(margins, 'w:left')),
      right: Number(attr(margins, 'w:right')),
    }).toEqual({ top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) });
    expect(twips(37)).toBe(2098);

    const grid = element(sectPr, 'w:docGrid') ?? '';
    expect(attr(grid, 'w:type')).toBe('lines');
    expect(attr(grid, 'w:linePitch')).toBe('579');
    // LibreOffice mis-draws a character grid with a negative charSpace.
    expect(attr(grid, 'w:charSpace')).toBeUndefined();
    // 22 lines of that pitch fit the 225 mm type area, 23 do not.
    const pitch = Number(attr(grid, 'w:linePitch'));
    const typeAreaHeight = 16838 - twips(37) - twips(35);
    expect(22 * pitch).toBeLessThanOrEqual(typeAreaHeight);
    expect(23 * pitch).toBeGreaterThan(typeAreaHeight);
  });

  it('defines one Normal style (16 pt, 仿宋_GB2312, Times New Roman), no duplicate ids, no dangling basedOn', () => {
    const styles = elements(parts.styles, 'w:style');
    const ids = styles.map((style) => attr(style, 'w:styleId'));
    expect(new Set(ids).size).toBe(ids.length);
    const normals = styles.filter((style) => attr(style, 'w:styleId') === 'Normal');
    expect(normals).toHaveLength(1);
    expect(attr(normals[0] ?? '', 'w:default')).toBe('1');
    expect(styleRunFonts(parts.styles, 'Normal')).toMatchObject({
      eastAsia: '仿宋_GB2312',
      ascii: 'Times New Roman',
      size: 32,
    });
    const normalRun = elements(normals[0] ?? '', 'w:rPr').at(-1) ?? '';
    expect(attr(element(normalRun, 'w:spacing') ?? '', 'w:val')).toBe('-5');
    for (const style of styles) {
      const basedOn = element(style, 'w:basedOn');
      if (basedOn) expect(ids).toContain(attr(basedOn, 'w:val'));
    }
  });

  it('turns widow control off in Normal and in the document defaults', () => {
    const normal = styleById(parts.styles, 'Normal') ?? '';
    const widow = element(normal, 'w:widowControl');
    expect(widow).toBeDefined();
    expect(isOn(widow)).toBe(false);
    const defaults = element(parts.styles, 'w:pPrDefault') ?? '';
    expect(isOn(element(defaults, 'w:widowControl'))).toBe(false);
    expect(element(defaults, 'w:widowControl')).toBeDefined();
  });

  it('sets the East Asian language to zh-CN', () => {
    const defaults = element(parts.styles, 'w:rPrDefault') ?? '';
    expect(attr(element(defaults, 'w:lang') ?? '', 'w:eastAsia')).toBe('zh-CN');
  });

  it('gives the title 22 pt 方正小标宋简体, centred, unindented, off the line grid', () => {
    expect(styleRunFonts(parts.styles, 'Title')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    const title = styleById(parts.styles, 'Title') ?? '';
    expect(attr(element(title, 'w:jc') ?? '', 'w:val')).toBe('center');
    expect(attr(element(title, 'w:ind') ?? '', 'w:firstLine')).toBe('0');
    expect(attr(element(title, 'w:ind') ?? '', 'w:firstLineChars')).toBe('0');
    const spacing = element(title, 'w:spacing') ?? '';
    expect([attr(spacing, 'w:line'), attr(spacing, 'w:lineRule')]).toEqual(['579', 'exact']);

    const titleParagraph = paragraphs(parts.document)[0];
    expect(titleParagraph?.styleId).toBe('Title');
    expect(titleParagraph?.runs.every((run) => run.size === 44 && run.eastAsiaFont === '方正小标宋简体')).toBe(true);
    const snap = element(element(titleParagraph?.xml ?? '', 'w:pPr') ?? '', 'w:snapToGrid');
    expect(snap).toBeDefined();
    expect(isOn(snap)).toBe(false);
  });

  it('indents body and heading paragraphs two characters, in twips and in characters', () => {
    for (const id of ['BodyText', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      const ind = element(styleById(parts.styles, id) ?? '', 'w:ind') ?? '';
      expect([id, attr(ind, 'w:firstLine'), attr(ind, 'w:firstLineChars')]).toEqual([id, '640', '200']);
    }
    expect(attr(element(styleById(parts.styles, 'BodyText') ?? '', 'w:jc') ?? '', 'w:val')).toBe('both');
  });

  it('sets each heading level in its typeface, with an outline level for navigation', () => {
    expect(styleRunFonts(parts.styles, 'Heading1')).toMatchObject({ eastAsia: '黑体', size: 32, bold: false });
    expect(styleRunFonts(parts.styles, 'Heading2')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32, bold: false });
    expect(styleRunFonts(parts.styles, 'Heading3')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32, bold: true });
    expect(styleRunFonts(parts.styles, 'Heading4')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32, bold: false });
    [1, 2, 3, 4].forEach((level) => {
      const outline = element(styleById(parts.styles, `Heading${level}`) ?? '', 'w:outlineLvl') ?? '';
      expect(attr(outline, 'w:val')).toBe(String(level - 1));
    });

    const byStyle = (id: string) => paragraphs(parts.document).find((p) => p.styleId === id);
    expect(byStyle('Heading1')?.runs.every((run) => run.eastAsiaFont === '黑体' && !run.bold)).toBe(true);
    expect(byStyle('Heading2')?.runs.every((run) => run.eastAsiaFont === '楷体_GB2312' && !run.bold)).toBe(true);
    expect(byStyle('Heading3')?.runs.every((run) => run.eastAsiaFont === '仿宋_GB2312' && run.bold)).toBe(true);
    expect(byStyle('Heading4')?.runs.every((run) => run.eastAsiaFont === '仿宋_GB2312' && !run.bold)).toBe(true);
  });

  it('names the East Asian font, with hint eastAsia, on every rFonts of the document', () => {
    const rFonts = elements(parts.document, 'w:rFonts');
    expect(rFonts.length).toBeGreaterThan(20);
    for (const fonts of rFonts) {
      expect(attr(fonts, 'w:eastAsia'), fonts).toBeTruthy();
      expect(attr(fonts, 'w:hint'), fonts).toBe('eastAsia');
    }
    const runs = elements(parts.document, 'w:r');
    expect(runs.every((run) => element(run, 'w:rFonts') !== undefined)).toBe(true);
    // Latin and digits: Times New Roman (2025, 100 in the third point); a run of
    // “”—… alone names the Chinese font in every slot, as LibreOffice ignores the hint.
    const textOf = (run: string) => elements(run, 'w:t').map((t) => t.replace(/<[^>]+>/g, '')).join('');
    for (const run of runs.filter((r) => textOf(r) !== '')) {
      const fonts = element(run, 'w:rFonts') ?? '';
      const expected = /^[‘’“”—…·]+$/.test(textOf(run)) ? attr(fonts, 'w:eastAsia') : 'Times New Roman';
      expect(attr(fonts, 'w:ascii'), run).toBe(expected);
    }
    expect(runs.some((run) => textOf(run) === '“')).toBe(true);
  });

  it('switches evenAndOddHeaders on, with a default (odd) and an even footer', () => {
    const flag = element(parts.settings, 'w:evenAndOddHeaders');
    expect(isOn(flag)).toBe(true);
    expect(parts.footer('default')).toBeDefined();
    expect(parts.footer('even')).toBeDefined();
    expect(parts.footer('default')).not.toBe(parts.footer('even'));
  });

  it('prints “— N —” in 14 pt 宋体 on every footer run, the PAGE field runs included', () => {
    for (const type of ['default', 'even'] as const) {
      const footer = parts.footer(type) ?? '';
      const runs = elements(footer, 'w:r');
      expect(elements(footer, 'w:instrText').map((el) => el.replace(/<[^>]+>/g, '').trim())).toEqual(['PAGE']);
      expect(runs.filter((run) => element(run, 'w:fldChar')).length).toBe(3);
      for (const run of runs) {
        expect(attr(element(run, 'w:sz') ?? '', 'w:val'), run).toBe('28');
        expect(attr(element(run, 'w:rFonts') ?? '', 'w:eastAsia'), run).toBe('宋体');
        expect(attr(element(run, 'w:rFonts') ?? '', 'w:ascii'), run).toBe('宋体');
      }
      const text = elements(footer, 'w:t').map((t) => t.replace(/<[^>]+>/g, '')).join('{PAGE}');
      expect(text).toBe('— {PAGE} —');
    }
  });

  it('puts odd page numbers right and even ones left, one 14 pt character in, with no first-line indent', () => {
    const footerParagraph = (type: 'default' | 'even') => {
      const pPr = element(parts.footer(type) ?? '', 'w:pPr') ?? '';
      const ind = element(pPr, 'w:ind') ?? '';
      return {
        jc: attr(element(pPr, 'w:jc') ?? '', 'w:val'),
        left: attr(ind, 'w:left'),
        right: attr(ind, 'w:right'),
        firstLine: attr(ind, 'w:firstLine'),
        firstLineChars: attr(ind, 'w:firstLineChars'),
      };
    };
    const noFirstLine = { firstLine: '0', firstLineChars: '0' };
    expect(footerParagraph('default')).toEqual({ jc: 'right', left: undefined, right: '280', ...noFirstLine });
    expect(footerParagraph('even')).toEqual({ jc: 'left', left: '280', right: undefined, ...noFirstLine });
  });

  it('places the footer so the dash line can sit 7 mm under the type area (footer distance 25.4 mm)', () => {
    const margins = element(element(parts.document, 'w:sectPr') ?? '', 'w:pgMar') ?? '';
    expect(Number(attr(margins, 'w:footer'))).toBe(twips(25.4));
  });

  it('writes the title as the core title and the author as creator', () => {
    const core = parts.part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${STUDY_SPEECH_TITLE}</dc:title>`);
    expect(core).toContain('<dc:creator>张明</dc:creator>');
  });
});

describe('exportDraftToDocx: content', () => {
  let parts: DocxParts;
  let body: ParagraphInfo[];
  beforeAll(async () => {
    parts = await exportParts(studySpeechDraft());
    body = paragraphs(parts.document);
  });

  it('opens with title, empty line, author line (楷体 16 pt, centred), empty line, body', () => {
    expect(body.slice(0, 5).map((p) => [p.styleId, p.text])).toEqual([
      ['Title', STUDY_SPEECH_TITLE],
      ['Normal', ''],
      ['AuthorLine', STUDY_SPEECH_AUTHOR_LINE],
      ['Normal', ''],
      ['BodyText', expect.stringMatching(/^按照专题学习安排/)],
    ]);
    expect(body[2]?.runs.every((run) => run.eastAsiaFont === '楷体_GB2312' && run.size === 32)).toBe(true);
  });

  it('prints the derived labels 一、（一）1.（1）一是 二是 三是 二、 in order, in front of their text', () => {
    const texts = body.map((p) => p.text);
    let from = 0;
    for (const start of STUDY_SPEECH_LABELLED) {
      const index = texts.findIndex((text, i) => i >= from && text.startsWith(start));
      expect(index, `${start} after paragraph ${from}`).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
  });

  it('adds “” around a quotation, which the model stores without them', () => {
    const text = body.map((p) => p.text).join('\n');
    expect(text).toContain(`关于“${STUDY_SPEECH_QUOTE}”的重要论述`);
    expect(studySpeechDraft().children.some((block) => JSON.stringify(block).includes(`“${STUDY_SPEECH_QUOTE}`))).toBe(false);
  });

  it('makes a point’s label and lead clause bold and leaves the rest as body text', () => {
    const second = body.find((p) => p.text.startsWith('二是'));
    expect(second?.runs.map((run) => [run.text, run.bold])).toEqual([
      ['二是', true],
      ['坚持问题导向，找准着力点。', true],
      ['对照先进找差距，聚焦群众急难愁盼，', false],
      ['把调查研究贯穿工作全过程', true],
      ['，以问题的解决检验学习成效。', false],
    ]);
    expect(second?.styleId).toBe('BodyText');
    expect(second?.runs.every((run) => run.size === 32 && run.eastAsiaFont === '仿宋_GB2312')).toBe(true);
  });

  it('prints closing as body text and signatures right-aligned, four characters in', () => {
    const closing = body.find((p) => p.text.startsWith('我将以这次学习'));
    expect(closing?.styleId).toBe('BodyText');
    const signatures = body.filter((p) => p.styleId === 'Signature').map((p) => p.text);
    expect(signatures).toEqual(['张明', '2025年6月12日']);
    const signature = styleById(parts.styles, 'Signature') ?? '';
    expect(attr(element(signature, 'w:jc') ?? '', 'w:val')).toBe('right');
    expect(attr(element(signature, 'w:ind') ?? '', 'w:right')).toBe(String(4 * 320));
    expect(attr(element(signature, 'w:ind') ?? '', 'w:firstLine')).toBe('0');
  });

  it('tightens every body run by 0.25 pt so 28 characters fit a line', () => {
    const bodyRuns = body.filter((p) => p.styleId === 'BodyText').flatMap((p) => p.runs);
    expect(bodyRuns.length).toBeGreaterThan(5);
    for (const run of bodyRuns) expect(attr(element(run.xml, 'w:spacing') ?? '', 'w:val')).toBe('-5');
  });
});

describe('exportDraftToDocx: signature (GB/T 9704 7.3.5)', () => {
  it('leaves one blank line before the signature and indents the 署名 to centre it over the date', async () => {
    const draft = createDraft('题目');
    draft.children = [
      ...draft.children.filter((block) => block.type === 'title'),
      { type: 'paragraph', children: [{ text: '以上发言，不当之处请批评指正。' }] },
      { type: 'signature', children: [{ text: '某某县交通运输局' }] },
      { type: 'signature', children: [{ text: '2026年12月3日' }] },
    ];
    const body = paragraphs((await exportParts(draft)).document);
    const at = body.findIndex((p) => p.text === '某某县交通运输局');
    expect(body[at - 1]?.text).toBe('');
    const indentOf = (p: ParagraphInfo | undefined) => Number(attr(element(p?.xml ?? '', 'w:ind') ?? '', 'w:right'));
    // The unit is wider than the date: less right indent than the date's four characters (its style's).
    expect(indentOf(body[at])).toBeLessThan(4 * 320);
    expect(element(body[at + 1]?.xml ?? '', 'w:ind')).toBeUndefined();
  });
});

describe('exportDraftToDocx: run-in headings', () => {
  it('sets only the heading sentence in the heading font; the run-in text after it is body text', async () => {
    const draft = createDraft('题目');
    draft.children = [
      ...draft.children.filter((block) => block.type === 'title'),
      { type: 'heading', level: 2, children: [{ text: '深化理论学习。要把学习贯彻“第一议题”制度作为首要任务，' }, { type: 'quote', quoteId: 'q', speaker: '', source: '', children: [{ text: '学思想' }] }, { text: '。' }] },
      { type: 'heading', level: 3, children: [{ text: '强化责任担当。把责任扛在肩上。' }] },
      { type: 'heading', level: 2, children: [{ text: '坚持人民至上' }] },
    ];
    const [runIn, bold, plain] = paragraphs((await exportParts(draft)).document).filter((p) => p.styleId?.startsWith('Heading'));
    const fontOf = (runs: { text: string; eastAsiaFont?: string }[], text: string) => runs.find((run) => run.text.includes(text))?.eastAsiaFont;
    expect(runIn?.text).toBe('（一）深化理论学习。要把学习贯彻“第一议题”制度作为首要任务，“学思想”。');
    expect(fontOf(runIn!.runs, '（一）')).toBe('楷体_GB2312');
    expect(fontOf(runIn!.runs, '深化理论学习。')).toBe('楷体_GB2312');
    expect(fontOf(runIn!.runs, '要把学习')).toBe('仿宋_GB2312');
    expect(fontOf(runIn!.runs, '学思想')).toBe('仿宋_GB2312');
    // A level-3 heading is bold 仿宋; its run-in sentence is not bold.
    expect(bold!.runs.find((run) => run.text.includes('强化责任担当'))?.bold).toBe(true);
    expect(bold!.runs.find((run) => run.text.includes('把责任'))?.bold).toBe(false);
    expect(plain!.runs.every((run) => run.eastAsiaFont === '楷体_GB2312')).toBe(true);
  });
});

describe('exportDraftToDocx: options and numbering', () => {
  it('names a substitute for each official font in fontTable.xml, for machines without the GB2312 fonts', async () => {
    const fonts = elements((await exportParts(studySpeechDraft())).part('word/fontTable.xml'), 'w:font');
    const altOf = (name: string) => {
      const font = fonts.find((f) => attr(f, 'w:name') === name);
      return font && attr(element(font, 'w:altName') ?? '', 'w:val');
    };
    expect(altOf('仿宋_GB2312')).toBe('仿宋');
    expect(altOf('楷体_GB2312')).toBe('楷体');
    expect(altOf('方正小标宋简体')).toBe('宋体');
    expect(altOf('黑体')).toBe('SimHei');
    expect(fonts.find((f) => attr(f, 'w:name') === '仿宋_GB2312')).toContain('<w:charset w:val="86"/>');
  });

  it('uses 仿宋, 楷体, 黑体, 宋体 with the windows profile, and no GB2312 names anywhere', async () => {
    const parts = await exportParts(studySpeechDraft(), { fonts: 'windows' });
    expect(parts.document + parts.styles + (parts.footer('default') ?? '')).not.toMatch(/GB2312|方正/);
    expect(styleRunFonts(parts.styles, 'Normal').eastAsia).toBe('仿宋');
    expect(styleRunFonts(parts.styles, 'Heading1').eastAsia).toBe('黑体');
    expect(styleRunFonts(parts.styles, 'Heading2').eastAsia).toBe('楷体');
    expect(styleRunFonts(parts.styles, 'AuthorLine').eastAsia).toBe('楷体');
    expect(styleRunFonts(parts.styles, 'Title').eastAsia).toBe('黑体');
    const fonts = new Set(elements(parts.document, 'w:rFonts').map((el) => attr(el, 'w:eastAsia')));
    expect([...fonts].sort()).toEqual(['仿宋', '楷体', '黑体'].sort());
    expect(attr(element(parts.footer('even') ?? '', 'w:rFonts') ?? '', 'w:eastAsia')).toBe('宋体');
  });

  it('omits the author line when printAuthorLine is false, leaving one empty line after the title', async () => {
    const body = paragraphs((await exportParts(studySpeechDraft(), { printAuthorLine: false })).document);
    expect(body.map((p) => p.text).join('\n')).not.toContain(STUDY_SPEECH_AUTHOR_LINE);
    expect(body.slice(0, 3).map((p) => p.styleId)).toEqual(['Title', 'Normal', 'BodyText']);
    expect(body[1]?.text).toBe('');
  });

  it('derives labels from the numbering style: 首先，其次，最后， and 第一，', async () => {
    const draft = studySpeechDraft();
    draft.numbering = { ...draft.numbering, point: 'shou-xian', heading1: 'di-yi' };
    const texts = nonEmpty(paragraphs((await exportParts(draft)).document)).map((p) => p.text);
    const pointLabels = texts.filter((t) => /^(首先|其次|最后)，/.test(t)).map((t) => t.slice(0, 3));
    expect(pointLabels).toEqual(['首先，', '其次，', '最后，']);
    expect(texts.filter((t) => t.startsWith('第'))).toHaveLength(2);
    expect(texts.some((t) => /^[一二三]是/.test(t))).toBe(false);
  });

  it('drops the empty paragraph a new draft starts with, so the head keeps a single empty line', async () => {
    const draft = createDraft('标题', { author: '张明', unit: '市委办' });
    draft.children.push({ type: 'paragraph', children: [{ text: '正文。' }] });
    const body = paragraphs((await exportParts(draft)).document);
    expect(body.map((p) => [p.styleId, p.text])).toEqual([
      ['Title', '标题'],
      ['Normal', ''],
      ['AuthorLine', '市委办 张明'],
      ['Normal', ''],
      ['BodyText', '正文。'],
    ]);
  });

  it('escapes markup characters and drops characters XML forbids', async () => {
    const draft = longDraft(0);
    draft.children.push({ type: 'paragraph', children: [{ text: 'A&B<C>"D"\u0001\u000b\uFFFE止' }] });
    const parts = await exportParts(draft);
    expect(paragraphs(parts.document).at(-1)?.text).toBe('A&B<C>"D"止');
    expect(parts.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('refuses unknown options with a user-facing message', async () => {
    await expectUserError(
      () => exportDraftToDocx(studySpeechDraft(), { fonts: 'mac' } as never),
      'invalid-input',
      /导出选项/,
    );
  });
});

// Speed is measured by `npm run bench -- export` (export_3k_ms), not here.
describe('exportDraftToDocx: size', () => {
  it('exports a 600,000-character draft with every paragraph present', async () => {
    const draft = longDraft(600_000);
    const parts = readDocxParts(await exportDraftToDocx(draft));
    const printed = paragraphs(parts.document).filter((p) => p.styleId === 'BodyText');
    expect(printed).toHaveLength(draft.children.length - 1);
    expect(printed.reduce((sum, p) => sum + p.text.length, 0)).toBe(600_000);
  }, 20_000);
});
