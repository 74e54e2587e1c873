import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_NUMBERING } from '../core/model/numbering.js';
import { EMPTY_META } from '../core/model/create.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft } from '../core/model/schema.js';

/** Real sentences of the genre, from ../shared/corpus, to fill drafts of any size. */
export function corpusSentences(corpusDir: string): string[] {
  const text = readFileSync(path.join(corpusDir, 'speeches-excerpts.txt'), 'utf8');
  return text.split(/(?<=。)/).map((s) => s.trim()).filter((s) => s.length > 8);
}

/**
 * A draft shaped like a 研讨发言 (opening, three headed sections of points,
 * closing) repeated as articles until it holds `chars` characters. Several
 * articles make a compilation-sized document.
 */
export function buildSampleDraft(sentences: readonly string[], chars: number, articles = 1): Draft {
  const perArticle = Math.ceil(chars / articles);
  const children: Block[] = [];
  let cursor = 0;
  const nextParagraph = (size: number): string => {
    let text = '';
    while (text.length < size) text += sentences[cursor++ % sentences.length];
    return text;
  };
  for (let a = 0; a < articles; a++) {
    let written = 0;
    const add = (block: Block, text: string): void => {
      children.push(block);
      written += text.length;
    };
    const title = `学习“千万工程”“浦江经验”研讨发言（${a + 1}）`;
    add({ type: 'title', children: [{ text: title }] }, title);
    add({ type: 'author-line', children: [{ text: '交通运输执法队 张三' }] }, '');
    for (let section = 0; written < perArticle; section++) {
      const opening = nextParagraph(200);
      add({ type: 'heading', level: 1, children: [{ text: '深刻领悟精髓，提高思想认识' }] }, '深刻领悟精髓，提高思想认识');
      add({ type: 'paragraph', children: [{ text: opening }] }, opening);
      for (let p = 0; p < 3 && written < perArticle; p++) {
        const lead = '坚持问题导向，汇集民声民智。';
        const body = nextParagraph(250);
        add({ type: 'point', children: [{ text: lead, lead: true }, { text: body }] }, lead + body);
      }
    }
  }
  return { schemaVersion: DRAFT_SCHEMA_VERSION, meta: { ...EMPTY_META }, numbering: { ...DEFAULT_NUMBERING }, children };
}

/** The same draft as Markdown, for the pandoc baseline. */
export function draftToMarkdown(draft: Draft): string {
  return draft.children
    .map((block) => {
      const text = block.children.map((c) => ('text' in c ? c.text : c.children.map((l) => l.text).join(''))).join('');
      if (block.type === 'title') return `# ${text}`;
      if (block.type === 'heading') return `${'#'.repeat(block.level + 1)} ${text}`;
      return text;
    })
    .join('\n\n');
}
