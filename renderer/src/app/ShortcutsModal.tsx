/** The keyboard shortcuts help, opened with `?` or from the user menu. */
import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { SHORTCUT_GROUPS } from './shortcut-list.ts';
import { useUiStore } from './ui-store.ts';

export function ShortcutsModal() {
  const isOpen = useUiStore((state) => state.isShortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  return (
    <Modal
      opened={isOpen}
      onClose={() => {
        setOpen(false);
      }}
      title="Keyboard shortcuts"
      size="lg"
    >
      <Stack gap="lg">
        {SHORTCUT_GROUPS.map((group) => (
          <Stack key={group.title} gap="xs">
            <Title order={3} size="h5">
              {group.title}
            </Title>
            <Table verticalSpacing={6} aria-label={`${group.title} shortcuts`}>
              <Table.Tbody>
                {group.items.map((item) => (
                  <Table.Tr key={item.description}>
                    <Table.Td w={140}>
                      <Group gap={4}>
                        {item.keys.map((key) => (
                          <Kbd key={key}>{key}</Kbd>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.description}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
}
