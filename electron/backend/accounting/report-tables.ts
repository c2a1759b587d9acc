/**
 * Each report as plain tables, one per currency, for its CSV and PDF exports: a header of column
 * names, a row per customer and a last row of totals (the report's own totals, the sums of the
 * rows). Credit owed adds a table per currency of credit by expiry month.
 */
import {
  ACTIVITY_MOVEMENTS,
  type Activity,
  type ActivityFigures,
  type AgedReceivables,
  type AgeingAmounts,
  type CreditAmounts,
  type CreditOwed,
} from '../../../shared/contract/report-types.ts';

export type ReportTable = {
  currency: string;
  heading: string;
  columns: string[];
  rows: string[][];
};

export type AnyReport =
  | { kind: 'agedReceivables'; report: AgedReceivables }
  | { kind: 'creditOwed'; report: CreditOwed }
  | { kind: 'activity'; report: Activity };

export const REPORT_TITLES: Record<AnyReport['kind'], string> = {
  agedReceivables: 'Aged receivables',
  creditOwed: 'Credit owed',
  activity: 'Activity',
};

const TOTAL = 'Total';

export function reportTables(input: AnyReport): ReportTable[] {
  if (input.kind === 'agedReceivables') return ageingTables(input.report);
  if (input.kind === 'creditOwed') return creditTables(input.report);
  return activityTables(input.report);
}

/** When the report stands: "as at 2026-06-30" or "2026-06-01 to 2026-06-30". */
export function reportWhen(input: AnyReport): string {
  return input.kind === 'activity'
    ? `${input.report.from} to ${input.report.to}`
    : `as at ${input.report.asOf}`;
}

const AGEING_COLUMNS = [
  'Current',
  '1-30',
  '31-60',
  '61-90',
  'Over 90',
  'Invoices',
  'Debt on balance',
  'Total',
];

function ageingCells(amounts: AgeingAmounts): string[] {
  const { current, d1_30, d31_60, d61_90, over90, invoices, balanceDebt, total } = amounts;
  return [current, d1_30, d31_60, d61_90, over90, invoices, balanceDebt, total];
}

function ageingTables(report: AgedReceivables): ReportTable[] {
  return report.currencies.map((block) => ({
    currency: block.currency,
    heading: `Aged receivables in ${block.currency}, as at ${report.asOf}`,
    columns: ['Customer', ...AGEING_COLUMNS],
    rows: [
      ...block.customers.map((row) => [row.name, ...ageingCells(row)]),
      [TOTAL, ...ageingCells(block.totals)],
    ],
  }));
}

function creditCells(amounts: CreditAmounts): string[] {
  return [amounts.paid, amounts.promotional, amounts.credit, amounts.debt];
}

function creditTables(report: CreditOwed): ReportTable[] {
  return report.currencies.flatMap((block) => [
    {
      currency: block.currency,
      heading: `Credit owed in ${block.currency}, as at ${report.asOf}`,
      columns: ['Customer', 'Paid', 'Promotional', 'Credit owed', 'Debt on balance'],
      rows: [
        ...block.customers.map((row) => [row.name, ...creditCells(row)]),
        [TOTAL, ...creditCells(block.totals)],
      ],
    },
    {
      currency: block.currency,
      heading: `Credit owed in ${block.currency} by expiry month, as at ${report.asOf}`,
      columns: ['Expires in', 'Paid', 'Promotional'],
      rows: block.totals.byExpiry.map((row) => [row.month ?? 'Never', row.paid, row.promotional]),
    },
  ]);
}

const MOVEMENT_WORDS: Record<(typeof ACTIVITY_MOVEMENTS)[number], string> = {
  receivedPaid: 'Received paid',
  receivedPromotional: 'Received promotional',
  creditNotes: 'Credit notes',
  consumedByInvoices: 'Consumed by invoices',
  consumedByCharges: 'Consumed by charges',
  consumedByTime: 'Consumed by time',
  expired: 'Expired',
  refunded: 'Refunded',
  reversed: 'Reversed',
  adjusted: 'Adjusted',
};

function activityCells(figures: ActivityFigures): string[] {
  const { opening, closing } = figures;
  return [
    opening.paid,
    opening.promotional,
    opening.debt,
    opening.net,
    ...ACTIVITY_MOVEMENTS.map((movement) => figures.movements[movement]),
    closing.paid,
    closing.promotional,
    closing.debt,
    closing.net,
  ];
}

function activityTables(report: Activity): ReportTable[] {
  const side = (word: string) =>
    ['paid', 'promotional', 'debt', 'net'].map((part) => `${word} ${part}`);
  return report.currencies.map((block) => ({
    currency: block.currency,
    heading: `Activity in ${block.currency}, ${report.from} to ${report.to}`,
    columns: [
      'Customer',
      ...side('Opening'),
      ...ACTIVITY_MOVEMENTS.map((movement) => MOVEMENT_WORDS[movement]),
      ...side('Closing'),
    ],
    rows: [
      ...block.customers.map((row) => [row.name, ...activityCells(row)]),
      [TOTAL, ...activityCells(block.totals)],
    ],
  }));
}
