import { useEffect, useState } from 'react';
import type { SubmissionVersion } from '../../../core/collect/collection-schema.js';
import { formatFileTime } from '../app/time-format.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';

/** When a file was received, in local time (今天 14:05). */
export const receivedText = (iso: string): string => formatFileTime(Date.parse(iso));

/** Every version of this submission, newest first: the files a member handed in and the organizer's own (整理标点, 组织者修改); none is ever replaced. */
export function SubmissionHistory({ submissionId, notices }: { submissionId: string; notices: Notices }) {
  const { services } = useAppClient();
  const [versions, setVersions] = useState<SubmissionVersion[] | null>(null);
  const showError = notices.error;
  useEffect(() => {
    services.submissionHistory({ id: submissionId }).then(({ versions: found }) => setVersions(found), showError);
  }, [services, submissionId, showError]);
  if (!versions) return null;
  return (
    <ul className="submission-history" aria-label="历次交稿">
      {versions.map((version) => (
        <li key={version.version}>
          第 {version.version} 版：{version.origin === '收到' ? version.fileName : `${version.origin}（据第 ${version.version - 1} 版）`}（{receivedText(version.receivedAt)}）
        </li>
      ))}
    </ul>
  );
}
