/**
 * Proves the verification code: 12 Crockford characters in three groups, the same for the same
 * data hash and audit head, different when either changes, and typed back in any case; and that
 * the data hash is of canonical JSON (key order ignored, floats refused).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, dataHash } from '../../electron/backend/statement-proof/canonical-json.ts';
import {
  CODE_PATTERN,
  normalizeStatementCode,
  statementCode,
} from '../../electron/backend/statement-proof/code.ts';

const DATA = 'a'.repeat(64);
const HEAD = { seq: 42, hash: 'b'.repeat(64) };

describe('statementCode', () => {
  it('is 12 Crockford characters in groups of four, the same for the same inputs', () => {
    const code = statementCode(DATA, HEAD);
    expect(code).toMatch(CODE_PATTERN);
    expect(code).toHaveLength(14);
    expect(statementCode(DATA, { ...HEAD })).toBe(code);
  });

  it('changes with the data hash, the head number, the head hash, and without a head', () => {
    const code = statementCode(DATA, HEAD);
    const others = [
      statementCode('c'.repeat(64), HEAD),
      statementCode(DATA, { ...HEAD, seq: 43 }),
      statementCode(DATA, { ...HEAD, hash: 'd'.repeat(64) }),
      statementCode(DATA, null),
    ];
    expect(new Set([code, ...others]).size).toBe(5);
  });

  it('refuses a data hash that is not SHA-256 hex', () => {
    expect(() => statementCode('ABC', HEAD)).toThrow(/64 lowercase hex/);
  });
});

describe('normalizeStatementCode', () => {
  it('reads a typed code in any case, with spaces or no dashes, O as 0 and I or L as 1', () => {
    expect(normalizeStatementCode('7k2m q9xd 4hrt')).toBe('7K2M-Q9XD-4HRT');
    expect(normalizeStatementCode('OIL0-AAAA-BBBB')).toBe('0110-AAAA-BBBB');
    expect(normalizeStatementCode(statementCode(DATA, HEAD).toLowerCase())).toBe(
      statementCode(DATA, HEAD),
    );
  });

  it('refuses a wrong length and U, which is no code letter', () => {
    expect(normalizeStatementCode('7K2M-Q9XD-4HR')).toBeNull();
    expect(normalizeStatementCode('7K2M-Q9XD-4HRU')).toBeNull();
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    const one = { b: 1, a: { y: 'x', x: [2, { d: null, c: true }] }, gone: undefined };
    const two = { a: { x: [2, { c: true, d: null }], y: 'x' }, b: 1 };
    expect(canonicalJson(one)).toBe('{"a":{"x":[2,{"c":true,"d":null}],"y":"x"},"b":1}');
    expect(dataHash(one)).toBe(dataHash(two));
    expect(dataHash(one)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses floats and values JSON cannot hold', () => {
    expect(() => canonicalJson({ amount: 12.5 })).toThrow(/safe integers/);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/cannot hold/);
  });
});
