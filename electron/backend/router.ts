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
import { hash } from 'node:crypto';
import type { z } from 'zod';
import { channels, isChannelName, type ChannelName } from '../../shared/contract/channels.ts';
import { issueMessage } from '../../shared/contract/schemas/messages.ts';
import { dateInZone } from '../../shared/dates.ts';
import { AppError, type Result } from '../../shared/errors.ts';
import { SYSTEM_ACTOR_ID, type Actor, type Context } from './context.ts';
import { recordRequest, resultHash } from './audit/records.ts';
import type { BatchedHandler, BatchRunner } from './handler.ts';
import type { Storage, Tx, Work } from './storage/storage.ts';
import { handlers } from './handlers.ts';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './db/open.ts';
import { requests, users } from './db/schema.ts';

export type CallContext = { actorId?: string };

export type RouterOptions = {
  storage: Storage;
  /** Start-up work every call waits for (bootstrap, start-up expiry). */
  ready: Promise<unknown>;
  now: () => Date;
  timeZone: string;
  batchBudget: () => () => boolean;
  defaultActorId: string;
  onInternalError: (error: unknown, channel: string) => void;
};

type StoredRequest = { channel: string; inputHash: string; resultJson: string };

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
    const run = handler as (input: unknown, ctx: Context) => Promise<unknown>;
    // A call that changes nothing may run without the writer lock (a server book), and runs
    // again as a write if bringing a customer up to date had to write (Storage.readFirst).
    const mutates = channels[channel].mutates;
    const transaction = <T>(work: Work<T>) =>
      mutates ? storage.write(work) : storage.readFirst(work);
    return transaction(async (tx) => {
      const { actor, parsed } = await admit(tx, channel, input, call);
      const ctx = contextAt(options, tx, actor);
      if (!mutates) return run(parsed, ctx);
      const request = requestOf(channel, parsed);
      const seen = await findRequest(tx, request.requestId);
      if (seen) return replay(seen, channel, request.inputHash);
      const result = await run(parsed, ctx);
      await saveRequest(ctx, { ...request, result });
      return result;
    });
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
      const { actor, parsed } = await admit(tx, channel, input, call);
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

  /** The acting user (FORBIDDEN), the input (VALIDATION), then the role (FORBIDDEN). */
  async function admit(tx: Tx, channel: ChannelName, input: unknown, call?: CallContext) {
    const spec = channels[channel];
    const actorId = typeof call?.actorId === 'string' ? call.actorId : options.defaultActorId;
    const found = await findActor(tx, actorId);
    if (!found) throw new AppError('FORBIDDEN', 'Unknown user');
    if (found.removedAt !== null) throw new AppError('FORBIDDEN', 'This user was removed');
    const actor: Actor = { id: found.id, role: found.role };
    const parsed = parseInput(spec.input, input);
    if (!spec.roles.includes(actor.role)) {
      throw new AppError('FORBIDDEN', `A ${actor.role} may not use ${channel}`);
    }
    return { actor, parsed };
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

/** One call's view of time and of who acts. */
function contextAt(options: RouterOptions, tx: Tx, actor: Actor): Context {
  const now = options.now();
  return {
    tx,
    actor,
    nowAt: now.toISOString(),
    today: dateInZone(now, options.timeZone),
    timeZone: options.timeZone,
    batchBudget: options.batchBudget,
  };
}

const SYSTEM_ACTOR: Actor = { id: SYSTEM_ACTOR_ID, role: 'admin' };

type SavedRequest = { requestId: string; channel: ChannelName; inputHash: string; result: unknown };

/** The three queries every call runs, prepared once per storage. */
function prepareRequestQueries(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return {
    findActor: db
      .select({ id: users.id, role: users.role, removedAt: users.removedAt })
      .from(users)
      .where(eq(users.id, p('id')))
      .prepare(),
    findRequest: db
      .select({
        channel: requests.channel,
        inputHash: requests.inputHash,
        resultJson: requests.resultJson,
      })
      .from(requests)
      .where(eq(requests.requestId, p('requestId')))
      .prepare(),
    saveRequest: db
      .insert(requests)
      .values({
        requestId: p('requestId'),
        actorId: p('actorId'),
        channel: p('channel'),
        inputHash: p('inputHash'),
        resultJson: p('resultJson'),
        createdAt: p('createdAt'),
      })
      .prepare(),
  };
}

const queries = (tx: Tx) => tx.prepared('requests', prepareRequestQueries);

/** The first result, kept for a repeated request id, with its audit record. */
async function saveRequest(ctx: Context, request: SavedRequest): Promise<void> {
  const { requestId, channel, inputHash } = request;
  const resultJson = JSON.stringify(request.result);
  const actorId = ctx.actor.id;
  const row = { requestId, actorId, channel, inputHash, resultJson, createdAt: ctx.nowAt };
  await ctx.tx.run(queries(ctx.tx).saveRequest, row);
  const stored = { channel, actorId, inputHash, resultHash: resultHash(resultJson) };
  await recordRequest(ctx, requestId, stored);
}

function requestOf(channel: ChannelName, parsed: unknown) {
  const requestId = (parsed as { requestId: string }).requestId;
  return { requestId, channel, inputHash: hash('sha256', JSON.stringify(parsed), 'hex') };
}

function findActor(tx: Tx, actorId: string) {
  return tx.get(queries(tx).findActor, { id: actorId });
}

function findRequest(tx: Tx, requestId: string) {
  return tx.get(queries(tx).findRequest, { requestId });
}

function replay(seen: StoredRequest, channel: ChannelName, inputHash: string): unknown {
  if (seen.channel !== channel || seen.inputHash !== inputHash) {
    throw new AppError(
      'CONFLICT',
      'This requestId was already used for a different request',
      'requestId',
    );
  }
  return JSON.parse(seen.resultJson) as unknown;
}

function parseInput(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // An unknown field (SPEC 12) is named by its own path, not by the object that holds it.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue?.path;
  const field = path && path.length > 0 ? path.map(String).join('.') : 'input';
  const message = issue ? issueMessage(issue) : 'The request is not valid';
  throw new AppError('VALIDATION', message, field);
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
