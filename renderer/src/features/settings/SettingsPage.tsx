/**
 * Settings: the business's details on documents (admin only; others read them), the people, the
 * export of the whole book, and in the browser, backups (the desktop has them in its File menu).
 */
import { Stack } from '@mantine/core';
import { useQuery } from '../../api/useQuery.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { isBrowserMode } from '../../api/web-bridge.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { BookExportSection } from './BookExportSection.tsx';
import { BusinessSettingsForm } from './BusinessSettingsForm.tsx';
import { StatementIdentityForm } from './StatementIdentityForm.tsx';
import { UsersSection } from './UsersSection.tsx';

export function SettingsPage() {
  const settings = useQuery('settings.get', {});
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your business as it appears on invoices and statements, and who may sign in."
      />
      <Stack gap="lg">
        <QueryView query={settings} loadingLabel="Loading settings" rows={4}>
          {(data) => <BusinessSettingsForm key={data.updatedAt} settings={data} />}
        </QueryView>
        <QueryView query={settings} loadingLabel="Loading statement settings" rows={4}>
          {(data) => <StatementIdentityForm key={data.updatedAt} settings={data} />}
        </QueryView>
        <UsersSection />
        <BookExportSection />
        {isBrowserMode() && <BackupsSection />}
      </Stack>
    </>
  );
}
