/** An invoice's dates and memo as a small definition list. */
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Invoice } from '../../../../shared/contract/types.ts';
import { DateText } from '../../components/DateText.tsx';

export function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  return (
    <Stack gap="xs">
      <SimpleGrid cols={3}>
        <Fact label="Issued">
          <DateText date={invoice.issueDate} />
        </Fact>
        <Fact label="Due">
          <DateText date={invoice.dueDate} />
        </Fact>
        <Fact label="Currency">{invoice.currency}</Fact>
      </SimpleGrid>
      {invoice.memo !== '' && (
        <Text size="sm" c="dimmed">
          {invoice.memo}
        </Text>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}
