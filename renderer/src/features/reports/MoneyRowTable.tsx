/**
 * A report's table of rows of amounts with a first column of names (customers link to their
 * statement), drawn a screen at a time (VirtualTable), so a report over 10,000 customers scrolls
 * smoothly. Money columns are measured to their widest amount; a total row is bold. In a table
 * too narrow for them side by side, the amounts stack (lib/money-tracks.ts): every one stays
 * whole and in view, each under its own header's place, named for screen readers.
 */
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { MoneyText } from '../../components/MoneyText.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { moneyColumnWidth } from '../../lib/money-columns.ts';
import { moneyTracks } from '../../lib/money-tracks.ts';

export type MoneyRow = { key: string; label: ReactNode; amounts: string[]; isTotal?: boolean };

/** Tall enough for a dozen rows; longer tables scroll inside it. */
export const REPORT_TABLE_HEIGHT = 'min(60vh, 560px)';

/** The names column never gets narrower than this. */
const LABEL_MIN_PX = 140;
/** The table's own borders. */
const BORDER_PX = 2;

export function MoneyRowTable(props: {
  label: string;
  currency: string;
  columns: string[];
  rows: MoneyRow[];
}) {
  const { currency, rows } = props;
  const { ref, width } = useElementSize();
  const [first = '', ...moneyHeaders] = props.columns;
  const weight = (row: MoneyRow) => (row.isTotal === true ? 700 : undefined);
  const widths = moneyHeaders.map((header, index) =>
    Number.parseInt(
      moneyColumnWidth(
        rows.map((row) => row.amounts[index] ?? '0'),
        currency,
        header,
      ),
      10,
    ),
  );
  const tracks = moneyTracks(widths, LABEL_MIN_PX, width - BORDER_PX);
  const amount = (row: MoneyRow, index: number) => (
    <MoneyText amount={row.amounts[index] ?? '0'} currency={currency} size="sm" fw={weight(row)} />
  );
  const columns: Column<MoneyRow>[] = [
    {
      key: 'label',
      header: first,
      width: `minmax(${LABEL_MIN_PX}px, 2fr)`,
      render: (row) => (
        <Text component="div" size="sm" fw={weight(row)}>
          {row.label}
        </Text>
      ),
    },
    ...tracks.map((track): Column<MoneyRow> => ({
      key: `amounts-${track.join('-')}`,
      header:
        track.length === 1 ? (
          moneyHeaders[track[0] ?? 0]
        ) : (
          <Stack gap={2} align="flex-end">
            {track.map((index) => (
              <span key={index}>{moneyHeaders[index]}</span>
            ))}
          </Stack>
        ),
      width: `${Math.max(...track.map((index) => widths[index] ?? 0))}px`,
      align: 'right',
      isMoney: true,
      render: (row) =>
        track.length === 1 ? (
          amount(row, track[0] ?? 0)
        ) : (
          <Stack gap={2} align="flex-end">
            {track.map((index) => (
              <div key={index}>
                <VisuallyHidden>{moneyHeaders[index]}: </VisuallyHidden>
                {amount(row, index)}
              </div>
            ))}
          </Stack>
        ),
    })),
  ];
  return (
    <div ref={ref}>
      <VirtualTable
        label={props.label}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.key}
        height={REPORT_TABLE_HEIGHT}
      />
    </div>
  );
}
