/** Shows the page of the current route. */
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { CustomerPage } from '../features/customer/CustomerPage.tsx';
import { CustomerListPage } from '../features/customers/CustomerListPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { InvoicesPage } from '../features/invoices/InvoicesPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { useRouteStore } from './route-store.ts';

export function RouteView() {
  const route = useRouteStore((state) => state.route);
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'customers':
      return <CustomerListPage />;
    case 'customer':
      return (
        <CustomerPage
          key={route.customerId}
          customerId={route.customerId}
          tab={route.tab}
          statementTo={route.statementTo}
        />
      );
    case 'invoices':
      return <InvoicesPage />;
    case 'reports':
      return <ReportsPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
