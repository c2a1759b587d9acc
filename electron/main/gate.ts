/**
 * The shell's one door to the engine, shared by the Electron main process and the web bridge.
 * It answers the app-shell channels itself (shared/contract/app-channels.ts: session, sign-in,
 * sign-out, choosing where to save one export or a folder for many; backups and restore where
 * the shell offers them, the web bridge) and passes engine channels on
 * with the signed-in user as the actor. Invariants: before sign-in only `users.list` reaches the
 * engine (the start screen lists who may sign in); everything else is FORBIDDEN without touching
 * it. The engine's `users.signIn` is never passed on from the renderer: only `app.signIn` checks a
 * PIN, so every guess meets the engine's sign-in lock (domains/users/pin-lock.ts) and the lock's
 * refusals come back as they are. The actor always comes from the session, never from the
 * caller's input. Bad input is a VALIDATION result naming the field, exactly as the engine reports
 * it; nothing here throws for bad input. An engine call naming a `path` must name one the choosers
 * handed out in this session, and uses it up (export-grants.ts); whether it may replace a file
 * there is set here from how it was chosen, never by the caller.
 */
import type { z } from 'zod';
import {
  appChannels,
  isAppChannelName,
  isShellOnlyChannel,
  type AppChannelName,
  type AppChannelOutputs,
} from '../../shared/contract/app-channels.ts';
import { isChannelName, type ChannelName } from '../../shared/contract/channels.ts';
import { issueMessage } from '../../shared/contract/schemas/messages.ts';
import type { User } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { DEFAULT_ADMIN_ID, type Backend } from '../backend/index.ts';
import type { BookSwitch } from './book-switch.ts';
import { createExportGrants } from './export-grants.ts';
import { answerBooks, isBookChannel } from './gate-books.ts';
import { createImportFiles, IMPORT_READING_CHANNELS } from './import-files.ts';
import type { Session } from './session.ts';
import type { FileStager } from './staging.ts';

export type SaveRequest = z.output<(typeof appChannels)['app.chooseSavePath']>;
/**
 * The chosen path, and whether the person already agreed to replace a file of exactly that name
 * (the save dialog asked); replacing is refused when `overwrite` is absent.
 */
export type SaveChoice = AppChannelOutputs['app.chooseSavePath'] & { overwrite?: boolean };
export type SavePathChooser = (request: SaveRequest) => Promise<SaveChoice>;
export type FolderRequest = z.output<(typeof appChannels)['app.chooseExportFolder']>;
export type FolderChoice = AppChannelOutputs['app.chooseExportFolder'];
export type ExportFolderChooser = (request: FolderRequest) => Promise<FolderChoice>;

/** The web bridge's backups (electron/web/backups.ts); the desktop has its File menu instead. */
export type GateBackups = {
  backUpNow(): Promise<Result<AppChannelOutputs['app.backUpNow']>>;
  list(): Result<AppChannelOutputs['app.listBackups']>;
  restore(name: string): Promise<Result<AppChannelOutputs['app.restoreBackup']>>;
};

/** The engine's door for unchecked data: everything here comes from the renderer. */
export type GateEngine = Pick<Backend, 'invokeUnknown'>;

export type GateOptions = {
  engine: GateEngine;
  session: Session;
  chooseSavePath: SavePathChooser;
  chooseExportFolder: ExportFolderChooser;
  /** Keeps a file the page read (a PDF to verify) and returns its path (staging.ts). */
  stageFile?: FileStager;
  /** Opens an email draft just written in the person's mail program (the desktop only). */
  openDraft?: (path: string) => void;
  backups?: GateBackups;
  /** Which book is served, and switching it (gate-books.ts); without it, the one book only. */
  books?: BookSwitch;
  /** Where files handed over for import are kept; without it, none is received. */
  importFolder?: string;
};

const NO_STAGING: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This app cannot take files to verify', field: 'base64' },
};

export type Gate = { invoke: (channel: unknown, input: unknown) => Promise<Result<unknown>> };

/** Engine channels open before anyone has signed in. */
export const OPEN_BEFORE_SIGN_IN: ReadonlySet<ChannelName> = new Set(['users.list']);

/**
 * Sign-in checks a PIN and lists users through the engine as its first user, who always exists;
 * the session then acts as whoever signed in.
 */
export const SHELL_ACTOR_ID = DEFAULT_ADMIN_ID;

export const SIGN_IN_FIRST: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Sign in first' },
};

export const PATH_NOT_CHOSEN: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'Choose where to save first: each place chosen saves one file',
    field: 'path',
  },
};

export const IMPORT_FILE_NOT_RECEIVED: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Choose the file to import first', field: 'path' },
};

/** The renderer asked for an engine channel only the shell may call (`users.signIn`). */
export const SHELL_ONLY: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Sign in from the start screen', field: 'channel' },
};

export const USE_THE_FILE_MENU: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Back up and restore from the File menu' },
};

export const ONLY_ADMINS_RESTORE: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only an admin can restore a backup' },
};

export const UNKNOWN_CHANNEL: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Unknown channel', field: 'channel' },
};

export function createGate(options: GateOptions): Gate {
  const { engine, session } = options;
  const asShell = { actorId: SHELL_ACTOR_ID };
  const grants = createExportGrants();
  const importFiles = createImportFiles(options.importFolder);
  const signOut = (): void => {
    session.signOut();
    grants.clear();
    importFiles.clear();
  };

  async function currentUser(): Promise<Result<{ user: User | null }>> {
    const userId = session.userId();
    if (userId === null) return ok({ user: null });
    const listed = await engine.invokeUnknown('users.list', {}, asShell);
    if (!listed.ok) return listed;
    const user = (listed.data as User[]).find((each) => each.id === userId) ?? null;
    // A restored ledger may not know this user any more: then nobody is signed in.
    if (user === null) signOut();
    return ok({ user });
  }

  async function answerApp(channel: AppChannelName, input: unknown): Promise<Result<unknown>> {
    const parsed = parseInput(appChannels[channel], input);
    if (!parsed.ok) return parsed;
    if (isBookChannel(channel)) {
      return answerBooks(channel, parsed.data, { books: options.books, currentUser, signOut });
    }
    switch (channel) {
      case 'app.session':
        return currentUser();
      case 'app.signIn': {
        const signIn = parsed.data as z.output<(typeof appChannels)['app.signIn']>;
        const checked = await engine.invokeUnknown('users.signIn', signIn, asShell);
        if (!checked.ok) return checked;
        const user = checked.data as User;
        grants.clear();
        session.signIn(user.id);
        return ok({ user });
      }
      case 'app.signOut':
        signOut();
        return ok({ user: null });
      case 'app.chooseSavePath': {
        if (session.userId() === null) return SIGN_IN_FIRST;
        const chosen = await options.chooseSavePath(parsed.data as SaveRequest);
        if (chosen.path !== null)
          grants.give([chosen.path], { overwrite: chosen.overwrite === true });
        return ok({ path: chosen.path });
      }
      case 'app.chooseExportFolder': {
        if (session.userId() === null) return SIGN_IN_FIRST;
        const chosen = await options.chooseExportFolder(parsed.data as FolderRequest);
        grants.give(chosen.paths, { overwrite: false });
        return ok(chosen);
      }
      case 'app.receiveImportFile': {
        if (session.userId() === null) return SIGN_IN_FIRST;
        const file = parsed.data as z.output<(typeof appChannels)['app.receiveImportFile']>;
        return importFiles.receive(file.fileName, file.contentBase64);
      }
      case 'app.stageFileToVerify': {
        if (session.userId() === null) return SIGN_IN_FIRST;
        if (options.stageFile === undefined) return NO_STAGING;
        const { base64 } = parsed.data as { base64: string };
        const staged = options.stageFile(Buffer.from(base64, 'base64'));
        grants.give([staged], { overwrite: false });
        return ok({ path: staged });
      }
      case 'app.backUpNow':
      case 'app.listBackups':
      case 'app.restoreBackup':
        return answerBackups(channel, parsed.data);
    }
  }

  /**
   * The input to pass on, or a refusal when it names a path nobody chose (which is used up); an
   * import reads only a file handed over for import, which stays good for the session.
   */
  function spendPath(channel: string, input: unknown): Result<unknown> {
    // The app copies a book to a server only; a copy to a file is for the engine's own callers.
    if (channel === 'book.copyTo' && namesPath(targetOf(input))) return PATH_NOT_CHOSEN;
    if (!namesPath(input)) return ok(input);
    if (IMPORT_READING_CHANNELS.includes(channel)) {
      return importFiles.allows(input.path) ? ok(input) : IMPORT_FILE_NOT_RECEIVED;
    }
    const grant = typeof input.path === 'string' ? grants.take(input.path) : null;
    if (grant === null) return PATH_NOT_CHOSEN;
    return ok({ ...input, overwrite: grant.overwrite });
  }

  /** In order: no backups here (the desktop), nobody signed in, a restore by a non-admin. */
  async function answerBackups(channel: AppChannelName, input: unknown): Promise<Result<unknown>> {
    const backups = options.backups;
    if (backups === undefined) return USE_THE_FILE_MENU;
    const signedIn = await currentUser();
    if (!signedIn.ok) return signedIn;
    const user = signedIn.data.user;
    if (user === null) return SIGN_IN_FIRST;
    if (channel === 'app.backUpNow') return backups.backUpNow();
    if (channel === 'app.listBackups') return backups.list();
    if (user.role !== 'admin') return ONLY_ADMINS_RESTORE;
    return backups.restore((input as { name: string }).name);
  }

  return {
    invoke: async (channel, input) => {
      try {
        if (isAppChannelName(channel)) return await answerApp(channel, input);
        if (!isChannelName(channel)) return UNKNOWN_CHANNEL;
        if (isShellOnlyChannel(channel)) return SHELL_ONLY;
        const actorId = session.userId();
        if (actorId === null && !OPEN_BEFORE_SIGN_IN.has(channel)) return SIGN_IN_FIRST;
        const spent = spendPath(channel, input);
        if (!spent.ok) return spent;
        const result = await engine.invokeUnknown(channel, spent.data, {
          actorId: actorId ?? SHELL_ACTOR_ID,
        });
        if (result.ok && channel === 'statements.draft') {
          options.openDraft?.((result.data as { path: string }).path);
        }
        return result;
      } catch (error) {
        // Only a dialog or the disk failing can land here; the engine itself never throws.
        console.error(`[balancebook] the shell failed on ${String(channel).slice(0, 100)}`, error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong' } };
      }
    },
  };
}

/** An input naming a file to write: a `path` of its own, whatever its type. */
function namesPath(input: unknown): input is { path: unknown } {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, 'path');
}

function targetOf(input: unknown): unknown {
  return typeof input === 'object' && input !== null
    ? (input as { target?: unknown }).target
    : null;
}

function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** The router's rule: the first issue wins, and `field` is its dotted path (or `input`). */
function parseInput(schema: z.ZodType, input: unknown): Result<unknown> {
  const result = schema.safeParse(input);
  if (result.success) return ok(result.data);
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  const message = issue ? issueMessage(issue) : 'The request is not valid';
  return { ok: false, error: { code: 'VALIDATION', message, field } };
}
