/**
 * Reports: aged receivables and credit owed as at a date (the end of last month by default),
 * activity and the journal for a period (last month), in one currency or all; each with its
 * chart where a picture helps, its tables, and its exports. A customer's name opens their
 * statement ending on the report's date.
 */
import { Group, Select, Stack, Tabs } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery.ts';
import { ChooseDate, ChoosePeriod } from '../../components/ChooseDates.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { todayLocal } from '../../lib/locale.ts';
import { ActivityReport } from './ActivityReport.tsx';
import { AgeingReport } from './AgeingReport.tsx';
import { CreditOwedReport } from './CreditOwedReport.tsx';
import { JournalExports, JournalView } from './JournalReport.tsx';
import { lastMonth, lastMonthEnd } from './report-dates.ts';
import { ReportExports } from './ReportExports.tsx';

type Tab = 'ageing' | 'credit' | 'activity' | 'journal';
type Range = [string | null, string | null];

const noCustomers = (
  <EmptyState title="Nothing to report" description="Reports appear once the book has customers." />
);

export function ReportsPage() {
  const [tab, setTab] = useState<Tab>('ageing');
  const [asOf, setAsOf] = useState<string | null>(lastMonthEnd);
  const [range, setRange] = useState<Range>(lastMonth);
  const [currency, setCurrency] = useState<string | null>(null);
  const dashboard = useQuery('reports.dashboard', {});
  const currencies = (dashboard.data?.currencies ?? []).map((row) => row.currency);
  const picked = currency ?? undefined;
  const day = asOf ?? '';
  const [from, to] = [range[0] ?? '', range[1] ?? ''];
  const isPeriod = range[0] !== null && range[1] !== null;
  const ageing = useQuery(
    'reports.agedReceivables',
    { asOf: day, currency: picked },
    { enabled: tab === 'ageing' && asOf !== null },
  );
  const credit = useQuery(
    'reports.creditOwed',
    { asOf: day, currency: picked },
    { enabled: tab === 'credit' && asOf !== null },
  );
  const activity = useQuery(
    'reports.activity',
    { from, to, currency: picked },
    { enabled: tab === 'activity' && isPeriod },
  );
  const journal = useQuery(
    'reports.journal',
    { from, to, currency: picked },
    { enabled: tab === 'journal' && isPeriod },
  );
  const isAsAt = tab === 'ageing' || tab === 'credit';
  const none = (data: { currencies: unknown[] }) => data.currencies.length === 0;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Reports"
        description="The accountant's view: as at any date, or for a period, per currency."
      />
      <Group align="flex-end">
        {isAsAt ? (
          <DatePickerInput
            label="As at"
            leftSection={<IconCalendar size={16} />}
            valueFormat="D MMM YYYY"
            value={asOf}
            onChange={setAsOf}
            maxDate={todayLocal()}
            w={200}
          />
        ) : (
          <DatePickerInput
            type="range"
            label="Period"
            leftSection={<IconCalendar size={16} />}
            valueFormat="D MMM YYYY"
            value={range}
            onChange={(value) => {
              setRange([value[0] ?? null, value[1] ?? null]);
            }}
            maxDate={todayLocal()}
            allowSingleDateInRange
            w={300}
          />
        )}
        <Select
          label="Currency"
          placeholder="All currencies"
          data={currencies}
          value={currency}
          onChange={setCurrency}
          clearable
          w={180}
        />
        {isAsAt && asOf !== null && (
          <ReportExports
            input={{
              report: tab === 'ageing' ? 'agedReceivables' : 'creditOwed',
              asOf,
              currency: picked,
            }}
            name={`${tab === 'ageing' ? 'Aged receivables' : 'Credit owed'} as at ${asOf}`}
          />
        )}
        {tab === 'activity' && isPeriod && (
          <ReportExports
            input={{ report: 'activity', from, to, currency: picked }}
            name={`Activity ${from} to ${to}`}
          />
        )}
        {tab === 'journal' && isPeriod && <JournalExports period={{ from, to, currency }} />}
      </Group>
      {/* Only the open tab is mounted: the others' queries are off, and a hidden panel would
          sit in a loading state of its own. */}
      <Tabs
        keepMounted={false}
        value={tab}
        onChange={(value) => {
          if (value !== null) setTab(value as Tab);
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="ageing">Aged receivables</Tabs.Tab>
          <Tabs.Tab value="credit">Credit owed</Tabs.Tab>
          <Tabs.Tab value="activity">Activity</Tabs.Tab>
          <Tabs.Tab value="journal">Journal</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ageing" pt="md">
          {asOf !== null ? (
            <QueryView
              query={ageing}
              loadingLabel="Ageing receivables"
              isEmpty={none}
              empty={noCustomers}
            >
              {(data) => <AgeingReport report={data} />}
            </QueryView>
          ) : (
            <ChooseDate />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="credit" pt="md">
          {asOf !== null ? (
            <QueryView
              query={credit}
              loadingLabel="Adding up credit owed"
              isEmpty={none}
              empty={noCustomers}
            >
              {(data) => <CreditOwedReport report={data} />}
            </QueryView>
          ) : (
            <ChooseDate />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          {isPeriod ? (
            <QueryView
              query={activity}
              loadingLabel="Adding up the period"
              isEmpty={none}
              empty={noCustomers}
            >
              {(data) => <ActivityReport report={data} />}
            </QueryView>
          ) : (
            <ChoosePeriod />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="journal" pt="md">
          {isPeriod ? <JournalView query={journal} /> : <ChoosePeriod />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
