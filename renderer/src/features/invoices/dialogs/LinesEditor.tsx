/**
 * Edits invoice lines (description, quantity, unit price, tax rate) with each line's amount and
 * the totals computed live for display; the engine computes the amounts that count.
 */
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DecimalInput } from '../../../components/DecimalInput.tsx';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { MoneyText } from '../../../components/MoneyText.tsx';
import { lineTotals, type LineDraft } from '../../../lib/money-display.ts';
import { DraftTotals } from './DraftTotals.tsx';

export type LineValues = LineDraft & { description: string };
export type WithLines = { lines: LineValues[] };

export const BLANK_LINE: LineValues = {
  description: '',
  quantity: '1',
  unitPrice: '',
  taxRate: '',
};

/** The lines as the engine takes them: a blank tax rate is no tax. */
export function linesInput(lines: readonly LineValues[]) {
  return lines.map((line) => ({
    description: line.description,
    quantity: line.quantity.trim(),
    unitPrice: line.unitPrice.trim(),
    taxRate: line.taxRate.trim() === '' ? null : line.taxRate.trim(),
  }));
}

/** Money rules for every unit price, so decimals are checked against the currency. */
export function lineMoneyRules(lines: readonly LineValues[]) {
  return lines.map((_, index) => ({ path: `lines.${index}.unitPrice`, label: 'Unit price' }));
}

export function LinesEditor<V extends WithLines>({
  form,
  currency,
}: {
  form: UseFormReturnType<V>;
  currency: string;
}) {
  const lines = form.getValues().lines;
  const path = (index: number, field: keyof LineValues) => `lines.${index}.${field}`;
  const linesError = form.errors.lines;
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} horizontalSpacing={4} aria-label="Lines" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Description</Table.Th>
            <Table.Th w={70}>Qty</Table.Th>
            <Table.Th w={150}>Unit price</Table.Th>
            <Table.Th w={76}>Tax %</Table.Th>
            <Table.Th w={110} ta="right">
              Amount
            </Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const totals = lineTotals(line, currency);
            const n = index + 1;
            return (
              <Table.Tr key={index} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <TextInput
                    aria-label={`Description, line ${n}`}
                    {...form.getInputProps(path(index, 'description'))}
                  />
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label={`Quantity, line ${n}`}
                    {...form.getInputProps(path(index, 'quantity'))}
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    aria-label={`Unit price, line ${n}`}
                    currency={currency}
                    withHint={false}
                    {...form.getInputProps(path(index, 'unitPrice'))}
                  />
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label={`Tax rate, line ${n}`}
                    placeholder="0"
                    {...form.getInputProps(path(index, 'taxRate'))}
                  />
                </Table.Td>
                <Table.Td ta="right" pt={12}>
                  {totals === null ? (
                    <Text c="dimmed">—</Text>
                  ) : (
                    <MoneyText amount={totals.amount} currency={currency} tone="plain" size="sm" />
                  )}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={4}
                    aria-label={`Remove line ${n}`}
                    disabled={lines.length === 1}
                    onClick={() => {
                      form.removeListItem('lines', index);
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {typeof linesError === 'string' && (
        <Text c="red" size="sm">
          {linesError}
        </Text>
      )}
      <Group justify="space-between" align="flex-start">
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            // The form's values are generic here; a blank line is exactly its `lines` element.
            form.insertListItem('lines', { ...BLANK_LINE } as FormArrayElement<V, 'lines'>);
          }}
        >
          Add line
        </Button>
        <DraftTotals lines={lines} currency={currency} />
      </Group>
    </Stack>
  );
}
