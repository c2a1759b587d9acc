/**
 * Rows of the `balance.*` tables: for each line, a call failing for it and for the later lines
 * that can hold at the same time (a bad amount, an expiry in the past, a balance at its limit).
 */
import {
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import type { TestBackend } from '../../support/backend.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import {
  fillToLimit,
  givenArchived,
  givenDeepDebt,
  FUTURE,
  MISSING,
  PAST,
  type HandlerRows,
  type Row,
} from './setup.ts';

const BAD = '1.001';

function topUpInput(customerId: string, amount: string, expiresOn?: string) {
  return { input: { customerId, amount, kind: 'paid', expiresOn, requestId: rid() } };
}

function chargeInput(customerId: string, amount = '0.01') {
  return { input: { customerId, amount, description: 'Work', requestId: rid() } };
}

/** A charge of one cent from a debt at the limit: refused by the mode, else past the limit. */
function spendingRow(
  code: ErrorCode,
  mode: Parameters<typeof givenDeepDebt>[1],
  field?: string,
): Row {
  return { code, field, arrange: async (t) => chargeInput(await givenDeepDebt(t, mode)) };
}

/** A customer who keeps credit for later, with an open invoice of 10.00 and 5.00 of credit. */
async function givenOpenInvoiceAndCredit(t: TestBackend) {
  const customerId = await givenCustomer(t, { autoApplyCredit: false });
  const invoice = await givenIssuedInvoice(t, customerId, '10.00');
  await topUp(t, customerId, '5.00');
  return invoice.id;
}

type CustomerOf = (t: TestBackend) => Promise<string>;

/** A credit adjustment of a bad amount for the customer `customer` gives. */
function adjustRow(code: ErrorCode, field: string, customer: CustomerOf): Row {
  return {
    code,
    field,
    arrange: async (t) => ({
      input: {
        customerId: await customer(t),
        direction: 'credit',
        amount: BAD,
        reason: 'Fix',
        requestId: rid(),
      },
    }),
  };
}

/** A refund of a bad amount for the customer `customer` gives. */
function refundRow(code: ErrorCode, field: string, customer: CustomerOf, reason = 'Left'): Row {
  return {
    code,
    field,
    arrange: async (t) => ({
      input: {
        customerId: await customer(t),
        amount: BAD,
        method: 'cash',
        reason,
        requestId: rid(),
      },
    }),
  };
}

function applyInput(invoiceId: string, amount: string) {
  return { input: { invoiceId, amount, requestId: rid() } };
}

/** The row's call dated tomorrow: refused on `effectiveOn` before its amount is read. */
function datedTomorrow(row: Row): Row {
  return {
    code: 'VALIDATION',
    field: 'effectiveOn',
    arrange: async (t) => {
      const call = await row.arrange(t);
      return { ...call, input: { ...call.input, effectiveOn: FUTURE } };
    },
  };
}

export const balanceRows: HandlerRows = {
  'balance.topUp': [
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => topUpInput(MISSING, BAD, PAST),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => topUpInput(await givenArchived(t), BAD, PAST),
    },
    datedTomorrow({
      code: 'VALIDATION',
      arrange: async (t) => topUpInput(await givenCustomer(t), BAD, PAST),
    }),
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => topUpInput(await givenCustomer(t), BAD, PAST),
    },
    {
      code: 'VALIDATION',
      field: 'expiresOn',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await fillToLimit(t, customerId);
        return topUpInput(customerId, '0.01', PAST);
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await fillToLimit(t, customerId);
        return topUpInput(customerId, '0.01');
      },
    },
  ],
  'balance.adjust': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({
        input: {
          customerId: MISSING,
          direction: 'debit',
          amount: BAD,
          reason: '',
          requestId: rid(),
        },
      }),
    },
    adjustRow('NOT_FOUND', 'customerId', () => Promise.resolve(MISSING)),
    adjustRow('CONFLICT', 'customerId', givenArchived),
    datedTomorrow(adjustRow('VALIDATION', 'amount', givenCustomer)),
    adjustRow('VALIDATION', 'amount', givenCustomer),
  ],
  'balance.charge': [
    { code: 'NOT_FOUND', field: 'customerId', arrange: () => chargeInput(MISSING, BAD) },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => chargeInput(await givenArchived(t), BAD),
    },
    datedTomorrow({
      code: 'VALIDATION',
      arrange: async (t) => chargeInput(await givenCustomer(t), BAD),
    }),
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => chargeInput(await givenCustomer(t), BAD),
    },
    spendingRow('INSUFFICIENT_BALANCE', 'prepaid'),
    spendingRow('CREDIT_LIMIT_EXCEEDED', 'credit_limit'),
    spendingRow('CREDIT_LIMIT_BLOCKED', 'blocked'),
    spendingRow('VALIDATION', 'postpaid', 'amount'),
  ],
  'balance.refund': [
    refundRow('REASON_REQUIRED', 'reason', () => Promise.resolve(MISSING), ''),
    refundRow('NOT_FOUND', 'customerId', () => Promise.resolve(MISSING)),
    refundRow('CONFLICT', 'customerId', givenArchived),
    datedTomorrow(refundRow('VALIDATION', 'amount', givenCustomer)),
    refundRow('VALIDATION', 'amount', givenCustomer),
    {
      code: 'INSUFFICIENT_BALANCE',
      field: 'amount',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await topUp(t, customerId, '10.00', { kind: 'promotional' });
        const input = { customerId, amount: '5.00', method: 'cash', reason: 'Left' };
        return { input: { ...input, requestId: rid() } };
      },
    },
  ],
  'balance.applyToInvoice': [
    { code: 'NOT_FOUND', field: 'invoiceId', arrange: () => applyInput(MISSING, BAD) },
    {
      code: 'INVOICE_NOT_OPEN',
      arrange: async (t) =>
        applyInput((await givenDraft(t, await givenCustomer(t), '10.00')).id, BAD),
    },
    {
      code: 'NO_CREDIT_AVAILABLE',
      arrange: async (t) => {
        const invoice = await givenIssuedInvoice(t, await givenCustomer(t), '10.00');
        return applyInput(invoice.id, '20.001');
      },
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => applyInput(await givenOpenInvoiceAndCredit(t), '20.001'),
    },
    {
      code: 'EXCEEDS_OUTSTANDING',
      field: 'amount',
      arrange: async (t) => applyInput(await givenOpenInvoiceAndCredit(t), '20.00'),
    },
    {
      code: 'INSUFFICIENT_BALANCE',
      field: 'amount',
      arrange: async (t) => applyInput(await givenOpenInvoiceAndCredit(t), '7.00'),
    },
  ],
};
