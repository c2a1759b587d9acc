/**
 * A text field for a decimal typed as people type it in their locale ("1 000,50" in pl-PL): it
 * shows what they typed and hands the form the plain decimal string it read ("1000.50"), never a
 * float; a value the form sets is shown with the locale's decimal mark ("0,125"). Input it cannot read for certain (ambiguous, negative, not figures) shows a sentence on
 * the field and reaches the form as text that fails its schema, so it cannot be submitted.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { userLocale } from '../lib/locale.ts';
import { DECIMAL_PATTERN } from '../../../shared/money.ts';
import { marksOf, readAmount } from '../../../shared/read-amount.ts';

export type DecimalInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value?: string;
  onChange?: (value: string) => void;
  /** What was understood, shown under the field ("= 1 000,50 EUR"). */
  describeValue?: ((value: string) => string) | undefined;
};

/** Appended to unreadable text so the form's schema refuses it whatever the currency. */
const UNREADABLE = ' (unreadable)';

export function DecimalInput({
  value = '',
  onChange,
  error,
  description,
  describeValue,
  ...rest
}: DecimalInputProps) {
  const [text, setText] = useState(() => asTyped(value));
  const [emitted, setEmitted] = useState(value);
  if (value !== emitted) {
    // The form changed the value itself (a reset, a line removed): show it as people type it.
    setEmitted(value);
    setText(asTyped(value));
  }
  const reading = readAmount(text, userLocale);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.currentTarget.value;
    const read = readAmount(next, userLocale);
    const out =
      read.kind === 'amount' ? read.value : read.kind === 'empty' ? '' : next + UNREADABLE;
    setText(next);
    setEmitted(out);
    onChange?.(out);
  };
  const problem = reading.kind === 'problem' ? reading.problem : undefined;
  const understood =
    reading.kind === 'amount' && !error && describeValue ? describeValue(reading.value) : undefined;
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={handleChange}
      error={problem ?? error}
      description={withHint(description, understood)}
      {...rest}
    />
  );
}

/** A plain decimal from the form ("0.125") with the locale's decimal mark ("0,125" in pl-PL). */
function asTyped(value: string): string {
  return DECIMAL_PATTERN.test(value) ? value.replace('.', marksOf(userLocale).decimal) : value;
}

function withHint(description: ReactNode, hint: string | undefined): ReactNode {
  if (hint === undefined) return description;
  if (description === undefined || description === null) return hint;
  return (
    <>
      {description} · {hint}
    </>
  );
}
