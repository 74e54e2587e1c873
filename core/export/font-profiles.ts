import type { FontProfile } from './options.js';

/** The typefaces a GB/T 9704 document uses, by the role each plays. */
export interface Typefaces {
  /** Body, headings of levels 3–4, signature. */
  fangSong: string;
  /** Author line and level-2 headings. */
  kaiTi: string;
  /** Level-1 headings. */
  heiTi: string;
  /** The title (方正小标宋简体 in the standard). */
  title: string;
  /** Page numbers: the standard asks for 半角宋体. */
  songTi: string;
}

export const TYPEFACES: Record<FontProfile, Typefaces> = {
  gb2312: {
    fangSong: '仿宋_GB2312',
    kaiTi: '楷体_GB2312',
    heiTi: '黑体',
    title: '方正小标宋简体',
    songTi: '宋体',
  },
  windows: {
    fangSong: '仿宋',
    kaiTi: '楷体',
    heiTi: '黑体',
    // Windows has no 小标宋. 宋体 is too thin at 22 pt and Word's synthetic
    // bold smears it; 黑体 keeps the title's weight and is on every machine.
    title: '黑体',
    songTi: '宋体',
  },
};

/** Latin letters and digits, everywhere but the page number. */
export const LATIN_FONT = 'Times New Roman';

export interface RunFonts {
  ascii: string;
  hAnsi: string;
  cs: string;
  eastAsia: string;
  hint: 'eastAsia';
}

/**
 * The rFonts of a run. Word and WPS pick CJK glyphs only from `eastAsia`,
 * and `hint="eastAsia"` makes them set “”‘’—… (which Unicode shares with
 * Latin) full-width from that font instead of half-width from `ascii`.
 */
export function runFonts(eastAsia: string, latin: string = LATIN_FONT): RunFonts {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}
