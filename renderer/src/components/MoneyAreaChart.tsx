/**
 * An area chart of one currency's amounts over time (credit owed per month, a balance after each
 * entry). Tooltips show the exact decimal strings, never the drawn positions.
 */
import { AreaChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { axisTick, type MoneyPoint } from '../lib/chart-values.ts';
import { userLocale } from '../lib/locale.ts';
import { MoneyText } from './MoneyText.tsx';

export type MoneyAreaChartProps = {
  points: MoneyPoint[];
  currency: string;
  seriesLabel: string;
  color?: string;
  height?: number;
  ariaLabel: string;
  /** Amounts that may be negative: credit above zero in teal, debt below it in red. */
  isSigned?: boolean;
};

type TooltipItem = { payload?: unknown };

function signedDomain([dataMin, dataMax]: readonly [number, number]): [number, number] {
  return [Math.min(0, dataMin), Math.max(0, dataMax)];
}

function TooltipCard({ items, currency }: { items: readonly TooltipItem[]; currency: string }) {
  const point = items[0]?.payload as MoneyPoint | undefined;
  if (point === undefined) return null;
  return (
    <Paper withBorder shadow="sm" px="sm" py={6}>
      <Text size="xs" c="dimmed">
        {point.label}
      </Text>
      <MoneyText amount={point.amount} currency={currency} fw={600} size="sm" />
    </Paper>
  );
}

export function MoneyAreaChart(props: MoneyAreaChartProps) {
  const { points, currency } = props;
  return (
    <div role="img" aria-label={props.ariaLabel}>
      <AreaChart
        h={props.height ?? 220}
        data={points}
        dataKey="label"
        series={[{ name: 'position', label: props.seriesLabel, color: props.color ?? 'indigo.6' }]}
        curveType="monotone"
        type={props.isSigned === true ? 'split' : 'default'}
        splitColors={['teal.6', 'red.6']}
        withDots={points.length < 40}
        gridAxis="y"
        tickLine="none"
        yAxisProps={{
          width: 72,
          tickFormatter: (value: number) => axisTick(value, currency, userLocale),
          // A signed chart always shows zero, so credit and debt fill from the same line.
          ...(props.isSigned === true ? { domain: signedDomain } : {}),
        }}
        tooltipProps={{
          content: ({ payload }: { payload?: readonly TooltipItem[] }) => (
            <TooltipCard items={payload ?? []} currency={currency} />
          ),
        }}
        fillOpacity={0.25}
        areaProps={{ isAnimationActive: false }}
      />
    </div>
  );
}
