import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import { draftTitle } from '../../core/model/text.js';

export const CRASH_DRAFT_NAME = '崩溃测试.gaojiang';
export const CRASH_RECOVERY_KEY = 'crash-test-document';

/** Version `n` of the test draft: about 60 KB, every paragraph naming its version, so a torn or mixed file shows. */
export function crashDraft(version: number): Draft {
  const draft = createDraft(`第${version}版`);
  for (let i = 0; i < 300; i++) {
    draft.children.push({ type: 'paragraph', children: [{ text: `第${version}版第${i}段：坚持以人民为中心的发展思想，把学习成果转化为推动工作的实际成效。` }] });
  }
  return draft;
}

/** The version a draft read back is, or throws when it is not wholly one version. */
export function versionOf(draft: Draft): number {
  const version = Number(/^第(\d+)版$/.exec(draftTitle(draft))?.[1]);
  if (!Number.isInteger(version) || JSON.stringify(draft) !== JSON.stringify(crashDraft(version))) {
    throw new Error(`not an acknowledged version: ${draftTitle(draft).slice(0, 40)}`);
  }
  return version;
}
