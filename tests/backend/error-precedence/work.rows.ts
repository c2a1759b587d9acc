/**
 * Rows of the time, schedule and user tables: for each line, a call failing for it and for the
 * later lines that can hold at the same time. A selection of time entries is checked entry by
 * entry in the order given, so each row lists its failing entries in the table's order.
 */
import { givenCustomer, rid, type TestBackend } from '../../support/backend.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import {
  AMOUNT_MAX,
  givenArchived,
  givenDeepDebt,
  givenHugeTime,
  givenRemovedUser,
  givenTime,
  LINES,
  MISSING,
  type HandlerRows,
  type Row,
} from './setup.ts';

type Channel = 'time.deduct' | 'time.invoice';

function selectionInput(channel: Channel, customerId: string, timeEntryIds: string[]) {
  const issue = channel === 'time.invoice' ? { issue: false } : {};
  return { input: { customerId, timeEntryIds, ...issue, requestId: rid() } };
}

/** One entry of another customer's, one already invoiced, and eleven of the largest amount. */
async function givenSelection(t: TestBackend) {
  const customerId = await givenCustomer(t, { autoApplyCredit: false });
  const others = await givenTime(t, await givenCustomer(t));
  const billed = await givenTime(t, customerId);
  const invoiced = { customerId, timeEntryIds: [billed], issue: true, requestId: rid() };
  await t.call('time.invoice', invoiced);
  const huge = await givenHugeTime(t, customerId);
  return { customerId, others, billed, huge };
}

/** The three checks of a selection, each with the later ones behind it. */
function selectionRows(channel: Channel): Row[] {
  const row = (
    code: ErrorCode,
    field: string | undefined,
    pick: (s: Awaited<ReturnType<typeof givenSelection>>) => string[],
  ): Row => ({
    code,
    field,
    arrange: async (t) => {
      const selection = await givenSelection(t);
      return selectionInput(channel, selection.customerId, pick(selection));
    },
  });
  return [
    row('NOT_FOUND', 'timeEntryIds', (s) => [MISSING, s.others, s.billed, ...s.huge]),
    row('VALIDATION', 'timeEntryIds', (s) => [s.others, s.billed, ...s.huge]),
    row('CONFLICT', undefined, (s) => [s.billed, ...s.huge]),
    row('VALIDATION', 'timeEntryIds', (s) => s.huge),
  ];
}

/** One cent of time from a debt at the limit: refused by the mode, else past the limit. */
function deductRow(code: ErrorCode, mode: Parameters<typeof givenDeepDebt>[1], field?: string) {
  return {
    code,
    field,
    arrange: async (t: TestBackend) => {
      const customerId = await givenDeepDebt(t, mode);
      return selectionInput('time.deduct', customerId, [await givenTime(t, customerId, '0.01')]);
    },
  } satisfies Row;
}

function timeInput(customerId: string, extra: Record<string, unknown>) {
  const base = { customerId, date: '2026-03-01', hours: '2', description: 'Work' };
  return { input: { ...base, ...extra, requestId: rid() } };
}

function scheduleInput(customerId: string, extra: Record<string, unknown>) {
  const base = { customerId, interval: 'month', startDate: '2026-03-10', autoIssue: false };
  return { input: { ...base, lines: LINES.badUnitPrice, endDate: '2026-03-01', ...extra } };
}

function customerRow(
  code: ErrorCode,
  customer: (t: TestBackend) => Promise<string>,
  input: (customerId: string) => { input: Record<string, unknown> },
): Row {
  return { code, field: 'customerId', arrange: async (t) => input(await customer(t)) };
}

/** A schedule for a new customer, its dates backwards and its lines bad unless `extra` mends. */
function scheduleRow(field: string, extra: Record<string, unknown>): Row {
  return {
    code: 'VALIDATION',
    field,
    arrange: async (t) => scheduleInput(await givenCustomer(t), { ...extra, requestId: rid() }),
  };
}

const missing = () => Promise.resolve(MISSING);

export const workRows: HandlerRows = {
  'time.create': [
    customerRow('NOT_FOUND', missing, (id) => timeInput(id, { hourlyRate: '1.001' })),
    customerRow('CONFLICT', givenArchived, (id) => timeInput(id, { hourlyRate: '1.001' })),
    {
      code: 'VALIDATION',
      field: 'hourlyRate',
      arrange: async (t) => timeInput(await givenCustomer(t), { hourlyRate: '1000000000000.001' }),
    },
    {
      code: 'VALIDATION',
      field: 'hours',
      arrange: async (t) => timeInput(await givenCustomer(t), { hourlyRate: AMOUNT_MAX }),
    },
  ],
  'time.deduct': [
    customerRow('NOT_FOUND', missing, (id) => selectionInput('time.deduct', id, [MISSING])),
    ...selectionRows('time.deduct'),
    deductRow('INSUFFICIENT_BALANCE', 'prepaid'),
    deductRow('CREDIT_LIMIT_EXCEEDED', 'credit_limit'),
    deductRow('CREDIT_LIMIT_BLOCKED', 'blocked'),
    deductRow('VALIDATION', 'postpaid', 'timeEntryIds'),
  ],
  'time.invoice': [
    customerRow('NOT_FOUND', missing, (id) => selectionInput('time.invoice', id, [MISSING])),
    ...selectionRows('time.invoice').slice(0, 3),
    {
      code: 'VALIDATION',
      field: 'lines',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        return selectionInput('time.invoice', customerId, await givenHugeTime(t, customerId));
      },
    },
  ],
  'schedules.create': [
    customerRow('NOT_FOUND', missing, (id) => scheduleInput(id, { requestId: rid() })),
    customerRow('CONFLICT', givenArchived, (id) => scheduleInput(id, { requestId: rid() })),
    scheduleRow('endDate', { amount: '1.001' }),
    scheduleRow('lines', { endDate: undefined, kind: 'allowance', amount: '1.001' }),
    scheduleRow('amount', { endDate: undefined, amount: '1.001' }),
    scheduleRow('lines.0.unitPrice', { endDate: undefined }),
    scheduleRow('lines.11.quantity', { endDate: undefined, lines: LINES.badQuantity }),
    scheduleRow('lines', { endDate: undefined, lines: LINES.totalPastLimit }),
  ],
  'schedules.cancel': [
    {
      code: 'NOT_FOUND',
      field: 'scheduleId',
      arrange: () => ({ input: { scheduleId: MISSING, requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const schedule = await t.call('schedules.create', {
          customerId: await givenCustomer(t),
          lines: [{ description: 'Retainer', quantity: '1', unitPrice: '100.00' }],
          interval: 'month',
          startDate: '2026-03-10',
          autoIssue: false,
          requestId: rid(),
        });
        await t.call('schedules.cancel', { scheduleId: schedule.id, requestId: rid() });
        return { input: { scheduleId: schedule.id, requestId: rid() } };
      },
    },
  ],
  'users.setPin': [
    {
      code: 'NOT_FOUND',
      field: 'userId',
      arrange: () => ({ input: { userId: MISSING, pin: null, requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'userId',
      arrange: async (t) => ({
        input: { userId: await givenRemovedUser(t), pin: null, requestId: rid() },
      }),
    },
  ],
  'users.update': [
    {
      code: 'NOT_FOUND',
      field: 'userId',
      arrange: () => ({ input: { userId: MISSING, role: 'viewer', requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'userId',
      arrange: async (t) => ({
        input: { userId: await givenRemovedUser(t), role: 'viewer', requestId: rid() },
      }),
    },
    {
      code: 'CONFLICT',
      field: 'role',
      arrange: () => ({ input: { userId: 'admin', role: 'viewer', requestId: rid() } }),
    },
  ],
  'users.remove': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({ input: { userId: MISSING, reason: '', requestId: rid() } }),
    },
    {
      code: 'NOT_FOUND',
      field: 'userId',
      arrange: () => ({ input: { userId: MISSING, reason: 'Left', requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'userId',
      arrange: () => ({ input: { userId: 'admin', reason: 'Left', requestId: rid() } }),
    },
  ],
  'settings.update': [
    {
      code: 'VALIDATION',
      field: 'closingDate',
      arrange: () => ({ input: { closingDate: '2026-03-01', requestId: rid() } }),
    },
  ],
};
