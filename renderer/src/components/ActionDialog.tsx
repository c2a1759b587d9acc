/**
 * The frame of every action dialog: a Mantine modal holding one form, the engine's error in words
 * when it is not about one field, and Cancel plus a submit button that is disabled while pending.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode, SubmitEvent } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export type ActionDialogProps = {
  title: string;
  onClose: () => void;
  onSubmit: (event?: SubmitEvent<HTMLFormElement>) => void;
  isPending: boolean;
  submitLabel: string;
  error?: ApiError | undefined;
  submitColor?: string;
  /** False keeps the submit button disabled (nothing to save yet); true unless given. */
  canSubmit?: boolean;
  size?: string | number;
  /** Buttons shown beside the submit button (e.g. "Save draft"). */
  extraActions?: ReactNode;
  children: ReactNode;
};

export function ActionDialog(props: ActionDialogProps) {
  const { title, onClose, onSubmit, isPending, submitLabel, error, extraActions } = props;
  return (
    <Modal opened onClose={onClose} title={title} size={props.size ?? 'md'} centered>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {props.children}
          <ErrorAlert error={error} />
        </Stack>
        <Group justify="flex-end" mt="xl" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {extraActions}
          <Button
            type="submit"
            loading={isPending}
            disabled={props.canSubmit === false}
            color={props.submitColor}
          >
            {submitLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
