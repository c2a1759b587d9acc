/**
 * A report's table of rows of amounts with a first column of names (customers link to their
 * statement), drawn a screen at a time (VirtualTable), so a report over 10,000 customers scrolls
 * smoothly. Money columns are measured to their widest amount; a total row is bold.
 */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { MoneyText } from '../../components/MoneyText.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { moneyColumnWidth } from '../../lib/money-columns.ts';

export type MoneyRow = { key: string; label: ReactNode; amounts: string[]; isTotal?: boolean };

/** Tall enough for a dozen rows; longer tables scroll inside it. */
export const REPORT_TABLE_HEIGHT = 'min(60vh, 560px)';

export function MoneyRowTable(props: {
  label: string;
  currency: string;
  columns: string[];
  rows: MoneyRow[];
}) {
  const { currency, rows } = props;
  const [first = '', ...moneyHeaders] = props.columns;
  const weight = (row: MoneyRow) => (row.isTotal === true ? 700 : undefined);
  const columns: Column<MoneyRow>[] = [
    {
      key: 'label',
      header: first,
      width: 'minmax(140px, 2fr)',
      render: (row) => (
        <Text component="div" size="sm" fw={weight(row)}>
          {row.label}
        </Text>
      ),
    },
    ...moneyHeaders.map((header, index): Column<MoneyRow> => ({
      key: `amount-${index}`,
      header,
      width: moneyColumnWidth(
        rows.map((row) => row.amounts[index] ?? '0'),
        currency,
        header,
      ),
      align: 'right',
      isMoney: true,
      render: (row) => (
        <MoneyText
          amount={row.amounts[index] ?? '0'}
          currency={currency}
          size="sm"
          fw={weight(row)}
        />
      ),
    })),
  ];
  return (
    <VirtualTable
      label={props.label}
      rows={rows}
      columns={columns}
      rowKey={(row) => row.key}
      height={REPORT_TABLE_HEIGHT}
    />
  );
}
