import { z } from 'zod';
import builtInFile from '../../../data/rules/redundant-phrases.json';

/**
 * 重复赘余: wordings that say one thing twice (来自于, 必须要, 亲眼目睹). Data,
 * not code: data/rules/redundant-phrases.json, which users extend with files
 * of the same shape.
 */
export const RedundancyRuleSchema = z.strictObject({
  wrong: z.string().trim().min(2).max(40),
  right: z.string().trim().max(40),
  note: z.string().max(300).default(''),
  /** The wrong wording's last character may start the next word (大约近 in 大约近百户). */
  joinsNext: z.boolean().default(false),
});

export const RedundancyRuleFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  description: z.string().max(2_000).default(''),
  rules: z.array(RedundancyRuleSchema).max(5_000),
});

export type RedundancyRule = z.output<typeof RedundancyRuleSchema>;

let builtIn: RedundancyRule[] | undefined;

export function builtInRedundancyRules(): RedundancyRule[] {
  builtIn ??= RedundancyRuleFileSchema.parse(builtInFile).rules;
  return builtIn;
}
