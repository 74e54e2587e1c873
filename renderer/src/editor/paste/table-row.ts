/** Cell text that already ends a clause: no separator is added after it. */
const CLAUSE_END = /[。；！？，、：;!?,:]$/;

/**
 * A pasted table row as one line of prose: its non-empty cells in order,
 * kept apart by “；” (a full-width space would be flagged by 体检 as a stray
 * space, a tab cannot be typed back). Used for Word's HTML tables and for
 * tab-separated plain-text rows alike.
 */
export function rowLine(cells: readonly string[]): string {
  const kept = cells.map((cell) => cell.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((cell) => cell !== '');
  return kept.map((cell, i) => (i < kept.length - 1 && !CLAUSE_END.test(cell) ? `${cell}；` : cell)).join('');
}

/** Plain text with each tab-separated line (a copied table row) made a rowLine. */
export function joinTabbedRows(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.includes('\t') ? rowLine(line.split('\t')) : line))
    .join('\n');
}
