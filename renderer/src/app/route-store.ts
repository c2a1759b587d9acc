/**
 * A tiny hash router: the current page lives in a zustand store mirrored in `location.hash`
 * (`#/customers/cus_1/history`), so back and forward work and a page can be linked to.
 */
import { create } from 'zustand';
import { EXPORT_BOOK_ROUTE } from '../../../shared/contract/app-channels.ts';

export const CUSTOMER_TABS = [
  'history',
  'grants',
  'invoices',
  'payments',
  'time',
  'schedules',
  'statement',
  'statements',
] as const;
export type CustomerTab = (typeof CUSTOMER_TABS)[number];

export type Route =
  | { page: 'dashboard' }
  | { page: 'customers' }
  | { page: 'customer'; customerId: string; tab: CustomerTab; statementTo?: string }
  | { page: 'invoices' }
  | { page: 'reports' }
  | { page: 'audit' }
  | { page: 'settings'; intent?: SettingsIntent };

/**
 * Something Settings does on arrival: the File menu's "Export the whole book…", or showing the
 * journal's accounts to name (the journal report asks for them).
 */
export type SettingsIntent = 'exportBook' | 'journalAccounts';

export const JOURNAL_ACCOUNTS_ROUTE = '#/settings/journal-accounts';

export type PageName = Route['page'];

function isTab(value: string | undefined): value is CustomerTab {
  return CUSTOMER_TABS.some((tab) => tab === value);
}

export function parseHash(hash: string): Route {
  const [page, id, tab, day] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (page) {
    case 'customers':
      if (id !== undefined && id !== '') {
        const route = {
          page: 'customer',
          customerId: id,
          tab: isTab(tab) ? tab : 'history',
        } as const;
        return tab === 'statement' && day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day)
          ? { ...route, statementTo: day }
          : route;
      }
      return { page: 'customers' };
    case 'settings':
      if (id === 'export-book') return { page, intent: 'exportBook' };
      return id === 'journal-accounts' ? { page, intent: 'journalAccounts' } : { page };
    case 'invoices':
    case 'audit':
    case 'reports':
      return { page };
    default:
      return { page: 'dashboard' };
  }
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'customer': {
      const base = `#/customers/${encodeURIComponent(route.customerId)}/${route.tab}`;
      return route.statementTo === undefined ? base : `${base}/${route.statementTo}`;
    }
    case 'dashboard':
      return '#/';
    case 'settings':
      if (route.intent === 'exportBook') return EXPORT_BOOK_ROUTE;
      return route.intent === 'journalAccounts' ? JOURNAL_ACCOUNTS_ROUTE : '#/settings';
    default:
      return `#/${route.page}`;
  }
}

type RouteState = { route: Route; navigate: (route: Route) => void };

export const useRouteStore = create<RouteState>()((set) => ({
  route: parseHash(window.location.hash),
  navigate: (route) => {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
}));

window.addEventListener('hashchange', () => {
  useRouteStore.setState({ route: parseHash(window.location.hash) });
});

export function navigate(route: Route): void {
  useRouteStore.getState().navigate(route);
}

export function openCustomer(customerId: string, tab: CustomerTab = 'history'): void {
  navigate({ page: 'customer', customerId, tab });
}

/** The customer's statement tab, its period ending on `to` (a report's date). */
export function openStatementAt(customerId: string, to: string): void {
  navigate({ page: 'customer', customerId, tab: 'statement', statementTo: to });
}
