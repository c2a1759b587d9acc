/**
 * A history row's details, folded away until asked for (SPEC 12): the lots a debit took (kind,
 * expiry, amount) and a link to each document behind the entry. The toggle is a real button with
 * `aria-expanded`, so the keyboard opens and closes it like any other control.
 */
import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { EntryDocument, LedgerEntry } from '../../../../../shared/contract/types.ts';
import { DateText } from '../../../components/DateText.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { navigate, openCustomer } from '../../../app/route-store.ts';
import { openInvoice } from '../../invoices/invoice-store.ts';

const KIND_WORDS = { paid: 'Paid credit', promotional: 'Promotional credit' } as const;

/**
 * Opens what the document is: the invoice drawer, the tab that lists it, or Settings, where past
 * imports are listed. A reversal's link is the row's own "Reverses" / "Reversed by" line.
 */
function openDocument(document: EntryDocument, customerId: string): void {
  if (document.kind === 'invoice') openInvoice(document.id);
  if (document.kind === 'payment') openCustomer(customerId, 'payments');
  if (document.kind === 'timeEntry') openCustomer(customerId, 'time');
  if (document.kind === 'creditNote') openCustomer(customerId, 'invoices');
  if (document.kind === 'importBatch') navigate({ page: 'settings' });
}

/** The documents listed under Details: a reversal is named on the row itself already. */
function listedDocuments(entry: LedgerEntry): EntryDocument[] {
  return (entry.documents ?? []).filter((document) => document.kind !== 'reversal');
}

function LotLines({ entry, currency }: { entry: LedgerEntry; currency: string }) {
  const lots = entry.lots ?? [];
  if (lots.length === 0) return null;
  return (
    <List size="xs" spacing={2} aria-label="Lots taken">
      {lots.map((lot) => (
        <List.Item key={lot.grantId}>
          <Group gap={4} wrap="wrap">
            <Text size="xs">{KIND_WORDS[lot.kind]}</Text>
            <Text size="xs" c="dimmed">
              {lot.expiresOn === null ? 'no expiry' : 'expires'}
            </Text>
            {lot.expiresOn !== null && <DateText size="xs" date={lot.expiresOn} />}
            <MoneyText amount={lot.amount} currency={currency} size="xs" fw={600} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function DocumentLinks({ entry }: { entry: LedgerEntry }) {
  const documents = listedDocuments(entry);
  return (
    <Group gap="xs" aria-label="Documents">
      {documents.map((document) => (
        <Anchor
          key={`${document.kind}-${document.id}`}
          component="button"
          type="button"
          size="xs"
          onClick={(event) => {
            event.stopPropagation();
            openDocument(document, entry.customerId);
          }}
        >
          {document.label}
        </Anchor>
      ))}
    </Group>
  );
}

export function EntryDetails({ entry, currency }: { entry: LedgerEntry; currency: string }) {
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const lotCount = entry.lots?.length ?? 0;
  const documentCount = listedDocuments(entry).length;
  if (lotCount === 0 && documentCount === 0) return null;
  const what = lotCount > 0 ? `Details: ${lotCount} ${lotCount === 1 ? 'lot' : 'lots'}` : 'Details';
  return (
    <Stack gap={2} align="flex-start">
      <Button
        variant="subtle"
        size="compact-xs"
        rightSection={isOpen ? <IconChevronUp size={12} /> : <IconChevronDown size={12} />}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(!isOpen);
        }}
      >
        {what}
      </Button>
      {isOpen && (
        <Stack gap={2} id={panelId} role="region" aria-label={`Details of entry ${entry.seq}`}>
          <LotLines entry={entry} currency={currency} />
          <DocumentLinks entry={entry} />
        </Stack>
      )}
    </Stack>
  );
}
