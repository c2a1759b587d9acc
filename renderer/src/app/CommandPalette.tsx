/**
 * The command palette (Ctrl/Cmd+K): jump to any page, any customer (searched by the engine) or a
 * recent invoice by number, with the keyboard only. Enter opens the first result unless the arrow
 * keys chose another since the query last changed (results arrive after the query does).
 */
import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconFileInvoice, IconSearch, IconUser } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { INVOICE_STATUS_LABELS } from '../../../shared/labels.ts';
import { useQuery } from '../api/useQuery.ts';
import { MoneyText } from '../components/MoneyText.tsx';
import { openInvoice } from '../features/invoices/invoice-store.ts';
import { NAV_ITEMS } from './nav-items.ts';
import { navigate, openCustomer } from './route-store.ts';

const RESULTS_MAX = 8;
/** Invoices are matched by number among this many of the most recent. */
const RECENT_INVOICES = 200;

export function CommandPalette() {
  const [query, setQuery] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const hasChosen = useRef(false);
  const [search] = useDebouncedValue(query.trim(), 150);
  const hasSearch = search !== '';
  const customers = useQuery(
    'customers.list',
    { search, limit: RESULTS_MAX },
    { enabled: hasSearch },
  );
  const invoices = useQuery('invoices.list', { limit: RECENT_INVOICES }, { enabled: hasSearch });
  const needle = search.toLowerCase();
  const pages = NAV_ITEMS.filter((item) => item.label.toLowerCase().includes(needle));
  const matchedInvoices = hasSearch
    ? (invoices.data?.items ?? [])
        .filter((invoice) => invoice.number?.toLowerCase().includes(needle) === true)
        .slice(0, RESULTS_MAX)
    : [];
  const matchedCustomers = hasSearch ? (customers.data?.items ?? []) : [];
  const isEmpty = pages.length + matchedCustomers.length + matchedInvoices.length === 0;

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={(next) => {
        hasChosen.current = false;
        setQuery(next);
      }}
      shortcut={['mod + K']}
      scrollable
    >
      <Spotlight.Search
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') hasChosen.current = true;
          if (event.key === 'Enter' && !hasChosen.current) selectFirst(list.current);
        }}
        placeholder="Search customers, invoice numbers or pages…"
        aria-label="Search customers, invoice numbers or pages"
        leftSection={<IconSearch size={18} />}
      />
      <Spotlight.ActionsList ref={list}>
        {matchedCustomers.length > 0 && (
          <Spotlight.ActionsGroup label="Customers">
            {matchedCustomers.map((customer) => (
              <Spotlight.Action
                key={customer.id}
                onClick={() => {
                  openCustomer(customer.id);
                }}
                leftSection={<IconUser size={18} />}
                label={customer.name}
                description={customer.email || customer.currency}
                rightSection={
                  <MoneyText amount={customer.balance} currency={customer.currency} size="sm" />
                }
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {matchedInvoices.length > 0 && (
          <Spotlight.ActionsGroup label="Invoices">
            {matchedInvoices.map((invoice) => (
              <Spotlight.Action
                key={invoice.id}
                onClick={() => {
                  openInvoice(invoice.id);
                }}
                leftSection={<IconFileInvoice size={18} />}
                label={invoice.number ?? 'Draft'}
                rightSection={
                  <Group gap="xs" wrap="nowrap">
                    <MoneyText amount={invoice.total} currency={invoice.currency} size="sm" />
                    <Badge size="sm">{INVOICE_STATUS_LABELS[invoice.status]}</Badge>
                  </Group>
                }
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {pages.length > 0 && (
          <Spotlight.ActionsGroup label="Pages">
            {pages.map((item) => (
              <Spotlight.Action
                key={item.page}
                onClick={() => {
                  navigate({ page: item.page });
                }}
                leftSection={<item.icon size={18} />}
                label={`Go to ${item.label}`}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {isEmpty && (
          <Spotlight.Empty>
            <Text size="sm" c="dimmed">
              {customers.isFetching ? 'Searching…' : 'Nothing found'}
            </Text>
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

/** Marks the first action as the one Enter triggers (Mantine clicks the one marked selected). */
function selectFirst(list: HTMLElement | null): void {
  const first = list?.querySelector('[data-action]');
  if (!list || !first) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  first.setAttribute('data-selected', 'true');
}
