/**
 * The one error style of Balancebook. Expected failures are `AppError` values raised inside the
 * engine and turned into `{ ok: false, error }` by the router; both processes share the codes.
 */

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'CURRENCY_MISMATCH',
  'INSUFFICIENT_BALANCE',
  'NO_CREDIT_AVAILABLE',
  'INVOICE_NOT_OPEN',
  'EXCEEDS_OUTSTANDING',
  'CREDIT_LIMIT_EXCEEDED',
  'CREDIT_LIMIT_BLOCKED',
  'REASON_REQUIRED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorBody = { code: ErrorCode; message: string; field?: string };

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toBody(): ErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** A programmer error: a broken invariant. The router reports it as `INTERNAL`. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvariantError';
  }
}

/** `why` may be a function, so a message naming values is made only when the check fails. */
export function assert(condition: unknown, why: string | (() => string)): asserts condition {
  if (!condition) throw new InvariantError(typeof why === 'string' ? why : why());
}
