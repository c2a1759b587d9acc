/**
 * Exports a document: asks the shell where to save (`app.chooseSavePath`), then has the engine
 * write it there, and says where it went. In the browser the file is also downloaded (it stays in
 * the exports folder too). Cancelling the save dialog does nothing.
 */
import { useState } from 'react';
import { attempt, type Attempt } from '../api/client.ts';
import { downloadExport, isBrowserMode } from '../api/web-bridge.ts';
import { notifyDone, notifyFailed } from './notify.ts';

export type ExportExtension = 'pdf' | 'csv' | 'eml';

export type ExportRequest = {
  title: string;
  /** The file name without its extension; unsafe characters are replaced. */
  suggestedName: string;
  extension: ExportExtension;
  write: (path: string) => Promise<Attempt<{ path: string }>>;
};

/** Characters no file system accepts in a name (and control characters), and the longest name. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]/gu;
const FILE_NAME_MAX = 120;

/** A suggested file name that any operating system accepts, ending in its extension. */
export function safeFileName(stem: string, extension: ExportExtension): string {
  const cleaned = stem.replace(UNSAFE_IN_FILE_NAME, '-').trim().slice(0, FILE_NAME_MAX);
  return `${cleaned === '' ? 'export' : cleaned}.${extension}`;
}

export function useExport(): {
  run: (request: ExportRequest) => Promise<void>;
  isPending: boolean;
} {
  const [isPending, setPending] = useState(false);
  const run = async (request: ExportRequest) => {
    setPending(true);
    try {
      const chosen = await attempt('app.chooseSavePath', {
        title: request.title,
        suggestedName: safeFileName(request.suggestedName, request.extension),
        extension: request.extension,
      });
      if (!chosen.ok) {
        notifyFailed(chosen.error);
        return;
      }
      if (chosen.data.path === null) return;
      const written = await request.write(chosen.data.path);
      if (!written.ok) {
        notifyFailed(written.error);
        return;
      }
      const isDownloaded = isBrowserMode() && (await downloadExport(written.data.path));
      notifyDone(
        isDownloaded ? 'Exported and downloaded' : 'Exported',
        `Saved to ${written.data.path}`,
      );
    } finally {
      setPending(false);
    }
  };
  return { run, isPending };
}
