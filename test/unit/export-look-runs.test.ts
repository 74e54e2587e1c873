import { Document, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../core/export/block-paragraphs.js';
import { runFonts, TYPEFACES } from '../../core/export/font-profiles.js';
import { CHARACTER_SPACING } from '../../core/export/page-layout.js';
import { textLooks } from '../../core/export/text-looks.js';
import { packDocx, runsFragment } from '../../core/export/xml-fragments.js';
import { readDocxParts } from '../support/docx-parts.js';

async function documentXml(runs: ParagraphChild[]): Promise<string> {
  const document = new Document({ sections: [{ children: [new Paragraph({ children: runs })] }] });
  return readDocxParts(await packDocx(document)).document;
}

describe('runs written by hand, their w:rPr prepared once per look', () => {
  it('are exactly what docx’s own TextRun writes, for every look, bold and shared punctuation', async () => {
    const looks = textLooks(TYPEFACES.gb2312);
    const samples = [looks.body, looks.title, looks.headings[1], looks.headings[2], looks.pageNumber];
    const text = '“江山就是人民”——我们要<坚持>&深化……A1 & “再次”';
    for (const look of samples) {
      for (const bold of [false, true]) {
        const ours = textRuns(text, look, bold);
        const reference = ['“', '江山就是人民', '”——', '我们要<坚持>&深化', '……', 'A1 & ', '“', '再次', '”'].map(
          (part) =>
            new TextRun({
              text: part,
              font: /^[‘’“”—…·]+$/u.test(part) ? runFonts(look.fonts.eastAsia, look.fonts.eastAsia) : look.fonts,
              size: look.size,
              characterSpacing: CHARACTER_SPACING,
              bold: bold || look.bold || undefined,
            }),
        );
        const written = await documentXml([runsFragment(ours)]);
        expect(written).toContain('我们要&lt;坚持&gt;&amp;深化');
        expect(written).toBe(await documentXml(reference));
      }
    }
  });
});
