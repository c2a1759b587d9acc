/**
 * Files handed over for import: the page sends a picked or dropped file's bytes, the shell keeps
 * them in its own imports folder (one new subfolder per file, so the file keeps its name, which
 * the batch records) and remembers the path for this session. Invariants: `imports.preview` and
 * `imports.commit` may name only a path received here (a page cannot make the engine read any
 * other file of the machine); a path stays good for the session (the preview and the commit read
 * the same file); signing out forgets them. Without a folder (a shell that offers no import)
 * every file is refused.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../shared/errors.ts';

export type ReceivedFile = { path: string; fileName: string; bytes: number };

export type ImportFiles = {
  receive(fileName: string, contentBase64: string): Result<ReceivedFile>;
  allows(filePath: unknown): boolean;
  clear(): void;
};

/** The channels that read a received file. */
export const IMPORT_READING_CHANNELS: readonly string[] = ['imports.preview', 'imports.commit'];

const NO_IMPORTS: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window cannot receive files to import' },
};

export function createImportFiles(folder: string | undefined): ImportFiles {
  const received = new Set<string>();
  return {
    receive(fileName, contentBase64) {
      if (folder === undefined) return NO_IMPORTS;
      const name = safeName(fileName);
      const dir = path.join(folder, randomUUID());
      fs.mkdirSync(dir, { recursive: true });
      const target = path.join(dir, name);
      const bytes = Buffer.from(contentBase64, 'base64');
      fs.writeFileSync(target, bytes, { flag: 'wx' });
      received.add(target);
      return { ok: true, data: { path: target, fileName: name, bytes: bytes.length } };
    },
    allows: (filePath) => typeof filePath === 'string' && received.has(filePath),
    clear: () => {
      received.clear();
    },
  };
}

/** The name without folders or characters file systems refuse; never empty. */
function safeName(fileName: string): string {
  const base = path.basename(fileName.replaceAll('\\', '/'));
  const visible = Array.from(base, (char) => (char.charCodeAt(0) < 0x20 ? '_' : char)).join('');
  const cleaned = visible.replace(/[<>:"/\\|?*]/g, '_').replace(/^\.+/, '');
  return cleaned.trim() === '' ? 'import.csv' : cleaned.slice(0, 200);
}
