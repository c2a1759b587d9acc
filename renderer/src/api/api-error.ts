/**
 * The renderer's one error type and its one table of sentences: every engine code maps to a
 * sentence people can act on; the engine's own message adds the detail (a shortfall, a limit).
 */
import type { ErrorBody, ErrorCode } from '../../../shared/errors.ts';

export const ERROR_SENTENCES: Record<ErrorCode, string> = {
  VALIDATION: 'Some of the details are not valid.',
  NOT_FOUND: 'That record no longer exists.',
  FORBIDDEN: 'You are not allowed to do this.',
  CONFLICT: 'This is not possible in the record’s current state.',
  CURRENCY_MISMATCH: 'The currencies do not match.',
  INSUFFICIENT_BALANCE: 'The balance does not cover this: prepaid credit never goes below zero.',
  NO_CREDIT_AVAILABLE: 'The customer has no credit to apply.',
  INVOICE_NOT_OPEN: 'Balance can only be applied to an open invoice.',
  EXCEEDS_OUTSTANDING: 'The amount is more than is outstanding.',
  CREDIT_LIMIT_EXCEEDED: 'This would take the customer past their credit limit.',
  CREDIT_LIMIT_BLOCKED:
    'The credit limit is blocked until overdue invoices are paid: only a positive balance can be spent.',
  REASON_REQUIRED: 'A reason is required.',
  INTERNAL: 'Something went wrong inside Balancebook.',
};

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** A reference people can copy when reporting an internal error. */
  readonly reference: string;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.reference = `${body.code}-${Date.now().toString(36)}`;
  }

  /** The sentence for the code. */
  get title(): string {
    return ERROR_SENTENCES[this.code];
  }

  /** The engine's message for a form field, without the field's own name in front. */
  get fieldMessage(): string {
    const field = this.field ?? '';
    let text = this.message;
    if (field !== '' && text.startsWith(`${field}:`)) text = text.slice(field.length + 1);
    else if (field !== '' && text.startsWith(`${field} `)) text = text.slice(field.length);
    text = text.trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** Any thrown value as an ApiError; a failure outside the engine is INTERNAL. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ code: 'INTERNAL', message });
}
