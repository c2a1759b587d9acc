/**
 * A report as one CSV file: UTF-8 without a byte-order mark, CRLF line ends, a header row, then
 * each table's rows with its currency (and, for tables after a report's first kind, what the table
 * is) in front; amounts as plain decimal strings, text formula-safe (journal-csv.ts `textCell`).
 */
import { textCell } from './journal-csv.ts';
import { reportTables, type AnyReport } from './report-tables.ts';

export function reportCsv(input: AnyReport): { text: string; rows: number } {
  const tables = reportTables(input);
  const lines: string[] = [];
  let columns = '';
  for (const table of tables) {
    const header = ['Table', 'Currency', ...table.columns].map(textCell).join(',');
    if (header !== columns) {
      lines.push(header);
      columns = header;
    }
    for (const row of table.rows) {
      lines.push([table.heading, table.currency, ...row].map(textCell).join(','));
    }
  }
  if (lines.length === 0) lines.push(['Table', 'Currency'].join(','));
  return { text: `${lines.join('\r\n')}\r\n`, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}
