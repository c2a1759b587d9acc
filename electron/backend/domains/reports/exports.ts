/**
 * Report exports (`reports.exportCsv`, `reports.exportPdf`, `reports.exportJournalCsv`): the
 * report is read in one short transaction exactly as its channel reads it (same checks, same
 * refusals), rendered and written outside any transaction (files/write-atomic.ts: never half a
 * file, an existing file only replaced when `overwrite` says so), then the export is logged in
 * the audit log. A Xero journal longer than one file's 300 lines goes into several files: the
 * first at `path`, the next beside it ending `-2.csv`, `-3.csv`, ...
 */
import { quickbooksCsv, xeroCsvFiles } from '../../accounting/journal-csv.ts';
import { reportCsv } from '../../accounting/report-csv.ts';
import type { AnyReport } from '../../accounting/report-tables.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import type { BatchRunner, HandlerMap } from '../../handler.ts';
import type { ChannelInput } from '../../../../shared/contract/channels.ts';
import { AppError } from '../../../../shared/errors.ts';
import { activity, agedReceivables, creditOwed, journal } from './accountant.ts';
import { businessOf } from './repo.ts';

type ExportInput = ChannelInput<'reports.exportCsv'>;

function required(value: string | undefined, field: string): string {
  if (value === undefined) throw new AppError('VALIDATION', 'is required for this report', field);
  return value;
}

/** The report as its own channel gives it. */
async function readReport(ctx: Context, input: ExportInput): Promise<AnyReport> {
  const { currency } = input;
  if (input.report === 'activity') {
    const dates = { from: required(input.from, 'from'), to: required(input.to, 'to') };
    return { kind: 'activity', report: await activity({ ...dates, currency }, ctx) };
  }
  const asOf = required(input.asOf, 'asOf');
  if (input.report === 'creditOwed') {
    return { kind: 'creditOwed', report: await creditOwed({ asOf, currency }, ctx) };
  }
  return { kind: 'agedReceivables', report: await agedReceivables({ asOf, currency }, ctx) };
}

async function logged<T extends object>(
  batch: BatchRunner,
  input: { report?: string; path: string },
  action: string,
  result: T,
): Promise<T> {
  await batch((ctx) =>
    writeAudit(ctx, {
      action,
      entityType: 'report',
      entityId: input.report ?? 'journal',
      after: result,
    }),
  );
  return result;
}

/** Each file's path: `path` first, then `-2`, `-3`, ... before its extension. */
export function partPaths(path: string, count: number): string[] {
  const dot = path.toLowerCase().endsWith('.csv') ? path.length - 4 : path.length;
  return Array.from({ length: count }, (_, index) =>
    index === 0 ? path : `${path.slice(0, dot)}-${index + 1}${path.slice(dot)}`,
  );
}

export const reportExportHandlers: HandlerMap<
  'reports.exportCsv' | 'reports.exportPdf' | 'reports.exportJournalCsv'
> = {
  'reports.exportCsv': {
    batched: async (input, batch) => {
      const report = await batch((ctx) => readReport(ctx, input));
      const csv = reportCsv(report);
      const bytes = writeFileAtomic(input.path, csv.text, { overwrite: input.overwrite === true });
      return logged(batch, input, 'reports.exportCsv', { path: input.path, bytes, rows: csv.rows });
    },
  },
  'reports.exportPdf': {
    batched: async (input, batch) => {
      const read = await batch(async (ctx) => ({
        report: await readReport(ctx, input),
        business: await businessOf(ctx),
        generatedAt: ctx.nowAt,
      }));
      // The PDF code and jsPDF load on the first PDF export, not at start.
      const { renderReportPdf } = await import('../../pdf/report-pdf.ts');
      const pdf = renderReportPdf(read.report, read);
      const bytes = writeFileAtomic(input.path, pdf.bytes, { overwrite: input.overwrite === true });
      return logged(batch, input, 'reports.exportPdf', {
        path: input.path,
        bytes,
        pages: pdf.pages,
      });
    },
  },
  'reports.exportJournalCsv': {
    batched: async (input, batch) => {
      const { from, to, currency } = input;
      const read = await batch((ctx) => journal({ from, to, currency }, ctx));
      const files =
        input.format === 'quickbooks'
          ? [quickbooksCsv(read, { currency, dateOrder: input.dateOrder ?? 'mdy' })]
          : xeroCsvFiles(read, { currency, taxRate: input.taxRate ?? '' });
      const paths = partPaths(input.path, files.length);
      let bytes = 0;
      files.forEach((text, index) => {
        const path = paths[index] ?? input.path;
        bytes += writeFileAtomic(path, text, { overwrite: input.overwrite === true });
      });
      const days = read.days.filter((day) => day.currency === currency).length;
      return logged(batch, input, 'reports.exportJournalCsv', {
        path: input.path,
        paths,
        bytes,
        days,
      });
    },
  },
};
