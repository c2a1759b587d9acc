/**
 * File names for exports made from a suggestion the renderer sends (a customer's name, a date
 * range). Invariants: the result is one plain file name in any script, never a path (no
 * separators, no `..`, no control or reserved characters, no Windows device name), at most
 * FILE_NAME_MAX characters before its extension, and always ends in that extension (a folder,
 * `extension: 'folder'`, has none).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const FILE_NAME_MAX = 120;
/** How many numbered variants `uniqueFilePath` tries before giving up with a random suffix. */
export const UNIQUE_SUFFIX_MAX = 999;

const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export type FileNameRequest = { suggestedName: string; extension: string };

export function safeFileName({ suggestedName, extension }: FileNameRequest): string {
  // A new folder (the whole-book export) is named like a file, without an extension.
  if (extension === 'folder') return safeFolderName(suggestedName);
  const ownExtension = new RegExp(`\\.${extension}$`, 'i');
  return `${safeStem(suggestedName.replace(ownExtension, ''))}.${extension}`;
}

/** A folder's name made the same way as a file's, without an extension. */
export function safeFolderName(suggestedName: string): string {
  return safeStem(suggestedName);
}

function safeStem(suggestedName: string): string {
  let stem = suggestedName
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/_+/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  stem = Array.from(stem).slice(0, FILE_NAME_MAX).join('').trim();
  if (stem === '' || /^_+$/.test(stem)) stem = 'export';
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  return stem;
}

/**
 * `folder/name`, or `folder/name-2`, `-3`… if that file already exists or is in `taken` (paths
 * already handed out for files not written yet).
 */
export function uniqueFilePath({
  folder,
  fileName,
  taken = new Set<string>(),
}: {
  folder: string;
  fileName: string;
  taken?: ReadonlySet<string>;
}): string {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  const candidate = (suffix: string): string => path.join(folder, `${stem}${suffix}${extension}`);
  const isFree = (file: string) => !taken.has(file) && !fs.existsSync(file);
  if (isFree(candidate(''))) return candidate('');
  for (let number = 2; number <= UNIQUE_SUFFIX_MAX; number += 1) {
    const numbered = candidate(`-${number}`);
    if (isFree(numbered)) return numbered;
  }
  return candidate(`-${randomBytes(4).toString('hex')}`);
}

/** A new, safe path in `folder` for each requested file, in order, no two the same. */
export function uniqueFilePaths(folder: string, files: readonly FileNameRequest[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const chosen = uniqueFilePath({ folder, fileName: safeFileName(file), taken });
    taken.add(chosen);
    return chosen;
  });
}
