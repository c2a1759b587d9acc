/**
 * Rows of the router's lines (ROUTER_CHECKS), made for every mutating channel from an input that
 * matches its schema and fails in its handler (its first handler row), so that each router row
 * also carries every later reason: a removed person sending bad input, a viewer sending bad
 * input, a viewer reusing another request's id, the admin reusing it for a failing call.
 */
import { ROUTER_CHECKS, type MutatingChannel } from '../../../shared/contract/error-precedence.ts';
import { givenCustomer, rid, type TestBackend } from '../../support/backend.ts';
import { balanceRows } from './balance.rows.ts';
import { bookRows } from './book.rows.ts';
import { customerRows } from './customers.rows.ts';
import { importRows } from './imports.rows.ts';
import { reverseRows } from './reverse.rows.ts';
import { invoiceRows } from './invoices.rows.ts';
import { givenRemovedUser, givenUser, type Call, type HandlerRows, type Row } from './setup.ts';
import { workRows } from './work.rows.ts';

export const ALL_HANDLER_ROWS: HandlerRows = {
  ...customerRows,
  ...balanceRows,
  ...reverseRows,
  ...invoiceRows,
  ...workRows,
  ...importRows,
  ...bookRows,
};

/** Inputs for the channels whose handlers refuse nothing: they would succeed. */
const SUCCEEDING: { readonly [C in MutatingChannel]?: () => Record<string, unknown> } = {
  'users.create': () => ({ name: 'Nadia', role: 'viewer', requestId: rid() }),
};

/** A call that matches the schema and, as the admin, would fail in the handler (or succeed). */
async function handlerCall(t: TestBackend, channel: MutatingChannel): Promise<Call> {
  const succeeding = SUCCEEDING[channel];
  if (succeeding) return { input: succeeding() };
  const first = ALL_HANDLER_ROWS[channel]?.[0];
  if (!first) throw new Error(`${channel} has neither handler rows nor a succeeding input`);
  return first.arrange(t);
}

/** A request id the file has already stored, for another request. */
async function usedRequestId(t: TestBackend): Promise<string> {
  const requestId = rid('used');
  await givenCustomer(t, { name: 'Earlier request', requestId });
  return requestId;
}

type Arrange = (t: TestBackend, call: Call) => Promise<Call>;

const arrangements: Record<number, { field?: string; arrange: Arrange }> = {
  0: {
    arrange: async (t, call) => ({
      input: { ...call.input, requestId: '' },
      actorId: await givenRemovedUser(t, 'viewer'),
    }),
  },
  1: {
    field: 'requestId',
    arrange: async (t, call) => ({
      input: { ...call.input, requestId: '' },
      actorId: await givenUser(t, 'viewer'),
    }),
  },
  2: {
    arrange: async (t, call) => ({
      input: { ...call.input, requestId: await usedRequestId(t) },
      actorId: await givenUser(t, 'viewer'),
    }),
  },
  3: {
    field: 'requestId',
    arrange: async (t, call) => ({ input: { ...call.input, requestId: await usedRequestId(t) } }),
  },
};

/** The router's rows for `channel`, in ROUTER_CHECKS order. */
export function routerRows(channel: MutatingChannel): Row[] {
  return ROUTER_CHECKS.map(([code], index) => {
    const arrangement = arrangements[index];
    if (!arrangement) throw new Error(`no router row for line ${index + 1}`);
    return {
      code,
      field: arrangement.field,
      arrange: async (t) => arrangement.arrange(t, await handlerCall(t, channel)),
    };
  });
}
