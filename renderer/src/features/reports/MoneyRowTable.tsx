/** A table of rows of amounts with a first column of names (customers link to their statement). */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { MoneyText } from '../../components/MoneyText.tsx';

export type MoneyRow = { key: string; label: ReactNode; amounts: string[]; isTotal?: boolean };

export function MoneyRowTable(props: {
  label: string;
  currency: string;
  columns: string[];
  rows: MoneyRow[];
}) {
  return (
    <Table striped aria-label={props.label}>
      <Table.Thead>
        <Table.Tr>
          {props.columns.map((column, index) => (
            <Table.Th key={column} ta={index === 0 ? undefined : 'right'}>
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={row.key} fw={row.isTotal === true ? 700 : undefined}>
            <Table.Td>{row.label}</Table.Td>
            {row.amounts.map((amount, index) => (
              <Table.Td key={index} ta="right">
                <MoneyText amount={amount} currency={props.currency} size="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
