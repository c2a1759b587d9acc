/**
 * Proves that reading a file in turns (the channels' way, letting the event loop go every few
 * rows) gives exactly the preview of reading it at once, and does let the loop go.
 */
import { expect, it } from 'vitest';
import { chooseReading, chooseReadingInTurns } from '../../electron/backend/imports/choices.ts';
import { fileSha256 } from '../../electron/backend/imports/file-digest.ts';
import { previewImport, previewImportInTurns } from '../../electron/backend/imports/preview.ts';
import { readCsv } from '../../electron/backend/imports/read-csv.ts';
import { bytesOf, csv, givenCustomer, TODAY } from './given.ts';

it('gives the same preview in turns as at once, pausing every rowsPerTurn rows', async () => {
  const rows = Array.from({ length: 25 }, (_, index) =>
    index === 7 ? 'Acme Studio,EUR,x,,2026-01-01' : `Acme Studio,EUR,${index + 1}.00,,2026-01-01`,
  );
  const bytes = bytesOf(csv('customer_name,currency,amount,kind,opened_on', ...rows));
  const request = {
    kind: 'opening_lots' as const,
    table: readCsv(bytes),
    sha256: fileSha256(bytes),
    mapping: {},
    customers: [givenCustomer()],
    today: TODAY,
  };
  let pauses = 0;
  const pause = () => {
    pauses += 1;
    return Promise.resolve();
  };
  const inTurns = await previewImportInTurns(request, { rowsPerTurn: 10, pause });
  expect(inTurns).toEqual(previewImport(request));
  expect(inTurns.counts.refused).toBe(1);
  // Twice while choosing how to read the cells, twice while reading the rows.
  expect(pauses).toBe(4);
});

it('chooses the separator and the date order in turns exactly as at once', async () => {
  const files = [
    ['1.234', '03/04/2026'],
    ['1.234', '1,50', '2026-01-01'],
    ['1,234.50', '13/04/2026'],
    ['1.234,50', '03/04/2026', '04/13/2026'],
    ['12', '2026-01-01'],
  ];
  for (const cells of files) {
    const lines = cells.map((cell) =>
      cell.includes('/') || cell.includes('-') ? `,${cell}` : `${cell},`,
    );
    const table = readCsv(bytesOf(csv('amount,opened_on', ...lines)));
    const columns = new Map([
      ['amount', 0],
      ['openedOn', 1],
    ]);
    const turns = { rowsPerTurn: 1, pause: () => Promise.resolve() };
    const inTurns = await chooseReadingInTurns(table.rows, columns, {}, turns);
    expect(inTurns).toEqual(chooseReading(table.rows, columns, {}));
  }
});
