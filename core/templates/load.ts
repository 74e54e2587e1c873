import { GaojiangError } from '../errors.js';
import { describeIssues } from '../validation.js';
import { lineOfPath } from './json-lines.js';
import { TemplateSchema, type Template } from './schema.js';

/**
 * Parses one template file's text. Every problem is reported at once, each
 * as “file 第N行：字段 path：reason”, so a person editing a template by hand
 * can find and fix them all in one go.
 */
export function parseTemplate(fileName: string, text: string): Template {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GaojiangError(
      'invalid-input',
      `${fileName}：不是有效的 JSON（${(error as Error).message}）`,
      `template ${fileName} is not JSON: ${(error as Error).message}`,
    );
  }
  const result = TemplateSchema.safeParse(json);
  if (!result.success) {
    const lines = describeIssues(result.error).map((line, i) => {
      const issue = result.error.issues[i]!;
      // An unknown field is best shown at its own name, not at the object holding it.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      return `${fileName} 第${lineOfPath(text.replace(/^\uFEFF/, ''), path)}行：${line}`;
    });
    throw new GaojiangError('invalid-input', `模板有误：\n${lines.join('\n')}`, `template ${fileName} invalid: ${result.error.message}`);
  }
  return result.data;
}

/** The template's text with its `{{key}}` slots filled; unknown or empty slots become empty. */
export function fillSlots(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, key: string) => values[key]?.trim() ?? '');
}
