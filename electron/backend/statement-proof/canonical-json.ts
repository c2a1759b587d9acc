/**
 * Canonical JSON for hashing statement data: object keys sorted (by UTF-16 code units, as RFC 8785
 * sorts them), no whitespace, `undefined` members left out as JSON.stringify leaves them. Numbers
 * must be safe integers (money crosses as decimal strings, counts and sequence numbers are
 * integers), so no float's printing can change a hash. The same value always gives the same text.
 */
import { createHash } from 'node:crypto';
import { assert } from '../../../shared/errors.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    assert(
      Number.isSafeInteger(value),
      () => `canonical JSON holds only safe integers, got ${value}`,
    );
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  assert(isPlainObject(value), () => `canonical JSON cannot hold ${typeof value}`);
  const members = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${members.join(',')}}`;
}

function isPlainObject(value: unknown): value is { [key: string]: Json | undefined } {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** SHA-256 (hex) of the canonical JSON of `data`: the snapshot's data hash. */
export function dataHash(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/** SHA-256 (hex) of a file's bytes. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
