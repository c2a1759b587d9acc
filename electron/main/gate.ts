/**
 * The shell's one door to the engine, shared by the Electron main process and the web bridge.
 * It answers the app-shell channels itself (shared/contract/app-channels.ts: session, sign-in,
 * sign-out, choosing where to save one export or a folder for many) and passes engine channels on with the signed-in user as the
 * actor. Invariants: before sign-in only `users.list` reaches the engine (the start screen lists
 * who may sign in); everything else is FORBIDDEN without touching it. The actor always comes from
 * the session, never from the caller's input. Bad input is a VALIDATION result naming the field,
 * exactly as the engine reports it; nothing here throws for bad input. Five wrong PINs in a row
 * lock that user's sign-in for five minutes (pin-attempts.ts).
 */
import type { z } from 'zod';
import {
  appChannels,
  isAppChannelName,
  type AppChannelName,
  type AppChannelOutputs,
} from '../../shared/contract/app-channels.ts';
import { isChannelName, type ChannelName } from '../../shared/contract/channels.ts';
import { issueMessage } from '../../shared/contract/schemas/messages.ts';
import type { User } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { DEFAULT_ADMIN_ID, type Backend } from '../backend/index.ts';
import { createPinAttempts, lockedMessage } from './pin-attempts.ts';
import type { Session } from './session.ts';

export type SaveRequest = z.output<(typeof appChannels)['app.chooseSavePath']>;
export type SaveChoice = AppChannelOutputs['app.chooseSavePath'];
export type SavePathChooser = (request: SaveRequest) => Promise<SaveChoice>;
export type FolderRequest = z.output<(typeof appChannels)['app.chooseExportFolder']>;
export type FolderChoice = AppChannelOutputs['app.chooseExportFolder'];
export type ExportFolderChooser = (request: FolderRequest) => Promise<FolderChoice>;

export type GateOptions = {
  engine: Pick<Backend, 'invoke'>;
  session: Session;
  chooseSavePath: SavePathChooser;
  chooseExportFolder: ExportFolderChooser;
  /** The machine clock, for the wait after too many wrong PINs. */
  now?: () => number;
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

export const UNKNOWN_CHANNEL: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Unknown channel', field: 'channel' },
};

export function createGate(options: GateOptions): Gate {
  const { engine, session } = options;
  const asShell = { actorId: SHELL_ACTOR_ID };
  const pinAttempts = createPinAttempts(options.now ?? (() => Date.now()));

  async function currentUser(): Promise<Result<{ user: User | null }>> {
    const userId = session.userId();
    if (userId === null) return ok({ user: null });
    const listed = await engine.invoke('users.list', {}, asShell);
    if (!listed.ok) return listed;
    const user = (listed.data as User[]).find((each) => each.id === userId) ?? null;
    // A restored ledger may not know this user any more: then nobody is signed in.
    if (user === null) session.signOut();
    return ok({ user });
  }

  async function answerApp(channel: AppChannelName, input: unknown): Promise<Result<unknown>> {
    const parsed = parseInput(appChannels[channel], input);
    if (!parsed.ok) return parsed;
    switch (channel) {
      case 'app.session':
        return currentUser();
      case 'app.signIn': {
        const signIn = parsed.data as z.output<(typeof appChannels)['app.signIn']>;
        const waitMs = pinAttempts.waitMs(signIn.userId);
        if (waitMs > 0) {
          return {
            ok: false,
            error: { code: 'FORBIDDEN', message: lockedMessage(waitMs), field: 'pin' },
          };
        }
        const checked = await engine.invoke('users.signIn', signIn, asShell);
        if (!checked.ok) {
          if (checked.error.code === 'FORBIDDEN') pinAttempts.wrong(signIn.userId);
          return checked;
        }
        const user = checked.data as User;
        pinAttempts.right(user.id);
        session.signIn(user.id);
        return ok({ user });
      }
      case 'app.signOut':
        session.signOut();
        return ok({ user: null });
      case 'app.chooseSavePath':
        if (session.userId() === null) return SIGN_IN_FIRST;
        return ok(await options.chooseSavePath(parsed.data as SaveRequest));
      case 'app.chooseExportFolder':
        if (session.userId() === null) return SIGN_IN_FIRST;
        return ok(await options.chooseExportFolder(parsed.data as FolderRequest));
    }
  }

  return {
    invoke: async (channel, input) => {
      try {
        if (isAppChannelName(channel)) return await answerApp(channel, input);
        if (!isChannelName(channel)) return UNKNOWN_CHANNEL;
        const actorId = session.userId();
        if (actorId === null && !OPEN_BEFORE_SIGN_IN.has(channel)) return SIGN_IN_FIRST;
        const result = await engine.invoke(channel, input, { actorId: actorId ?? SHELL_ACTOR_ID });
        // A PIN an admin has just reset opens the door at once, even during a lock.
        if (channel === 'users.setPin' && result.ok) pinAttempts.right((result.data as User).id);
        return result;
      } catch (error) {
        // Only a dialog or the disk failing can land here; the engine itself never throws.
        console.error(`[balancebook] the shell failed on ${String(channel).slice(0, 100)}`, error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong' } };
      }
    },
  };
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
