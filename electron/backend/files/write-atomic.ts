/**
 * Writes an export so that the target is never half-written: the bytes go to a temporary file in
 * the same folder, are flushed to disk, and only then moved to the target. An existing file is
 * replaced only when the caller says the person agreed (`overwrite`); otherwise the move is a
 * hard link, which the system refuses when the name is taken, so even a file appearing at the
 * last moment is kept (a file system without hard links gets a check just before a rename). On
 * any failure the temporary file is removed and the caller gets a typed error on `path`, naming
 * the file by its name only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';

export type WriteOptions = {
  /** True only when the person confirmed replacing a file of this name (a save dialog asked). */
  overwrite: boolean;
};

/** Errors of `link` meaning "this file system has no hard links", not "the name is taken". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

export function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: WriteOptions,
): number {
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('VALIDATION', `The folder ${path.basename(folder)} does not exist`, 'path');
  }
  if (!options.overwrite && fs.existsSync(target)) throw alreadyExists(target);
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    writeFlushed(temporary, bytes);
    if (options.overwrite) fs.renameSync(temporary, target);
    else moveWithoutReplacing(temporary, target);
    return bytes.byteLength;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? 'an error';
    throw new AppError('VALIDATION', `Cannot write ${path.basename(target)} (${code})`, 'path');
  }
}

function writeFlushed(file: string, bytes: Uint8Array): void {
  const handle = fs.openSync(file, 'wx');
  try {
    fs.writeSync(handle, bytes);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Links the finished file under its name (refused if taken), then drops the temporary name. */
function moveWithoutReplacing(temporary: string, target: string): void {
  try {
    fs.linkSync(temporary, target);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'EEXIST') throw alreadyExists(target);
    if (!NO_HARD_LINKS.has(code)) throw error;
    if (fs.existsSync(target)) throw alreadyExists(target);
    fs.renameSync(temporary, target);
    return;
  }
  fs.rmSync(temporary, { force: true });
}

function alreadyExists(target: string): AppError {
  const name = path.basename(target);
  return new AppError('CONFLICT', `A file named ${name} is already there; it was kept`, 'path');
}
