import { ownValue } from '../own-key.js';

/**
 * HTML character references. Numeric ones are decoded fully; named ones
 * from the set Chinese web pages actually use (the full HTML table has
 * 2,000+ names, almost all for mathematics and rare scripts). An unknown
 * name is left as written, which shows the problem instead of hiding it.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ideographicspace: '\u3000', zwsp: '\u200B', zwnj: '\u200C', zwj: '\u200D', shy: '\u00AD',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', prime: '′', Prime: '″', lrm: '', rlm: '',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', micro: 'µ', para: '¶', sect: '§',
  yen: '¥', cent: '¢', pound: '£', euro: '€', permil: '‰', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', star: '☆', starf: '★', check: '✓', cross: '✗',
  iexcl: '¡', iquest: '¿', acute: '´', uml: '¨', macr: '¯', cedil: '¸', ordf: 'ª', ordm: 'º', not: '¬', curren: '¤', brvbar: '¦',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      // NUL, surrogates and out-of-range references become U+FFFD, as browsers do.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const value = name !== undefined ? ownValue(NAMED, name) : undefined;
    return value ?? whole;
  });
}
