/**
 * Settings: the business's details on documents and the closing date (admin only; others read
 * them), the people, the export of the whole book, where the book is kept (a server book, #19),
 * importing files and past imports (staff), and in the browser, backups (the desktop has them in
 * its File menu).
 */
import { Group, Stack } from '@mantine/core';
import { useQuery } from '../../api/useQuery.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { isBrowserMode } from '../../api/web-bridge.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { BookExportSection } from './BookExportSection.tsx';
import { BookLocationSection } from '../books/BookLocationSection.tsx';
import { ImportWizard } from '../imports/ImportWizard.tsx';
import { PastImportsSection } from '../imports/PastImportsSection.tsx';
import { BusinessSettingsForm } from './BusinessSettingsForm.tsx';
import { ClosingDateForm } from './ClosingDateForm.tsx';
import { JournalAccountsForm } from './JournalAccountsForm.tsx';
import { StatementIdentityForm } from './StatementIdentityForm.tsx';
import { SettingsContents, sectionsClass } from './SettingsContents.tsx';
import { UsersSection } from './UsersSection.tsx';
import { useSessionStore } from '../session/session-store.ts';

export function SettingsPage() {
  const settings = useQuery('settings.get', {});
  // Bringing books in writes money: the staff only, as the engine's roles say.
  const isStaff = useSessionStore((state) => state.user?.role !== 'viewer');
  // The sections that carry titles appear with the settings and with the person's role.
  const contentsVersion = `${settings.data?.updatedAt ?? 'loading'} ${String(isStaff)}`;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your business as it appears on invoices and statements, and who may sign in."
      />
      <Group align="flex-start" wrap="nowrap" gap="xl">
        <Stack gap="lg" className={sectionsClass} style={{ flex: 1, minWidth: 0 }}>
          <QueryView query={settings} loadingLabel="Loading settings" rows={4}>
            {(data) => (
              <Stack gap="lg">
                <BusinessSettingsForm key={data.updatedAt} settings={data} />
                <ClosingDateForm key={`closing ${data.updatedAt}`} settings={data} />
                <JournalAccountsForm key={`journal ${data.updatedAt}`} settings={data} />
              </Stack>
            )}
          </QueryView>
          <QueryView query={settings} loadingLabel="Loading statement settings" rows={4}>
            {(data) => <StatementIdentityForm key={data.updatedAt} settings={data} />}
          </QueryView>
          <UsersSection />
          <BookExportSection />
          <BookLocationSection />
          {isStaff && <ImportWizard />}
          {isStaff && <PastImportsSection />}
          {isBrowserMode() && <BackupsSection />}
        </Stack>
        <SettingsContents version={contentsVersion} />
      </Group>
    </>
  );
}
