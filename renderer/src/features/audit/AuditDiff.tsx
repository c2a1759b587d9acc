/** Before and after of an audit event as a readable diff: the fields that changed, pretty JSON. */
import { Code, Table, Text } from '@mantine/core';

function pretty(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value, null, 2);
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function changedFields(before: unknown, after: unknown): string[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return names.filter((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const isRecord =
    (before === null || typeof before === 'object') &&
    (after === null || typeof after === 'object');
  const names = isRecord ? changedFields(before, after) : [];
  if (names.length === 0) {
    return (
      <Code block mt="sm">
        {pretty(after ?? before)}
      </Code>
    );
  }
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  return (
    <Table mt="sm" aria-label="Changes" verticalSpacing={4} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={180}>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {names.map((name) => (
          <Table.Tr key={name}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Code block c="red">
                {before === null ? '—' : pretty(b[name])}
              </Code>
            </Table.Td>
            <Table.Td>
              <Code block c="teal">
                {after === null ? '—' : pretty(a[name])}
              </Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
