import { useRef, useState } from 'react';
import type { Notices } from '../app/use-notices.js';
import { readMaterialFile } from '../app/import/read-material.js';
import { useAppClient } from '../client/index.js';
import { userMessageOf } from '../user-message.js';

export interface ImportOutcome {
  fileName: string;
  /** Who it was matched to, '' when unmatched; absent when the file failed. */
  submitter?: string;
  error?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  current: string;
}

/**
 * Imports picked files one by one through importSubmission, so the page can
 * show a progress bar and a line per file; a file that fails does not stop
 * the others. `cancel` stops before the next file: those already imported
 * stay, and the notice says how many were left.
 */
export function useBatchImport(collectionId: string, notices: Notices, reload: () => Promise<void>) {
  const { services } = useAppClient();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const cancelled = useRef(false);

  const importFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    cancelled.current = false;
    const results: ImportOutcome[] = [];
    for (const [index, file] of files.entries()) {
      if (cancelled.current) break;
      setProgress({ done: index, total: files.length, current: file.name });
      try {
        const material = await readMaterialFile(file);
        const { submission, matchedBy } = await services.importSubmission({ collectionId, file: { name: file.name, source: material.source } });
        results.push({ fileName: file.name, submitter: matchedBy ? submission.submitter : '' });
      } catch (error) {
        results.push({ fileName: file.name, error: userMessageOf(error) });
      }
      setOutcomes([...results]);
    }
    setProgress(null);
    const failed = results.filter((r) => r.error).length;
    const unmatched = results.filter((r) => r.submitter === '').length;
    const left = files.length - results.length;
    notices.info(
      `已导入 ${results.length - failed} 份稿件${unmatched ? `，${unmatched} 份未对应到名单` : ''}${failed ? `，${failed} 份失败` : ''}${left ? `；已取消，其余 ${left} 份未导入` : ''}`,
    );
    await reload();
  };

  const cancel = (): void => {
    cancelled.current = true;
  };

  return { progress, outcomes, importFiles, cancel };
}
