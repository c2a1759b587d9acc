/**
 * Month-end statements for every customer at once, opened from the Customers page: pick a month
 * (the previous one to begin with), choose a folder, and one statement PDF per customer is written
 * there, with progress, a stop, and a summary of what was saved and what failed. While the run is
 * under way the dialog closes only through Stop, so no export is left running unseen.
 */
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendarMonth, IconFolderOpen, IconUsers } from '@tabler/icons-react';
import { useEffect, useState, type SubmitEvent } from 'react';
import { monthOf } from '../../../../../shared/dates.ts';
import type { ApiError } from '../../../api/api-error.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { formatLongMonth, todayLocal } from '../../../lib/locale.ts';
import { useFocusOnMount } from '../../../lib/useFocusOnMount.ts';
import { monthRange, previousMonth, type MonthRange } from '../month-end.ts';
import { resetMonthEnd, startMonthEnd, stopMonthEnd, useMonthEndStore } from '../month-end-run.ts';
import { MonthEndProgressStep, MonthEndSummaryStep } from './MonthEndSteps.tsx';

const TITLE = 'Month-end statements';

const PICKER_LABELS = {
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  yearLevelControl: 'Choose another year',
};

type ChoiceProps = {
  isPreparing: boolean;
  error: ApiError | undefined;
  onClose: () => void;
  onStart: (run: { range: MonthRange; title: string; withDrafts: boolean }) => Promise<void>;
};

function NoCustomers({ onClose }: { onClose: () => void }) {
  return (
    <Stack gap="md">
      <EmptyState
        title="No customers yet"
        description="Add a customer first; each customer gets a statement here."
        icon={<IconUsers size={22} />}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}

function MonthField({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const [today] = useState(todayLocal);
  const pickerRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <MonthPickerInput
      ref={pickerRef}
      label="Month"
      leftSection={<IconCalendarMonth size={16} />}
      valueFormat="MMMM YYYY"
      value={`${month}-01`}
      onChange={(value) => {
        if (value !== null) onChange(monthOf(value));
      }}
      maxDate={`${monthOf(today)}-01`}
      popoverProps={{ withinPortal: true }}
      getMonthControlProps={(date) => ({ 'aria-label': formatLongMonth(monthOf(date)) })}
      ariaLabels={PICKER_LABELS}
      w={240}
    />
  );
}

function MonthEndChoice({ isPreparing, error, onClose, onStart }: ChoiceProps) {
  const customers = useQuery('customers.list', { limit: 1 });
  const [month, setMonth] = useState(() => previousMonth(todayLocal()));
  const [withDrafts, setWithDrafts] = useState(false);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPreparing) return;
    void onStart({
      range: monthRange(month),
      title: `${TITLE} ${formatLongMonth(month)}`,
      withDrafts,
    });
  };
  return (
    <QueryView
      query={customers}
      loadingLabel="Loading customers"
      rows={3}
      isEmpty={(page) => page.items.length === 0}
      empty={<NoCustomers onClose={onClose} />}
    >
      {() => (
        <form onSubmit={submit} noValidate aria-label={TITLE}>
          <Stack gap="md">
            <MonthField month={month} onChange={setMonth} />
            <Checkbox
              label="Also make an email draft for each customer (records the statement as sent)"
              checked={withDrafts}
              onChange={(event) => {
                setWithDrafts(event.currentTarget.checked);
              }}
            />
            <Text size="sm" c="dimmed">
              One PDF statement per customer for that month, saved in a folder you choose. Existing
              files are never overwritten.
            </Text>
            <ErrorAlert error={error} />
          </Stack>
          <Group justify="flex-end" mt="xl" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isPreparing}>
              Cancel
            </Button>
            <Button type="submit" loading={isPreparing} leftSection={<IconFolderOpen size={16} />}>
              Choose folder and export
            </Button>
          </Group>
        </form>
      )}
    </QueryView>
  );
}

export function MonthEndDialog({ onClose }: { onClose: () => void }) {
  const run = useMonthEndStore((state) => state.run);
  const error = useMonthEndStore((state) => state.error);
  // A new dialog starts afresh; closing it mid-run stops the run after the statement being
  // written (StrictMode's trial unmount comes before any run, so it stops nothing).
  useEffect(() => {
    resetMonthEnd();
    return stopMonthEnd;
  }, []);
  const isBusy = run.phase === 'preparing' || run.phase === 'exporting';
  return (
    <Modal
      opened
      onClose={() => {
        if (!isBusy) onClose();
      }}
      title={TITLE}
      size="md"
      centered
      closeOnEscape={!isBusy}
      closeOnClickOutside={!isBusy}
      withCloseButton={!isBusy}
    >
      {run.phase === 'exporting' && (
        <MonthEndProgressStep
          progress={run.progress}
          isStopping={run.isStopping}
          onStop={stopMonthEnd}
        />
      )}
      {run.phase === 'finished' && <MonthEndSummaryStep progress={run.progress} onDone={onClose} />}
      {(run.phase === 'ready' || run.phase === 'preparing') && (
        <MonthEndChoice
          isPreparing={run.phase === 'preparing'}
          error={error}
          onClose={onClose}
          onStart={startMonthEnd}
        />
      )}
    </Modal>
  );
}
