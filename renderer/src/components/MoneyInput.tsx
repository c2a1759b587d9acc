/**
 * The one field for an amount: typed in the person's locale ("1.000,00", "1 000,00", "1,000.00"),
 * handed to the form as a decimal string ("1000.00"), with the currency code at its start and
 * what was understood under it ("= 1 000,00 EUR"). Never a number input, never a float; the
 * currency's decimals are checked by the form.
 */
import { Text } from '@mantine/core';
import { minorDigits } from '../../../shared/currencies.ts';
import { userLocale } from '../lib/locale.ts';
import { DecimalInput, type DecimalInputProps } from './DecimalInput.tsx';
import classes from './MoneyInput.module.css';

export type MoneyInputProps = Omit<DecimalInputProps, 'describeValue'> & {
  currency: string;
  /** Leave out "= 1 000,00 EUR" where the amount is shown next to the field already. */
  withHint?: boolean;
};

export function MoneyInput({ currency, withHint = true, ...rest }: MoneyInputProps) {
  return (
    <DecimalInput
      placeholder="0.00"
      leftSection={
        <Text size="xs" c="dimmed" fw={600}>
          {currency}
        </Text>
      }
      leftSectionWidth={48}
      classNames={{ input: classes.input }}
      describeValue={withHint ? (value) => `= ${formatAmount(value, currency)}` : undefined}
      {...rest}
    />
  );
}

/** A decimal string in the locale with the currency's decimals and its code: "1 000,00 EUR". */
function formatAmount(value: string, currency: string): string {
  const digits = minorDigits(currency);
  const format = new Intl.NumberFormat(userLocale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: Math.max(digits, value.split('.')[1]?.length ?? 0),
  });
  // Intl formats a decimal string exactly (no float on the way).
  return `${format.format(value as Intl.StringNumericLiteral)} ${currency}`;
}
