/**
 * A table that renders only the rows in view (@tanstack/react-virtual), so lists of 10,000
 * customers or 100,000 ledger entries scroll smoothly. It keeps table semantics through ARIA roles
 * and asks for the next page when the last loaded rows come into view. Text cells wrap (rows
 * grow; the virtualizer measures them); money cells never wrap and are never cut.
 */
import { Box, Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export type Column<T> = {
  key: string;
  /** Usually words; a report's stacked money columns give one line per amount. */
  header: ReactNode;
  /** A CSS grid track: `2fr`, `120px`, `minmax(120px, 1fr)`. */
  width: string;
  align?: 'left' | 'right';
  /** Money: never wraps and is never cut (its width comes from moneyColumnWidth). */
  isMoney?: boolean;
  render: (row: T) => ReactNode;
};

export type VirtualTableProps<T> = {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  height: number | string;
  rowHeight?: number;
  hasMore?: boolean;
  isLoadingMore?: boolean;
  onLoadMore?: () => void;
  onRowClick?: (row: T) => void;
};

/** Ask for more when the last rendered row is this close to the end of what is loaded. */
const LOAD_AHEAD_ROWS = 20;

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const {
    rows,
    columns,
    rowHeight = 48,
    hasMore = false,
    isLoadingMore = false,
    onLoadMore,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoized.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !isLoadingMore && onLoadMore && lastIndex >= rows.length - LOAD_AHEAD_ROWS)
      onLoadMore();
  }, [hasMore, isLoadingMore, onLoadMore, lastIndex, rows.length]);
  const grid: CSSProperties = {
    gridTemplateColumns: columns.map((column) => column.width).join(' '),
  };

  return (
    <Box
      role="table"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      className={classes.table}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={classes.header} style={grid}>
          {columns.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              className={classes.cell}
              style={{ textAlign: column.align ?? 'left' }}
            >
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ maxHeight: props.height }}
        tabIndex={0}
        aria-label={`${props.label}, scrollable`}
      >
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <div
                key={props.rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={props.onRowClick ? `${classes.row} ${classes.clickable}` : classes.row}
                style={{ ...grid, transform: `translateY(${item.start}px)` }}
                onClick={props.onRowClick ? () => props.onRowClick?.(row) : undefined}
              >
                {columns.map((column) => (
                  <div
                    key={column.key}
                    role="cell"
                    className={column.isMoney === true ? classes.money : classes.cell}
                    style={{ textAlign: column.align ?? 'left' }}
                  >
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {isLoadingMore && (
          <Center py="sm">
            <Loader size="sm" aria-label="Loading more" />
          </Center>
        )}
        {!hasMore && rows.length > 0 && (
          <Text ta="center" size="xs" c="dimmed" py="sm">
            {rows.length.toLocaleString()} {rows.length === 1 ? 'row' : 'rows'}
          </Text>
        )}
      </div>
    </Box>
  );
}
