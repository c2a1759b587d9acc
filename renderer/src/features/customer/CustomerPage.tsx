/**
 * One customer: who they are and how they are billed, their balance and what is available, the
 * balance over time, and tabs for history, grants, invoices, payments, time, schedules and the
 * statement. Letter keys open the common actions.
 */
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Card,
  Grid,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { navigate, routeHash, type CustomerTab } from '../../app/route-store.ts';
import { useQuery } from '../../api/useQuery.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { BillingModeBadge } from '../customers/BillingModeBadge.tsx';
import { BalanceChart } from './BalanceChart.tsx';
import { BalanceSummary } from './BalanceSummary.tsx';
import { CustomerActions } from './CustomerActions.tsx';
import { CustomerTabPanels, TAB_LABELS } from './CustomerTabPanels.tsx';
import { useCustomerShortcuts } from './useCustomerShortcuts.ts';

/** `statementTo`: the statement tab opens on a period ending that day (from a report). */
type Props = { customerId: string; tab: CustomerTab; statementTo?: string };

export function CustomerPage({ customerId, tab, statementTo }: Props) {
  const customer = useQuery('customers.get', { customerId });
  useCustomerShortcuts(customerId);
  return (
    <QueryView query={customer} loadingLabel="Loading the customer" rows={8}>
      {(data) => (
        <Stack gap="lg">
          <Breadcrumbs>
            <Anchor
              href={routeHash({ page: 'customers' })}
              size="sm"
              onClick={(event) => {
                event.preventDefault();
                navigate({ page: 'customers' });
              }}
            >
              Customers
            </Anchor>
            <Text size="sm">{data.name}</Text>
          </Breadcrumbs>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="sm">
                <Title order={1} size="h2">
                  {data.name}
                </Title>
                <BillingModeBadge mode={data.billingMode} isBlocked={data.creditLimitBlocked} />
                {data.archivedAt !== null && (
                  <Badge color="gray" variant="outline">
                    Archived
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {[data.email, data.currency, `${data.paymentTermsDays} days to pay`]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <CustomerActions customer={data} />
          </Group>
          <Grid gap="md" align="stretch">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <BalanceSummary customer={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Card h="100%" padding="md">
                <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="xs">
                  Balance over time
                </Text>
                <BalanceChart customer={data} />
              </Card>
            </Grid.Col>
          </Grid>
          <Card p={0}>
            <Tabs
              value={tab}
              onChange={(value) => {
                if (value !== null)
                  navigate({ page: 'customer', customerId, tab: value as CustomerTab });
              }}
              keepMounted={false}
            >
              <Tabs.List px="md" pt="xs">
                {Object.entries(TAB_LABELS).map(([value, label]) => (
                  <Tabs.Tab key={value} value={value}>
                    {label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <CustomerTabPanels customer={data} statementTo={statementTo} />
            </Tabs>
          </Card>
        </Stack>
      )}
    </QueryView>
  );
}
