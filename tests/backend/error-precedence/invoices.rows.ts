/**
 * Rows of the invoice, payment and credit-note tables: for each line, a call failing for it and
 * for the later lines that can hold at the same time.
 */
import {
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import {
  fillToLimit,
  FUTURE,
  givenArchived,
  LINES,
  MISSING,
  PAST,
  type HandlerRows,
  type Row,
} from './setup.ts';

const BAD = '1.001';
/** Dates that fail the due-after-issue check. */
const BACKWARDS = { issueDate: '2026-03-10', dueDate: '2026-03-01' };

function createRow(code: ErrorCode, field: string, customer: (t: TestBackend) => Promise<string>) {
  return {
    code,
    field,
    arrange: async (t: TestBackend) => ({
      input: {
        customerId: await customer(t),
        currency: 'EUR',
        lines: LINES.badUnitPrice,
        ...BACKWARDS,
        requestId: rid(),
      },
    }),
  } satisfies Row;
}

/** The line checks, on a new invoice (`create`) or a draft (`update`). */
function lineRows(target: 'create' | 'update'): Row[] {
  const cases = [
    ['lines.0.unitPrice', LINES.badUnitPrice],
    ['lines.11.quantity', LINES.badQuantity],
    ['lines', LINES.totalPastLimit],
  ] as const;
  return cases.map(([field, lines]) => ({
    code: 'VALIDATION',
    field,
    arrange: async (t) => {
      const customerId = await givenCustomer(t);
      if (target === 'create') return { input: { customerId, lines, requestId: rid() } };
      const draft = await givenDraft(t, customerId, '10.00');
      return { input: { invoiceId: draft.id, lines, requestId: rid() } };
    },
  }));
}

/** A customer with a draft due before today: issuing it would date it after its due date. */
async function givenLateDraft(t: TestBackend) {
  const customerId = await givenCustomer(t);
  const draft = await givenDraft(t, customerId, '10.00', { dueDate: PAST });
  return { customerId, invoiceId: draft.id };
}

function reasonRows(channel: 'void' | 'credit'): Row[] {
  const amount = channel === 'credit' ? { amount: BAD } : {};
  return [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({
        input: { invoiceId: MISSING, reason: ' ', ...amount, requestId: rid() },
      }),
    },
    {
      code: 'NOT_FOUND',
      field: 'invoiceId',
      arrange: () => ({
        input: { invoiceId: MISSING, reason: 'Wrong', ...amount, requestId: rid() },
      }),
    },
  ];
}

/** An invoice of `amount` settled in full by credit, then the balance filled to its limit. */
async function givenPaidAtFullBalance(t: TestBackend, amount = '10.00', credit = '10.00') {
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, credit);
  const invoice = await givenIssuedInvoice(t, customerId, amount);
  await fillToLimit(t, customerId);
  return invoice.id;
}

function paymentInput(customerId: string, extra: Record<string, unknown>) {
  const base = { customerId, amount: BAD, method: 'cash', receivedOn: FUTURE };
  return { input: { ...base, ...extra, requestId: rid() } };
}

function creditInput(invoiceId: string, amount: string) {
  return { input: { invoiceId, amount, reason: 'Discount', requestId: rid() } };
}

export const invoiceRows: HandlerRows = {
  'invoices.create': [
    createRow('NOT_FOUND', 'customerId', () => Promise.resolve(MISSING)),
    createRow('CONFLICT', 'customerId', givenArchived),
    createRow('CURRENCY_MISMATCH', 'currency', givenCustomer),
    {
      code: 'VALIDATION',
      field: 'dueDate',
      arrange: async (t) => ({
        input: {
          customerId: await givenCustomer(t),
          lines: LINES.badUnitPrice,
          ...BACKWARDS,
          requestId: rid(),
        },
      }),
    },
    ...lineRows('create'),
  ],
  'invoices.update': [
    {
      code: 'NOT_FOUND',
      field: 'invoiceId',
      arrange: () => ({
        input: { invoiceId: MISSING, lines: LINES.badUnitPrice, ...BACKWARDS, requestId: rid() },
      }),
    },
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        const input = { invoiceId: invoice.id, lines: LINES.badUnitPrice, ...BACKWARDS };
        return { input: { ...input, requestId: rid() } };
      },
    },
    {
      code: 'VALIDATION',
      field: 'dueDate',
      arrange: async (t) => {
        const draft = await givenDraft(t, await givenCustomer(t), '10.00');
        const input = { invoiceId: draft.id, lines: LINES.badUnitPrice, ...BACKWARDS };
        return { input: { ...input, requestId: rid() } };
      },
    },
    ...lineRows('update'),
  ],
  'invoices.issue': [
    {
      code: 'NOT_FOUND',
      field: 'invoiceId',
      arrange: () => ({ input: { invoiceId: MISSING, requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        return { input: { invoiceId: invoice.id, requestId: rid() } };
      },
    },
    {
      code: 'CONFLICT',
      field: 'invoiceId',
      arrange: async (t) => {
        const { customerId, invoiceId } = await givenLateDraft(t);
        await t.call('customers.update', { customerId, currency: 'EUR', requestId: rid() });
        await t.call('customers.archive', { customerId, reason: 'Gone', requestId: rid() });
        return { input: { invoiceId, requestId: rid() } };
      },
    },
    {
      code: 'CURRENCY_MISMATCH',
      arrange: async (t) => {
        const { customerId, invoiceId } = await givenLateDraft(t);
        await t.call('customers.update', { customerId, currency: 'EUR', requestId: rid() });
        return { input: { invoiceId, requestId: rid() } };
      },
    },
    {
      code: 'VALIDATION',
      field: 'dueDate',
      arrange: async (t) => ({
        input: { invoiceId: (await givenLateDraft(t)).invoiceId, requestId: rid() },
      }),
    },
  ],
  'invoices.void': [
    ...reasonRows('void'),
    {
      code: 'CONFLICT',
      arrange: async (t) => ({
        input: { invoiceId: await givenPaidAtFullBalance(t), reason: 'Wrong', requestId: rid() },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'invoiceId',
      arrange: async (t) => {
        const invoiceId = await givenPaidAtFullBalance(t, '20.00');
        return { input: { invoiceId, reason: 'Wrong', requestId: rid() } };
      },
    },
  ],
  'invoices.markUncollectible': [
    ...reasonRows('void'),
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const draft = await givenDraft(t, await givenCustomer(t), '10.00');
        return { input: { invoiceId: draft.id, reason: 'Gone', requestId: rid() } };
      },
    },
  ],
  'payments.record': [
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => paymentInput(MISSING, { invoiceId: MISSING }),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => paymentInput(await givenArchived(t), { invoiceId: MISSING }),
    },
    {
      code: 'NOT_FOUND',
      field: 'invoiceId',
      arrange: async (t) =>
        paymentInput(await givenCustomer(t), { invoiceId: MISSING, currency: 'EUR' }),
    },
    {
      code: 'CURRENCY_MISMATCH',
      field: 'currency',
      arrange: async (t) => {
        const other = await givenCustomer(t, { currency: 'EUR' });
        const invoice = await givenIssuedInvoice(t, other, '10.00');
        return paymentInput(await givenCustomer(t), { invoiceId: invoice.id });
      },
    },
    {
      code: 'VALIDATION',
      field: 'invoiceId',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        return paymentInput(await givenCustomer(t), { invoiceId: invoice.id });
      },
    },
    {
      code: 'VALIDATION',
      field: 'receivedOn',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        const draft = await givenDraft(t, customerId, '10.00');
        return paymentInput(customerId, { invoiceId: draft.id });
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        const draft = await givenDraft(t, customerId, '10.00');
        return paymentInput(customerId, { invoiceId: draft.id, receivedOn: PAST });
      },
    },
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        const draft = await givenDraft(t, customerId, '10.00');
        await fillToLimit(t, customerId);
        const extra = { invoiceId: draft.id, receivedOn: PAST, amount: '0.01' };
        return paymentInput(customerId, extra);
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await fillToLimit(t, customerId);
        return paymentInput(customerId, { receivedOn: PAST, amount: '0.01' });
      },
    },
  ],
  'creditNotes.create': [
    ...reasonRows('credit'),
    {
      code: 'CONFLICT',
      arrange: async (t) => {
        const draft = await givenDraft(t, await givenCustomer(t), '10.00');
        return creditInput(draft.id, BAD);
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        return creditInput(invoice.id, '100.001');
      },
    },
    {
      code: 'EXCEEDS_OUTSTANDING',
      field: 'amount',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        return creditInput(invoice.id, '100.00');
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => creditInput(await givenPaidAtFullBalance(t), '10.00'),
    },
  ],
};
