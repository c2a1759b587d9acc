/**
 * The journal for a period: each day's balanced lines per currency, and its export in the
 * QuickBooks Online and Xero layouts for the currency chosen. Unmapped accounts are refused by the
 * engine, naming the account: the message says to map it in Settings.
 */
import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import type { Journal } from '../../../../shared/contract/report-types.ts';
import { attempt } from '../../api/client.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { useExport } from '../../lib/useExport.ts';

type Period = { from: string; to: string; currency: string | null };

export function JournalExports({ period }: { period: Period }) {
  const exporter = useExport();
  const { currency } = period;
  if (currency === null) return <Text size="sm">Choose a currency to export the journal.</Text>;
  const exportAs = (format: 'quickbooks' | 'xero') => {
    void exporter.run({
      title: 'Export the journal',
      suggestedName: `Journal ${format} ${currency} ${period.from} to ${period.to}`,
      extension: 'csv',
      write: (path) =>
        attempt('reports.exportJournalCsv', {
          from: period.from,
          to: period.to,
          currency,
          format,
          ...(format === 'xero' ? { taxRate: 'Tax Exempt' } : {}),
          path,
        }),
    });
  };
  return (
    <Group gap="xs">
      {(['quickbooks', 'xero'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconFileTypeCsv size={16} />}
          loading={exporter.isPending}
          onClick={() => {
            exportAs(format);
          }}
        >
          {format === 'quickbooks' ? 'QuickBooks CSV' : 'Xero CSV'}
        </Button>
      ))}
    </Group>
  );
}

export function JournalReport({ journal }: { journal: Journal }) {
  return (
    <Stack gap="md">
      {journal.days.map((day) => (
        <Card key={`${day.date} ${day.currency}`} withBorder>
          <Text fw={600} mb="xs">
            {day.date} · {day.currency}
          </Text>
          <Table aria-label={`Journal ${day.date} ${day.currency}`}>
            <Table.Tbody>
              {day.lines.map((line, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{line.accountName}</Table.Td>
                  <Table.Td>{line.customerName ?? ''}</Table.Td>
                  <Table.Td ta="right">
                    {line.side === 'debit' && (
                      <MoneyText amount={line.amount} currency={day.currency} size="sm" />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {line.side === 'credit' && (
                      <MoneyText amount={line.amount} currency={day.currency} size="sm" />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
