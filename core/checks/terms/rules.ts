import { z } from 'zod';
import { GaojiangError } from '../../errors.js';
import { describeIssues } from '../../validation.js';
import builtInRuleFile from '../../../data/rules/canonical-terms.json';

/**
 * 规范表述: set phrases and slogans with their known wrong variants. Data,
 * not code: the built-in file is data/rules/canonical-terms.json, and a
 * user's library may hold more files of the same shape (mergeRuleSets).
 *
 * Only listed variants are ever reported, and the schema refuses a variant
 * that occurs inside any rule's canonical form — so a correct text can never
 * be flagged by a rule set that loads.
 */
export const RULES_SCHEMA_VERSION = 1;

export const CanonicalTermRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, '只能用小写字母、数字和连字符'),
  canonical: z.string().trim().min(2).max(200),
  variants: z.array(z.string().trim().min(2).max(200)).min(1).max(100),
  /** Why the canonical form is canonical (shown with the finding): the source or the rule. */
  note: z.string().max(500).default(''),
});

export const CanonicalTermRuleFileSchema = z
  .strictObject({
    schemaVersion: z.literal(RULES_SCHEMA_VERSION),
    description: z.string().max(2_000).default(''),
    rules: z.array(CanonicalTermRuleSchema).max(5_000),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const canonicals = file.rules.map((rule) => rule.canonical);
    file.rules.forEach((rule, i) => {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `规则编号“${rule.id}”重复` });
      ids.add(rule.id);
      rule.variants.forEach((variant, j) => {
        const inside = canonicals.find((canonical) => canonical.includes(variant));
        if (inside !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, 'variants', j],
            message: `错误写法“${variant}”出现在正确写法“${inside}”之中，会把正确的文字误报为错误`,
          });
        }
      });
    });
  });

export type CanonicalTermRule = z.output<typeof CanonicalTermRuleSchema>;
export type CanonicalTermRuleFile = z.output<typeof CanonicalTermRuleFileSchema>;

/** Parses a rules file's text; every problem is listed as “file：字段 path：reason”. */
export function parseCanonicalTermRules(fileName: string, text: string): CanonicalTermRule[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GaojiangError('invalid-input', `${fileName}：不是有效的 JSON（${(error as Error).message}）`, `rules ${fileName} not JSON`);
  }
  return validateRuleFile(fileName, json).rules;
}

function validateRuleFile(fileName: string, json: unknown): CanonicalTermRuleFile {
  const result = CanonicalTermRuleFileSchema.safeParse(json);
  if (!result.success) {
    const lines = describeIssues(result.error).map((line) => `${fileName}：${line}`);
    throw new GaojiangError('invalid-input', `规范表述规则有误：\n${lines.join('\n')}`, `rules ${fileName} invalid: ${result.error.message}`);
  }
  return result.data;
}

let builtIn: CanonicalTermRule[] | undefined;

/** The rules shipped with 稿匠 (validated once, on first use). */
export function builtInCanonicalTerms(): CanonicalTermRule[] {
  builtIn ??= validateRuleFile('canonical-terms.json', builtInRuleFile).rules;
  return builtIn;
}

/**
 * Several rule sets as one: a later set's rule replaces an earlier one with
 * the same id (a user may correct a built-in rule), and the whole is checked
 * again, so a user's variant cannot hide inside a built-in canonical form.
 */
export function mergeRuleSets(...sets: readonly (readonly CanonicalTermRule[])[]): CanonicalTermRule[] {
  const byId = new Map<string, CanonicalTermRule>();
  for (const set of sets) for (const rule of set) byId.set(rule.id, rule);
  return validateRuleFile('（合并后的规则）', { schemaVersion: RULES_SCHEMA_VERSION, rules: [...byId.values()] }).rules;
}
