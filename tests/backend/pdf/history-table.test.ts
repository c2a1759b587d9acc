/**
 * Proves the statement's long balance history, drawn in slices (pdf/history-table.ts), reads as
 * one table: sliced every few lines it prints exactly what one unsliced table prints, with the
 * header once at the top of every page and every line once, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStatementPdf } from '../../../electron/backend/pdf/statement-pdf.ts';
import { givenBackend, givenCustomer, topUp } from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const ENTRIES = 130;

async function givenLongStatement() {
  const t = givenBackend({ start: '2026-03-01T08:00:00Z' });
  const customerId = await givenCustomer(t, { name: 'Zoë Łódź' });
  for (let index = 0; index < ENTRIES; index += 1) {
    await topUp(t, customerId, '1.00', { reason: index % 9 === 0 ? 'Αθήνα '.repeat(12) : '' });
    t.clock.advance({ minutes: 7 });
  }
  return t.call('statements.get', { customerId, from: '2026-03-01', to: '2026-03-31' });
}

async function printed(statement: Awaited<ReturnType<typeof givenLongStatement>>, rows: number) {
  const file = path.join(path.dirname(tempDbPath()), `history-${rows}.pdf`);
  const pdf = await renderStatementPdf(statement, { historySliceRows: rows });
  fs.writeFileSync(file, pdf.bytes);
  return { pages: pdf.pages, text: pdfText(file) };
}

describe('the balance history in slices', () => {
  it('prints what one table prints, with one header per page and every line once', async () => {
    const statement = await givenLongStatement();
    const whole = await printed(statement, Number.POSITIVE_INFINITY);
    const sliced = await printed(statement, 7);
    expect(whole.pages).toBeGreaterThan(2);
    expect(sliced.pages).toBe(whole.pages);
    expect(sliced.text).toBe(whole.text);

    // The pages of the history: the money received (the same top-ups) follows it.
    const history = sliced.text.slice(0, sliced.text.indexOf('Money received in the period'));
    const pages = history.split('\f').filter((page) => page.trim() !== '');
    for (const page of pages) {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      const headers = lines.filter((line) => /Date\s+Type\s+Description\s+Document/.test(line));
      expect(headers).toHaveLength(1);
    }
    for (const page of pages.slice(1)) {
      expect(page.split('\n').find((line) => line.trim() !== '')).toMatch(/^\s*Date\s+Type/);
    }
    const balances = [...history.matchAll(/Top-up\s.*?\s1\.00\s+(\d+\.00)\s*$/gmu)].map(
      (match) => match[1],
    );
    const expected = Array.from({ length: ENTRIES }, (_, index) => `${index + 1}.00`);
    expect(balances).toEqual(expected);
  });
});
