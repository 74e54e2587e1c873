import type { z } from 'zod';
import { GaojiangError } from '../errors.js';
import { describeIssues } from '../validation.js';
import { ownValue } from '../own-key.js';

/** Field names as an organizer filling in a pack knows them. */
const FIELD_LABELS: Record<string, string> = {
  format: '文件类型',
  version: '格式版本',
  title: '标题',
  description: '说明',
  quotes: '金句',
  text: '原文',
  speaker: '讲话人',
  source: '出处',
  date: '日期',
  occasion: '场合',
  themes: '主题标签',
  note: '备注',
  verified: '出处已核',
  publishedIn: '刊载',
  url: '网址',
  status: '核实',
  checkedBy: '核实人',
  checkedAt: '核实日期',
  saying: '同一句',
  id: '编号',
  tag: '主题标签',
  keyPoints: '要点',
  subHeadings: '建议小标题',
  templateId: '模板编号',
  deadline: '截止日期',
  organizer: '组织单位',
};

/** quotes.3.text → 第 4 条金句的原文. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件内容';
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const label = typeof key === 'string' ? (ownValue(FIELD_LABELS, key) ?? key) : String(key);
    if (typeof next === 'number') {
      parts.push(`第 ${next + 1} 条${label}`);
      i++;
    } else parts.push(label);
  }
  return parts.join('的');
}

/** One Chinese line per problem, naming the field as a person knows it. */
export function describePackIssues(error: z.ZodError, pathPrefix: readonly PropertyKey[] = []): string[] {
  const lines = describeIssues(error);
  return lines.map((line, i) => {
    const issue = error.issues[i];
    const detail = line.replace(/^字段 [^：]*：/, '');
    return issue ? `${fieldLabel([...pathPrefix, ...issue.path])}：${detail}` : line;
  });
}

/** Parses `value` or throws a GaojiangError listing every problem in Chinese. */
export function parsePackPart<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new GaojiangError(
    'invalid-input',
    `${what}有误：\n${describePackIssues(result.error).join('\n')}`,
    `${what} failed validation: ${result.error.message}`,
  );
}

/** Reads JSON or says in Chinese why it is not JSON. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GaojiangError('invalid-input', `${what}不是有效的 JSON 文件，无法读取。`, `${what} is not JSON: ${(error as Error).message}`);
  }
}

/** Checks the `format` marker and `version` before the detailed schema, for a clear first message. */
export function checkFormatAndVersion(json: unknown, format: string, supportedVersion: number, what: string): void {
  const object = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (object?.format !== format) {
    throw new GaojiangError('invalid-input', `这不是稿匠${what}（文件类型应为 "${format}"）。`, `not a ${format}`);
  }
  const version = object.version;
  if (typeof version === 'number' && version > supportedVersion) {
    throw new GaojiangError(
      'unsupported-version',
      `这个${what}由更新版本的稿匠制作（格式版本 ${version}），请升级稿匠后再导入。`,
      `${format} version ${version} > ${supportedVersion}`,
    );
  }
}
