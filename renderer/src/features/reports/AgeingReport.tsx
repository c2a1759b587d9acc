/** Aged receivables as at a date: per currency, a bar of each age and the customers' rows. */
import { BarChart } from '@mantine/charts';
import { Card, Stack, Table, Text } from '@mantine/core';
import type { AgedReceivables } from '../../../../shared/contract/report-types.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { chartPosition } from '../../lib/chart-values.ts';
import { CustomerLink } from './CustomerLink.tsx';

const AGES = [
  ['current', 'Current'],
  ['d1_30', '1-30'],
  ['d31_60', '31-60'],
  ['d61_90', '61-90'],
  ['over90', 'Over 90'],
] as const;

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
          <Table striped mt="md" aria-label={`Aged receivables in ${block.currency}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Customer</Table.Th>
                {AGES.map(([key, label]) => (
                  <Table.Th key={key} ta="right">
                    {label}
                  </Table.Th>
                ))}
                <Table.Th ta="right">Debt on balance</Table.Th>
                <Table.Th ta="right">Total</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...block.customers, { ...block.totals, customerId: '', name: 'Total' }].map(
                (row) => (
                  <Table.Tr key={row.customerId || 'total'} fw={row.customerId ? undefined : 700}>
                    <Table.Td>
                      {row.customerId ? (
                        <CustomerLink id={row.customerId} name={row.name} on={report.asOf} />
                      ) : (
                        row.name
                      )}
                    </Table.Td>
                    {[...AGES.map(([key]) => row[key]), row.balanceDebt, row.total].map(
                      (amount, index) => (
                        <Table.Td key={index} ta="right">
                          <MoneyText amount={amount} currency={block.currency} size="sm" />
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
