/**
 * Proves the reports' input rules: each refusal is VALIDATION naming its field, in precedence
 * order (a period ending before it starts, a period past the limit, a date after today, a
 * currency no customer uses), unknown fields and unknown currencies refused by the schema, and
 * the period limit accepted at its edge.
 */
import { describe, expect, it } from 'vitest';
import {
  checkReportInput,
  REPORT_PERIOD_DAYS_MAX,
  reportsActivity,
  reportsAgedReceivables,
  reportsExportJournalCsv,
  reportsJournal,
  type ReportDates,
} from '../../shared/contract/schemas/reports.ts';
import { addDays } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';

const CHECK = { today: '2026-06-30', currenciesInUse: new Set(['USD', 'JPY']) };

function refusal(input: ReportDates): { code: string; field: string | undefined } | null {
  try {
    checkReportInput(input, CHECK);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.field };
  }
}

describe('report input', () => {
  it.each([
    ['a period that ends before it starts', { from: '2026-05-02', to: '2026-05-01' }, 'to'],
    ['a period longer than the limit', { from: '2010-01-01', to: '2026-01-01' }, 'to'],
    ['an as-at date after today', { asOf: '2026-07-01' }, 'asOf'],
    ['a period ending after today', { from: '2026-06-01', to: '2026-07-01' }, 'to'],
    ['a period starting after today', { from: '2026-07-01', to: '2026-07-02' }, 'from'],
    ['a currency no customer uses', { asOf: '2026-06-30', currency: 'EUR' }, 'currency'],
    [
      'an inverted period in the future with an unused currency (the period first)',
      { from: '2026-09-02', to: '2026-09-01', currency: 'EUR' },
      'to',
    ],
    [
      'a future date with an unused currency (the date first)',
      { asOf: '2027-01-01', currency: 'EUR' },
      'asOf',
    ],
  ])('refuses %s', (_name, input, field) => {
    expect(refusal(input)).toEqual({ code: 'VALIDATION', field });
  });

  it('accepts today, one day periods and the longest period allowed', () => {
    expect(refusal({ asOf: '2026-06-30', currency: 'USD' })).toBeNull();
    expect(refusal({ from: '2026-06-30', to: '2026-06-30' })).toBeNull();
    const longest = { from: addDays('2026-06-30', 1 - REPORT_PERIOD_DAYS_MAX), to: '2026-06-30' };
    expect(refusal(longest)).toBeNull();
    expect(refusal({ ...longest, from: addDays(longest.from, -1) })).toEqual({
      code: 'VALIDATION',
      field: 'to',
    });
  });

  it('refuses unknown fields, unknown currencies and bad dates in the schema, naming the field', () => {
    const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
      result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths(reportsAgedReceivables.safeParse({ asOf: '2026-02-30' }))).toEqual(['asOf']);
    expect(
      paths(reportsAgedReceivables.safeParse({ asOf: '2026-02-01', currency: 'XYZ' })),
    ).toEqual(['currency']);
    expect(
      paths(reportsActivity.safeParse({ from: '2026-02-01', to: '2026-02-28', extra: 1 })),
    ).toEqual(['']);
    expect(reportsJournal.safeParse({ from: '2026-02-01', to: '2026-02-28' }).success).toBe(true);
    const csv = { from: '2026-02-01', to: '2026-02-28', currency: 'USD', path: '/tmp/j.csv' };
    expect(paths(reportsExportJournalCsv.safeParse({ ...csv, format: 'sage' }))).toEqual([
      'format',
    ]);
    const { currency: _currency, ...withoutCurrency } = csv;
    expect(
      paths(reportsExportJournalCsv.safeParse({ ...withoutCurrency, format: 'xero' })),
    ).toEqual(['currency']);
    expect(
      reportsExportJournalCsv.safeParse({ ...csv, format: 'xero', taxRate: 'Tax Exempt' }).success,
    ).toBe(true);
  });
});
