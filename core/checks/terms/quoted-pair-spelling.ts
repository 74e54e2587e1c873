import { findingAt, replaceFix } from '../finding.js';
import type { BlockView } from '../block-view.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * One draft naming the same pair of quoted terms in several ways:
 * “千万工程”“浦江经验” here, “千万工程”、“浦江经验” there and “千万工程”和“浦江经验”
 * elsewhere. The way most places use is kept (a tie: the first), except 、,
 * which GB/T 15834 does not use between quoted items; the others are
 * reported with a fix to it. One pass over the draft.
 */
const PAIR = /“([^“”\n]{1,16})”(、|和|与|及|以及|)(?=“([^“”\n]{1,16})”)/g;

interface Spot {
  view: BlockView;
  sepStart: number;
  separator: string;
}

export const quotedPairSpelling: WritingCheck = {
  name: 'terms.quoted-pair-spelling',
  run: ({ views }) => {
    const pairs = new Map<string, Spot[]>();
    for (const view of views) {
      if (!view.text.includes('“')) continue;
      for (const m of view.text.matchAll(PAIR)) {
        const key = `${m[1]}\u0000${m[3]}`;
        const spots = pairs.get(key) ?? [];
        spots.push({ view, sepStart: m.index + m[1]!.length + 2, separator: m[2]! });
        pairs.set(key, spots);
      }
    }
    const findings: RawFinding[] = [];
    for (const [key, spots] of pairs) {
      const counts = new Map<string, number>();
      for (const spot of spots) counts.set(spot.separator, (counts.get(spot.separator) ?? 0) + 1);
      if (counts.size < 2) continue;
      let kept = spots[0]!.separator === '、' ? '' : spots[0]!.separator;
      for (const [separator, n] of counts) if (separator !== '、' && n > (counts.get(kept) ?? 0)) kept = separator;
      const [a, b] = key.split('\u0000');
      const keptForm = `“${a}”${kept}“${b}”`;
      for (const spot of spots) {
        if (spot.separator === kept) continue;
        const { view, sepStart, separator } = spot;
        const start = sepStart - a!.length - 2;
        const end = sepStart + separator.length + b!.length + 2;
        findings.push(
          findingAt(view, {
            id: 'terms.quoted-pair-spelling',
            kind: '规范表述',
            severity: 'warning',
            message: `同一组提法前后写法不一：宜统一写作${keptForm}`,
            start,
            end,
            fix: replaceFix(view, { start: sepStart, end: sepStart + separator.length, text: kept }),
          }),
        );
      }
    }
    return findings;
  },
};
