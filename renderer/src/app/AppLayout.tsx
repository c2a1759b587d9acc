/**
 * The signed-in application: Mantine AppShell with the header and navigation, the current page,
 * and the shell-wide layers (action dialogs, invoice drawer, command palette, shortcuts help).
 */
import { AppShell } from '@mantine/core';
import classes from './AppLayout.module.css';
import { InvoiceDrawer } from '../features/invoices/InvoiceDrawer.tsx';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from './AppNavbar.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { DialogHost } from './DialogHost.tsx';
import { RouteView } from './RouteView.tsx';
import { ShortcutsModal } from './ShortcutsModal.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';

export function AppLayout() {
  useGlobalShortcuts();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'xs' }} padding="lg">
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        <RouteView />
      </AppShell.Main>
      <DialogHost />
      <InvoiceDrawer />
      <CommandPalette />
      <ShortcutsModal />
    </AppShell>
  );
}
