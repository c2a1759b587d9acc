/**
 * Exports the whole book: asks the shell for a new folder's path (`app.chooseExportFolder` with
 * one `folder` entry, named after today), has the engine fill it (`book.export`), then says where
 * it went and how many files it holds. In the browser the folder is also downloaded, as one zip (it
 * stays in the exports folder too). Cancelling the folder dialog does nothing.
 */
import { useState } from 'react';
import type { BookExport } from '../../../../shared/contract/types.ts';
import { attempt } from '../../api/client.ts';
import { downloadExportsAsZip, isBrowserMode } from '../../api/web-bridge.ts';
import { notifyDone, notifyFailed } from '../../lib/notify.ts';

export const BOOK_EXPORT_TITLE = 'Export the whole book';

/** "Balancebook 2026-12-04": the folder's suggested name, on the person's own calendar day. */
export function bookFolderName(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `Balancebook ${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** "1 file", "15 files". */
export function fileCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'file' : 'files'}`;
}

/** The folder as one zip under the folder's own name; true when the bridge handed out every file. */
function downloadFolder(written: BookExport): Promise<boolean> {
  const folderName = written.path.split(/[\\/]/).pop() ?? 'Balancebook';
  return downloadExportsAsZip(
    `${folderName}.zip`,
    written.contents.map((file) => file.path),
  );
}

export function useBookExport() {
  const [isPending, setPending] = useState(false);
  const [last, setLast] = useState<BookExport | undefined>(undefined);
  const run = async () => {
    setPending(true);
    try {
      const chosen = await attempt('app.chooseExportFolder', {
        title: BOOK_EXPORT_TITLE,
        files: [{ suggestedName: bookFolderName(new Date()), extension: 'folder' }],
      });
      if (!chosen.ok) {
        notifyFailed(chosen.error);
        return;
      }
      const [target] = chosen.data.paths;
      if (chosen.data.folder === null || target === undefined) return;
      const written = await attempt('book.export', { path: target });
      if (!written.ok) {
        notifyFailed(written.error);
        return;
      }
      setLast(written.data);
      const isDownloaded = isBrowserMode() && (await downloadFolder(written.data));
      notifyDone(
        isDownloaded ? 'Book exported and downloaded' : 'Book exported',
        `${fileCount(written.data.files)} saved in ${written.data.path}`,
      );
    } finally {
      setPending(false);
    }
  };
  return { run, isPending, last };
}
