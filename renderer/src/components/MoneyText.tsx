/**
 * The only way people see money: formatted in their locale with the currency's symbol and
 * decimals, in tabular figures, red when negative (theme colours only, so dark mode works).
 */
import { Text, type TextProps } from '@mantine/core';
import { formatMoneyForPeople } from '../../../shared/money.ts';
import { userLocale } from '../lib/locale.ts';
import { isNegativeMoney, isPositiveMoney } from '../lib/money-display.ts';

export type MoneyTextProps = TextProps & {
  amount: string;
  currency: string;
  /** `signed` colours credits teal too and shows a plus sign, for ledger movements. */
  tone?: 'balance' | 'signed' | 'plain';
  component?: 'span' | 'p' | 'div';
};

export function MoneyText({
  amount,
  currency,
  tone = 'balance',
  component = 'span',
  style,
  ...rest
}: MoneyTextProps) {
  const negative = tone !== 'plain' && isNegativeMoney(amount);
  const credit = tone === 'signed' && isPositiveMoney(amount);
  const formatted = formatMoneyForPeople(amount, currency, userLocale);
  return (
    <Text
      component={component}
      inherit={rest.size === undefined}
      c={negative ? 'red' : credit ? 'teal' : undefined}
      style={[{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }, style]}
      data-money=""
      {...rest}
    >
      {credit ? `+${formatted}` : formatted}
    </Text>
  );
}
