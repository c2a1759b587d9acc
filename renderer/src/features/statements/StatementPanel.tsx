/**
 * The statement for a date range: chosen with a range picker, previewed in the app
 * (`statements.get`) and exported as PDF or CSV where the person chooses; "Email draft" exports
 * the PDF (kept as a snapshot) and makes its email draft.
 */
import { Button, Group, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFileTypeCsv, IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import type { Customer } from '../../../../shared/contract/types.ts';
import { addMonthsToMonth } from '../../../../shared/dates.ts';
import type { ChannelCallInput } from '../../../../shared/contract/channels.ts';
import { attempt } from '../../api/client.ts';
import { queryCache } from '../../api/query-cache.ts';
import { groupsTouchedBy } from '../../api/query-keys.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ChoosePeriod } from '../../components/ChooseDates.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { todayLocal } from '../../lib/locale.ts';
import { useExport } from '../../lib/useExport.ts';
import { StatementPreview } from './StatementPreview.tsx';
import { useStatementActions } from './useStatementActions.ts';

type Range = [string | null, string | null];

/** Exports the PDF, kept as a snapshot: the customer's list of kept statements goes stale. */
async function exportPdf(input: ChannelCallInput<'statements.exportPdf'>) {
  const written = await attempt('statements.exportPdf', input);
  if (written.ok) {
    queryCache.invalidate(groupsTouchedBy('statements.exportPdf', input, written.data));
  }
  return written;
}

/** The two months before the month of `to` and that month through `to` (today by default). */
function defaultRange(to: string = todayLocal()): Range {
  return [`${addMonthsToMonth(to.slice(0, 7), -2)}-01`, to];
}

export function StatementPanel({ customer, to: endsOn }: { customer: Customer; to?: string }) {
  const [range, setRange] = useState<Range>(() => defaultRange(endsOn));
  const [from, to] = range;
  const isComplete = from !== null && to !== null;
  const statement = useQuery(
    'statements.get',
    { customerId: customer.id, from: from ?? '', to: to ?? '' },
    { enabled: isComplete },
  );
  const exporter = useExport();
  const actions = useStatementActions();
  // Export the PDF (kept as a snapshot), then make its email draft where the person chooses.
  const draft = async () => {
    if (from === null || to === null) return;
    const kept: { snapshotId?: string } = {};
    await exporter.run({
      title: 'Save the statement to send',
      suggestedName: `Statement ${customer.name} ${from} to ${to}`,
      extension: 'pdf',
      write: async (path) => {
        const written = await exportPdf({ customerId: customer.id, from, to, path });
        if (written.ok) kept.snapshotId = written.data.snapshotId;
        return written;
      },
    });
    if (kept.snapshotId !== undefined) {
      await actions.makeDraft({
        snapshotId: kept.snapshotId,
        customerName: customer.name,
        from,
        to,
      });
    }
  };
  const exportAs = (extension: 'pdf' | 'csv') => {
    if (from === null || to === null) return;
    const input = { customerId: customer.id, from, to };
    void exporter.run({
      title: 'Export statement',
      suggestedName: `Statement ${customer.name} ${from} to ${to}`,
      extension,
      write: (path) =>
        extension === 'pdf'
          ? exportPdf({ ...input, path })
          : attempt('statements.exportCsv', { ...input, path }),
    });
  };
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <DatePickerInput
          type="range"
          label="Period"
          leftSection={<IconCalendar size={16} />}
          valueFormat="D MMM YYYY"
          value={range}
          onChange={(value) => {
            setRange([value[0] ?? null, value[1] ?? null]);
          }}
          w={300}
          allowSingleDateInRange
        />
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            disabled={!isComplete}
            loading={exporter.isPending}
            onClick={() => {
              exportAs('pdf');
            }}
          >
            Export PDF
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypeCsv size={16} />}
            disabled={!isComplete}
            loading={exporter.isPending}
            onClick={() => {
              exportAs('csv');
            }}
          >
            Export CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconMail size={16} />}
            disabled={!isComplete}
            loading={exporter.isPending || actions.isPending}
            onClick={() => void draft()}
          >
            Email draft
          </Button>
        </Group>
      </Group>
      {isComplete ? (
        <QueryView query={statement} loadingLabel="Preparing the statement" rows={6}>
          {(data) => <StatementPreview statement={data} />}
        </QueryView>
      ) : (
        <ChoosePeriod />
      )}
    </Stack>
  );
}
