import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { longDraft, studySpeechDraft } from '../fixtures/drafts.js';
import { REPO_ROOT } from '../support/corpus.js';
import { readDocxParts, type DocxParts } from '../support/docx-parts.js';
import { OOXML_SCHEMAS, WML_SCHEMA, applyMarkupCompatibility, validateWithSchema } from '../support/xmllint.js';

/**
 * Every XML part the exporter writes, checked against the bundled ECMA-376
 * schemas with xmllint: a part that fails is one Word may refuse or
 * "repair" even where LibreOffice opens it.
 *
 * Which schema validates which part:
 * - WordprocessingML parts (document, styles, settings, footers, and the
 *   fontTable, numbering, footnotes and endnotes docx always adds):
 *   microsoft/wml-2010.xsd, which imports the ISO transitional wml.xsd.
 * - the theme: ISO dml-main.xsd; docProps/app.xml and custom.xml: the
 *   shared-documentProperties*.xsd.
 * - Not validated: [Content_Types].xml, the .rels parts and
 *   docProps/core.xml belong to the Open Packaging Conventions (ISO 29500
 *   Part 2) and Dublin Core, whose schemas are not in the bundled set.
 * Parts go through Markup Compatibility processing first (see
 * applyMarkupCompatibility): mc:Ignorable is not WordprocessingML markup.
 */
const ISO = path.join(OOXML_SCHEMAS, 'ISO-IEC29500-4_2016');
const SCHEMA_BY_PART: Record<string, string> = {
  'word/theme/theme1.xml': path.join(ISO, 'dml-main.xsd'),
  'docProps/app.xml': path.join(ISO, 'shared-documentPropertiesExtended.xsd'),
  'docProps/custom.xml': path.join(ISO, 'shared-documentPropertiesCustom.xsd'),
  // The draft 稿匠 embeds for lossless re-import: its properties part is OOXML, the part itself our own XML.
  'customXml/itemProps1.xml': path.join(ISO, 'shared-customXmlDataProperties.xsd'),
  'customXml/item1.xml': path.join(REPO_ROOT, 'test/fixtures/import/draft-part.xsd'),
};
const NOT_IN_BUNDLED_SCHEMAS = /^(\[Content_Types\]\.xml|.*\.rels|docProps\/core\.xml)$/;

let dir: string;
const exported: Record<string, DocxParts> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-schema-'));
  exported['speech-gb2312'] = readDocxParts(await exportDraftToDocx(studySpeechDraft()));
  exported['speech-windows'] = readDocxParts(
    await exportDraftToDocx(studySpeechDraft(), { fonts: 'windows', printAuthorLine: false }),
  );
  exported['long'] = readDocxParts(await exportDraftToDocx(longDraft(5_000)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validatePart(name: string, parts: DocxParts, label: string) {
  const file = path.join(dir, label, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, applyMarkupCompatibility(parts.part(name)));
  return validateWithSchema(file, SCHEMA_BY_PART[name] ?? WML_SCHEMA);
}

describe.each(['speech-gb2312', 'speech-windows', 'long'])('%s.docx against the OOXML schemas', (label) => {
  it('has the parts a GB/T 9704 document needs', () => {
    const names = exported[label]?.names ?? [];
    expect(names).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml']),
    );
    expect(names.filter((name) => /^word\/footer\d+\.xml$/.test(name))).toHaveLength(2);
  });

  it('validates every XML part the bundled schemas cover', async () => {
    const parts = exported[label]!;
    const checked = parts.names.filter((name) => name.endsWith('.xml') && !NOT_IN_BUNDLED_SCHEMAS.test(name));
    expect(checked).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'word/settings.xml',
        'word/footer1.xml',
        'word/footer2.xml',
      ]),
    );
    for (const name of checked) {
      const result = await validatePart(name, parts, label);
      expect(result.valid, `${name}: ${result.output}`).toBe(true);
    }
  });
});

describe('the schema check itself', () => {
  it('rejects a document whose paragraph properties are out of schema order', async () => {
    const parts = exported['speech-gb2312']!;
    const titleProperties = '<w:pPr><w:pStyle w:val="Title"/>';
    const broken = parts.document.replace(titleProperties, '<w:pPr><w:jc w:val="center"/><w:pStyle w:val="Title"/>');
    expect(broken).not.toBe(parts.document);
    const file = path.join(dir, 'broken-document.xml');
    writeFileSync(file, broken);
    expect((await validateWithSchema(file)).valid).toBe(false);
  });

  it('rejects styles.xml with the mc:Ignorable attribute left in, which is why parts are MCE-processed first', async () => {
    const file = path.join(dir, 'raw-styles.xml');
    writeFileSync(file, exported['speech-gb2312']!.styles);
    const result = await validateWithSchema(file);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/Ignorable/);
  });
});
