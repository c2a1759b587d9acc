/** Aged receivables as at a date: per currency, a bar of each age and the customers' rows. */
import { Card, Stack } from '@mantine/core';
import type { AgeingAmounts, AgedReceivables } from '../../../../shared/contract/report-types.ts';
import { MoneyBarChart } from '../../components/MoneyBarChart.tsx';
import { CustomerLink } from './CustomerLink.tsx';
import { MoneyRowTable } from './MoneyRowTable.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

const AGES = [
  ['current', 'Current'],
  ['d1_30', '1-30'],
  ['d31_60', '31-60'],
  ['d61_90', '61-90'],
  ['over90', 'Over 90'],
] as const;

const amountsOf = (row: AgeingAmounts) => [
  ...AGES.map(([key]) => row[key]),
  row.balanceDebt,
  row.total,
];

export function AgeingReport({ report }: { report: AgedReceivables }) {
  return (
    <Stack gap="lg">
      {report.currencies.map((block) => (
        <Card key={block.currency} withBorder>
          <SectionTitle mb="sm">Aged receivables in {block.currency}</SectionTitle>
          <MoneyBarChart
            ariaLabel={`Receivables in ${block.currency} by age`}
            currency={block.currency}
            bars={AGES.map(([key, label]) => ({ label, amounts: { owed: block.totals[key] } }))}
            series={[{ name: 'owed', label: 'Owed', color: 'orange.6' }]}
          />
          <MoneyRowTable
            label={`Aged receivables in ${block.currency}`}
            currency={block.currency}
            columns={['Customer', ...AGES.map(([, label]) => label), 'Debt on balance', 'Total']}
            rows={[
              ...block.customers.map((row) => ({
                key: row.customerId,
                label: <CustomerLink id={row.customerId} name={row.name} on={report.asOf} />,
                amounts: amountsOf(row),
              })),
              { key: 'total', label: 'Total', isTotal: true, amounts: amountsOf(block.totals) },
            ]}
          />
        </Card>
      ))}
    </Stack>
  );
}
