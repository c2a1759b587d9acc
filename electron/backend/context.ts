/**
 * What a handler gets besides its input: the transaction it runs in, the acting user, and the
 * moment of the call. Time is read once per call from the injected clock, so one call sees one
 * "now".
 */
import type { Role } from '../../shared/contract/types.ts';
import type { Tx } from './storage/storage.ts';

export const SYSTEM_ACTOR_ID = 'system';
/** The file's first user: acts when a call names nobody (CONTRACT.md), so it is never removed. */
export const DEFAULT_ADMIN_ID = 'admin';

export type Actor = { id: string; role: Role };

export type Context = {
  /** The one transaction this work runs in (storage/storage.ts). */
  tx: Tx;
  actor: Actor;
  /** The instant of this call, ISO 8601 UTC. */
  nowAt: string;
  /** Today's business date in the business time zone. */
  today: string;
  timeZone: string;
  /** Starts a batch's time budget: a long pass stops a batch once it is spent (jobs/time-budget.ts). */
  batchBudget: () => () => boolean;
};

/** The same call, acting as the application itself (expiry, scheduled work). */
export function asSystem(ctx: Context): Context {
  return { ...ctx, actor: { id: SYSTEM_ACTOR_ID, role: 'admin' } };
}
