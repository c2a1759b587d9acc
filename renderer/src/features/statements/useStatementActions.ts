/**
 * What a person does with a kept statement (SPEC 11): save a copy of it exactly as it was sent
 * (`statements.openSnapshot`, the same bytes however the data changed since) and make its email
 * draft (`statements.draft`, which records it as sent). Both ask the shell where to save, as every
 * export does; in the browser the file is also downloaded. A draft without a recipient says so.
 */
import { attempt, type Attempt } from '../../api/client.ts';
import { queryCache } from '../../api/query-cache.ts';
import { groupsTouchedBy } from '../../api/query-keys.ts';
import { notifyWarning } from '../../lib/notify.ts';
import { useExport } from '../../lib/useExport.ts';

export type KeptStatement = { snapshotId: string; customerName: string; from: string; to: string };

function stem(kept: KeptStatement): string {
  return `Statement ${kept.customerName} ${kept.from} to ${kept.to}`;
}

/** Makes the draft of a kept statement at `path`; tells the person when it has no recipient. */
export async function writeDraft(
  snapshotId: string,
  path: string,
): Promise<Attempt<{ path: string }>> {
  const input = { snapshotId, path };
  const written = await attempt('statements.draft', input);
  if (!written.ok) return written;
  // The draft records "sent": its customer's list of kept statements goes stale.
  queryCache.invalidate(groupsTouchedBy('statements.draft', input, written.data));
  if (written.data.notice !== null) {
    notifyWarning('Draft without a recipient', written.data.notice);
  }
  return written;
}

export function useStatementActions(): {
  saveAsSent: (kept: KeptStatement) => Promise<void>;
  makeDraft: (kept: KeptStatement) => Promise<void>;
  isPending: boolean;
} {
  const exporter = useExport();
  return {
    isPending: exporter.isPending,
    saveAsSent: (kept) =>
      exporter.run({
        title: 'Save the statement as it was sent',
        suggestedName: stem(kept),
        extension: 'pdf',
        write: (path) => attempt('statements.openSnapshot', { snapshotId: kept.snapshotId, path }),
      }),
    makeDraft: (kept) =>
      exporter.run({
        title: 'Save the email draft',
        suggestedName: stem(kept),
        extension: 'eml',
        write: (path) => writeDraft(kept.snapshotId, path),
      }),
  };
}
