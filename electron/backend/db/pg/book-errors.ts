/**
 * Why a server book could not be opened: each a VALIDATION error on `databaseUrl` (what the
 * bookkeeper gave does not lead to a book this app may use), with a `reason` the start screen
 * can word. Nothing was changed on the server when one is raised.
 */
import { AppError } from '../../../../shared/errors.ts';

export const SERVER_BOOK_REASONS = [
  'unreachable',
  'login-refused',
  'not-a-book',
  'newer-book',
] as const;

export type ServerBookReason = (typeof SERVER_BOOK_REASONS)[number];

export class ServerBookError extends AppError {
  readonly reason: ServerBookReason;

  constructor(reason: ServerBookReason, message: string) {
    super('VALIDATION', message, 'databaseUrl');
    this.name = 'ServerBookError';
    this.reason = reason;
  }
}

/** Network failures of the connection itself (node's codes), before any server answered. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);

/** PostgreSQL's refusals of a login: bad password, no such role or database, no entry in hba. */
const LOGIN_CODES = new Set(['28P01', '28000', '3D000']);

/** The typed error a failed connection attempt means, or `error` itself when it is none of them. */
export function connectionError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return new ServerBookError('unreachable', `The database server cannot be reached (${code}).`);
  }
  if (/timeout/i.test(message) && code === undefined) {
    return new ServerBookError('unreachable', 'The database server did not answer in time.');
  }
  if (typeof code === 'string' && LOGIN_CODES.has(code)) {
    return new ServerBookError(
      'login-refused',
      'The database server refused the login: check the user, password and database name.',
    );
  }
  return error;
}
