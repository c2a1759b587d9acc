/**
 * When a schedule runs (SPEC 6, 12): every month, quarter or year, from a start date to an
 * optional end date. Shared by the recurring invoice and recurring allowance dialogs, inside
 * their own grid so each places its other fields beside these.
 */
import { NativeSelect } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { DateField } from './fields.tsx';

type TimingField = 'interval' | 'startDate' | 'endDate';

/** The part of a Mantine form these fields use; any form with the three values fits. */
type TimingForm = {
  key: (path: TimingField) => string;
  getInputProps: (path: TimingField) => GetInputPropsReturnType;
};

const INTERVALS = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

export function ScheduleTimingFields({ form }: { form: TimingForm }) {
  return (
    <>
      <NativeSelect
        label="Every"
        data={INTERVALS}
        key={form.key('interval')}
        {...form.getInputProps('interval')}
      />
      <DateField
        label="Starts on"
        withAsterisk
        key={form.key('startDate')}
        {...form.getInputProps('startDate')}
      />
      <DateField
        label="Ends on"
        clearable
        key={form.key('endDate')}
        {...form.getInputProps('endDate')}
      />
    </>
  );
}
