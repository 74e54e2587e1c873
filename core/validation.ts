import type { z } from 'zod';
import { GaojiangError, type ErrorCode } from './errors.js';

/** Turns zod issues into one readable Chinese line each, with the field path. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '（根）';
    return `字段 ${path}：${describeIssueCode(issue)}`;
  });
}

function describeIssueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型不对（应为 ${issue.expected}）`;
    case 'invalid_value':
      return `取值无效（可选：${issue.values.map(String).join('、')}）`;
    case 'invalid_union':
      return '内容不符合任何一种允许的格式';
    case 'too_big':
      return `过大或过长（上限 ${String(issue.maximum)}）`;
    case 'too_small':
      return `过小或过短（下限 ${String(issue.minimum)}）`;
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`;
    case 'custom':
      return issue.message;
    case 'invalid_format':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不符合要求';
    default:
      return '格式不正确';
  }
}

/** Parses `value` with `schema`, or throws a GaojiangError whose Chinese text lists the problems. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  code: ErrorCode = 'invalid-input',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = describeIssues(result.error);
  throw new GaojiangError(
    code,
    `${what}格式不正确：\n${lines.join('\n')}`,
    `${what} failed validation: ${result.error.message}`,
  );
}
