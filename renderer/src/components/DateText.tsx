/** Dates as people read them: a business day, or an instant in local time, in tabular figures. */
import { Text, type TextProps } from '@mantine/core';
import { formatDay, formatInstant } from '../lib/locale.ts';

export type DateTextProps = TextProps & { date?: string | null; instant?: string | null };

export function DateText({ date, instant, ...rest }: DateTextProps) {
  const text = date != null ? formatDay(date) : instant != null ? formatInstant(instant) : '—';
  return (
    <Text
      component="span"
      inherit={rest.size === undefined}
      style={{ whiteSpace: 'nowrap' }}
      {...rest}
    >
      {text}
    </Text>
  );
}
