/**
 * Activity for a period: per currency, opening, each movement and closing, in total; then each
 * customer's opening and closing (a long list, drawn a screen at a time).
 */
import { Card, Stack } from '@mantine/core';
import {
  ACTIVITY_MOVEMENTS,
  type Activity,
  type BalancePosition,
} from '../../../../shared/contract/report-types.ts';
import { CustomerLink } from './CustomerLink.tsx';
import { MoneyRowTable } from './MoneyRowTable.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

const WORDS: Record<(typeof ACTIVITY_MOVEMENTS)[number], string> = {
  receivedPaid: 'Received (paid)',
  receivedPromotional: 'Received (promotional)',
  creditNotes: 'Credit notes',
  consumedByInvoices: 'Consumed by invoices',
  consumedByCharges: 'Consumed by charges',
  consumedByTime: 'Consumed by time',
  expired: 'Expired',
  refunded: 'Refunded',
  reversed: 'Reversed',
  adjusted: 'Adjusted',
};

const position = (figures: BalancePosition) => [
  figures.paid,
  figures.promotional,
  figures.debt,
  figures.net,
];

export function ActivityReport({ report }: { report: Activity }) {
  return (
    <Stack gap="lg">
      {report.currencies.map(({ currency, totals, customers }) => (
        <Card key={currency} withBorder>
          <SectionTitle mb="sm">Activity in {currency}</SectionTitle>
          <MoneyRowTable
            label={`Opening and closing in ${currency}`}
            currency={currency}
            columns={['Position', 'Paid', 'Promotional', 'Debt', 'Net']}
            rows={[
              { key: 'opening', label: 'Opening', amounts: position(totals.opening) },
              { key: 'closing', label: 'Closing', amounts: position(totals.closing) },
            ]}
          />
          <MoneyRowTable
            label={`Movements in ${currency}`}
            currency={currency}
            columns={['Movement', 'Amount']}
            rows={[
              ...ACTIVITY_MOVEMENTS.map((movement) => ({
                key: movement,
                label: WORDS[movement],
                amounts: [totals.movements[movement]],
              })),
            ]}
          />
          <MoneyRowTable
            label={`Activity per customer in ${currency}`}
            currency={currency}
            columns={['Customer', 'Opening', 'Closing', 'Paid', 'Promotional', 'Debt']}
            rows={customers.map((row) => ({
              key: row.customerId,
              label: <CustomerLink id={row.customerId} name={row.name} on={report.to} />,
              amounts: [
                row.opening.net,
                row.closing.net,
                row.closing.paid,
                row.closing.promotional,
                row.closing.debt,
              ],
            }))}
          />
        </Card>
      ))}
    </Stack>
  );
}
