import { describe, expect, it } from 'vitest';
import { matchArticleMarker, splitArticles } from '../../core/import/articles.js';
import { importDocument } from '../../core/import/import-document.js';
import { linesFromText } from '../../core/import/source-lines.js';
import { draftTitle } from '../../core/model/text.js';

const titles = (text: string) => splitArticles(linesFromText(text)).articles.map((a) => a[0]?.text);

describe('splitting a file of several articles', () => {
  it.each([
    ['第1篇:学习体会', '学习体会'],
    ['第一篇　学习体会', '学习体会'],
    ['【篇一】学习体会', '学习体会'],
    ['篇3：学习体会', '学习体会'],
    ['范文2、学习体会', '学习体会'],
    ['第2篇', ''],
  ])('reads the marker %s', (line, title) => {
    expect(matchArticleMarker(line)).toBe(title);
  });

  it.each(['第一次来到浙江', '材料一：会议通知', '篇幅有限，不再赘述。'])('leaves %s alone', (line) => {
    expect(matchArticleMarker(line)).toBeUndefined();
  });

  it('splits at markers, taking the title from the next line when the marker stands alone', () => {
    const split = splitArticles(linesFromText('汇编\n前言一段。\n第1篇\n甲的标题\n甲的正文。\n第2篇：乙的标题\n乙的正文。'));
    expect(split.volumeTitle).toBe('汇编');
    expect(split.preface.map((l) => l.text)).toEqual(['前言一段。']);
    expect(split.articles.map((a) => a.map((l) => l.text))).toEqual([['甲的标题', '甲的正文。'], ['乙的标题', '乙的正文。']]);
  });

  it('splits at repeated genre titles, but never a file with one marker or one title', () => {
    expect(titles('张三的研讨发言\n正文一。\n李四的研讨发言\n正文二。')).toEqual(['张三的研讨发言', '李四的研讨发言']);
    expect(titles('学习心得体会\n第1篇:只有一篇\n正文。')).toHaveLength(1);
    expect(titles('学习心得体会\n正文。\n小结\n正文。')).toHaveLength(1);
  });

  it('does not take a stage direction, a sentence or a line introducing a list for another speech\'s title', () => {
    const body = '在全党开展学习教育，是党的政治生活中的一件大事。';
    expect(titles(`主持讲话\n同志们：\n${body}\n…………（交流发言完毕）\n刚才，几位同志作了交流发言。`)).toHaveLength(1);
    expect(titles(`我的思想汇报\n${body}\n这就是我对思想汇报的理解，请党组织批阅。（本文写于2005年）`)).toHaveLength(1);
    expect(titles(`年度述职报告\n${body}\n那天述职的时候，我认真观察并总结了以下几种述职报告：\n其一是开中药铺式。`)).toHaveLength(1);
  });

  it('keeps a site\'s short preface above a lone 篇一 out of the article', () => {
    const split = splitArticles(linesFromText('学习心得体会精选（实用12篇）\n以下是一些来自不同行业的心得体会，希望能够为大家提供帮助。\n学习心得体会精选篇一\n正文第一段。'));
    expect(split.volumeTitle).toBe('学习心得体会精选（实用12篇）');
    expect(split.preface.map((l) => l.text)).toEqual(['以下是一些来自不同行业的心得体会，希望能够为大家提供帮助。']);
    expect(split.articles.map((a) => a.map((l) => l.text))).toEqual([['学习心得体会精选', '正文第一段。']]);
  });

  it('gives each article a draft; an article without a title gets the volume title and its number', async () => {
    const result = await importDocument({ kind: 'paste', text: '汇编\n第1篇\n一是加强学习。学习是基础。\n第2篇：乙\n正文。' });
    expect(result.drafts.map(draftTitle)).toEqual(['汇编 第1篇', '乙']);
    expect(result.drafts[0]!.children.map((b) => b.type)).toEqual(['title', 'point']);
  });
});
