/**
 * Files the page hands over to be read, not written: a statement PDF to verify (SPEC 11). The
 * page reads the chosen or dropped file and sends its bytes (the same through IPC and the browser
 * bridge); the shell writes them to a new file in its staging folder and grants that one path,
 * once, so `statements.verify` reads exactly those bytes and no other file on the disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/** Writes `bytes` to a new file in the staging folder; returns its path. */
export type FileStager = (bytes: Buffer) => string;

export function createFileStager(folder: string): FileStager {
  return (bytes) => {
    fs.mkdirSync(folder, { recursive: true });
    const target = path.join(folder, `to-verify-${randomUUID()}.pdf`);
    fs.writeFileSync(target, bytes, { flag: 'wx' });
    return target;
  };
}
