import type { HeadingLevel } from '../model/schema.js';
import { runFonts, type RunFonts, type Typefaces } from './font-profiles.js';
import { BODY_SIZE, PAGE_NUMBER_SIZE, TITLE_SIZE } from './page-layout.js';

/**
 * The character formatting of each kind of paragraph. Styles and runs are
 * both built from these, so what styles.xml says and what every run
 * repeats cannot drift apart.
 */
export interface TextLook {
  fonts: RunFonts;
  /** Half-points. */
  size: number;
  bold: boolean;
}

export interface TextLooks {
  title: TextLook;
  authorLine: TextLook;
  body: TextLook;
  headings: Record<HeadingLevel, TextLook>;
  signature: TextLook;
  pageNumber: TextLook;
}

export function textLooks(faces: Typefaces): TextLooks {
  const look = (eastAsia: string, size = BODY_SIZE, bold = false): TextLook => ({ fonts: runFonts(eastAsia), size, bold });
  return {
    title: look(faces.title, TITLE_SIZE),
    authorLine: look(faces.kaiTi),
    body: look(faces.fangSong),
    headings: {
      1: look(faces.heiTi),
      2: look(faces.kaiTi),
      3: look(faces.fangSong, BODY_SIZE, true),
      4: look(faces.fangSong),
    },
    signature: look(faces.fangSong),
    // 半角宋体 digits: the page number is the one place 宋体 also sets the Latin.
    pageNumber: { fonts: runFonts(faces.songTi, faces.songTi), size: PAGE_NUMBER_SIZE, bold: false },
  };
}
