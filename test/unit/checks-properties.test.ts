import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAllMechanical, runChecks } from '../../core/checks/index.js';
import { DraftSchema, type Block, type Draft, type Inline } from '../../core/model/schema.js';
import { readCorpus } from '../support/corpus.js';
import { draftOf } from '../fixtures/checks/build.js';

/**
 * Fixing is idempotent: on random drafts made of corpus fragments with
 * errors injected (half-width marks, bad ellipses and dashes, doubled marks,
 * spaces, typed numbers, wrong set phrases, unbalanced quotes), split into
 * leaves with marks and quote elements, 全部修正 twice equals 全部修正 once,
 * and the result is a valid draft with nothing mechanical left.
 */
/** More runs on demand: CHECKS_PROPERTY_RUNS=5000 npx vitest run … */
const RUNS = Number(process.env.CHECKS_PROPERTY_RUNS ?? 300);

const fragments = ['speeches-excerpts.txt', 'compilation-two-articles.txt']
  .flatMap((name) => readCorpus(name).split(/(?<=[。，,；;])/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 2 && s.length <= 40);

const INJECTED = [
  ',', ';', ':', '?', '!', '(', ')', '...', '。。。', '…', '--', '—', '———', '，，', '。。', '、、', '！！', ' ', '　', '﹔',
  '“', '”', '《', '一是', '三是', '一、', '（二）', '1.', '首先，', '第三', '习近平新时代特色社会主义思想', '千村示范,万村整治',
  '坚决做到“两个确立”', '全心全意的为人民服务', '公平,公正,公开', '2.46万', '12:00', '(a)', '……', '——',
];

const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fragments) }, { weight: 2, arbitrary: fc.constantFrom(...INJECTED) }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

const leaf = fc.record({ text, bold: fc.boolean() }).map(({ text: t, bold }): Inline => (bold ? { text: t, bold: true } : { text: t }));
const quoteInline = text.map((t): Inline => ({ type: 'quote', speaker: '习近平', children: [{ text: t }] }));
const inlines = fc.array(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: quoteInline }), { minLength: 1, maxLength: 4 });

const block: fc.Arbitrary<Block> = fc.oneof(
  inlines.map((children): Block => ({ type: 'paragraph', children })),
  fc.tuple(text, inlines).map(([lead, rest]): Block => ({ type: 'point', children: [{ text: lead, lead: true }, ...rest] })),
  fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, text).map(([level, t]): Block => ({ type: 'heading', level, children: [{ text: t }] })),
  text.map((t): Block => ({ type: 'closing', children: [{ text: t }] })),
);

const draft: fc.Arbitrary<Draft> = fc
  .tuple(text, fc.array(block, { minLength: 1, maxLength: 8 }), fc.constantFrom('yi-shi', 'shou-xian', 'di-yi', 'none') as fc.Arbitrary<'yi-shi'>)
  .map(([title, blocks, point]) => draftOf([{ type: 'title', children: [{ text: title }] }, ...blocks], { point }));

describe('fixes are idempotent (property)', () => {
  it('全部修正 twice equals 全部修正 once, leaving a valid draft with nothing mechanical', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const once = fixAllMechanical(d);
        const twice = fixAllMechanical(once.draft);
        expect(twice.draft).toEqual(once.draft);
        expect(twice.fixed).toEqual([]);
        expect(once.remaining.filter((f) => f.fixAll && f.fix)).toEqual([]);
        expect(DraftSchema.safeParse(once.draft).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('applying the same findings again changes nothing', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const findings = runChecks(d).filter((f) => f.fix);
        const once = applyFixes(d, findings);
        expect(applyFixes(once, findings)).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('every finding lies within its block', () => {
    fc.assert(
      fc.property(draft, (d) => {
        for (const f of runChecks(d)) {
          const blockLength = d.children[f.location.block]!.children.reduce((n, c) => n + ('type' in c ? c.children.reduce((m, l) => m + l.text.length, 0) : c.text.length), 0);
          expect(f.location.start).toBeLessThanOrEqual(f.location.end);
          expect(f.location.end).toBeLessThanOrEqual(blockLength);
          expect(f.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
