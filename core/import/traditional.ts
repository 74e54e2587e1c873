import { Converter, ConverterFactory, Locale, type DictLike } from 'opencc-js/t2cn';
import { HAN_CHAR } from './text-shape.js';

/**
 * 繁→简 with OpenCC (opencc-js, its traditional-to-mainland build only).
 * Detection first: a text is traditional when a good share of its Han
 * characters change under the conversion. Simplified text barely changes
 * (a few characters OpenCC treats as variants), so converting it would
 * only risk harm.
 */

/**
 * 著 is 着 in 著力、看著、意味著 but stays in 著作、显著: OpenCC's plain 't'
 * conversion never touches 著, while its Taiwan dictionaries (TWVariantsRev
 * and TWVariantsRevPhrases, the 'tw' source) turn it into 着 except in the
 * phrases they list (著作、著名、顯著、名著、昭著 …). Those lists miss a few
 * words where 著 means "write / notable", so 稿匠 adds them here, in the same
 * dictionary group so that the longest match keeps them as they are.
 */
const ZHU_KEPT: DictLike = ['原著', '論著', '專著', '土著', '卓著', '編著', '譯著', '遺著', '新著', '拙著', '大著', '撰著', '著譯', '显著'].map(
  (word) => [word, word] as const,
);

let phraseConverter: ((text: string) => string) | undefined;
let characterConverter: ((text: string) => string) | undefined;

/** Traditional (Taiwan, Hong Kong or OpenCC standard) → mainland simplified, phrase by phrase. */
export function toSimplified(text: string): string {
  // Built on first use: the dictionaries take a few milliseconds to load.
  phraseConverter ??= taiwanToMainland();
  return phraseConverter(text);
}

function taiwanToMainland(): (text: string) => string {
  const [taiwanVariants = [], ...taiwanRest] = Locale.from['tw'] ?? [];
  return ConverterFactory([ZHU_KEPT, ...taiwanVariants], ...taiwanRest, ...(Locale.to['cn'] ?? []));
}

export interface TraditionalDetection {
  traditional: boolean;
  /** Share of Han characters (by occurrence) that change under 繁→简. */
  share: number;
}

/** At least this share of Han characters must change: simplified text stays well under 1%. */
const MIN_CHANGED_SHARE = 0.05;
/** …and this many occurrences, so a short simplified text with one variant is not taken for traditional. */
const MIN_CHANGED = 3;

export function detectTraditional(text: string): TraditionalDetection {
  const counts = new Map<string, number>();
  let han = 0;
  for (const ch of text) {
    if (!HAN_CHAR.test(ch)) continue;
    han++;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if (han === 0) return { traditional: false, share: 0 };
  // Convert each distinct character on its own line, so phrase rules do not join them. Character by
  // character with OpenCC's plain table: 著 on its own is simplified too (著作), it says nothing here.
  characterConverter ??= Converter({ from: 't', to: 'cn' });
  const distinct = [...counts.keys()];
  const converted = characterConverter(distinct.join('\n')).split('\n');
  let changed = 0;
  distinct.forEach((ch, i) => {
    if (converted[i] !== ch) changed += counts.get(ch) ?? 0;
  });
  const share = changed / han;
  return { traditional: share >= MIN_CHANGED_SHARE && changed >= MIN_CHANGED, share };
}
