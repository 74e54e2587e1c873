/**
 * RFC 4180 CSV, as Excel and WPS write it: fields in double quotes may hold
 * commas, quotes ("") and line breaks; CRLF or LF line ends; a UTF-8 BOM.
 * Small enough to keep core free of a parser that pulls in Node streams.
 */

/** Rows of fields; blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
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

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a BOM and CRLF, so Excel on Windows opens the Chinese correctly. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** What Excel and WPS take as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A report's CSV, meant to be opened in Excel or WPS rather than read back:
 * a cell that would start a formula (a file named =HYPERLINK(…)) is kept as
 * text behind a ' , as OWASP advises. Not for packs, which must round-trip.
 */
export function formatReportCsv(rows: readonly (readonly string[])[]): string {
  return formatCsv(rows.map((row) => row.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell))));
}
