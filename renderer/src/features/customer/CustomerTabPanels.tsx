/** The panels of the customer page's tabs. */
import { Box, Tabs } from '@mantine/core';
import type { Customer } from '../../../../shared/contract/types.ts';
import type { CustomerTab } from '../../app/route-store.ts';
import { StatementPanel } from '../statements/StatementPanel.tsx';
import { GrantsTab } from './tabs/GrantsTab.tsx';
import { HistoryTab } from './tabs/HistoryTab.tsx';
import { InvoicesTab } from './tabs/InvoicesTab.tsx';
import { PaymentsTab } from './tabs/PaymentsTab.tsx';
import { SchedulesTab } from './tabs/SchedulesTab.tsx';
import { StatementsTab } from './tabs/StatementsTab.tsx';
import { TimeTab } from './tabs/TimeTab.tsx';

export const TAB_LABELS: Record<CustomerTab, string> = {
  history: 'Balance history',
  grants: 'Grants',
  invoices: 'Invoices',
  payments: 'Payments',
  time: 'Time entries',
  schedules: 'Schedules',
  statement: 'Statement',
  statements: 'Sent statements',
};

export function CustomerTabPanels({
  customer,
  statementTo,
}: {
  customer: Customer;
  statementTo?: string;
}) {
  const panels: Record<CustomerTab, React.ReactNode> = {
    history: <HistoryTab customer={customer} />,
    grants: <GrantsTab customer={customer} />,
    invoices: <InvoicesTab customer={customer} />,
    payments: <PaymentsTab customer={customer} />,
    time: <TimeTab customer={customer} />,
    schedules: <SchedulesTab customer={customer} />,
    statement: <StatementPanel key={statementTo} customer={customer} to={statementTo} />,
    statements: <StatementsTab customer={customer} />,
  };
  return (
    <>
      {Object.entries(panels).map(([value, panel]) => (
        <Tabs.Panel key={value} value={value}>
          <Box p="md">{panel}</Box>
        </Tabs.Panel>
      ))}
    </>
  );
}
