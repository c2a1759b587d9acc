/**
 * Rows of the `customers.*` tables: for each line, a call failing for it and for the later lines
 * that can hold at the same time.
 */
import { givenCustomer, rid, topUp } from '../../support/backend.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { TestBackend } from '../../support/backend.ts';
import { givenArchived, MISSING, type HandlerRows, type Row } from './setup.ts';

const BAD_RATE = '1.001';

/**
 * A budget for the customer `customer` gives that fails every check from a missing period on:
 * no period, an end before the start for a calendar period, a bad overage rate for `invoice`.
 */
function budgetRow(
  code: ErrorCode,
  field: string,
  customer: (t: TestBackend) => Promise<string>,
  extra: Record<string, unknown>,
): Row {
  return {
    code,
    field,
    arrange: async (t) => ({
      input: {
        customerId: await customer(t),
        hours: '10',
        endsOn: '2026-01-01',
        overageRate: '1.001',
        ...extra,
        requestId: rid(),
      },
    }),
  };
}

export const customerRows: HandlerRows = {
  'customers.create': [
    {
      code: 'VALIDATION',
      field: 'hourlyRate',
      arrange: () => ({
        input: { name: 'Acme', currency: 'USD', hourlyRate: BAD_RATE, requestId: rid() },
      }),
    },
  ],
  'customers.update': [
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({
        input: { customerId: MISSING, currency: 'EUR', hourlyRate: BAD_RATE, requestId: rid() },
      }),
    },
    {
      code: 'CONFLICT',
      field: 'currency',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await topUp(t, customerId, '10.00');
        return { input: { customerId, currency: 'EUR', hourlyRate: BAD_RATE, requestId: rid() } };
      },
    },
    {
      code: 'VALIDATION',
      field: 'hourlyRate',
      arrange: async (t) => ({
        input: { customerId: await givenCustomer(t), hourlyRate: BAD_RATE, requestId: rid() },
      }),
    },
  ],
  'customers.setBillingMode': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({
        input: { customerId: MISSING, mode: 'credit_limit', reason: ' ', requestId: rid() },
      }),
    },
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({
        input: { customerId: MISSING, mode: 'credit_limit', reason: 'Terms', requestId: rid() },
      }),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => ({
        input: {
          customerId: await givenArchived(t),
          mode: 'credit_limit',
          reason: 'Terms',
          requestId: rid(),
        },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'creditLimit',
      arrange: async (t) => ({
        input: {
          customerId: await givenCustomer(t),
          mode: 'credit_limit',
          reason: 'Terms',
          requestId: rid(),
        },
      }),
    },
  ],
  'customers.unblockCreditLimit': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({ input: { customerId: MISSING, reason: '', requestId: rid() } }),
    },
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({ input: { customerId: MISSING, reason: 'Paid', requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      arrange: async (t) => ({
        input: { customerId: await givenCustomer(t), reason: 'Paid', requestId: rid() },
      }),
    },
  ],
  'customers.setHoursBudget': [
    budgetRow('NOT_FOUND', 'customerId', () => Promise.resolve(MISSING), {}),
    budgetRow('CONFLICT', 'customerId', givenArchived, {}),
    budgetRow('VALIDATION', 'period', givenCustomer, {}),
    budgetRow('VALIDATION', 'startsOn', givenCustomer, { period: 'once' }),
    budgetRow('VALIDATION', 'endsOn', givenCustomer, { period: 'month' }),
    budgetRow('VALIDATION', 'overageRate', givenCustomer, { period: 'month', endsOn: undefined }),
  ],
  'customers.setReplenishment': [
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({ input: { customerId: MISSING, enabled: true, requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => ({
        input: { customerId: await givenArchived(t), enabled: true, requestId: rid() },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'threshold',
      arrange: async (t) => ({
        input: { customerId: await givenCustomer(t), enabled: true, requestId: rid() },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => ({
        input: {
          customerId: await givenCustomer(t),
          enabled: true,
          threshold: '1.001',
          requestId: rid(),
        },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'threshold',
      arrange: async (t) => ({
        input: {
          customerId: await givenCustomer(t),
          enabled: true,
          threshold: '1.001',
          amount: '1.001',
          requestId: rid(),
        },
      }),
    },
    {
      code: 'VALIDATION',
      field: 'amount',
      arrange: async (t) => ({
        input: {
          customerId: await givenCustomer(t),
          enabled: true,
          threshold: '1.00',
          amount: '1.001',
          requestId: rid(),
        },
      }),
    },
  ],
  'customers.archive': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({ input: { customerId: MISSING, reason: '', requestId: rid() } }),
    },
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({ input: { customerId: MISSING, reason: 'Gone', requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => {
        const customerId = await givenCustomer(t);
        await topUp(t, customerId, '10.00');
        return { input: { customerId, reason: 'Gone', requestId: rid() } };
      },
    },
  ],
  'customers.unarchive': [
    {
      code: 'NOT_FOUND',
      field: 'customerId',
      arrange: () => ({ input: { customerId: MISSING, requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'customerId',
      arrange: async (t) => ({ input: { customerId: await givenCustomer(t), requestId: rid() } }),
    },
  ],
};
