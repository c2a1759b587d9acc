/**
 * The customer's actions: the common ones as buttons (with their letter keys), the rest in a menu;
 * what the role may not do is left out, and admin-only settings show only to admins. An archived
 * customer offers only Unarchive.
 */
import { Button, Group, Kbd, Menu } from '@mantine/core';
import {
  IconAdjustments,
  IconArchive,
  IconArchiveOff,
  IconCash,
  IconChevronDown,
  IconClockPlus,
  IconCreditCard,
  IconEdit,
  IconFilePlus,
  IconGift,
  IconHourglass,
  IconLockOpen,
  IconPlus,
  IconReceiptRefund,
  IconRepeat,
  IconRotateClockwise,
  IconShoppingCart,
} from '@tabler/icons-react';
import type { Customer } from '../../../../shared/contract/types.ts';
import { openDialog, type CustomerDialogKind } from '../../app/dialog-store.ts';
import { useCan } from '../session/useCan.ts';

type Action = {
  kind: CustomerDialogKind | 'recordPayment';
  label: string;
  key: string;
  icon: typeof IconPlus;
};

const MAIN_ACTIONS: readonly Action[] = [
  { kind: 'topUp', label: 'Top up', key: 'T', icon: IconPlus },
  { kind: 'charge', label: 'Charge', key: 'C', icon: IconShoppingCart },
  { kind: 'newInvoice', label: 'New invoice', key: 'I', icon: IconFilePlus },
  { kind: 'recordPayment', label: 'Record payment', key: 'P', icon: IconCash },
];

export function CustomerActions({ customer }: { customer: Customer }) {
  const canWrite = useCan('balance.topUp');
  const canSetMode = useCan('customers.setBillingMode');
  if (!canWrite) return null;
  const open = (kind: Action['kind']) => {
    openDialog({ kind, customerId: customer.id });
  };
  if (customer.archivedAt !== null) {
    // The engine records nothing new for an archived customer: bringing them back comes first.
    return (
      <Button
        variant="default"
        leftSection={<IconArchiveOff size={16} />}
        onClick={() => {
          open('unarchive');
        }}
      >
        Unarchive customer
      </Button>
    );
  }
  return (
    <Group gap="xs">
      {MAIN_ACTIONS.map((action, index) => (
        <Button
          key={action.kind}
          variant={index === 0 ? 'filled' : 'default'}
          leftSection={<action.icon size={16} />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              {action.key}
            </Kbd>
          }
          onClick={() => {
            open(action.kind);
          }}
        >
          {action.label}
        </Button>
      ))}
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconAdjustments size={16} />}
            rightSection={<Kbd size="xs">A</Kbd>}
            onClick={() => {
              open('adjust');
            }}
          >
            Adjust
          </Menu.Item>
          <Menu.Item
            leftSection={<IconReceiptRefund size={16} />}
            rightSection={<Kbd size="xs">R</Kbd>}
            onClick={() => {
              open('refund');
            }}
          >
            Refund
          </Menu.Item>
          <Menu.Item
            leftSection={<IconClockPlus size={16} />}
            onClick={() => {
              open('addTime');
            }}
          >
            Add time
          </Menu.Item>
          <Menu.Item
            leftSection={<IconRepeat size={16} />}
            onClick={() => {
              open('recurringInvoice');
            }}
          >
            Recurring invoice
          </Menu.Item>
          <Menu.Item
            leftSection={<IconGift size={16} />}
            onClick={() => {
              open('allowance');
            }}
          >
            Recurring allowance
          </Menu.Item>
          <Menu.Item
            leftSection={<IconRotateClockwise size={16} />}
            onClick={() => {
              open('replenishment');
            }}
          >
            Replenishment
          </Menu.Item>
          <Menu.Item
            leftSection={<IconHourglass size={16} />}
            onClick={() => {
              open('hoursBudget');
            }}
          >
            Hours budget
          </Menu.Item>
          <Menu.Item
            leftSection={<IconEdit size={16} />}
            rightSection={<Kbd size="xs">E</Kbd>}
            onClick={() => {
              open('editCustomer');
            }}
          >
            Edit customer
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArchive size={16} />}
            onClick={() => {
              open('archive');
            }}
          >
            Archive customer
          </Menu.Item>
          {canSetMode && (
            <>
              <Menu.Divider />
              <Menu.Label>Admin</Menu.Label>
              <Menu.Item
                leftSection={<IconCreditCard size={16} />}
                onClick={() => {
                  open('billingMode');
                }}
              >
                Billing mode
              </Menu.Item>
              {customer.creditLimitBlocked && (
                <Menu.Item
                  leftSection={<IconLockOpen size={16} />}
                  onClick={() => {
                    open('unblock');
                  }}
                >
                  Unblock credit limit
                </Menu.Item>
              )}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
