/** Credit owed as at a date: per currency, paid and promotional by expiry month, and customers. */
import { Card, Stack } from '@mantine/core';
import type { CreditOwed } from '../../../../shared/contract/report-types.ts';
import { MoneyBarChart } from '../../components/MoneyBarChart.tsx';
import { formatMonth } from '../../lib/locale.ts';
import { CustomerLink } from './CustomerLink.tsx';
import { MoneyRowTable } from './MoneyRowTable.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export function CreditOwedReport({ report }: { report: CreditOwed }) {
  return (
    <Stack gap="lg">
      {report.currencies.map((block) => (
        <Card key={block.currency} withBorder>
          <SectionTitle mb="sm">Credit owed in {block.currency}</SectionTitle>
          <MoneyBarChart
            ariaLabel={`Credit owed in ${block.currency} by expiry month`}
            currency={block.currency}
            bars={block.totals.byExpiry.map((row) => ({
              label: row.month === null ? 'Never' : formatMonth(row.month),
              amounts: { paid: row.paid, promotional: row.promotional },
            }))}
            series={[
              { name: 'paid', label: 'Paid', color: 'teal.6' },
              { name: 'promotional', label: 'Promotional', color: 'grape.5' },
            ]}
          />
          <MoneyRowTable
            label={`Credit owed in ${block.currency}`}
            currency={block.currency}
            columns={['Customer', 'Paid', 'Promotional', 'Credit owed', 'Debt on balance']}
            rows={[
              ...block.customers.map((row) => ({
                key: row.customerId,
                label: <CustomerLink id={row.customerId} name={row.name} on={report.asOf} />,
                amounts: [row.paid, row.promotional, row.credit, row.debt],
              })),
              {
                key: 'total',
                label: 'Total',
                isTotal: true,
                amounts: [
                  block.totals.paid,
                  block.totals.promotional,
                  block.totals.credit,
                  block.totals.debt,
                ],
              },
            ]}
          />
        </Card>
      ))}
    </Stack>
  );
}
