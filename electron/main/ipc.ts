/**
 * One `ipcMain.handle` per channel, nothing else: every channel of the engine's registry
 * (shared/contract/channels.ts) but the shell-only ones (`users.signIn`), and of the app shell's
 * (shared/contract/app-channels.ts), no generic bridge. Each call is checked for its sender first (only the app's own document may
 * call; anything else gets FORBIDDEN and reaches neither the gate nor the engine), then handed to
 * the gate, which keeps the sign-in rule and fills in the actor from main's session.
 */
import {
  appChannels,
  isAppChannelName,
  isShellOnlyChannel,
} from '../../shared/contract/app-channels.ts';
import { channels, isChannelName } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/errors.ts';
import type { Gate } from './gate.ts';

/** The part of Electron's `IpcMainInvokeEvent` used here; `senderFrame` is null once gone. */
export type InvokeEvent = { readonly senderFrame: { readonly url: string } | null };

export type InvokeListener = (event: InvokeEvent, input: unknown) => Promise<Result<unknown>>;

/** The part of Electron's `IpcMain` used here. */
export type IpcRegistrar = { handle(channel: string, listener: InvokeListener): void };

export type IpcWiring = {
  ipcMain: IpcRegistrar;
  gate: Gate;
  isTrustedSender: (frameUrl: string) => boolean;
};

export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This page may not use Balancebook' },
};

/** Every channel main answers: the engine's (but the shell-only ones) and the shell's. */
export function ipcChannelNames(): string[] {
  return [
    ...Object.keys(channels).filter((name) => isChannelName(name) && !isShellOnlyChannel(name)),
    ...Object.keys(appChannels).filter(isAppChannelName),
  ];
}

/** Registers every channel and returns their names. */
export function registerIpc(wiring: IpcWiring): string[] {
  const names = ipcChannelNames();
  for (const channel of names) {
    wiring.ipcMain.handle(channel, (event, input) => {
      const frameUrl = event.senderFrame?.url;
      if (frameUrl === undefined || !wiring.isTrustedSender(frameUrl)) {
        return Promise.resolve(FORBIDDEN_SENDER);
      }
      return wiring.gate.invoke(channel, input);
    });
  }
  return names;
}
