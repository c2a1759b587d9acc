/** The navigation: one link per main page, with its keyboard shortcut shown. */
import { Kbd, NavLink, Stack } from '@mantine/core';
import { NAV_ITEMS } from './nav-items.ts';
import { routeHash, useRouteStore } from './route-store.ts';

export function AppNavbar() {
  const route = useRouteStore((state) => state.route);
  const navigate = useRouteStore((state) => state.navigate);
  const current = route.page === 'customer' ? 'customers' : route.page;
  return (
    <Stack component="nav" aria-label="Main" gap={4}>
      {NAV_ITEMS.map((item) => (
        <NavLink
          key={item.page}
          href={routeHash({ page: item.page })}
          label={item.label}
          active={current === item.page}
          aria-current={current === item.page ? 'page' : undefined}
          leftSection={<item.icon size={18} stroke={1.6} />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              Alt {item.digit}
            </Kbd>
          }
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: item.page });
          }}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      ))}
    </Stack>
  );
}
