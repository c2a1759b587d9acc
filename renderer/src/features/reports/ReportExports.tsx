/**
 * The export buttons of a report: CSV and PDF through the save dialog on the desktop and a
 * download in the browser (lib/useExport.ts), exactly the report on screen.
 */
import { Button, Group } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import type { ChannelCallInput } from '../../../../shared/contract/channels.ts';
import { attempt } from '../../api/client.ts';
import { useExport } from '../../lib/useExport.ts';

type ExportInput = Omit<ChannelCallInput<'reports.exportCsv'>, 'path'>;

export function ReportExports({ input, name }: { input: ExportInput; name: string }) {
  const exporter = useExport();
  const exportAs = (extension: 'pdf' | 'csv') => {
    void exporter.run({
      title: `Export ${name.toLowerCase()}`,
      suggestedName: name,
      extension,
      write: (path) =>
        extension === 'pdf'
          ? attempt('reports.exportPdf', { ...input, path })
          : attempt('reports.exportCsv', { ...input, path }),
    });
  };
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileTypeCsv size={16} />}
        loading={exporter.isPending}
        onClick={() => {
          exportAs('csv');
        }}
      >
        Export CSV
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        loading={exporter.isPending}
        onClick={() => {
          exportAs('pdf');
        }}
      >
        Export PDF
      </Button>
    </Group>
  );
}
