/** The main pages in navigation order, with their Alt+digit and `g` shortcuts. */
import {
  IconFileInvoice,
  IconHistory,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import type { PageName } from './route-store.ts';

export type NavItem = {
  page: Exclude<PageName, 'customer'>;
  label: string;
  icon: typeof IconUsers;
  digit: string;
  letter: string;
};

export const NAV_ITEMS: readonly NavItem[] = [
  { page: 'dashboard', label: 'Dashboard', icon: IconLayoutDashboard, digit: '1', letter: 'd' },
  { page: 'customers', label: 'Customers', icon: IconUsers, digit: '2', letter: 'c' },
  { page: 'invoices', label: 'Invoices', icon: IconFileInvoice, digit: '3', letter: 'i' },
  { page: 'audit', label: 'Audit log', icon: IconHistory, digit: '4', letter: 'a' },
  { page: 'settings', label: 'Settings', icon: IconSettings, digit: '5', letter: 's' },
  { page: 'reports', label: 'Reports', icon: IconReportAnalytics, digit: '6', letter: 'r' },
];
