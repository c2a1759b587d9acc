/**
 * What names the export's files: `manifest.csv` (one row per data file: its name, row count,
 * what it holds, and the export's instant and audit chain head, repeated on each row so every
 * row stands alone) and `README.txt` (the same in words, with how cells are written). Both are
 * made from the snapshot's own counts, so they always agree with the files beside them.
 */
import type { ChainHead } from '../../audit/chain-head.ts';
import { plainCsv, tableCsv, type CsvFile, type Pause } from './csv.ts';
import type { BookSnapshot } from './repo.ts';
import { BOOK_TABLES } from './tables.ts';

export const MANIFEST_FILE = 'manifest.csv';
export const README_FILE = 'README.txt';

const MANIFEST_HEADER = [
  'file',
  'rows',
  'about',
  'exported_at',
  'audit_head_seq',
  'audit_head_hash',
];

function headText(head: ChainHead | null): string {
  return head === null ? 'none (no audit event yet)' : `event ${head.seq}, hash ${head.hash}`;
}

function readme(snapshot: BookSnapshot, files: readonly CsvFile[]): CsvFile {
  const lines = [
    'Balancebook: the whole book',
    '',
    `Exported at ${snapshot.exportedAt} (UTC), as one consistent snapshot of the book.`,
    `Audit chain head: ${headText(snapshot.auditHead)}.`,
    `Business dates are days in ${snapshot.timeZone}.`,
    '',
    'Files (UTF-8 CSV with a byte-order mark, comma-separated, one header row):',
    ...files.map((file) => `- ${file.file}: ${file.rows} rows`),
    `- ${MANIFEST_FILE}: the same list, for programs`,
    '',
    'Amounts are decimal strings in the row\'s currency (column "currency"), with a point and no',
    'thousands separator; a negative amount starts with "-". Dates are YYYY-MM-DD, instants',
    'ISO 8601 in UTC. A text cell that would start with = + - or @ has an apostrophe put in front,',
    'so that no spreadsheet runs it as a formula. People and customers appear by id and by name.',
  ];
  return { file: README_FILE, text: `${lines.join('\r\n')}\r\n`, rows: 0 };
}

/**
 * Every file of the export, data files first, then the manifest and the README; `pause` runs
 * between tables and between parts of a large one.
 */
export async function bookFiles(snapshot: BookSnapshot, pause: Pause): Promise<CsvFile[]> {
  const data: CsvFile[] = [];
  for (const spec of BOOK_TABLES) {
    const rows = snapshot.rows[spec.table];
    data.push(await tableCsv(spec, rows, { timeZone: snapshot.timeZone, pause }));
    await pause();
  }
  const head = snapshot.auditHead;
  const manifest = plainCsv(
    MANIFEST_FILE,
    MANIFEST_HEADER,
    BOOK_TABLES.map((spec, index) => [
      spec.file,
      String(data[index]?.rows ?? 0),
      spec.about,
      snapshot.exportedAt,
      head === null ? '' : String(head.seq),
      head?.hash ?? '',
    ]),
  );
  return [...data, manifest, readme(snapshot, data)];
}
