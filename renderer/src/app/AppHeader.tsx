/** The header: the app's name, the command palette button, the light/dark switch and the user menu. */
import { Button, Group, Kbd, Text, ThemeIcon } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconBook2, IconSearch } from '@tabler/icons-react';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { UserMenu } from './UserMenu.tsx';

export function AppHeader() {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon variant="light" radius="md" size="lg">
          <IconBook2 size={20} />
        </ThemeIcon>
        <Text fw={700} size="lg">
          Balancebook
        </Text>
      </Group>
      <Button
        variant="default"
        c="dimmed"
        fw={400}
        w={340}
        justify="space-between"
        leftSection={<IconSearch size={16} />}
        rightSection={
          <Kbd size="xs" style={{ whiteSpace: 'nowrap' }}>
            Ctrl K
          </Kbd>
        }
        onClick={() => {
          spotlight.open();
        }}
        aria-label="Search customers and invoices"
      >
        Search customers and invoices…
      </Button>
      <Group gap="sm" wrap="nowrap">
        <ColorSchemeToggle />
        <UserMenu />
      </Group>
    </Group>
  );
}
