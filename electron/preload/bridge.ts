/**
 * What the preload exposes as `window.api`: exactly `invoke(channel, input)`. A name outside the
 * engine's registry and the app shell's channels is refused here, before anything is sent, with
 * the same VALIDATION result the engine gives an unknown channel. The renderer gets no other
 * handle on Electron or Node.
 *
 * Engine channels only the shell may call (`SHELL_ONLY_CHANNELS`: `users.signIn`) are refused
 * the same way: the renderer signs in through `app.signIn`.
 *
 * The allow-list is the registries themselves (`isChannelName`, `isAppChannelName`), so a channel
 * exists in one place; that bundles their zod schemas into the preload (about 240 kB, no runtime
 * `require`).
 */
import { isAppChannelName, isShellOnlyChannel } from '../../shared/contract/app-channels.ts';
import { isChannelName } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/errors.ts';

/** The part of Electron's `ipcRenderer` used here. */
export type IpcInvoker = { invoke(channel: string, input: unknown): Promise<unknown> };

export type Api = { invoke(channel: string, input: unknown): Promise<Result<unknown>> };

export const UNKNOWN_CHANNEL: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Unknown channel', field: 'channel' },
};

export function isAllowedChannel(channel: unknown): channel is string {
  return (isChannelName(channel) && !isShellOnlyChannel(channel)) || isAppChannelName(channel);
}

export function createApi(ipc: IpcInvoker): Api {
  return {
    invoke(channel, input) {
      if (!isAllowedChannel(channel)) return Promise.resolve(UNKNOWN_CHANNEL);
      return ipc.invoke(channel, input) as Promise<Result<unknown>>;
    },
  };
}
