/**
 * The steps of one call inside its transaction, as the router runs them and as a worker thread
 * runs them on its own connection (storage/worker-serve.ts): the acting user (FORBIDDEN), the
 * input (VALIDATION with the field's path), the role (FORBIDDEN), a request id seen before (the
 * first result, or CONFLICT when it named another request), then the handler and the request
 * record. Knows no handler: the caller passes the one to run.
 */
import { hash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { channels, type ChannelName } from '../../shared/contract/channels.ts';
import { issueMessage } from '../../shared/contract/schemas/messages.ts';
import { dateInZone } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import { recordRequest, resultHash } from './audit/records.ts';
import type { Actor, Context } from './context.ts';
import type { Db } from './db/open.ts';
import { requests, users } from './db/schema.ts';
import type { Tx } from './storage/storage.ts';

export type CallContext = { actorId?: string };

/** What every call's context is made from: the clock, the zone, the budget, who acts by default. */
export type CallClock = {
  now: () => Date;
  timeZone: string;
  batchBudget: () => () => boolean;
  defaultActorId: string;
};

export type Handler = (input: unknown, ctx: Context) => Promise<unknown>;

export type Call = { channel: ChannelName; input: unknown; call: CallContext | undefined };

type StoredRequest = { channel: string; inputHash: string; resultJson: string };
type SavedRequest = { requestId: string; channel: ChannelName; inputHash: string; result: unknown };

/** One call in the transaction `tx`: admitted, replayed or run, its request kept. */
export async function callInTransaction(
  tx: Tx,
  clock: CallClock,
  call: Call,
  run: Handler,
): Promise<unknown> {
  const { channel } = call;
  const { actor, parsed } = await admit(tx, clock, call);
  const ctx = contextAt(clock, tx, actor);
  if (!channels[channel].mutates) return run(parsed, ctx);
  const request = requestOf(channel, parsed);
  const seen = await findRequest(tx, request.requestId);
  if (seen) return replay(seen, channel, request.inputHash);
  const result = await run(parsed, ctx);
  await saveRequest(ctx, { ...request, result });
  return result;
}

/** The acting user (FORBIDDEN), the input (VALIDATION), then the role (FORBIDDEN). */
export async function admit(tx: Tx, clock: CallClock, { channel, input, call }: Call) {
  const spec = channels[channel];
  const actorId = typeof call?.actorId === 'string' ? call.actorId : clock.defaultActorId;
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

/** One call's view of time and of who acts. */
export function contextAt(clock: CallClock, tx: Tx, actor: Actor): Context {
  const now = clock.now();
  return {
    tx,
    actor,
    nowAt: now.toISOString(),
    today: dateInZone(now, clock.timeZone),
    timeZone: clock.timeZone,
    batchBudget: clock.batchBudget,
  };
}

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
export async function saveRequest(ctx: Context, request: SavedRequest): Promise<void> {
  const { requestId, channel, inputHash } = request;
  const resultJson = JSON.stringify(request.result);
  const actorId = ctx.actor.id;
  const row = { requestId, actorId, channel, inputHash, resultJson, createdAt: ctx.nowAt };
  await ctx.tx.run(queries(ctx.tx).saveRequest, row);
  const stored = { channel, actorId, inputHash, resultHash: resultHash(resultJson) };
  await recordRequest(ctx, requestId, stored);
}

export function requestOf(channel: ChannelName, parsed: unknown) {
  const requestId = (parsed as { requestId: string }).requestId;
  return { requestId, channel, inputHash: hash('sha256', JSON.stringify(parsed), 'hex') };
}

function findActor(tx: Tx, actorId: string) {
  return tx.get(queries(tx).findActor, { id: actorId });
}

export function findRequest(tx: Tx, requestId: string) {
  return tx.get(queries(tx).findRequest, { requestId });
}

export function replay(seen: StoredRequest, channel: ChannelName, inputHash: string): unknown {
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
