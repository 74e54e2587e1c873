import { describe, expect, it } from 'vitest';
import { cleanPageTitle, readWebPage } from '../../core/import/html-article.js';
import { sanitiseHtml } from '../../core/import/html-document.js';
import { htmlToLines } from '../../core/import/html-to-lines.js';
import { importDocument } from '../../core/import/import-document.js';
import { draftTitle } from '../../core/model/text.js';
import { kinds, printedText } from '../support/import-helpers.js';

const texts = (html: string) => htmlToLines(html).lines.map((line) => line.text);

describe('htmlToLines', () => {
  it('makes one line per block element and <br>, joining inline elements', () => {
    expect(texts('<div><p>第一段<span>继续</span></p><p>第二段<br>换行</p><ul><li>甲</li><li>乙</li></ul></div>')).toEqual([
      '第一段继续', '第二段', '换行', '甲', '乙',
    ]);
  });

  it('skips script, style, navigation, forms, comments and hidden elements', () => {
    const html =
      '<head><style>p{}</style><script>document.write("<p>脚本</p>")</script></head><body><nav><ul><li>首页</li></ul></nav>' +
      '<!-- <p>注释</p> --><p>正文</p><form><button>提交</button></form><div hidden>隐藏</div>' +
      '<div style="display: none">也隐藏</div><aside>侧栏</aside><p aria-hidden="true">读屏隐藏</p><footer>页脚</footer></body>';
    expect(texts(html)).toEqual(['正文']);
  });

  it('decodes character references and collapses whitespace; a line break between Han characters is no space', () => {
    expect(texts('<p>&ldquo;千万工程&rdquo;&nbsp;&amp;&#x6D59;&#27743;&unknown;</p><p>深\n  学细悟 and  more</p>')).toEqual([
      '“千万工程”\u00A0&浙江&unknown;',
      '深学细悟 and more',
    ]);
    expect(texts('<p>&#0;&#xD800;&#1114112;</p>')).toEqual(['\uFFFD\uFFFD\uFFFD']);
  });

  it('keeps line breaks inside <pre>', () => {
    expect(texts('<pre>一行\n二行</pre>')).toEqual(['一行', '二行']);
  });

  it('records a bold start, headings and the page title; numbers lines by paragraph', () => {
    const page = htmlToLines('<title> 学习心得 - 某某网 </title>\n<h2>小标题</h2>\n<p><strong>坚持人民至上。</strong>正文。</p>\n<p><b>全部加粗</b></p>');
    expect(page.documentTitle).toBe('学习心得 - 某某网');
    expect(page.lines).toEqual([
      { text: '小标题', line: 1, boldLead: 3, heading: true },
      { text: '坚持人民至上。正文。', line: 2, boldLead: 7 },
      { text: '全部加粗', line: 3, boldLead: 4 },
    ]);
  });

  it('survives broken markup: unclosed tags, a stray <, unterminated comments', () => {
    expect(texts('<p>甲 < 乙<p>丙<div>丁')).toEqual(['甲 < 乙', '丙', '丁']);
    expect(texts('<p>正文</p><!-- 未结束')).toEqual(['正文']);
    expect(texts('<p a="1>2">正文</p>')).toEqual(['正文']);
  });

  it('counts pictures, which are not imported', () => {
    expect(htmlToLines('<p>图<img src="a.png">文</p><img src=b.png />').images).toBe(2);
  });
});

describe('importing a web page', () => {
  it('uses the page title when the text has none, and notes pictures', async () => {
    const html = '<html><head><title>学习体会</title></head><body><p>通过学习，我深受启发，认识到要坚持人民至上。</p><img src="x.png"></body></html>';
    const result = await importDocument({ kind: 'html', html });
    expect(draftTitle(result.drafts[0]!)).toBe('学习体会');
    expect(result.detected.sourceKind).toBe('html');
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'info', message: expect.stringMatching(/1 张图片/) }));
  });

  it('recognises structure from the page as from text', async () => {
    const html = '<h1>学习“千万工程”研讨发言</h1><p>开头。</p><p>一、提高认识</p><p>正文。</p><p>二、抓好落实</p><p>正文。</p>';
    const result = await importDocument({ kind: 'html', html });
    expect(kinds(result.drafts[0]!)).toEqual(['title', 'p', 'h1', 'p', 'h1', 'p']);
    expect(printedText(result.drafts[0]!)).toContain('二、抓好落实');
  });
});

/** A web page as 范文 sites serve it: menus, the article in its own region, a sidebar of links, a footer. */
function sitePage(title: string, paragraphs: readonly string[], extra = ''): string {
  const menu = ['首页', '心得体会', '工作总结', '发言材料', '登录', '注册'].map((word) => `<a href="/${word}">${word}</a>`).join(' | ');
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/p/${i}">推荐范文第${i + 1}篇</a> 2024-05-0${(i % 9) + 1}</li>`).join('');
  return (
    `<html><head><title>${title}</title></head><body><div class="header"><div class="menu">${menu}</div></div>` +
    `<div class="main"><h1>学习“千万工程”经验心得体会</h1><div class="info">发布时间：2024-05-06 浏览：1024</div>` +
    `<div class="article-content">${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</div></div>` +
    `<div class="sidebar"><h3>相关推荐</h3><ul>${links}</ul></div>${extra}<div class="copyright">Copyright © 2024 第一范文网 版权所有</div></body></html>`
  );
}

const PARAGRAPHS = [
  '通过这次集中学习，我对“千万工程”的深刻内涵有了更加全面的认识，深感这是一项惠及千万农民的民心工程。',
  '<strong>一是坚持人民至上。</strong>“千万工程”从农民群众最关心最直接最现实的利益问题入手，始终把群众满意作为衡量工作的标准。',
  '<strong>二是坚持系统观念。</strong>二十年来，浙江坚持一张蓝图绘到底，一任接着一任干，持续推动乡村全面振兴。',
  '<strong>三是坚持真抓实干。</strong>我们要把学习成果转化为推动工作的实际成效，切实做到知行合一、学用相长。',
];

describe('reading a web page with Readability', () => {
  it('keeps the article region and its block boundaries, leaving menus, sidebar and footer out with a note', async () => {
    const page = readWebPage(sitePage('学习“千万工程”经验心得体会_第一范文网', PARAGRAPHS));
    const texts = page.lines.map((line) => line.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^通过这次集中学习/), expect.stringMatching(/^三是坚持真抓实干。/)]));
    expect(texts.join('\n')).not.toMatch(/推荐范文|登录|版权所有/);
    expect(page.lines.find((line) => line.text.startsWith('一是'))?.boldLead).toBe('一是坚持人民至上。'.length);
    expect(page.documentTitle).toBe('学习“千万工程”经验心得体会');
    expect(page.leftOut).toBeGreaterThan(10);

    const result = await importDocument({ kind: 'html', html: sitePage('学习“千万工程”经验心得体会 - 第一范文网', PARAGRAPHS) });
    expect(draftTitle(result.drafts[0]!)).toBe('学习“千万工程”经验心得体会');
    expect(printedText(result.drafts[0]!)).not.toMatch(/推荐范文|版权所有/);
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'info', message: expect.stringMatching(/正文区以外的 \d+ 段文字/) }));
  });

  it('reads the whole body when there is nothing to choose from, and keeps two articles side by side', () => {
    // Two short lines: nothing to choose between.
    expect(readWebPage('<p>一是提高认识。</p><p>二是抓好落实。</p>').lines.map((line) => line.text)).toEqual(['一是提高认识。', '二是抓好落实。']);
    // Two articles side by side in regions of their own: both are kept.
    const second = PARAGRAPHS.map((text) => `学习浦江经验，${text.replace(/<\/?strong>/g, '')}`);
    const page = readWebPage(sitePage('心得体会两篇', PARAGRAPHS, `<div class="main"><div class="article-content">${second.map((t) => `<p>${t}</p>`).join('')}</div></div>`));
    expect(page.lines.filter((line) => line.text.startsWith('学习浦江经验，')).length).toBe(4);
    expect(page.lines.filter((line) => /^[一二三]是坚持/.test(line.text)).length).toBe(3);
  });

  it('cleans site names and file suffixes off the page title', () => {
    expect(cleanPageTitle('学习心得体会_范文网')).toBe('学习心得体会');
    expect(cleanPageTitle('2024年主题教育研讨发言材料 - 第一范文网')).toBe('2024年主题教育研讨发言材料');
    expect(cleanPageTitle('关于加强作风建设的心得体会(共十篇).docx')).toBe('关于加强作风建设的心得体会');
    expect(cleanPageTitle('党课讲稿（3篇） | 某某文库')).toBe('党课讲稿');
    expect(cleanPageTitle('某某网')).toBe('某某网');
    expect(cleanPageTitle('Home')).toBe('');
    // An <h1> the <title> repeats wins over the <title>; a hyphen in a date is no separator.
    expect(readWebPage('<title>心得体会_范文网</title><h1>心得体会</h1><p>正文。</p>').documentTitle).toBe('心得体会');
    expect(cleanPageTitle('2023-06-26学习体会')).toBe('2023-06-26学习体会');
  });

  it('refuses a page of more tags than a page has, with a Chinese message', async () => {
    await expect(importDocument({ kind: 'html', html: '<i>字</i>'.repeat(45_000) })).rejects.toMatchObject({ userMessage: expect.stringMatching(/结构过于复杂/) });
  });

  it('sanitising before parsing removes comments, scripts and styles and escapes stray "<" in one pass', () => {
    expect(sanitiseHtml('<p>甲 < 乙</p><!-- x --><script>if (a<b) {}</script><style>p{}</style><svg><text>图</text></svg><p>丙')).toBe(
      '<p>甲 \uE000 乙</p><p>丙',
    );
    // A page that has the placeholder character itself gets "&lt;" instead.
    expect(sanitiseHtml('<p>\uE000 < 乙</p>')).toBe('<p>\uE000 &lt; 乙</p>');
    expect(texts('<title>甲<乙</title><p>甲 < 乙 <<< 丙</p>')).toEqual(['甲 < 乙 <<< 丙']);
    expect(sanitiseHtml('<p>正文</p><script>没有结束')).toBe('<p>正文</p>');
    expect(sanitiseHtml('<SCRIPT>x</SCRIPT><scripts>留下</scripts>')).toBe('<scripts>留下</scripts>');
  });
});
