import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import type { CanonicalTermRule } from './rules.js';

/**
 * 规范表述: a listed wrong variant of a set phrase, replaced by the canonical
 * form. All variants are matched in one pass (one alternation, longest
 * first). A variant written with full-width ，；： also matches with the
 * half-width marks, which the corpus shows people type.
 *
 * The fix replaces only the characters that differ (the variant and the
 * canonical form minus their common start and end), so marks and quotation
 * elements around the unchanged part stay as they are.
 */
interface Matcher {
  regex: RegExp;
  /** Each spelling of a variant → its rule and the canonical form written the same way. */
  byVariant: Map<string, { rule: CanonicalTermRule; canonical: string }>;
}

const matchers = new WeakMap<readonly CanonicalTermRule[], Matcher | null>();

function halfWidthSpelling(variant: string): string {
  return variant.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
}

/**
 * A rule's quotation marks are not part of what is checked: “两个确立” is
 * also matched as ‘两个确立’ (inside a quotation) and as 两个确立 (the marks
 * left out, which the fix puts back).
 */
function quoteSpellings(variant: string, canonical: string): [string, string][] {
  if (!/[“”]/.test(variant)) return [[variant, canonical]];
  const single = (text: string): string => text.replace(/“/g, '‘').replace(/”/g, '’');
  return [
    [variant, canonical],
    [single(variant), single(canonical)],
    [variant.replace(/[“”]/g, ''), canonical],
  ];
}

function compile(rules: readonly CanonicalTermRule[]): Matcher | null {
  const byVariant = new Map<string, { rule: CanonicalTermRule; canonical: string }>();
  // A spelling without marks must not hide in a correct text written without them either.
  const unquotedCanonicals = rules.map((rule) => rule.canonical.replace(/[“”]/g, ''));
  for (const rule of rules) {
    for (const variant of rule.variants) {
      for (const [spelling, canonical] of quoteSpellings(variant, rule.canonical)) {
        if (spelling !== variant && unquotedCanonicals.some((c) => c.includes(spelling.replace(/[‘’]/g, '')))) continue;
        byVariant.set(spelling, { rule, canonical });
        byVariant.set(halfWidthSpelling(spelling), { rule, canonical });
      }
    }
  }
  if (byVariant.size === 0) return null;
  const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { regex: new RegExp(alternatives.join('|'), 'g'), byVariant };
}

function matcherFor(rules: readonly CanonicalTermRule[]): Matcher | null {
  if (!matchers.has(rules)) matchers.set(rules, compile(rules));
  return matchers.get(rules) ?? null;
}

/** The differing middle of `from` → `to`: offsets in `from` and the replacement. */
export function minimalReplacement(from: string, to: string): { start: number; end: number; text: string } {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { start: head, end: from.length - tail, text: to.slice(head, to.length - tail) };
}

export const canonicalTerms: WritingCheck = {
  name: 'terms.canonical',
  run: ({ views, canonicalTerms: rules, findingLimit }) => {
    const matcher = matcherFor(rules);
    if (!matcher) return [];
    const findings: RawFinding[] = [];
    for (const view of views) {
      for (const m of view.text.matchAll(matcher.regex)) {
        if (findings.length >= findingLimit) break;
        const match = matcher.byVariant.get(m[0]);
        if (!match) continue;
        const { rule, canonical } = match;
        const change = minimalReplacement(m[0], canonical);
        findings.push(
          findingAt(view, {
            id: 'terms.canonical',
            kind: '规范表述',
            severity: 'error',
            message: `“${m[0]}”应为“${canonical}”`,
            ...(rule.note ? { detail: rule.note } : {}),
            start: m.index,
            end: m.index + m[0].length,
            fix: replaceFix(view, { start: m.index + change.start, end: m.index + change.end, text: change.text }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
