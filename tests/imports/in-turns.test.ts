/**
 * Proves that reading a file in turns (the channels' way, letting the event loop go every few
 * rows) gives exactly the preview of reading it at once, and does let the loop go.
 */
import { expect, it } from 'vitest';
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
  expect(pauses).toBe(2);
});
