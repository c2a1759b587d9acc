/**
 * The export paths the shell has handed out in this session: only a path a save or folder dialog
 * returned may be written, once. Invariants: a path is good for one export call (taken when the
 * call starts, whatever its outcome); whether it may replace a file already there is decided
 * here, from how it was chosen, never by the page; signing out forgets every path; at most
 * GRANTS_MAX are remembered, the oldest forgotten first. Plain Node: the web bridge uses it too.
 */
import { EXPORT_FOLDER_FILES_MAX } from '../../shared/contract/app-channels.ts';

/** Two full month-end runs' worth. */
export const GRANTS_MAX = 2 * EXPORT_FOLDER_FILES_MAX;

export type Grant = {
  /** The person agreed to replace a file already at this path (the save dialog asked). */
  overwrite: boolean;
};

export type ExportGrants = {
  give(paths: readonly string[], grant: Grant): void;
  /** The grant for exactly this path, removed; null when none was handed out. */
  take(path: string): Grant | null;
  clear(): void;
  size(): number;
};

export function createExportGrants(max = GRANTS_MAX): ExportGrants {
  const grants = new Map<string, Grant>();
  return {
    give(paths, grant) {
      for (const path of paths) {
        grants.delete(path);
        grants.set(path, grant);
      }
      for (const oldest of grants.keys()) {
        if (grants.size <= max) break;
        grants.delete(oldest);
      }
    },
    take(path) {
      const grant = grants.get(path) ?? null;
      grants.delete(path);
      return grant;
    },
    clear() {
      grants.clear();
    },
    size: () => grants.size,
  };
}
