/**
 * The shell's side of `window.api` for browser tests, answering exactly as the Electron main
 * process does: it keeps who is signed in, checks PINs through the engine's `users.signIn` (acting
 * as `admin`), answers `app.chooseSavePath` with a file in the test's folder and
 * `app.chooseExportFolder` with a folder in it (made, with a safe new path for each file, as main
 * does), refuses the shell-only engine channel `users.signIn` and every engine channel but
 * `users.list` before sign-in, and passes the rest to the engine as the signed-in user. The PIN
 * lock is the engine's, so it holds here as in the app. Like main, it lets an engine call write
 * only a path it handed out, once, replacing a file there only for a save-dialog path (that
 * dialog asks), using main's own record of handed-out paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createExportGrants } from '../../../electron/main/export-grants.ts';
import { uniqueFilePaths } from '../../../electron/main/file-names.ts';
import type { z } from 'zod';
import {
  appChannels,
  isAppChannelName,
  isShellOnlyChannel,
} from '../../../shared/contract/app-channels.ts';
import type { User } from '../../../shared/contract/types.ts';
import type { Result } from '../../../shared/errors.ts';
import type { Engine } from './engine-client.ts';

const SIGN_IN_FIRST: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Sign in first' },
};
const SHELL_ONLY: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Sign in from the start screen', field: 'channel' },
};
const SHELL_ACTOR_ID = 'admin';
const PATH_NOT_CHOSEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Choose where to save first', field: 'path' },
};

type FolderRequest = z.output<(typeof appChannels)['app.chooseExportFolder']>;

export type TestGate = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  signedInUserId(): string | null;
  /** Every path handed out by `app.chooseSavePath` and `app.chooseExportFolder`, in order. */
  savedPaths: string[];
  /** Makes the next save dialog answer "cancelled". */
  cancelNextSave(): void;
};

function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function createTestGate(engine: Engine, saveDir: string): TestGate {
  let userId: string | null = null;
  let isNextSaveCancelled = false;
  const savedPaths: string[] = [];
  const grants = createExportGrants();

  async function answerApp(
    channel: keyof typeof appChannels,
    input: unknown,
  ): Promise<Result<unknown>> {
    const parsed = appChannels[channel].safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: parsed.error.message, field: 'input' },
      };
    }
    switch (channel) {
      case 'app.session': {
        if (userId === null) return ok({ user: null });
        const listed = await engine.invoke('users.list', {}, SHELL_ACTOR_ID);
        const user = listed.ok
          ? (listed.data as User[]).find((each) => each.id === userId)
          : undefined;
        return ok({ user: user ?? null });
      }
      case 'app.signIn': {
        const checked = await engine.invoke('users.signIn', parsed.data, SHELL_ACTOR_ID);
        if (!checked.ok) return checked;
        const user = checked.data as User;
        userId = user.id;
        return ok({ user });
      }
      case 'app.signOut':
        userId = null;
        grants.clear();
        return ok({ user: null });
      case 'app.chooseSavePath': {
        if (userId === null) return SIGN_IN_FIRST;
        if (isNextSaveCancelled) {
          isNextSaveCancelled = false;
          return ok({ path: null });
        }
        const request = parsed.data as { suggestedName: string };
        const chosen = path.join(saveDir, request.suggestedName);
        savedPaths.push(chosen);
        grants.give([chosen], { overwrite: true });
        return ok({ path: chosen });
      }
      case 'app.chooseExportFolder': {
        if (userId === null) return SIGN_IN_FIRST;
        const request = parsed.data as FolderRequest;
        const folder = path.join(saveDir, 'chosen-folder');
        fs.mkdirSync(folder, { recursive: true });
        const paths = uniqueFilePaths(folder, request.files);
        savedPaths.push(...paths);
        grants.give(paths, { overwrite: false });
        return ok({ folder, paths });
      }
      case 'app.backUpNow':
      case 'app.listBackups':
      case 'app.restoreBackup':
        // As the desktop: backups live in its File menu.
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Back up and restore from the File menu' },
        };
    }
  }

  return {
    savedPaths,
    signedInUserId: () => userId,
    cancelNextSave: () => {
      isNextSaveCancelled = true;
    },
    async invoke(channel, input) {
      if (isAppChannelName(channel)) return answerApp(channel, input);
      if (isShellOnlyChannel(channel)) return SHELL_ONLY;
      if (userId === null && channel !== 'users.list') return SIGN_IN_FIRST;
      if (typeof input === 'object' && input !== null && 'path' in input) {
        const grant = typeof input.path === 'string' ? grants.take(input.path) : null;
        if (grant === null) return PATH_NOT_CHOSEN;
        return engine.invoke(channel, { ...input, ...grant }, userId ?? SHELL_ACTOR_ID);
      }
      return engine.invoke(channel, input, userId ?? SHELL_ACTOR_ID);
    },
  };
}
