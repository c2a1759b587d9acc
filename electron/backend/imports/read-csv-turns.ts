/**
 * The same reading as `readCsv` (read-csv.ts: the same checks, options and table), with
 * csv-parse's streaming parser fed a slice of bytes at a time and the event loop let go
 * (`pause`) between slices, so a 50 MB file never holds it for the whole parse. Each row is
 * packed into one string as it is parsed (packed-row.ts), numbered as `tableOf` numbers it.
 */
import { parse } from 'csv-parse';
import { PackedRow } from './packed-row.ts';
import {
  checkedDelimiter,
  notCsv,
  recordOptions,
  tableOfPacked,
  type CsvTable,
} from './read-csv.ts';

/** Bytes parsed between two turns of the event loop. */
export const CSV_BYTES_PER_TURN = 256 * 1024;

export async function readCsvInTurns(
  bytes: Uint8Array,
  pause: () => Promise<void>,
): Promise<CsvTable> {
  const delimiter = checkedDelimiter(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let header: string[] | undefined;
  const rows: PackedRow[] = [];
  const parser = parse(recordOptions(delimiter));
  let failure: unknown = null;
  parser.on('error', (error) => {
    failure = error;
  });
  const drain = () => {
    for (let record = parser.read() as string[] | null; record !== null;) {
      if (header === undefined) header = record;
      // Row numbers as a spreadsheet shows them: the header is row 1.
      else rows.push(new PackedRow(rows.length + 2, record));
      record = parser.read() as string[] | null;
    }
  };
  const ended = new Promise<void>((resolve) => parser.once('close', resolve));
  for (let at = 0; at < buffer.length && failure === null; at += CSV_BYTES_PER_TURN) {
    parser.write(buffer.subarray(at, at + CSV_BYTES_PER_TURN));
    drain();
    await pause();
  }
  if (failure === null) parser.end();
  drain();
  parser.on('readable', drain);
  await ended;
  if (failure !== null) notCsv(failure);
  return tableOfPacked(header, rows);
}
