/** Success and failure notifications in one voice. */
import { notifications } from '@mantine/notifications';
import type { ApiError } from '../api/api-error.ts';

export function notifyDone(title: string, message?: string): void {
  notifications.show({ title, message: message ?? '', color: 'teal', autoClose: 4000 });
}

export function notifyFailed(error: ApiError): void {
  const message = error.code === 'INTERNAL' ? `Reference ${error.reference}` : error.message;
  notifications.show({ title: error.title, message, color: 'red', autoClose: 8000 });
}

export function notifyWarning(title: string, message: string): void {
  notifications.show({ title, message, color: 'yellow', autoClose: 8000 });
}
