/**
 * 历史版本: opening the history of a draft with 200 kept versions (goal
 * ≤ 300 ms) — what the 历史版本 dialog asks when it opens: the list (every
 * version file read and checked, so a damaged one shows as damaged), then
 * the newest version read and compared with the draft in the editor. Through
 * the validated local services on a real library folder, 5,000-character
 * drafts of corpus sentences, each version with one paragraph rewritten.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDrafts } from '../core/history/compare.js';
import type { Draft } from '../core/model/schema.js';
import { ALLOW_ANY_PATH, createNodeFileSystem } from '../core/node/file-system.js';
import { createNodeServiceImplementation, findTemplatesDir } from '../core/node/services.js';
import { DraftHistory } from '../core/services/draft-history.js';
import { createLocalServices } from '../core/services/local.js';
import { findCorpusDir, medianMs, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';

const VERSIONS = 200;

export async function runHistoryBench(report: BenchReport): Promise<void> {
  const libraryDir = mkdtempSync(path.join(tmpdir(), 'gaojiang-history-bench-'));
  try {
    const sentences = corpusSentences(findCorpusDir());
    const draftPath = path.join(libraryDir, '稿件', '研讨发言.gaojiang');
    // 200 versions over the last six days (all kept by the retention rule), a save every 40 minutes.
    const start = Date.now() - 6 * 24 * 60 * 60 * 1000;
    let clock = start;
    const history = new DraftHistory(createNodeFileSystem(ALLOW_ANY_PATH), libraryDir, () => clock);
    const base = buildSampleDraft(sentences, 5_000);
    // Version i: the base with its i-th sentence rewritten and a closing line naming the version.
    const version = (i: number): Draft => ({
      ...base,
      children: [
        ...base.children.map((block, k) => (k === 2 + (i % (base.children.length - 2)) ? { ...block, children: [{ text: `${sentences[i % sentences.length]!}（第${i}稿改）` }] } : block)),
        { type: 'paragraph' as const, children: [{ text: `第${i}稿。` }] },
      ],
    });
    for (let i = 0; i < VERSIONS; i++) {
      await history.recordSave(draftPath, version(i));
      clock += 40 * 60 * 1000;
    }
    const services = createLocalServices(
      createNodeServiceImplementation({
        policy: ALLOW_ANY_PATH,
        libraryDir,
        templatesDir: findTemplatesDir(fileURLToPath(import.meta.url)),
        trackRecent: true,
      }),
    );
    const current = version(VERSIONS);
    let listed = 0;
    const ms = await medianMs(10, async () => {
      const { versions } = await services.listDraftVersions({ path: draftPath });
      listed = versions.length;
      const newest = versions[0];
      if (!newest) throw new Error('no versions listed');
      const { draft } = await services.readDraftVersion({ path: draftPath, id: newest.id });
      compareDrafts(draft, current);
    });
    if (listed !== VERSIONS) throw new Error(`listed ${listed} versions, wrote ${VERSIONS}`);
    report('history_open_ms', ms, `ms (${VERSIONS} versions of 5,000 chars, goal ≤ 300)`);
  } finally {
    rmSync(libraryDir, { recursive: true, force: true });
  }
}
