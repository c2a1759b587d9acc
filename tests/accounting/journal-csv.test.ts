/**
 * Proves that the journal CSVs carry exactly the columns the two packages document (quoted below
 * with their source), dates in each one's format, amounts as decimal strings on the right side or
 * sign, formula-safe text, one currency per file, and Xero files cut between journals at its
 * line limit.
 */
import { describe, expect, it } from 'vitest';
import {
  quickbooksCsv,
  QUICKBOOKS_COLUMNS,
  XERO_COLUMNS,
  XERO_FILE_LINES_MAX,
  xeroCsvFiles,
} from '../../electron/backend/accounting/journal-csv.ts';
import type { Journal, JournalDay, JournalLine } from '../../shared/contract/report-types.ts';
import type { MoneyString } from '../../shared/money.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Intuit, "Import journal entries" (QuickBooks Online help), "Make sure that your file includes
 * the following info: Journal No., Journal Date, Account Name, Description, Debits, Credits";
 * and for an Accounts Receivable line "the system will request the Name column".
 * https://quickbooks.intuit.com/learn-support/en-au/help-article/import-export-files/import-journal-entries-quickbooks-online/L4tQBwbs7_AU_en_AU
 */
const QUICKBOOKS_DOCUMENTED = [
  'Journal No.',
  'Journal Date',
  'Account Name',
  'Description',
  'Debits',
  'Credits',
  'Name',
];

/**
 * Xero, "Enter multiple manual journals using an import template": fields Narration, Date
 * ("dd/mm/yyyy or dd mmm yyyy"), Description, AccountCode, TaxRate, Amount ("treated as debit if
 * the amount is positive, or credit, if negative"), TrackingName1 and TrackingOption1,
 * TrackingName2 and TrackingOption2; "You can import up to 300 lines in one template file."
 * https://help.xero.com/nz/ManualJournalsImport
 */
const XERO_DOCUMENTED = [
  'Narration',
  'Date',
  'Description',
  'AccountCode',
  'TaxRate',
  'Amount',
  'TrackingName1',
  'TrackingOption1',
  'TrackingName2',
  'TrackingOption2',
];

function line(overrides: Partial<JournalLine>): JournalLine {
  return {
    account: 'cash',
    accountName: 'Bank',
    side: 'debit',
    amount: '100.00' as MoneyString,
    customerName: null,
    description: 'Balancebook 2026-03-05 USD: cash received or paid out',
    ...overrides,
  };
}

function dayOf(date: string, currency = 'USD'): JournalDay {
  return {
    date,
    currency,
    totalDebit: '100.00' as MoneyString,
    totalCredit: '100.00' as MoneyString,
    lines: [
      line({}),
      line({
        account: 'receivables',
        accountName: '-Receivables',
        side: 'credit',
        amount: '30.00' as MoneyString,
        customerName: '=HYPERLINK("x")',
      }),
      line({
        account: 'receivables',
        accountName: '-Receivables',
        side: 'credit',
        amount: '10.50' as MoneyString,
        customerName: 'Birch',
      }),
      line({
        account: 'prepayments',
        accountName: 'Customer prepayments',
        side: 'credit',
        amount: '59.50' as MoneyString,
      }),
    ],
  };
}

const JOURNAL: Journal = {
  from: '2026-03-01',
  to: '2026-03-31',
  days: [dayOf('2026-03-05'), dayOf('2026-03-05', 'JPY')],
};

function rowsOf(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('QuickBooks Online journal CSV', () => {
  it('has the documented columns, month/day/year dates and debits and credits apart', () => {
    expect([...QUICKBOOKS_COLUMNS]).toEqual(QUICKBOOKS_DOCUMENTED);
    const rows = rowsOf(quickbooksCsv(JOURNAL, { currency: 'USD', dateOrder: 'mdy' }));
    expect(rows[0]).toBe(QUICKBOOKS_DOCUMENTED.join(','));
    expect(rows.slice(1)).toEqual([
      'BB-2026-03-05-USD,03/05/2026,Bank,Balancebook 2026-03-05 USD: cash received or paid out,100.00,,',
      `BB-2026-03-05-USD,03/05/2026,'-Receivables,Balancebook 2026-03-05 USD: cash received or paid out,,30.00,"'=HYPERLINK(""x"")"`,
      `BB-2026-03-05-USD,03/05/2026,'-Receivables,Balancebook 2026-03-05 USD: cash received or paid out,,10.50,Birch`,
      'BB-2026-03-05-USD,03/05/2026,Customer prepayments,Balancebook 2026-03-05 USD: cash received or paid out,,59.50,',
    ]);
    const dayFirst = rowsOf(quickbooksCsv(JOURNAL, { currency: 'USD', dateOrder: 'dmy' }));
    expect(dayFirst[1]?.split(',')[1]).toBe('05/03/2026');
  });
});

describe('Xero manual journal CSV', () => {
  it('has the documented columns, day/month/year dates and signed amounts, receivables joined', () => {
    expect([...XERO_COLUMNS]).toEqual(XERO_DOCUMENTED);
    const files = xeroCsvFiles(JOURNAL, { currency: 'USD', taxRate: 'Tax Exempt' });
    expect(files).toHaveLength(1);
    const rows = rowsOf(files[0] ?? '');
    expect(rows[0]).toBe(XERO_DOCUMENTED.join(','));
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 6))).toEqual([
      [
        'Balancebook journal 2026-03-05 USD',
        '05/03/2026',
        'Balancebook 2026-03-05 USD: cash received or paid out',
        'Bank',
        'Tax Exempt',
        '100.00',
      ],
      [
        'Balancebook journal 2026-03-05 USD',
        '05/03/2026',
        'Balancebook 2026-03-05 USD: cash received or paid out (all customers)',
        "'-Receivables",
        'Tax Exempt',
        '-40.50',
      ],
      [
        'Balancebook journal 2026-03-05 USD',
        '05/03/2026',
        'Balancebook 2026-03-05 USD: cash received or paid out',
        'Customer prepayments',
        'Tax Exempt',
        '-59.50',
      ],
    ]);
  });

  it('cuts files between journals at the line limit, never inside one', () => {
    const days = Array.from({ length: 80 }, (_, index) =>
      dayOf(`2026-0${1 + Math.floor(index / 28)}-${String((index % 28) + 1).padStart(2, '0')}`),
    );
    const files = xeroCsvFiles(
      { from: '2026-01-01', to: '2026-03-31', days },
      { currency: 'USD', taxRate: 'Tax Exempt' },
    );
    // Three lines a journal: 100 journals fit 300 lines; 80 journals are 240 lines, one file.
    expect(files).toHaveLength(1);
    const more = Array.from({ length: 101 }, (_, index) => ({
      ...dayOf('2026-01-01'),
      date: `2026-01-${index}`,
    }));
    const cut = xeroCsvFiles(
      { from: '2026-01-01', to: '2026-03-31', days: more },
      { currency: 'USD', taxRate: 'Tax Exempt' },
    );
    expect(cut.map((file) => rowsOf(file).length - 1)).toEqual([XERO_FILE_LINES_MAX, 3]);
  });

  it('refuses a blank tax rate, naming the field', () => {
    expect(() => xeroCsvFiles(JOURNAL, { currency: 'USD', taxRate: ' ' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'taxRate' }) as AppError,
    );
  });
});
