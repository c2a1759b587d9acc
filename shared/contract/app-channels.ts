/**
 * Channels the application shell answers itself, not the engine: who is signed in, where to
 * save an export, which book to serve (the local file or a server book), and (in the browser,
 * where there is no File menu) backups and restore. The Electron main process answers them over IPC and the web bridge over HTTP;
 * the renderer calls them through `window.api.invoke` like any other channel.
 */
import { z } from 'zod';
import type { ChannelName } from './channels.ts';
import { databaseUrl } from './schemas/book.ts';
import type { User } from './types.ts';

export const EXPORT_FOLDER_FILES_MAX = 5000;

/**
 * The renderer's route that opens Settings and starts the whole-book export once: the desktop's
 * File menu sends the window there (a same-page address change, no new channel to the page).
 */
export const EXPORT_BOOK_ROUTE = '#/settings/export-book';
export const BACKUP_NAME_MAX = 200;
/** The import cap (50 MiB), as the engine reads it (electron/backend/imports/limits.ts). */
export const IMPORT_UPLOAD_BYTES_MAX = 50 * 1024 * 1024;
/** The import cap in base64, so a file just over the cap still reaches its refusal. */
export const IMPORT_UPLOAD_BASE64_MAX = Math.ceil(((IMPORT_UPLOAD_BYTES_MAX + 3) / 3) * 4) + 8;
/** The largest file the page may hand over to verify: the cap verification reads. */
export const STAGED_BYTES_MAX = 20 * 1024 * 1024;

export const appChannels = {
  'app.session': z.strictObject({}).optional(),
  'app.signIn': z.strictObject({
    userId: z.string().min(1).max(100),
    pin: z.string().max(12).optional(),
  }),
  'app.signOut': z.strictObject({}).optional(),
  'app.chooseSavePath': z.strictObject({
    title: z.string().max(200),
    suggestedName: z.string().min(1).max(200),
    extension: z.enum(['pdf', 'csv', 'eml']),
  }),
  /**
   * One folder for many exports (month-end statements): a path in it for each file asked. An
   * entry with `extension: 'folder'` asks for a new folder's path instead (the whole-book export
   * makes that folder and fills it).
   */
  'app.chooseExportFolder': z.strictObject({
    title: z.string().max(200),
    files: z
      .array(
        z.strictObject({
          suggestedName: z.string().min(1).max(200),
          extension: z.enum(['pdf', 'csv', 'eml', 'folder']),
        }),
      )
      .min(1)
      .max(EXPORT_FOLDER_FILES_MAX),
  }),
  /**
   * A file to import, handed over by the page (picked or dropped, desktop and browser alike): the
   * shell keeps it in its own imports folder and gives back the path `imports.preview` and
   * `imports.commit` may then name (and no other).
   */
  'app.receiveImportFile': z.strictObject({
    fileName: z.string().trim().min(1).max(200),
    contentBase64: z.string().max(IMPORT_UPLOAD_BASE64_MAX),
  }),
  /**
   * A file the page read (a statement PDF to verify), handed to the shell as base64: the shell
   * keeps it in its staging folder and grants its path once, for `statements.verify`. At most
   * 20 MiB (as verification reads); a larger file is refused here on `base64`.
   */
  'app.stageFileToVerify': z.strictObject({
    base64: z.string().max(Math.ceil(STAGED_BYTES_MAX / 3) * 4 + 4, 'may be at most 20 MB'),
  }),
  /** Browser only (the desktop has its File menu): back the ledger up now. */
  'app.backUpNow': z.strictObject({}).optional(),
  /** Browser only: the regular backups in the backups folder, newest first. */
  'app.listBackups': z.strictObject({}).optional(),
  /** Browser only, admins only: replace the ledger with one of the listed backups. */
  'app.restoreBackup': z.strictObject({ name: z.string().min(1).max(BACKUP_NAME_MAX) }),
  /** Which book the shell serves: the local file or a server book (issue #19). */
  'app.book': z.strictObject({}).optional(),
  /**
   * Serve a server book from now on (the start screen, or an admin in Settings): proven to open
   * first; everyone is signed out, as the people of that book are its own.
   */
  'app.openServerBook': z.strictObject({ databaseUrl }),
  /** Back to the local file (the start screen, or an admin); everyone is signed out. */
  'app.openLocalBook': z.strictObject({}).optional(),
} as const;

/** Where the book the shell serves is kept; a server book by its address (never the password). */
export type BookLocation =
  | { kind: 'local' }
  | { kind: 'server'; address: string; /** Remembered for the next start. */ kept: boolean };

export type BackupListing = { name: string; day: string; time: string; sizeBytes: number };

export type AppChannelName = keyof typeof appChannels;

export type AppChannelOutputs = {
  'app.session': { user: User | null };
  'app.signIn': { user: User };
  'app.signOut': { user: null };
  /** The chosen path, or null when the person cancelled. */
  'app.chooseSavePath': { path: string | null };
  /**
   * The chosen folder and, in the order asked, a new file path in it for each file: safe names,
   * none taken on disk or twice in the list. `folder` is null (and `paths` empty) when cancelled.
   */
  'app.chooseExportFolder': { folder: string | null; paths: string[] };
  /** Where the shell keeps the file, for the imports channels' `path`. */
  'app.receiveImportFile': { path: string; fileName: string; bytes: number };
  /** The staged file's path, granted once for `statements.verify`. */
  'app.stageFileToVerify': { path: string };
  'app.backUpNow': { path: string };
  'app.listBackups': { folder: string; backups: BackupListing[] };
  /** The safety copy of the replaced ledger is null when there was no ledger to keep. */
  'app.restoreBackup': { restoredFrom: string; safetyBackup: string | null };
  'app.book': { book: BookLocation };
  'app.openServerBook': { book: BookLocation };
  'app.openLocalBook': { book: BookLocation };
};

export function isAppChannelName(name: unknown): name is AppChannelName {
  return typeof name === 'string' && Object.hasOwn(appChannels, name);
}

/**
 * Engine channels the renderer may not call: the shell calls them for it. `users.signIn` checks a
 * PIN for `app.signIn`, which keeps the session and is the one way to sign in. The preload refuses
 * them, main registers no IPC handler for them, and the gate (IPC and web bridge) refuses them.
 */
export const SHELL_ONLY_CHANNELS = ['users.signIn'] as const satisfies readonly ChannelName[];

export type ShellOnlyChannel = (typeof SHELL_ONLY_CHANNELS)[number];

export function isShellOnlyChannel(name: unknown): name is ShellOnlyChannel {
  return SHELL_ONLY_CHANNELS.some((channel) => channel === name);
}
