/**
 * Proves the lot line (issue #16): a debit that took from a promotional lot and a paid lot with
 * an expiry prints, under its description, an indented line naming each lot's kind, expiry and
 * amount in spending order; the statement's data carries the lots; a debit that took all from
 * one paid lot without expiry gets no such line, so plain statements stay one line per entry.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

async function charge(t: TestBackend, customerId: string, amount: string, description: string) {
  await t.call('balance.charge', { customerId, amount, description, requestId: rid() });
}

async function exported(t: TestBackend, customerId: string, name: string): Promise<string> {
  const target = path.join(path.dirname(tempDbPath()), name);
  await t.call('statements.exportPdf', { customerId, ...MARCH, path: target });
  return pdfText(target);
}

describe('the lot line under a debit', () => {
  it('names the lots a debit took, with kind, expiry and amount', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00', { expiresOn: '2026-06-30' });
    await topUp(t, customerId, '10.00', { kind: 'promotional', expiresOn: '2026-04-30' });
    await charge(t, customerId, '45.00', 'Design work');
    const statement = await t.call('statements.get', { customerId, ...MARCH });
    const debit = statement.entries.find((entry) => entry.type === 'charge');
    expect(debit?.lots?.map((lot) => [lot.kind, lot.expiresOn, lot.amount])).toEqual([
      ['promotional', '2026-04-30', '10.00'],
      ['paid', '2026-06-30', '35.00'],
    ]);
    expect(statement.entries.filter((entry) => entry.lots !== undefined)).toHaveLength(1);
    const lines = (await exported(t, customerId, 'lots.pdf')).split('\n');
    const at = lines.findIndex((line) => line.includes('Design work'));
    // The line wraps in its cell when long: read it with its wrapped rest.
    const lotText = lines
      .slice(at + 1, at + 3)
      .map((line) => line.replaceAll('\u00a0', ' ').trim())
      .join(' ');
    expect(lotText).toMatch(
      /^from credit: 10\.00 promotional exp\. 30 Apr 2026; 35\.00 paid exp\. 30 Jun 2026\b/,
    );
    // Indented under the description, not in a column of its own.
    const description = lines[at]?.indexOf('Design work') ?? -1;
    expect(lines[at + 1]?.indexOf('from')).toBeGreaterThan(description);
  });

  it('prints no lot line for a debit paid from one paid lot without expiry', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    await charge(t, customerId, '45.00', 'Design work');
    const statement = await t.call('statements.get', { customerId, ...MARCH });
    expect(statement.entries.find((entry) => entry.type === 'charge')?.lots).toHaveLength(1);
    expect(await exported(t, customerId, 'plain-lot.pdf')).not.toContain('from credit');
  });
});
