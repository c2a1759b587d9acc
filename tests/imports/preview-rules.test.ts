/**
 * Proves each row rule of the import preview, every problem named by row and column: ragged
 * rows, empty required cells, unknown currency, too many decimals, a lot without a positive
 * amount, expiry on or before the opening date, a due date before the issue date, a customer in
 * two currencies, duplicate rows, and text starting with = + - @ kept rather than refused.
 */
import { describe, expect, it } from 'vitest';
import { csv, givenCustomer, previewOf, problemsOf } from './given.ts';

const LOTS = 'customer_name,currency,amount,kind,expires_on,opened_on';
const INVOICES = 'customer_name,currency,number,issued_on,due_on,amount_due';

describe('preview rules', () => {
  it('names a ragged row by its missing header or its extra cell, and allows empty extras', () => {
    const preview = previewOf(
      'customers',
      csv('name,currency,email', 'Acme,EUR', 'Bolt,EUR,b@b.test,x', 'Cora,EUR,c@c.test,,'),
    );
    expect(problemsOf(preview)).toEqual([
      '2 email: is missing: the row has 2 cells and the header 3',
      "3 column 4: is past the header's 3 columns",
    ]);
    expect(preview.refusedRows).toEqual([2, 3]);
  });

  it('names empty required cells', () => {
    const preview = previewOf('customers', csv('name,currency', ' ,EUR', 'Bolt,'));
    expect(problemsOf(preview)).toEqual(['2 name: is required', '3 currency: is required']);
  });

  it('names an unknown currency', () => {
    const preview = previewOf('customers', csv('name,currency', 'Bolt,XYZ'));
    expect(problemsOf(preview)).toEqual(['2 currency: "XYZ" is not a known currency code']);
  });

  it('names amounts with too many decimals for the currency', () => {
    const preview = previewOf(
      'opening_lots',
      csv(
        LOTS,
        'Acme Studio,EUR,10.505,paid,,2026-01-01',
        'Acme Studio,EUR,10.500,paid,,2026-01-02',
      ),
      { decimalSeparator: 'dot' },
    );
    expect(problemsOf(preview)).toEqual(['2 amount: allows at most 2 decimals in EUR']);
    expect(preview.rows[1]?.values.amount).toBe('10.50');
  });

  it('refuses a lot without a positive amount', () => {
    const preview = previewOf(
      'opening_lots',
      csv(
        LOTS,
        'Acme Studio,EUR,0,promotional,2026-06-01,2026-01-01',
        'Acme Studio,EUR,-5.00,paid,,2026-01-01',
      ),
    );
    expect(problemsOf(preview)).toEqual([
      '2 amount: a promotional lot must be greater than zero',
      '3 amount: a paid lot must be greater than zero',
    ]);
  });

  it('refuses an expiry on or before the opening date', () => {
    const preview = previewOf(
      'opening_lots',
      csv(
        LOTS,
        'Acme Studio,EUR,10.00,promotional,2026-01-01,2026-01-01',
        'Acme Studio,EUR,11.00,promotional,2025-12-31,2026-01-01',
        'Acme Studio,EUR,12.00,promotional,2026-01-02,2026-01-01',
      ),
    );
    expect(problemsOf(preview)).toEqual([
      '2 expires_on: must be after the opening date 2026-01-01',
      '3 expires_on: must be after the opening date 2026-01-01',
    ]);
  });

  it('refuses a due date before the issue date, and allows the same day', () => {
    const preview = previewOf(
      'open_invoices',
      csv(
        INVOICES,
        'Acme Studio,EUR,A-1,2026-03-10,2026-03-09,100.00',
        'Acme Studio,EUR,A-2,2026-03-10,2026-03-10,100.00',
      ),
    );
    expect(problemsOf(preview)).toEqual(['2 due_on: must not be before the issue date 2026-03-10']);
  });

  it('refuses a customer in two currencies, in the file or against the kept customer', () => {
    const customers = previewOf(
      'customers',
      csv('name,currency', 'Bolt,EUR', 'bolt,USD', 'Acme Studio,USD'),
      { mapping: { name: 'name', currency: 'currency' } },
    );
    expect(problemsOf(customers)).toEqual([
      '3 name: is the same customer as row 2 in EUR',
      '4 currency: is USD, but the customer is kept in EUR',
    ]);
    const lots = previewOf('opening_lots', csv(LOTS, 'ACME studio,PLN,10.00,paid,,2026-01-01'));
    expect(problemsOf(lots)).toEqual(['2 currency: is PLN, but the customer is kept in EUR']);
  });

  it('refuses a duplicate row, a repeated customer and a repeated invoice number', () => {
    const lots = previewOf(
      'opening_lots',
      csv(LOTS, 'Acme Studio,EUR,10.00,paid,,2026-01-01', 'Acme Studio,EUR,10,paid,,01/01/2026'),
    );
    expect(problemsOf(lots)).toEqual(['3 -: repeats row 2']);
    const invoices = previewOf(
      'open_invoices',
      csv(
        INVOICES,
        'Acme Studio,EUR,A-1,2026-03-01,2026-03-31,10.00',
        'Acme Studio,EUR,a-1,2026-03-02,2026-03-31,20.00',
      ),
    );
    expect(problemsOf(invoices)).toEqual(['3 number: is also in row 2']);
  });

  it('keeps cells starting with = + - @ as text, with no problem', () => {
    const preview = previewOf(
      'customers',
      csv('name,currency,address', '=1+1,EUR,"@home"', '-Minus Ltd,EUR,+48 Street'),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((row) => [row.values.name, row.values.address])).toEqual([
      ['=1+1', '@home'],
      ['-Minus Ltd', '+48 Street'],
    ]);
  });

  it('refuses an opening, issue or history date after today, and allows today', () => {
    const today = '2026-03-10';
    const lots = previewOf(
      'opening_lots',
      csv(LOTS, 'Acme Studio,EUR,1.00,paid,,2026-03-11', 'Acme Studio,EUR,2.00,paid,,2026-03-10'),
      { today },
    );
    expect(problemsOf(lots)).toEqual(['2 opened_on: is after today (2026-03-10)']);
    const invoices = previewOf(
      'open_invoices',
      csv(INVOICES, 'Acme Studio,EUR,A-1,2026-03-11,2026-04-10,5.00'),
      { today },
    );
    expect(problemsOf(invoices)).toEqual(['2 issued_on: is after today (2026-03-10)']);
    const history = previewOf(
      'balance_history',
      csv('customer_name,currency,occurred_on,amount', 'Acme Studio,EUR,2026-03-11,5.00'),
      { today },
    );
    expect(problemsOf(history)).toEqual(['2 occurred_on: is after today (2026-03-10)']);
    const debt = previewOf(
      'opening_debt',
      csv('customer_name,currency,amount,opened_on', 'Acme Studio,EUR,5.00,2026-03-11'),
      { today },
    );
    expect(problemsOf(debt)).toEqual(['2 opened_on: is after today (2026-03-10)']);
  });

  it('reads back a formula-like name as a formula-safe export wrote it (an apostrophe first)', () => {
    const preview = previewOf(
      'customers',
      csv(
        'name,currency',
        "'=1+1,EUR",
        "'+48 600,EUR",
        "'-Minus Ltd,EUR",
        "'@acme,EUR",
        "'O'Brien,EUR",
      ),
    );
    expect(preview.rows.map((row) => row.values.name)).toEqual([
      '=1+1',
      '+48 600',
      '-Minus Ltd',
      '@acme',
      "'O'Brien",
    ]);
  });

  it('refuses money rows for no customer, or for a name several customers share', () => {
    const customers = [
      givenCustomer({ id: 'c1', email: 'a@acme.test' }),
      givenCustomer({ id: 'c2', email: 'b@acme.test' }),
    ];
    const preview = previewOf(
      'opening_debt',
      csv(
        'customer_name,customer_email,currency,amount,opened_on',
        'Nobody,,EUR,5.00,2026-01-01',
        'Acme Studio,,EUR,5.00,2026-01-01',
        'Acme Studio,b@acme.test,EUR,5.00,2026-01-01',
        ',,EUR,6.00,2026-01-01',
      ),
      { customers },
    );
    expect(problemsOf(preview)).toEqual([
      '2 customer_name: matches no customer: import the customers first',
      "3 customer_name: matches 2 customers: add the customer's email or id",
      '5 customer_name: is required: name the customer or give its id',
    ]);
  });

  it('asks for positive debt, invoices and credit limits, and non-zero history', () => {
    const debt = previewOf(
      'opening_debt',
      csv('customer_name,currency,amount,opened_on', 'Acme Studio,EUR,-5.00,2026-01-01'),
    );
    expect(problemsOf(debt)).toEqual([
      '2 amount: must be greater than zero: write the debt as the amount owed',
    ]);
    const history = previewOf(
      'balance_history',
      csv('customer_name,currency,occurred_on,amount', 'Acme Studio,EUR,2026-01-01,0.00'),
    );
    expect(problemsOf(history)).toEqual(['2 amount: must not be zero']);
    const customers = previewOf(
      'customers',
      csv('name,currency,billing_mode,credit_limit', 'A,EUR,credit_limit,', 'B,EUR,prepaid,5'),
    );
    expect(problemsOf(customers)).toEqual([
      '2 credit_limit: is required for the credit_limit billing mode',
      '3 credit_limit: applies only to the credit_limit billing mode',
    ]);
  });
});
