/**
 * An admin sets a new PIN for someone who forgot theirs, or removes it (`users.setPin`). The
 * dialog offers six random digits; the PIN is checked as it is typed: 4 to 12 digits.
 */
import { Button, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { User } from '../../../../../shared/contract/types.ts';
import { ActionDialog } from '../../../components/ActionDialog.tsx';
import { notifyDone } from '../../../lib/notify.ts';
import { useActionForm } from '../../../lib/useActionForm.ts';
import { suggestPin } from '../../../../../shared/suggest-pin.ts';
import { PinField } from './PinField.tsx';

type Props = { user: User; onClose: () => void };

export function SetPinDialog({ user, onClose }: Props) {
  const remove = useRef(false);
  const [suggested] = useState(() => suggestPin());
  const { form, submit, isPending, error } = useActionForm<'users.setPin', { pin: string }>({
    channel: 'users.setPin',
    initialValues: { pin: suggested },
    toInput: (values, requestId) => ({
      userId: user.id,
      pin: remove.current ? null : values.pin,
      requestId,
    }),
    onSuccess: (saved) => {
      notifyDone(
        saved.hasPin ? `New PIN set for ${saved.name}` : `${saved.name} signs in without a PIN`,
      );
      onClose();
    },
  });
  return (
    <ActionDialog
      title={`PIN for ${user.name}`}
      onClose={onClose}
      onSubmit={(event) => {
        remove.current = false;
        submit(event);
      }}
      isPending={isPending}
      submitLabel="Set PIN"
      error={error}
      extraActions={
        user.hasPin && (
          <Button
            variant="light"
            color="red"
            disabled={isPending}
            onClick={() => {
              remove.current = true;
              submit();
            }}
          >
            Remove PIN
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {user.hasPin
          ? 'The old PIN stops working at once. Tell them the new one in person.'
          : 'From now on they are asked for this PIN at sign-in.'}
      </Text>
      <PinField
        label="New PIN"
        description="Six random digits to pass on, or type 4 to 12 digits of your own"
        withAsterisk
        data-autofocus
        key={form.key('pin')}
        {...form.getInputProps('pin')}
      />
    </ActionDialog>
  );
}
