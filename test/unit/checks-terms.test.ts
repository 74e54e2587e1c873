import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCanonicalTerms, fixAllMechanical, mergeRuleSets, parseCanonicalTermRules, type CanonicalTermRule } from '../../core/checks/index.js';
import { GaojiangError } from '../../core/errors.js';
import { blockText } from '../../core/model/text.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { draftOf, findingsWith, oneParagraph, para, quote, title } from '../fixtures/checks/build.js';

const RULES_FILE = path.join(REPO_ROOT, 'data/rules/canonical-terms.json');
const rules = builtInCanonicalTerms();

describe('规范表述 rules file', () => {
  it('loads and validates the built-in set', () => {
    expect(parseCanonicalTermRules('canonical-terms.json', readFileSync(RULES_FILE, 'utf8'))).toEqual(rules);
    expect(rules.length).toBeGreaterThanOrEqual(20);
    expect(rules.map((r) => r.canonical)).toEqual(expect.arrayContaining(['习近平新时代中国特色社会主义思想', '千村示范、万村整治', '以人民为中心的发展思想', '全心全意为人民服务', '“四下基层”']));
  });

  it('refuses a variant that occurs inside a canonical form (it would flag correct text)', () => {
    const bad = JSON.stringify({ schemaVersion: 1, rules: [{ id: 'x', canonical: '以人民为中心的发展思想', variants: ['以人民为中心'] }] });
    expect(() => parseCanonicalTermRules('mine.json', bad)).toThrow(GaojiangError);
    try {
      parseCanonicalTermRules('mine.json', bad);
    } catch (error) {
      expect((error as GaojiangError).userMessage).toMatch(/mine\.json：字段 rules\.0\.variants\.0：错误写法“以人民为中心”出现在正确写法“以人民为中心的发展思想”之中/);
    }
    // …also against another rule's canonical form, when sets are merged.
    const user: CanonicalTermRule[] = [{ id: 'mine', canonical: '四下基层制度', variants: ['四下基层'], note: '' }];
    expect(() => mergeRuleSets(rules, user)).toThrow(/出现在正确写法“四下基层制度”之中|出现在正确写法““四下基层””之中/);
  });

  it('lets a user set add rules and replace a built-in one by id', () => {
    const merged = mergeRuleSets(rules, [
      { id: 'my-term', canonical: '浦江经验', variants: ['浦江精神'], note: '' },
      { id: 'pujiang-experience', canonical: '浦江经验', variants: ['蒲江经验', '浦江经騐'], note: '' },
    ]);
    expect(merged.find((r) => r.id === 'pujiang-experience')?.variants).toEqual(['蒲江经验', '浦江经騐']);
    expect(findingsWith(oneParagraph('学习浦江精神。'), 'terms.canonical', { canonicalTerms: merged })).toHaveLength(1);
  });

  it('reports a bad file in Chinese', async () => {
    await expectUserError(() => parseCanonicalTermRules('mine.json', '{'), 'invalid-input', /^mine\.json：不是有效的 JSON/);
  });
});

describe('规范表述 check', () => {
  const cases = rules.flatMap((rule) => rule.variants.map((variant) => [rule.id, variant, rule.canonical] as const));

  it.each(cases)('%s: %s → %s', (_, variant, canonical) => {
    const draft = oneParagraph(`我们要深入学习${variant}，并抓好落实。`);
    const found = findingsWith(draft, 'terms.canonical');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(`“${variant}”应为“${canonical}”`);
    expect(found[0]!.detail).toBeTruthy();
    expect(blockText(fixAllMechanical(draft).draft.children[1]!)).toBe(`我们要深入学习${canonical}，并抓好落实。`);
  });

  it('never flags the canonical forms themselves', () => {
    const text = rules.map((rule) => `要学习${rule.canonical}。`).join('');
    expect(findingsWith(oneParagraph(text), 'terms.canonical')).toEqual([]);
  });

  it('matches a variant typed with half-width commas', () => {
    const draft = oneParagraph('“千村示范,万村整治”工程。');
    expect(findingsWith(draft, 'terms.canonical')).toHaveLength(1);
    expect(blockText(fixAllMechanical(draft).draft.children[1]!)).toBe('“千村示范、万村整治”工程。');
  });

  it('changes only the differing characters, keeping a quote element intact', () => {
    const draft = draftOf([title('体会'), para('要坚决做到', quote('两个确立', ''), '。')]);
    const [finding] = findingsWith(draft, 'terms.canonical');
    expect(finding?.fix).toEqual({ type: 'edit', edits: [{ block: 1, start: 2, end: 5, text: '定拥护', expected: '决做到', blockHash: expect.any(String) }] });
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children[1]!.children).toEqual([{ text: '要坚定拥护' }, { type: 'quote', speaker: '', children: [{ text: '两个确立' }] }, { text: '。' }]);
  });

  it('finds nothing with an empty rule set', () => {
    expect(findingsWith(oneParagraph('学习习近平新时代特色社会主义思想。'), 'terms.canonical', { canonicalTerms: [] })).toEqual([]);
  });
});
