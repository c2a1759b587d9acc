/**
 * The one way into the engine. For each call, in this order: unknown channel (VALIDATION), unknown
 * or removed acting user (FORBIDDEN), input schema (VALIDATION with the field's path), role (FORBIDDEN), a
 * request id seen before (the first result, or CONFLICT when it named another request), then the
 * handler, all inside one writing transaction of the storage that also holds the request record
 * (a call of a channel that changes nothing: `Storage.readFirst`, lock-free on a server book).
 * Any failure rolls the whole call back, so a refused call changes nothing, except a `KeptRefusal`
 * (a wrong PIN counting toward the lock), which commits what was written before it and stores
 * no request record. A batched pass that mutates checks its request id before it runs and keeps
 * the id's record after it (`routeBatched`).
 */
import { channels, isChannelName, type ChannelName } from '../../shared/contract/channels.ts';
import { AppError, type Result } from '../../shared/errors.ts';
import {
  admit,
  callInTransaction,
  contextAt,
  findRequest,
  replay,
  requestOf,
  saveRequest,
  type CallClock,
  type CallContext,
  type Handler,
} from './call-steps.ts';
import { SYSTEM_ACTOR_ID, type Actor } from './context.ts';
import type { BatchedHandler, BatchRunner } from './handler.ts';
import type { Storage, Work } from './storage/storage.ts';
import { handlers } from './handlers.ts';

export type { CallContext };

/**
 * Channels whose whole call (admission, request record, handler) may run on a worker thread
 * with its own connection to the file, while the main connection's storage keeps its one
 * writer's turn (storage/worker-host.ts): an import's one long transaction.
 */
export type OffThread = {
  channels: ReadonlySet<ChannelName>;
  run: (call: {
    channel: ChannelName;
    input: unknown;
    actorId: string | undefined;
  }) => Promise<unknown>;
};

export type RouterOptions = CallClock & {
  storage: Storage;
  /** Start-up work every call waits for (bootstrap, start-up expiry). */
  ready: Promise<unknown>;
  onInternalError: (error: unknown, channel: string) => void;
  /** Set on a book file: the channels run off the main thread (never on a server book). */
  offThread?: OffThread;
};

export function createRouter(options: RouterOptions) {
  const { storage } = options;

  async function route(
    channelName: unknown,
    input: unknown,
    call: CallContext | undefined,
  ): Promise<unknown> {
    if (!isChannelName(channelName)) {
      throw new AppError(
        'VALIDATION',
        `Unknown channel ${String(channelName).slice(0, 100)}`,
        'channel',
      );
    }
    const channel: ChannelName = channelName;
    const handler = handlers[channel];
    if (typeof handler !== 'function') return routeBatched(channel, handler, input, call);
    const run = handler as Handler;
    const offThread = options.offThread;
    if (offThread?.channels.has(channel) && isValidInput(channel, input)) {
      const actorId = typeof call?.actorId === 'string' ? call.actorId : undefined;
      return offThread.run({ channel, input, actorId });
    }
    // A call that changes nothing may run without the writer lock (a server book), and runs
    // again as a write if bringing a customer up to date had to write (Storage.readFirst).
    const transaction = <T>(work: Work<T>) =>
      channels[channel].mutates ? storage.write(work) : storage.readFirst(work);
    return transaction((tx) => callInTransaction(tx, options, { channel, input, call }, run));
  }

  /**
   * A batched pass. One that mutates (a book copy) checks its request id as a call does, before
   * the pass, and keeps its result for the id in a last transaction of its own after it.
   */
  async function routeBatched(
    channel: ChannelName,
    handler: BatchedHandler<ChannelName>,
    input: unknown,
    call: CallContext | undefined,
  ): Promise<unknown> {
    const mutates = channels[channel].mutates;
    const admitted = await storage.read(async (tx) => {
      const { actor, parsed } = await admit(tx, options, { channel, input, call });
      if (!mutates) return { actor, parsed };
      const request = requestOf(channel, parsed);
      const seen = await findRequest(tx, request.requestId);
      return { actor, parsed, seen: seen && { result: replay(seen, channel, request.inputHash) } };
    });
    if (admitted.seen) return admitted.seen.result;
    const result = await runBatched(handler, admitted.parsed, admitted.actor);
    if (!mutates) return result;
    return storage.write(async (tx) => {
      const request = requestOf(channel, admitted.parsed);
      const seen = await findRequest(tx, request.requestId);
      if (seen) return replay(seen, channel, request.inputHash);
      await saveRequest(contextAt(options, tx, admitted.actor), { ...request, result });
      return result;
    });
  }

  // One exclusive pass at a time: a second waits for the first, then finds nothing left to do.
  let passes: Promise<unknown> = Promise.resolve();

  function runBatched(
    handler: BatchedHandler<ChannelName>,
    parsed: unknown,
    caller: Actor,
  ): Promise<unknown> {
    const actor = handler.asSystem ? SYSTEM_ACTOR : caller;
    const batch: BatchRunner = async (work) => {
      const result = await storage.write((tx) => work(contextAt(options, tx, actor)));
      await new Promise((resolve) => setImmediate(resolve));
      return result;
    };
    if (!handler.exclusive) return handler.batched(parsed as never, batch);
    const pass = passes.then(() => handler.batched(parsed as never, batch));
    passes = pass.catch(() => undefined);
    return pass;
  }

  return async function invoke(
    channel: unknown,
    input: unknown,
    call?: CallContext,
  ): Promise<Result<unknown>> {
    try {
      await options.ready;
      return { ok: true, data: await route(channel, input, call) };
    } catch (error) {
      return { ok: false, error: toErrorBody(error, String(channel), options.onInternalError) };
    }
  };
}

const SYSTEM_ACTOR: Actor = { id: SYSTEM_ACTOR_ID, role: 'admin' };

/**
 * Whether the input passes its schema: only then does a call go off the thread (and is sure to
 * be data a worker can be sent); otherwise it runs here, refused in the router's usual order.
 */
function isValidInput(channel: ChannelName, input: unknown): boolean {
  return channels[channel].input.safeParse(input).success;
}

function toErrorBody(
  error: unknown,
  channel: string,
  onInternalError: RouterOptions['onInternalError'],
) {
  if (error instanceof AppError) return error.toBody();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY') {
    return new AppError('CONFLICT', 'The ledger is busy in another window; try again').toBody();
  }
  if (code === 'SQLITE_FULL') {
    const message = 'The disk is full: nothing was saved. Free some space and try again';
    return new AppError('CONFLICT', message).toBody();
  }
  onInternalError(error, channel);
  return new AppError('INTERNAL', 'Something went wrong inside Balancebook').toBody();
}
