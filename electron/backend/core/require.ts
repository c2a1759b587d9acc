/** Checks that several domains share. */
import { AppError } from '../../../shared/errors.ts';

export function requireReason(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw new AppError('REASON_REQUIRED', 'A reason is required', 'reason');
  return trimmed;
}
