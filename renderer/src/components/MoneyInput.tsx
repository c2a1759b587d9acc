/**
 * A text field for an amount as a decimal string ("1250.00"): never a number input, so nothing is
 * ever parsed through a float. The currency code sits at its start; validation happens in the form.
 */
import { Text, TextInput, type TextInputProps } from '@mantine/core';
import classes from './MoneyInput.module.css';

export type MoneyInputProps = TextInputProps & { currency: string };

export function MoneyInput({ currency, ...rest }: MoneyInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      placeholder="0.00"
      leftSection={
        <Text size="xs" c="dimmed" fw={600}>
          {currency}
        </Text>
      }
      leftSectionWidth={48}
      classNames={{ input: classes.input }}
      {...rest}
    />
  );
}
