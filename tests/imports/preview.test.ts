/**
 * Proves the preview as a whole: counts per kind, totals per currency as exact decimal strings,
 * the first rows as read, which rows create and which update a customer, when the user must
 * choose the decimal separator or date order, and mapping faults named on the header row or
 * refused on `mapping.<field>`.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { IMPORT_PREVIEW_ROWS, IMPORT_PROBLEMS_MAX } from '../../electron/backend/imports/limits.ts';
import { csv, givenCustomer, previewOf, problemsOf } from './given.ts';

const customers = [
  givenCustomer(),
  givenCustomer({ id: 'c-pl', name: 'Łódź Druk', email: 'biuro@lodz.test', currency: 'PLN' }),
  givenCustomer({ id: 'c-jp', name: 'Tokyo Works', email: '', currency: 'JPY', externalId: 'T9' }),
];

describe('imports preview', () => {
  it('counts rows and totals what the accepted rows add, per currency', () => {
    const preview = previewOf(
      'opening_lots',
      csv(
        'customer,currency,amount,kind,expiry,date',
        'Acme Studio,EUR,"1.234,56",paid,,01/02/2026',
        'lodz druk,PLN,"0,10",promotional,28/02/2026,01/02/2026',
        'Acme Studio,EUR,"0,01",paid,,01/02/2026',
        'Acme Studio,EUR,"9,999",paid,,01/02/2026',
      ),
      { customers },
    );
    expect(preview.decimalSeparator).toBe('comma');
    expect(preview.dateOrder).toBe('day_first');
    expect(preview.counts).toEqual({
      kind: 'opening_lots',
      rows: 4,
      accepted: 3,
      refused: 1,
      creates: 0,
      updates: 0,
    });
    expect(preview.refusedRows).toEqual([5]);
    expect(preview.totals).toEqual([
      { currency: 'EUR', rows: 2, balance: '1234.57', invoicesDue: '0.00' },
      { currency: 'PLN', rows: 1, balance: '0.10', invoicesDue: '0.00' },
    ]);
  });

  it('subtracts opening debt and totals what open invoices leave due', () => {
    const debt = previewOf(
      'opening_debt',
      csv('customer_external_id,currency,amount,opened_on', 'T9,JPY,"1,500",2026-01-01'),
      { customers, decimalSeparator: 'dot' },
    );
    expect(debt.totals).toEqual([{ currency: 'JPY', rows: 1, balance: '-1500', invoicesDue: '0' }]);
    const invoices = previewOf(
      'open_invoices',
      csv(
        'customer,currency,invoice number,issue date,due date,amount due',
        'Acme Studio,EUR,A-1,2026-01-05,2026-02-04,100.10',
        'Acme Studio,EUR,A-2,2026-01-06,2026-02-05,0.20',
      ),
      { customers },
    );
    expect(problemsOf(invoices)).toEqual([]);
    expect(invoices.totals).toEqual([
      { currency: 'EUR', rows: 2, balance: '0.00', invoicesDue: '100.30' },
    ]);
  });

  it('says which customers rows create and which update, and why they match', () => {
    const preview = previewOf(
      'customers',
      csv(
        'ID,Name,Currency,E-mail',
        ',ACME STUDIO,EUR,Billing@Acme.test',
        ',Lodz Druk,PLN,',
        'T9,Tokyo Works (new name),JPY,',
        ',Acme Studio,EUR,other@acme.test',
      ),
      { customers },
    );
    expect(problemsOf(preview)).toEqual([]);
    expect(preview.customerActions).toEqual([
      { row: 2, action: 'update', customerId: 'customer-1' },
      { row: 3, action: 'update', customerId: 'c-pl' },
      { row: 4, action: 'update', customerId: 'c-jp' },
      { row: 5, action: 'create', customerId: null },
    ]);
    expect(preview.counts).toMatchObject({ creates: 1, updates: 3 });
  });

  it('shows the first rows as they stand and as read', () => {
    const lines = Array.from({ length: 25 }, (_, index) => `Customer ${index},usd`);
    const preview = previewOf('customers', csv('name,currency', ...lines));
    expect(preview.rows).toHaveLength(IMPORT_PREVIEW_ROWS);
    expect(preview.rows[0]).toEqual({
      row: 2,
      cells: ['Customer 0', 'usd'],
      values: { name: 'Customer 0', currency: 'USD' },
    });
  });

  it('says the user must choose when cells read two ways, and reads them once chosen', () => {
    const text = csv(
      'customer_name,currency,amount,opened_on',
      'Acme Studio,EUR,"1,250",03/04/2026',
    );
    const unsure = previewOf('opening_debt', text);
    expect(unsure.mustChoose).toEqual({ decimalSeparator: true, dateOrder: true });
    expect(unsure.problems.map((problem) => problem.column)).toEqual(['amount', 'opened_on']);
    const chosen = previewOf('opening_debt', text, {
      decimalSeparator: 'dot',
      dateOrder: 'month_first',
    });
    expect(chosen.mustChoose).toEqual({ decimalSeparator: false, dateOrder: false });
    expect(chosen.rows[0]?.values).toMatchObject({
      amount: '1250.00',
      openedOn: '2026-03-04',
    });
    expect(chosen.problems).toEqual([]);
  });

  it('matches headers to fields, and uses the caller mapping as given', () => {
    const text = csv('Nom,Devise,Adresse e-mail,Notes', 'Zoë,EUR,z@z.test,x');
    expect(previewOf('customers', text).mapping).toEqual({ name: 'Nom', currency: 'Devise' });
    const mapped = previewOf('customers', text, {
      mapping: { name: 'Notes', currency: 'Devise', email: 'Adresse e-mail' },
    });
    expect(mapped.rows[0]?.values).toEqual({ name: 'x', currency: 'EUR', email: 'z@z.test' });
  });

  it('names a required field without a column on the header row, and reads no row', () => {
    const preview = previewOf(
      'opening_lots',
      csv('who,amount,opened_on', 'Acme Studio,5,2026-01-01'),
    );
    expect(problemsOf(preview)).toEqual([
      '1 -: No column is chosen for currency',
      '1 -: No column is chosen for customerName or customerExternalId',
    ]);
    expect(preview.counts).toMatchObject({ rows: 1, accepted: 0, refused: 1 });
    expect(preview.refusedRows).toEqual([2]);
  });

  it('refuses a mapping to a header the file does not have, on that field', () => {
    try {
      previewOf('customers', csv('name,currency'), { mapping: { name: 'name', currency: 'ccy' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).field).toBe('mapping.currency');
    }
  });

  it('lists at most IMPORT_PROBLEMS_MAX problems and counts them all', () => {
    const lines = Array.from({ length: IMPORT_PROBLEMS_MAX + 1 }, (_, index) => `C${index},XXX`);
    const preview = previewOf('customers', csv('name,currency', ...lines));
    expect(preview.problems).toHaveLength(IMPORT_PROBLEMS_MAX);
    expect(preview.problemCount).toBe(IMPORT_PROBLEMS_MAX + 1);
    expect(preview.refusedRows).toHaveLength(IMPORT_PROBLEMS_MAX + 1);
  });
});
