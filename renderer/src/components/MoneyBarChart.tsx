/**
 * A bar chart of one currency's amounts by group (a report's ages, its expiry months), stacked
 * when it has several series. As in MoneyAreaChart, the axis shows zero and its ticks are money
 * labels made from decimal strings; bar heights are only positions.
 */
import { BarChart } from '@mantine/charts';
import Decimal from 'decimal.js';
import { chartPosition, moneyAxisProps, moneyScale } from '../lib/chart-values.ts';
import { userLocale } from '../lib/locale.ts';

export type MoneyBar = { label: string; amounts: Record<string, string> };
export type MoneySeries = { name: string; label: string; color: string };

export type MoneyBarChartProps = {
  bars: readonly MoneyBar[];
  series: readonly MoneySeries[];
  currency: string;
  ariaLabel: string;
  height?: number;
};

const amountOf = (bar: MoneyBar, series: MoneySeries) => bar.amounts[series.name] ?? '0';

export function MoneyBarChart({ bars, series, currency, ariaLabel, height }: MoneyBarChartProps) {
  const isStacked = series.length > 1;
  // A stack reaches the sum of its bars: the axis must cover the sums, not only each part.
  const heights = bars.map((bar) =>
    series.reduce((sum, each) => sum.plus(amountOf(bar, each)), new Decimal(0)).toString(),
  );
  const scale = moneyScale(heights, { currency, locale: userLocale, withZero: true });
  return (
    <div role="img" aria-label={ariaLabel}>
      <BarChart
        h={height ?? 180}
        type={isStacked ? 'stacked' : 'default'}
        data={bars.map((bar) => ({
          label: bar.label,
          ...Object.fromEntries(
            series.map((each) => [each.name, chartPosition(amountOf(bar, each))]),
          ),
        }))}
        dataKey="label"
        series={[...series]}
        withTooltip={false}
        withLegend={isStacked}
        yAxisProps={moneyAxisProps(scale)}
      />
    </div>
  );
}
