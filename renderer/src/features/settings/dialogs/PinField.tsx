/**
 * The PIN field of the dialogs that set one (adding a person, setting or resetting a PIN). The
 * dialog fills it with a suggested six-digit PIN (suggest-pin.ts), shown so the admin can pass it
 * on in person; any 4 to 12 digits may be typed instead.
 */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export function PinField(props: PasswordInputProps) {
  return (
    <PasswordInput inputMode="numeric" autoComplete="new-password" defaultVisible {...props} />
  );
}
