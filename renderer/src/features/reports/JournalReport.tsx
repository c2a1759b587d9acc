/**
 * The journal for a period: each day's balanced lines per currency (one long table a currency,
 * drawn a screen at a time), and its export in the QuickBooks Online and Xero layouts for the
 * currency chosen. Unmapped accounts are refused by the engine, naming the account: the tab then
 * takes the bookkeeper to name it in Settings (UnnamedAccount.tsx).
 */
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import type { Journal } from '../../../../shared/contract/report-types.ts';
import { attempt } from '../../api/client.ts';
import type { QueryResult } from '../../api/useQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { MoneyText } from '../../components/MoneyText.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { moneyColumnWidth } from '../../lib/money-columns.ts';
import { useExport } from '../../lib/useExport.ts';
import { REPORT_TABLE_HEIGHT } from './MoneyRowTable.tsx';
import { isUnnamedAccount, UnnamedAccount } from './UnnamedAccount.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';

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

type LineRow = {
  key: string;
  date: string;
  account: string;
  customer: string;
  debit: string;
  credit: string;
  isTotal: boolean;
};

/** Each currency's journal lines, day by day, each day closed by its balanced totals. */
function linesOf(journal: Journal, currency: string): LineRow[] {
  const rows: LineRow[] = [];
  for (const day of journal.days.filter((each) => each.currency === currency)) {
    day.lines.forEach((line, index) => {
      rows.push({
        key: `${day.date} ${index}`,
        date: index === 0 ? day.date : '',
        account: line.accountName,
        customer: line.customerName ?? '',
        debit: line.side === 'debit' ? line.amount : '',
        credit: line.side === 'credit' ? line.amount : '',
        isTotal: false,
      });
    });
    rows.push({
      key: `${day.date} total`,
      date: '',
      account: 'Total',
      customer: '',
      debit: day.totalDebit,
      credit: day.totalCredit,
      isTotal: true,
    });
  }
  return rows;
}

function columnsFor(currency: string, rows: readonly LineRow[]): Column<LineRow>[] {
  const weight = (row: LineRow) => (row.isTotal ? 700 : undefined);
  const date: Column<LineRow> = {
    key: 'date',
    header: 'Date',
    width: '110px',
    render: (row) => (
      <Text component="div" size="sm">
        {row.date}
      </Text>
    ),
  };
  // The customer a line is for sits under its account: names wrap and give way in a narrow
  // window, the two amounts never do.
  const account: Column<LineRow> = {
    key: 'account',
    header: 'Account',
    width: 'minmax(120px, 1fr)',
    render: (row) => (
      <>
        <Text component="div" size="sm" fw={weight(row)}>
          {row.account}
        </Text>
        {row.customer !== '' && (
          <Text component="div" size="xs" c="dimmed">
            {row.customer}
          </Text>
        )}
      </>
    ),
  };
  const money = (key: 'debit' | 'credit', header: string): Column<LineRow> => ({
    key,
    header,
    width: moneyColumnWidth(
      rows.map((row) => row[key] || '0'),
      currency,
      header,
    ),
    align: 'right',
    isMoney: true,
    render: (row) =>
      row[key] === '' ? null : (
        <MoneyText amount={row[key]} currency={currency} size="sm" fw={weight(row)} />
      ),
  });
  return [date, account, money('debit', 'Debit'), money('credit', 'Credit')];
}

export function JournalReport({ journal }: { journal: Journal }) {
  const currencies = [...new Set(journal.days.map((day) => day.currency))];
  return (
    <Stack gap="md">
      {currencies.map((currency) => {
        const rows = linesOf(journal, currency);
        return (
          <Card key={currency} withBorder>
            <SectionTitle mb="xs">Journal in {currency}</SectionTitle>
            <VirtualTable
              label={`Journal lines in ${currency}`}
              rows={rows}
              columns={columnsFor(currency, rows)}
              rowKey={(row) => row.key}
              height={REPORT_TABLE_HEIGHT}
            />
          </Card>
        );
      })}
    </Stack>
  );
}

/** The journal tab's body: the report, or what to name first, or its loading and errors. */
export function JournalView({ query }: { query: QueryResult<Journal> }) {
  if (isUnnamedAccount(query.error)) return <UnnamedAccount error={query.error} />;
  return (
    <QueryView
      query={query}
      loadingLabel="Posting the journal"
      isEmpty={(data) => data.days.length === 0}
      empty={<EmptyState title="No entries" description="Nothing was posted in this period." />}
    >
      {(data) => <JournalReport journal={data} />}
    </QueryView>
  );
}
