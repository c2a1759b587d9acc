/**
 * Proves the settings shapes of a statement's identity: a logo is a PNG or JPEG by its first
 * bytes and at most 1 MiB, text fields keep their limits and lines, and the email templates are
 * refused for an unknown placeholder, each on its own field.
 */
import { describe, expect, it } from 'vitest';
import {
  base64ByteCount,
  IDENTITY_LINES_MAX,
  LOGO_BYTES_MAX,
  logoMediaType,
  statementIdentity,
  TAX_ID_MAX,
} from '../../shared/contract/schemas/statement-identity.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');

function image(magic: Buffer, size: number): string {
  return Buffer.concat([magic, Buffer.alloc(size - magic.length, 7)]).toString('base64');
}

function issuePaths(input: unknown): string[] {
  const result = statementIdentity.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('statement identity settings', () => {
  it('takes a PNG and a JPEG logo by their first bytes, and removes one with null', () => {
    expect(issuePaths({ logo: { base64: image(PNG, 100) } })).toEqual([]);
    expect(issuePaths({ logo: { base64: image(JPEG, 101) } })).toEqual([]);
    expect(issuePaths({ logo: null })).toEqual([]);
    expect(logoMediaType(image(PNG, 100))).toBe('image/png');
    expect(logoMediaType(image(JPEG, 100))).toBe('image/jpeg');
  });

  it('refuses a logo that is not a PNG or JPEG, whatever it is called, and text that is not base64', () => {
    const gif = Buffer.from('GIF89a......').toString('base64');
    expect(issuePaths({ logo: { base64: gif } })).toEqual(['logo.base64']);
    expect(issuePaths({ logo: { base64: Buffer.from('%PDF-1.3').toString('base64') } })).toEqual([
      'logo.base64',
    ]);
    expect(issuePaths({ logo: { base64: 'not base64!' } })).toEqual(['logo.base64']);
    expect(issuePaths({ logo: { base64: '' } })).toEqual(['logo.base64']);
  });

  it('takes a logo of exactly 1 MiB and refuses one byte more', () => {
    const atLimit = image(PNG, LOGO_BYTES_MAX);
    expect(base64ByteCount(atLimit)).toBe(LOGO_BYTES_MAX);
    expect(issuePaths({ logo: { base64: atLimit } })).toEqual([]);
    expect(issuePaths({ logo: { base64: image(PNG, LOGO_BYTES_MAX + 1) } })).toEqual([
      'logo.base64',
    ]);
    expect(issuePaths({ logo: { base64: image(JPEG, LOGO_BYTES_MAX + 3) } })).toEqual([
      'logo.base64',
    ]);
  });

  it('keeps the address and bank details to their lines, the tax id to one line', () => {
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => `Line ${i}`).join('\n');
    expect(issuePaths({ address: lines(IDENTITY_LINES_MAX), bankDetails: 'IBAN X' })).toEqual([]);
    expect(issuePaths({ address: lines(IDENTITY_LINES_MAX + 1) })).toEqual(['address']);
    expect(issuePaths({ bankDetails: lines(IDENTITY_LINES_MAX + 1) })).toEqual(['bankDetails']);
    expect(issuePaths({ taxId: 'PL 123\n456' })).toEqual(['taxId']);
    expect(issuePaths({ taxId: 'x'.repeat(TAX_ID_MAX) })).toEqual([]);
    expect(issuePaths({ taxId: 'x'.repeat(TAX_ID_MAX + 1) })).toEqual(['taxId']);
    expect(issuePaths({ statementMessage: 'Thank you\u202Efdp.exe' })).toEqual([
      'statementMessage',
    ]);
  });

  it('refuses email templates with an unknown placeholder, a subject over two lines', () => {
    expect(
      issuePaths({
        emailSubjectTemplate: 'Statement {period}',
        emailBodyTemplate: 'Hi {customerName}',
      }),
    ).toEqual([]);
    expect(issuePaths({ emailBodyTemplate: 'Hi {firstName}' })).toEqual(['emailBodyTemplate']);
    expect(issuePaths({ emailSubjectTemplate: 'A\n{period}' })).toEqual(['emailSubjectTemplate']);
    const result = statementIdentity.safeParse({ emailSubjectTemplate: 'Hi {firstName}' });
    expect(result.error?.issues[0]?.message).toContain('{firstName}');
  });
});
