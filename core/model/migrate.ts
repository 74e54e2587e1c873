import { GaojiangError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { DRAFT_SCHEMA_VERSION, DraftSchema, type Draft } from './schema.js';

/**
 * Draft files end in .gaojiang (JSON inside): a unique extension lets the
 * desktop app own the file association; .json is read too.
 */
export const DRAFT_FILE_EXTENSION = '.gaojiang';

/** Drafts bigger than this are refused before parsing (a real draft is < 1 MB). */
export const MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a draft from its saved JSON text: checks the schema version,
 * migrates older versions (none yet: version 1 is the first) and validates.
 */
export function parseDraftJson(text: string): Draft {
  if (text.length > MAX_DRAFT_FILE_BYTES) {
    throw new GaojiangError('file-too-large', '稿件文件过大，无法打开。', `draft JSON is ${text.length} chars`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GaojiangError(
      'invalid-draft',
      '这不是稿匠的稿件文件（内容不是有效的 JSON）。',
      `draft is not JSON: ${(error as Error).message}`,
    );
  }
  return validateDraft(json);
}

export function validateDraft(json: unknown): Draft {
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > DRAFT_SCHEMA_VERSION) {
    throw new GaojiangError(
      'unsupported-version',
      `这份稿件由更新版本的稿匠保存（格式版本 ${version}），请升级稿匠后再打开。`,
      `draft schemaVersion ${version} > ${DRAFT_SCHEMA_VERSION}`,
    );
  }
  if (version === undefined) {
    throw new GaojiangError('invalid-draft', '这不是稿匠的稿件文件（缺少格式版本号）。', 'draft has no schemaVersion');
  }
  return parseOrThrow(DraftSchema, json, '稿件', 'invalid-draft');
}

/** The saved form of a draft: stable key order, two-space indent, final newline. */
export function serializeDraft(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}
