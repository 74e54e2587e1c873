import { useEffect, useState } from 'react';
import type { SubmissionVersion } from '../../../core/collect/collection-schema.js';
import { formatFileTime } from '../app/time-format.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';

/** When a file was received, in local time (今天 14:05). */
export const receivedText = (iso: string): string => formatFileTime(Date.parse(iso));

/** Every file a member handed in for this submission, newest first: re-importing keeps the earlier ones. */
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
          第 {version.version} 版：{version.fileName}（{receivedText(version.receivedAt)}）
        </li>
      ))}
    </ul>
  );
}
