/**
 * Small labelled fields used across dialogs: payment method, reason, a typeable date, and the
 * business date a movement takes effect on (SPEC 12: today when left empty, never later).
 */
import { NativeSelect, Textarea, type NativeSelectProps, type TextareaProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { PAYMENT_METHODS } from '../../../shared/contract/schemas/common.ts';
import { PAYMENT_METHOD_LABELS } from '../../../shared/labels.ts';
import { todayLocal } from '../lib/locale.ts';

/** Exactly the schema's methods, so a form's `method` is always one the engine takes. */
const METHOD_OPTIONS = PAYMENT_METHODS.map((value) => ({
  value,
  label: PAYMENT_METHOD_LABELS[value],
}));

export function MethodSelect({
  isOptional = false,
  ...rest
}: NativeSelectProps & { isOptional?: boolean }) {
  const data = isOptional
    ? [{ value: '', label: 'Not recorded' }, ...METHOD_OPTIONS]
    : METHOD_OPTIONS;
  return <NativeSelect label="Method" data={data} {...rest} />;
}

export function ReasonField(props: TextareaProps) {
  return <Textarea label="Reason" autosize minRows={2} maxRows={5} {...props} />;
}

/** A date typed as YYYY-MM-DD or picked from the calendar. */
export function DateField(props: DateInputProps) {
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** When the money moved, if before today: statements place the entry on that day. */
export function EffectiveDateField(props: DateInputProps) {
  return (
    <DateField
      label="Takes effect on"
      description="Leave empty for today; a day closed in Settings is refused"
      clearable
      maxDate={todayLocal()}
      {...props}
    />
  );
}
