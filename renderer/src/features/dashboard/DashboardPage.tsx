/**
 * What the bookkeeper sees first (`reports.dashboard`): per currency, credit owed, debt,
 * receivables, overdue and credit expiring soon; credit owed over 12 months; customers under
 * their replenishment threshold; overdue invoices.
 */
import { Button, Grid, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { openDialog } from '../../app/dialog-store.ts';
import { useQuery } from '../../api/useQuery.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { formatInstant } from '../../lib/locale.ts';
import { useCan } from '../session/useCan.ts';
import { CreditOwedChart } from './CreditOwedChart.tsx';
import { CurrencyCards } from './CurrencyCards.tsx';
import { LowBalanceCustomers } from './LowBalanceCustomers.tsx';
import { OverdueInvoices } from './OverdueInvoices.tsx';
import { RunScheduledWorkButton } from './RunScheduledWorkButton.tsx';

export function DashboardPage() {
  const dashboard = useQuery('reports.dashboard', {});
  const canCreate = useCan('customers.create');
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          dashboard.data ? `As of ${formatInstant(dashboard.data.generatedAt)}` : undefined
        }
        actions={<RunScheduledWorkButton />}
      />
      <QueryView
        query={dashboard}
        loadingLabel="Loading the dashboard"
        rows={6}
        isEmpty={(data) => data.currencies.length === 0}
        empty={
          <EmptyState
            title="No customers yet"
            description="Add your first customer to start keeping their balance."
            icon={<IconUsers size={22} />}
          >
            {canCreate && (
              <Button
                onClick={() => {
                  openDialog({ kind: 'newCustomer' });
                }}
              >
                New customer
              </Button>
            )}
          </EmptyState>
        }
      >
        {(data) => (
          <Stack gap="lg">
            {data.currencies.map((totals) => (
              <CurrencyCards key={totals.currency} totals={totals} />
            ))}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <CreditOwedChart
                  history={data.creditOwedHistory}
                  currencies={data.currencies.map((each) => each.currency)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <LowBalanceCustomers customers={data.lowBalanceCustomers} />
              </Grid.Col>
            </Grid>
            <OverdueInvoices />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
