/**
 * Proves that every schema failure, and the handlers' own VALIDATION refusals, reach people as
 * sentences naming the field in words (never "hourlyRate"), with the code and field unchanged,
 * and that none of zod's raw phrases ("Too big", "expected", "<=") gets through for any of a
 * table of bad inputs.
 */
import { describe, expect, it } from 'vitest';
import { createGate } from '../../../electron/main/gate.ts';
import { createSession } from '../../../electron/main/session.ts';
import { fieldInWords, fieldSubject } from '../../../shared/field-words.ts';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';

type Row = [
  channel: string,
  input: (customerId: string) => unknown,
  field: string,
  sentence?: string,
];

const LONG = 'x'.repeat(501);

const rows: Row[] = [
  [
    'time.create',
    (id) => ({
      customerId: id,
      date: '2026-03-01',
      hours: '1',
      description: LONG,
      requestId: rid(),
    }),
    'description',
    'The description can be at most 500 characters',
  ],
  [
    'customers.create',
    () => ({ name: 'A', currency: 'EUR', paymentTermsDays: -5, requestId: rid() }),
    'paymentTermsDays',
    'The payment terms cannot be negative',
  ],
  [
    'customers.create',
    () => ({ name: 'A', currency: 'EUR', paymentTermsDays: 400, requestId: rid() }),
    'paymentTermsDays',
    'The payment terms can be at most 365',
  ],
  [
    'customers.create',
    () => ({ name: 'A', currency: 'EUR', paymentTermsDays: 1.5, requestId: rid() }),
    'paymentTermsDays',
    'The payment terms must be a whole number',
  ],
  [
    'customers.create',
    () => ({ currency: 'EUR', requestId: rid() }),
    'name',
    'The name is required',
  ],
  [
    'customers.create',
    () => ({ name: 'A', currency: 'EUR', email: 'nope', requestId: rid() }),
    'email',
    'The email must be an email address',
  ],
  ['customers.get', () => ({}), 'customerId', 'The customer is required'],
  ['customers.list', () => ({ limit: 100000 }), 'limit', 'The limit can be at most 500'],
  ['customers.list', () => ({ limit: 'ten' }), 'limit', 'The limit must be a number'],
  [
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1.00', kind: 'free', requestId: rid() }),
    'kind',
  ],
  [
    'balance.topUp',
    (id) => ({ customerId: id, amount: '-1', kind: 'paid', requestId: rid() }),
    'amount',
  ],
  [
    'invoices.create',
    (id) => ({
      customerId: id,
      lines: [{ description: 'x', quantity: '1', unitPrice: 'abc' }],
      requestId: rid(),
    }),
    'lines.0.unitPrice',
    'The unit price on line 1 must be a decimal number such as 12.50',
  ],
  ['invoices.create', (id) => ({ customerId: id, lines: [], requestId: rid() }), 'lines'],
  ['balance.charge', () => 'charge me', 'input', 'The request must be a set of fields'],
  [
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1.005', kind: 'paid', requestId: rid() }),
    'amount',
    'The amount allows at most 2 decimals in USD',
  ],
  [
    'customers.create',
    () => ({ name: 'A', currency: 'JPY', hourlyRate: '10.5', requestId: rid() }),
    'hourlyRate',
    'The hourly rate allows no decimals in JPY',
  ],
  [
    'balance.topUp',
    (id) => ({
      customerId: id,
      amount: '1',
      kind: 'paid',
      expiresOn: '2020-01-01',
      requestId: rid(),
    }),
    'expiresOn',
    'The expiry date must not be before the entry date',
  ],
  [
    'customers.setBillingMode',
    (id) => ({ customerId: id, mode: 'credit_limit', reason: 'Terms', requestId: rid() }),
    'creditLimit',
    'A credit limit is needed for the credit-limit mode',
  ],
];

const RAW_PHRASES = [/expected/i, /<=|>=/, /too (big|small)/i, /invalid/i, /received/i];

describe('validation messages', () => {
  it('are sentences naming the field, never zod phrases', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    for (const [channel, input, field, sentence] of rows) {
      const error = await t.fail(channel, input(customerId));
      expect(error, `${channel} ${field}`).toMatchObject({ code: 'VALIDATION', field });
      if (sentence !== undefined) expect(error.message).toBe(sentence);
      expect(error.message).toMatch(/^[A-Z]/);
      expect(error.message).not.toMatch(/^\S*[a-z][A-Z]/);
      for (const phrase of RAW_PHRASES) expect(error.message).not.toMatch(phrase);
    }
  });

  it('are sentences from the desktop gate too, before the engine', async () => {
    const t = givenBackend();
    const gate = createGate({
      engine: t.backend,
      session: createSession(),
      chooseSavePath: () => Promise.resolve({ path: null }),
      chooseExportFolder: () => Promise.resolve({ folder: null, paths: [] }),
    });
    const result = await gate.invoke('app.signIn', { userId: 'admin', pin: 42 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', field: 'pin', message: 'The PIN must be text' },
    });
  });

  it('name fields in words', () => {
    expect(fieldInWords(['paymentTermsDays'])).toBe('payment terms');
    expect(fieldInWords(['customerId'])).toBe('customer');
    expect(fieldInWords(['lines', 2, 'taxRate'])).toBe('tax rate on line 3');
    expect(fieldInWords(['lines', 0])).toBe('line 1');
    expect(fieldInWords([])).toBe('request');
    expect(fieldSubject('lines.0.unitPrice')).toBe('The unit price on line 1');
    expect(fieldSubject('Amount')).toBe('Amount');
  });
});
