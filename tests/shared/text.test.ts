/**
 * Proves the text rules (shared/text.ts) in the shared zod schemas, field by field: single-line
 * fields refuse line breaks, every text field refuses control characters, direction overrides,
 * isolates and marks, and multi-line fields keep their line breaks. Also that `printable` leaves
 * none of those characters in what a document prints.
 */
import { describe, expect, it } from 'vitest';
import { channels, type ChannelName } from '../../shared/contract/channels.ts';
import { printable, textProblem } from '../../shared/text.ts';
import { unprintableIn } from '../support/unprintable.ts';

type Row = { channel: ChannelName; field: string; base: Record<string, unknown>; lines: 1 | 2 };

const LINE = { description: 'Work', quantity: '1', unitPrice: '5.00' };
const ROWS: Row[] = [
  { channel: 'customers.create', field: 'name', base: { currency: 'USD' }, lines: 1 },
  { channel: 'customers.create', field: 'address', base: { name: 'A', currency: 'USD' }, lines: 2 },
  { channel: 'balance.topUp', field: 'reference', base: { amount: '1', kind: 'paid' }, lines: 1 },
  { channel: 'balance.topUp', field: 'reason', base: { amount: '1', kind: 'paid' }, lines: 2 },
  { channel: 'balance.charge', field: 'description', base: { amount: '1' }, lines: 1 },
  { channel: 'payments.record', field: 'reference', base: payment(), lines: 1 },
  { channel: 'invoices.create', field: 'memo', base: { lines: [LINE] }, lines: 2 },
  {
    channel: 'time.create',
    field: 'description',
    base: { date: '2026-03-01', hours: '1' },
    lines: 1,
  },
  { channel: 'settings.update', field: 'businessName', base: {}, lines: 1 },
  { channel: 'settings.update', field: 'address', base: {}, lines: 2 },
  { channel: 'users.create', field: 'name', base: { role: 'viewer' }, lines: 1 },
  { channel: 'customers.list', field: 'search', base: {}, lines: 1 },
];

function payment() {
  return { amount: '1', method: 'cash', receivedOn: '2026-03-01' };
}

/** The customer and request ids, for the channels that take them (unknown fields are refused). */
function ids(row: Row): Record<string, string> {
  const probe = (extra: Record<string, unknown>) =>
    channels[row.channel].input.safeParse({ ...row.base, ...extra, [row.field]: 'Acme' });
  const takes = (field: string) =>
    !probe({ [field]: 'x' }).error?.issues.some((issue) => issue.code === 'unrecognized_keys');
  return Object.fromEntries(
    Object.entries({ customerId: 'c', requestId: 'r' }).filter(([field]) => takes(field)),
  );
}

/** Where a refusal lands: the field's path, as the router reports it. */
function refusal(row: Row, text: string): string | null {
  const input = { ...ids(row), ...row.base, [row.field]: text };
  const parsed = channels[row.channel].input.safeParse(input);
  return parsed.success ? null : (parsed.error.issues[0]?.path.join('.') ?? '?');
}

const HOSTILE = {
  nul: 'Acme\u0000Ltd',
  bell: 'Acme\u0007',
  escape: 'Acme \u001b[31m',
  delete: 'Acme\u007f',
  c1: 'Acme\u0085Ltd',
  tab: 'Acme\tLtd',
  override: 'invoice\u202Efdp.exe',
  embedding: '\u202Bname',
  isolate: 'name\u2066x\u2069',
  mark: 'name\u200F',
  arabicMark: 'name\u061C',
  separator: 'one\u2028two',
  broken: 'name\uD800',
};

describe('text fields in the shared schemas', () => {
  for (const row of ROWS) {
    const label = `${row.channel} ${row.field}`;
    it(`${label}: takes plain text in any script`, () => {
      expect(refusal(row, 'Zoë Łódź, Αθήνα, Москва, 東京 & Co. (ref #12) 😀')).toBeNull();
    });

    it(`${label}: refuses control characters and direction marks`, () => {
      for (const [kind, text] of Object.entries(HOSTILE)) {
        expect(refusal(row, text), kind).toBe(row.field);
      }
    });

    it(`${label}: ${row.lines === 1 ? 'refuses' : 'keeps'} line breaks`, () => {
      for (const text of ['first\nsecond', 'first\r\nsecond', 'first\rsecond']) {
        expect(refusal(row, text)).toBe(row.lines === 1 ? row.field : null);
      }
    });
  }

  it('invoice lines refuse a line break in a description', () => {
    const parsed = channels['invoices.create'].input.safeParse({
      customerId: 'c',
      requestId: 'r',
      lines: [LINE, { ...LINE, description: 'two\nlines' }],
    });
    expect(parsed.error?.issues[0]?.path.join('.')).toBe('lines.1.description');
  });

  it('say what is wrong in words a bookkeeper reads', () => {
    expect(textProblem('a\u202Eb', 'single')).toBe(
      'must not contain an invisible direction mark (U+202E), which can disguise text',
    );
    expect(textProblem('a\u0000b', 'multi')).toBe(
      'must not contain an invisible control character (U+0000)',
    );
    expect(textProblem('a\nb', 'single')).toBe('must fit on one line');
    expect(textProblem('a\tb', 'multi')).toBe('must not contain a tab');
  });
});

describe('printable', () => {
  it('leaves none of the refused characters, whatever it is given', () => {
    for (const text of Object.values(HOSTILE)) {
      expect(unprintableIn(printable(text)), JSON.stringify(text)).toEqual([]);
      expect(unprintableIn(printable(text, 'multi')), JSON.stringify(text)).toEqual([]);
      expect(printable(text), JSON.stringify(text)).not.toContain('\n');
    }
    expect(printable('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(printable('Acme\u0000Ltd')).toBe('Acme Ltd');
  });

  it('makes line breaks spaces on one line, and line feeds where lines are kept', () => {
    expect(printable('a\r\nb\rc\nd\u2028e')).toBe('a b c d e');
    expect(printable('a\r\nb\rc\nd\u2028e', 'multi')).toBe('a\nb\nc\nd\ne');
  });
});
