import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../core/import/html-entities.js';
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
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).toBe('\uFFFD\uFFFD\uFFFD');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(texts('<pre>一行\n二行</pre>')).toEqual(['一行', '二行']);
  });

  it('records a bold start, headings and the page title; numbers lines by the HTML source line', () => {
    const page = htmlToLines('<title> 学习心得 - 某某网 </title>\n<h2>小标题</h2>\n<p><strong>坚持人民至上。</strong>正文。</p>\n<p><b>全部加粗</b></p>');
    expect(page.documentTitle).toBe('学习心得 - 某某网');
    expect(page.lines).toEqual([
      { text: '小标题', line: 2, boldLead: 3, heading: true },
      { text: '坚持人民至上。正文。', line: 3, boldLead: 7 },
      { text: '全部加粗', line: 4, boldLead: 4 },
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
