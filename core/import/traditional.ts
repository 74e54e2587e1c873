import { Converter } from 'opencc-js/t2cn';
import { HAN_CHAR } from './text-shape.js';

/**
 * 繁→简 with OpenCC (opencc-js, its traditional-to-mainland build only).
 * Detection first: a text is traditional when a good share of its Han
 * characters change under the conversion. Simplified text barely changes
 * (a few characters OpenCC treats as variants), so converting it would
 * only risk harm.
 */
let toSimplifiedConverter: ((text: string) => string) | undefined;

/** Traditional (OpenCC 't', also fine for Hong Kong and Taiwan text) → mainland simplified. */
export function toSimplified(text: string): string {
  // Built on first use: the dictionaries take a few milliseconds to load.
  toSimplifiedConverter ??= Converter({ from: 't', to: 'cn' });
  return toSimplifiedConverter(text);
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
  // Convert each distinct character on its own line, so phrase rules do not join them.
  const distinct = [...counts.keys()];
  const converted = toSimplified(distinct.join('\n')).split('\n');
  let changed = 0;
  distinct.forEach((ch, i) => {
    if (converted[i] !== ch) changed += counts.get(ch) ?? 0;
  });
  const share = changed / han;
  return { traditional: share >= MIN_CHANGED_SHARE && changed >= MIN_CHANGED, share };
}
