/**
 * Settings' "Import": a four-step wizard (Mantine Stepper). 1, the kind and the file (picked with
 * the button or dropped on the area), with the kind's template to download; 2, the columns, each
 * field matched to a header (pre-matched by the engine); 3, the preview: counts, what it adds per
 * currency, and every problem by row and column, with the choice to skip refused rows; 4, the
 * summary. Nothing is written before "Import"; a moving bar shows while it writes.
 */
import {
  Button,
  Card,
  Checkbox,
  Alert,
  Group,
  Progress,
  Select,
  Stack,
  Stepper,
  Text,
} from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useState } from 'react';
import { IMPORT_UPLOAD_BYTES_MAX } from '../../../../shared/contract/app-channels.ts';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_REQUIRED,
  type ImportField,
} from '../../../../shared/contract/schemas/imports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import {
  downloadTemplate,
  IMPORT_FIELD_LABELS,
  IMPORT_KIND_LABELS,
  templateHeaderOf,
} from './templates.ts';
import { useImportWizard, type ImportWizardState } from './useImportWizard.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';

export const IMPORT_TITLE = 'Import';

export function ImportWizard() {
  const wizard = useImportWizard();
  return (
    <Card component="section" aria-label={IMPORT_TITLE}>
      <SectionTitle mb="md">{IMPORT_TITLE}</SectionTitle>
      <Stepper active={wizard.step} size="sm">
        <Stepper.Step label="File">
          <FileStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step label="Columns">
          <ColumnsStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step label="Preview">
          <PreviewStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Completed>
          <DoneStep wizard={wizard} />
        </Stepper.Completed>
      </Stepper>
      <ErrorAlert error={wizard.error} />
    </Card>
  );
}

type StepProps = { wizard: ImportWizardState };

/** What the drop zone takes: a CSV file or an Excel workbook, by type or by name. */
const IMPORT_ACCEPT = {
  'text/csv': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

/** Why the drop zone refused a file, in a sentence. */
function rejectionWords(rejections: readonly FileRejection[]): string {
  const [first] = rejections;
  if (rejections.length > 1) return 'Drop one file at a time.';
  const code = first?.errors[0]?.code;
  if (code === 'file-too-large') {
    return `${first?.file.name ?? 'The file'} is larger than ${IMPORT_UPLOAD_BYTES_MAX / 1024 / 1024} MB, the most an import reads.`;
  }
  if (code === 'file-invalid-type') {
    return `${first?.file.name ?? 'The file'} is neither a CSV file (.csv) nor an Excel workbook (.xlsx).`;
  }
  return first?.errors[0]?.message ?? 'The file was refused.';
}

function FileStep({ wizard }: StepProps) {
  const [rejection, setRejection] = useState<string | null>(null);
  return (
    <Stack gap="sm" mt="md">
      <Group align="end">
        <Select
          label="What the file holds"
          data={IMPORT_KINDS.map((kind) => ({ value: kind, label: IMPORT_KIND_LABELS[kind] }))}
          value={wizard.kind}
          allowDeselect={false}
          onChange={(value) => {
            if (value) wizard.chooseKind(value);
          }}
        />
        <Button
          variant="subtle"
          leftSection={<IconDownload size={16} />}
          onClick={() => {
            downloadTemplate(wizard.kind);
          }}
        >
          Download the template
        </Button>
      </Group>
      <Dropzone
        aria-label="Drop a CSV or Excel file here"
        accept={IMPORT_ACCEPT}
        maxSize={IMPORT_UPLOAD_BYTES_MAX}
        multiple={false}
        onDrop={([dropped]) => {
          setRejection(null);
          if (dropped) void wizard.chooseFile(dropped);
        }}
        onReject={(rejections) => {
          setRejection(rejectionWords(rejections));
        }}
      >
        <Group justify="space-between" style={{ pointerEvents: 'none' }}>
          <Text size="sm" c="dimmed">
            {wizard.file
              ? `${wizard.file.fileName} (${wizard.file.bytes.toLocaleString()} bytes)`
              : 'Drop a CSV file (UTF-8, comma or semicolon) or an Excel workbook (.xlsx) here, or click to choose one.'}
          </Text>
          <Button variant="default" leftSection={<IconUpload size={16} />}>
            Choose a file…
          </Button>
        </Group>
      </Dropzone>
      {rejection && (
        <Alert color="red" title="This file cannot be imported">
          {rejection}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          disabled={!wizard.file}
          loading={wizard.isBusy}
          onClick={() => void wizard.toMapping()}
        >
          Next: columns
        </Button>
      </Group>
    </Stack>
  );
}

function ColumnsStep({ wizard }: StepProps) {
  const headers = wizard.preview?.headers ?? [];
  const required: readonly string[] = IMPORT_REQUIRED[wizard.kind];
  return (
    <Stack gap="sm" mt="md">
      <Text size="sm" c="dimmed">
        Each field of Balancebook and the column of your file it comes from; matched by header.
      </Text>
      {(IMPORT_FIELDS[wizard.kind] as readonly ImportField[]).map((field) => (
        <Select
          key={field}
          label={IMPORT_FIELD_LABELS[field]}
          description={`${templateHeaderOf(field)} in the template`}
          withAsterisk={required.includes(field)}
          placeholder="Not imported"
          data={headers}
          value={wizard.mapping[field] ?? null}
          clearable
          onChange={(value) => {
            wizard.setField(field, value);
          }}
        />
      ))}
      <Group justify="space-between">
        <Button variant="default" onClick={wizard.back}>
          Back
        </Button>
        <Button loading={wizard.isBusy} onClick={() => void wizard.toPreview()}>
          Next: preview
        </Button>
      </Group>
    </Stack>
  );
}

function PreviewStep({ wizard }: StepProps) {
  const preview = wizard.preview;
  if (!preview) return null;
  const refused = preview.counts.refused;
  return (
    <Stack gap="sm" mt="md">
      <ImportPreviewView preview={preview} />
      {wizard.isBusy && <Progress value={100} animated striped aria-label="Writing the import" />}
      {refused > 0 && (
        <Checkbox
          label={`Skip the ${refused.toLocaleString()} refused ${refused === 1 ? 'row' : 'rows'} and import the rest`}
          checked={wizard.skipRefused}
          onChange={(event) => {
            wizard.setSkipRefused(event.currentTarget.checked);
          }}
        />
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={wizard.back}>
          Back
        </Button>
        <Button
          loading={wizard.isBusy}
          disabled={preview.counts.accepted === 0 || (refused > 0 && !wizard.skipRefused)}
          onClick={() => void wizard.commit()}
        >
          Import {preview.counts.accepted.toLocaleString()} rows
        </Button>
      </Group>
    </Stack>
  );
}

function DoneStep({ wizard }: StepProps) {
  const done = wizard.done;
  if (!done) return null;
  return (
    <Stack gap="sm" mt="md" aria-label="Import summary">
      <Text size="sm">
        {done.isNew
          ? `Imported ${done.rowCount.toLocaleString()} rows from ${done.fileName}` +
            (done.skippedCount > 0 ? `, ${done.skippedCount.toLocaleString()} skipped.` : '.')
          : `${done.fileName} was already imported: nothing was written.`}
      </Text>
      <Group>
        <Button component="a" href="#/customers" variant="light">
          See the customers
        </Button>
        <Button variant="default" onClick={wizard.restart}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
