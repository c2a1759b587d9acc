/** Aged receivables as at a date: per currency, a bar of each age and the customers' rows. */
import { BarChart } from '@mantine/charts';
import { Card, Stack, Text } from '@mantine/core';
import type { AgeingAmounts, AgedReceivables } from '../../../../shared/contract/report-types.ts';
import { chartPosition } from '../../lib/chart-values.ts';
import { CustomerLink } from './CustomerLink.tsx';
import { MoneyRowTable } from './MoneyRowTable.tsx';

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
          <Text fw={600} mb="sm">
            Aged receivables in {block.currency}
          </Text>
          <div role="img" aria-label={`Receivables in ${block.currency} by age`}>
            <BarChart
              h={180}
              data={AGES.map(([key, label]) => ({
                age: label,
                owed: chartPosition(block.totals[key]),
              }))}
              dataKey="age"
              series={[{ name: 'owed', label: 'Owed', color: 'orange.6' }]}
              withTooltip={false}
            />
          </div>
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
