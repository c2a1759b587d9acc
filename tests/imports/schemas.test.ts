/**
 * Proves the input schemas of the coming imports channels: one kind per file with that kind's
 * own mapping (a field of another kind refused), the reading options, skipRefused and requestId
 * on commit, and batchId, reason and requestId on undo; each refusal on its field's path.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_REQUIRED,
  importsCommit,
  importsPreview,
  importsUndo,
} from '../../shared/contract/schemas/imports.ts';

function refusedPath(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.path.join('.');
}

const lots = {
  path: '/home/b/lots.csv',
  kind: 'opening_lots',
  mapping: { customerName: 'Customer', amount: 'Amount', currency: 'Currency', openedOn: 'Date' },
};

describe('imports schemas', () => {
  it('accepts a preview of each kind with an empty mapping', () => {
    for (const kind of IMPORT_KINDS) {
      expect(importsPreview.safeParse({ path: '/a.csv', kind, mapping: {} }).success).toBe(true);
    }
  });

  it('requires every required field to be a field of its kind', () => {
    for (const kind of IMPORT_KINDS) {
      const fields: readonly string[] = IMPORT_FIELDS[kind];
      expect(IMPORT_REQUIRED[kind].every((field) => fields.includes(field))).toBe(true);
    }
  });

  it('accepts a kind with its own mapping and reading options', () => {
    const input = { ...lots, options: { decimalSeparator: 'comma', dateOrder: 'day_first' } };
    expect(importsPreview.parse(input)).toEqual(input);
  });

  it('refuses an unknown kind, a field of another kind, a bad option and a blank path', () => {
    expect(refusedPath(importsPreview, { ...lots, kind: 'payments' })).toBe('kind');
    const wrongField = { ...lots, mapping: { ...lots.mapping, dueOn: 'Due' } };
    expect(refusedPath(importsPreview, wrongField)).toBe('mapping');
    const badOption = { ...lots, options: { decimalSeparator: 'space' } };
    expect(refusedPath(importsPreview, badOption)).toBe('options.decimalSeparator');
    expect(refusedPath(importsPreview, { ...lots, path: '  ' })).toBe('path');
    expect(refusedPath(importsPreview, { ...lots, mapping: { amount: '' } })).toBe(
      'mapping.amount',
    );
  });

  it('asks commit for a requestId, and takes skipRefused', () => {
    expect(refusedPath(importsCommit, lots)).toBe('requestId');
    const commit = { ...lots, skipRefused: true, requestId: 'r-1' };
    expect(importsCommit.parse(commit)).toEqual(commit);
  });

  it('asks undo for a batch and a request id; the reason is checked by the handler', () => {
    expect(importsUndo.safeParse({ batchId: 'b-1', requestId: 'r-1' }).success).toBe(true);
    expect(refusedPath(importsUndo, { requestId: 'r-1' })).toBe('batchId');
    expect(refusedPath(importsUndo, { batchId: 'b', reason: 'a\u202eb', requestId: 'r' })).toBe(
      'reason',
    );
  });
});
