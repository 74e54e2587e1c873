import { LATIN_FONT, type Typefaces } from './font-profiles.js';
import { escapeXml } from './paragraph-xml.js';
import type { PartOverride } from './xml-fragments.js';

/**
 * word/fontTable.xml naming every font the document uses with what to use
 * instead where it is missing. The official 公文 fonts (仿宋_GB2312,
 * 楷体_GB2312, 方正小标宋简体) are absent from most Windows machines; Word and
 * WPS read w:altName and the family, charset and pitch to pick a substitute,
 * so a 仿宋_GB2312 body falls back to 仿宋 rather than to whatever the
 * application's default East Asian font is.
 */
interface FontEntry {
  /** What to use where the font is missing. */
  altName: string;
  /** 86 (GB2312) for the Chinese fonts, 00 (ANSI) for Latin. */
  charset: '86' | '00';
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'fixed' | 'variable';
}

const KNOWN: Record<string, FontEntry> = {
  仿宋_GB2312: { altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'roman', pitch: 'variable' },
  黑体: { altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable' },
  [LATIN_FONT]: { altName: 'Liberation Serif', charset: '00', family: 'roman', pitch: 'variable' },
};

const FONTS_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function fontXml(name: string): string {
  const entry = KNOWN[name];
  if (!entry) return `<w:font w:name="${escapeXml(name)}"/>`;
  return (
    `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(entry.altName)}"/>` +
    `<w:charset w:val="${entry.charset}"/><w:family w:val="${entry.family}"/><w:pitch w:val="${entry.pitch}"/></w:font>`
  );
}

/** The font table part for a document set in `typefaces` (and the Latin font). */
export function fontTablePart(typefaces: Typefaces): PartOverride {
  const names = [...new Set([...Object.values(typefaces), LATIN_FONT])];
  const data = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${FONTS_NS}>${names.map(fontXml).join('')}</w:fonts>`;
  return { path: 'word/fontTable.xml', data };
}
