/** The types of channel handlers: parsed input and context in, the channel's output back. */
import type {
  BatchedChannel,
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../shared/contract/channels.ts';
import type { Context } from './context.ts';

export type Handler<C extends ChannelName> = (
  input: ChannelInput<C>,
  ctx: Context,
) => Promise<ChannelOutput<C>>;

/**
 * Runs `work` in one short transaction of its own (a write, or a read when `reads` is set), then
 * yields so other calls are served.
 */
export type BatchRunner = <T>(work: (ctx: Context) => Promise<T>) => Promise<T>;

/**
 * Work made of short transactions with other work between them: a long pass, or an export whose
 * file is written outside any transaction. `exclusive` passes run one at a time.
 */
export type BatchedHandler<C extends ChannelName> = {
  batched: (input: ChannelInput<C>, batch: BatchRunner) => Promise<ChannelOutput<C>>;
  exclusive?: boolean;
  asSystem?: boolean;
};

/** Channels whose handler is a batched pass: the registry says which (`batched`). */
export type { BatchedChannel };

export type HandlerMap<C extends ChannelName> = {
  [K in C]: K extends BatchedChannel ? BatchedHandler<K> : Handler<K>;
};
