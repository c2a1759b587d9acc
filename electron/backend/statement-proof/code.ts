/**
 * The verification code printed on every statement: 12 characters of Crockford base32 in three
 * groups (`7K2M-Q9XD-4HRT`, 60 bits), derived from the snapshot's data hash and the head of the
 * audit chain when it was made. The same inputs always give the same code; a person can type it
 * back in any case, with or without the dashes, and reads O as 0 and I or L as 1 (Crockford).
 */
import { createHash } from 'node:crypto';
import type { ChainHead } from '../audit/chain-head.ts';
import { assert } from '../../../shared/errors.ts';

/** Crockford's alphabet: no I, L, O or U, so no letter is misread as a digit or another word. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_CHARACTERS = 12;
const GROUP = 4;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `XXXX-XXXX-XXXX` as printed; what `normalizeStatementCode` returns. */
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The code of a statement whose data hashes to `dataHash`, made when the chain's head was `head`. */
export function statementCode(dataHash: string, head: ChainHead | null): string {
  assert(SHA256_HEX.test(dataHash), 'a data hash is 64 lowercase hex digits');
  const named = head === null ? 'none' : `${head.seq} ${head.hash}`;
  const digest = createHash('sha256')
    .update(`balancebook-statement-code v1\n${dataHash}\n${named}`, 'utf8')
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n; // the first 60 bits: 12 characters of 5 bits
  let text = '';
  for (let index = 0; index < CODE_CHARACTERS; index += 1) {
    text = ALPHABET.charAt(Number(bits & 31n)) + text;
    bits >>= 5n;
  }
  return groups(text);
}

function groups(text: string): string {
  const parts: string[] = [];
  for (let index = 0; index < text.length; index += GROUP)
    parts.push(text.slice(index, index + GROUP));
  return parts.join('-');
}

/**
 * A code as a person typed it, in printed form, or null when it cannot be one: case ignored,
 * spaces and dashes anywhere, O read as 0, I and L as 1 (Crockford's rules); U is not a code letter.
 */
export function normalizeStatementCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== CODE_CHARACTERS) return null;
  for (const character of plain) if (!ALPHABET.includes(character)) return null;
  return groups(plain);
}
