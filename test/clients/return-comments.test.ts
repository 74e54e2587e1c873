import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import { readDocxParts, type DocxParts } from '../support/docx-parts.js';
import { localServices } from '../support/local-services.js';
import { SYSTEM_PYTHON } from '../support/python-docx.js';
import { OOXML_SCHEMAS, WML_SCHEMA, applyMarkupCompatibility, validateWithSchema } from '../support/xmllint.js';

const run = promisify(execFile);

/**
 * 退回修改 (#15 item 2): the .docx sent back to a member carries real Word
 * comments — valid against the OOXML schemas, and read back by python-docx
 * (0.8 has no comments API: the comments part is found through the
 * document part's relationships and parsed with its lxml).
 */
const READ_COMMENTS = `
import json, sys, docx
from docx.oxml.ns import qn
document = docx.Document(sys.argv[1])
comments = {}
for rel in document.part.rels.values():
    if rel.reltype.endswith('/comments'):
        from lxml import etree
        root = etree.fromstring(rel.target_part.blob)
        for c in root.iter(qn('w:comment')):
            comments[c.get(qn('w:id'))] = {"author": c.get(qn('w:author')), "text": "\\n".join("".join(t.text or "" for t in p.iter(qn('w:t'))) for p in c.iter(qn('w:p')))}
ranges = {}
open_ids = set()
for el in document.element.body.iter():
    if el.tag == qn('w:commentRangeStart'):
        open_ids.add(el.get(qn('w:id'))); ranges.setdefault(el.get(qn('w:id')), "")
    elif el.tag == qn('w:commentRangeEnd'):
        open_ids.discard(el.get(qn('w:id')))
    elif el.tag == qn('w:t'):
        for i in open_ids: ranges[i] += el.text or ""
references = [el.get(qn('w:id')) for el in document.element.body.iter(qn('w:commentReference'))]
print(json.dumps({"comments": comments, "ranges": ranges, "references": references, "paragraphs": len(document.paragraphs)}, ensure_ascii=False))
`;

const ISO = path.join(OOXML_SCHEMAS, 'ISO-IEC29500-4_2016');
const SCHEMA_BY_PART: Record<string, string> = {
  'word/theme/theme1.xml': path.join(ISO, 'dml-main.xsd'),
  'docProps/app.xml': path.join(ISO, 'shared-documentPropertiesExtended.xsd'),
  'docProps/custom.xml': path.join(ISO, 'shared-documentPropertiesCustom.xsd'),
  'customXml/itemProps1.xml': path.join(ISO, 'shared-customXmlDataProperties.xsd'),
  'word/commentsExtended.xml': path.join(OOXML_SCHEMAS, 'microsoft/wml-2012.xsd'),
  'word/commentsIds.xml': path.join(OOXML_SCHEMAS, 'microsoft/wml-cid-2016.xsd'),
  'word/commentsExtensible.xml': path.join(OOXML_SCHEMAS, 'microsoft/wml-cex-2018.xsd'),
};
const NOT_VALIDATED = /^(\[Content_Types\]\.xml|.*\.rels|docProps\/core\.xml|customXml\/item1\.xml)$/;

let dir: string;
let file: string;
let parts: DocxParts;
let status: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-return-'));
  const { services } = localServices();
  const collection = await services.saveCollection({ fields: { theme: '研讨', organizerUnit: '机关党委' } });
  await services.importRoster({ collectionId: collection.id, csv: new TextEncoder().encode('姓名,单位\n张三,办公室\n') });
  const draft: Draft = createDraft('学习体会', { author: '张三', unit: '办公室' });
  draft.children = [
    ...draft.children.slice(0, 2),
    { type: 'point', children: [{ text: '加强学习。', lead: true }, { text: '要把学习成果转化为推动工作的实效。' }] },
    { type: 'point', children: [{ text: '狠抓落实，确保见效。' }] },
  ];
  const bytes = await exportDraftToDocx(draft);
  const { submission } = await services.importSubmission({ collectionId: collection.id, file: { name: '张三.docx', source: { kind: 'docx', bytes } } });
  const { draft: stored } = await services.submissionDraft({ id: submission.id });
  const at = stored.children.findIndex((block) => block.type === 'point');
  const returned = await services.returnSubmission({
    id: submission.id,
    notes: [
      { block: at, start: 5, end: 11, text: '请补充具体事例' },
      { block: at + 1, start: 0, end: 4, text: '表述笼统' },
    ],
  });
  expect(returned.fileName).toBe('张三-学习体会（退回修改）.docx');
  status = (await services.collectionOverview({ id: collection.id })).submissions[0]!.status;
  file = path.join(dir, returned.fileName);
  writeFileSync(file, returned.bytes);
  parts = readDocxParts(returned.bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the .docx of 退回修改', () => {
  it('marks the submission 已退回', () => expect(status).toBe('已退回'));

  it('validates every XML part, comments included, against the OOXML schemas', async () => {
    expect(parts.names).toContain('word/comments.xml');
    for (const name of parts.names.filter((n) => n.endsWith('.xml') && !NOT_VALIDATED.test(n))) {
      const target = path.join(dir, 'parts', name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, applyMarkupCompatibility(parts.part(name)));
      const result = await validateWithSchema(target, SCHEMA_BY_PART[name] ?? WML_SCHEMA);
      expect(result.valid, `${name}: ${result.output}`).toBe(true);
    }
  });

  it('python-docx opens it and the comments read back on their passages', async () => {
    const { stdout } = await run(SYSTEM_PYTHON, ['-c', READ_COMMENTS, file]);
    const read = JSON.parse(stdout) as { comments: Record<string, { author: string; text: string }>; ranges: Record<string, string>; references: string[] };
    expect(Object.values(read.comments)).toEqual([
      { author: '机关党委', text: '请补充具体事例' },
      { author: '机关党委', text: '表述笼统' },
    ]);
    expect(read.ranges).toEqual({ 0: '要把学习成果', 1: '狠抓落实' });
    expect(read.references).toEqual(['0', '1']);
  });
});
