/**
 * The same reading as `readCsv` (read-csv.ts: the same checks, options and table), with
 * csv-parse's streaming parser fed a slice of bytes at a time and the event loop let go
 * (`pause`) between slices, so a 50 MB file never holds it for the whole parse.
 */
import { parse } from 'csv-parse';
import { checkedDelimiter, notCsv, recordOptions, tableOf, type CsvTable } from './read-csv.ts';

/** Bytes parsed between two turns of the event loop. */
export const CSV_BYTES_PER_TURN = 256 * 1024;

export async function readCsvInTurns(
  bytes: Uint8Array,
  pause: () => Promise<void>,
): Promise<CsvTable> {
  const delimiter = checkedDelimiter(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const records: string[][] = [];
  const parser = parse(recordOptions(delimiter));
  let failure: unknown = null;
  parser.on('error', (error) => {
    failure = error;
  });
  const drain = () => {
    for (let record = parser.read() as string[] | null; record !== null;) {
      records.push(record);
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
  return tableOf(records);
}
