/**
 * RFC 4180 CSV, as Excel and WPS write it: fields in double quotes may hold
 * commas, quotes ("") and line breaks; CRLF or LF line ends; a UTF-8 BOM.
 * Small enough to keep core free of a parser that pulls in Node streams.
 */

/** Rows of fields; blank lines are dropped; the formula guard `formatCsv` adds is taken off. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row.map(unguardFormula));
    row = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quoted) {
      if (char !== '"') field += char;
      else if (source.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source.charAt(i + 1) === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * What Excel and WPS take as the start of a formula (OWASP's CSV injection
 * list), after any apostrophes the guard itself adds.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * A cell that would start a formula (a quotation or file name “=HYPERLINK(…)”,
 * “@SUM(A1)”) is written behind a ' , as OWASP advises, so a spreadsheet shows
 * it as text. One more ' is added to a cell that already looks guarded, so
 * `parseCsv` can take exactly one away: packs still round-trip.
 */
const guardFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const unguardFormula = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);

function csvField(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The one CSV writer (quotation packs, the 查重 report): a BOM and CRLF, so
 * Excel on Windows opens the Chinese correctly, and formula-safe cells.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
