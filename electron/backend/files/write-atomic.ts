/**
 * Writes an export so that the target is never half-written: the bytes go to a temporary file in
 * the same folder, are flushed to disk, and only then renamed over the target. On any failure
 * the temporary file is removed and the caller gets a typed error on `path`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';

export function writeFileAtomic(target: string, data: Uint8Array | string): number {
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('VALIDATION', `The folder ${folder} does not exist`, 'path');
  }
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    return bytes.byteLength;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as { code?: string }).code ?? 'an error';
    throw new AppError('VALIDATION', `Cannot write ${target} (${code})`, 'path');
  }
}
