/** Opaque page cursors: the sort key of the last item, as base64url JSON. */
import { AppError } from '../../shared/errors.ts';

type KeyKind = 'string' | 'number';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; anything else is a validation error on `cursor`. */
export function decodeCursor<const K extends readonly KeyKind[]>(
  cursor: string | undefined,
  kinds: K,
): { [I in keyof K]: K[I] extends 'number' ? number : string } | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) &&
    key.length === kinds.length &&
    key.every((part, index) => typeof part === kinds[index]);
  if (!valid) throw new AppError('VALIDATION', 'cursor is not one this list gave out', 'cursor');
  return key as { [I in keyof K]: K[I] extends 'number' ? number : string };
}
