/**
 * An area chart of one currency's amounts over time (credit owed per month, a balance after each
 * entry). A balance holds until the next movement, so the line is stepped, never smoothed (a
 * smoothed curve invents amounts between points). The axis always shows zero and its ticks are
 * money labels made from decimal strings; tooltips show the exact decimal strings.
 */
import { AreaChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { moneyAxisProps, moneyScale, type MoneyPoint } from '../lib/chart-values.ts';
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
  const scale = moneyScale(
    points.map((point) => point.amount),
    { currency, locale: userLocale, withZero: true },
  );
  return (
    <div role="img" aria-label={props.ariaLabel}>
      <AreaChart
        h={props.height ?? 220}
        data={points}
        dataKey="label"
        series={[{ name: 'position', label: props.seriesLabel, color: props.color ?? 'indigo.6' }]}
        curveType="stepAfter"
        type={props.isSigned === true ? 'split' : 'default'}
        splitColors={['teal.6', 'red.6']}
        withDots={points.length < 40}
        gridAxis="y"
        tickLine="none"
        yAxisProps={moneyAxisProps(scale)}
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
