/**
 * The renderer's view of `window.api`, typed from the registries: a channel name neither the
 * engine's registry nor the app shell's knows, or an input of the wrong shape, is a compile error
 * in the renderer.
 */
import type { z } from 'zod';
import type {
  AppChannelName,
  AppChannelOutputs,
  ShellOnlyChannel,
  appChannels,
} from '../../shared/contract/app-channels.ts';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/errors.ts';

/** The engine channels the renderer may call: not the shell-only ones (`users.signIn`). */
export type RendererEngineChannel = Exclude<ChannelName, ShellOnlyChannel>;

export type AnyChannel = RendererEngineChannel | AppChannelName;

export type AnyInput<C extends AnyChannel> = C extends ChannelName
  ? ChannelInput<C>
  : C extends AppChannelName
    ? z.input<(typeof appChannels)[C]>
    : never;

export type AnyOutput<C extends AnyChannel> = C extends ChannelName
  ? ChannelOutput<C>
  : C extends AppChannelName
    ? AppChannelOutputs[C]
    : never;

export type BalancebookApi = {
  invoke<C extends AnyChannel>(channel: C, input: AnyInput<C>): Promise<Result<AnyOutput<C>>>;
};

declare global {
  // A global `var` is how a declaration adds a property to `window` without an interface.
  var api: BalancebookApi;
}
