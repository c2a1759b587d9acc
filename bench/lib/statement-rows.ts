/**
 * The statement benchmark's table and headline figures, from what statement-measure.ts measured:
 * `statements.get` (target: median and p99 under 20 ms) and the 10,000-entry PDF export in a
 * fresh process (target: under 3 s and under 300 MB peak resident memory).
 */
import type { PdfResult } from './pdf-child.ts';
import * as report from './report.ts';
import type { StatementRequest, Timed } from './statement-measure.ts';
import type { Summary } from './stats.ts';
import { perMedian, type Headline } from './summary.ts';

export const STATEMENT_TARGET = { getMs: 20, pdfMs: 3000, pdfMb: 300 };

export type PdfFigures = {
  get: Timed;
  inProcess: Summary;
  longestMs: number;
  esm: PdfResult;
  cjs: PdfResult;
  bundled: PdfResult;
};

export type Figures = { request: StatementRequest; ledger: Timed | null; pdf: PdfFigures | null };

const mb = (value: number) => `${value.toFixed(1)} MB`;

function ledgerRows(request: StatementRequest, ledger: Timed | null): report.Row[] {
  if (!ledger || !request.ledger) {
    return [report.infoRow('statements.get on the 1M-entry file', 'skipped: file not seeded')];
  }
  const { from, to } = request.ledger.range;
  return [
    report.latencyBothRow(
      `statements.get, 1 customer, ${from}..${to} (1M file)`,
      ledger.engine,
      ledger.raw,
      STATEMENT_TARGET.getMs,
    ),
    report.infoRow(
      '  entries in the statement / customer in all',
      `${report.integer(ledger.entries)} / ${report.integer(request.ledger.entries)}`,
    ),
  ];
}

function exportRow(metric: string, result: PdfResult): report.Row {
  const ok = result.exportMs < STATEMENT_TARGET.pdfMs && result.peakMb < STATEMENT_TARGET.pdfMb;
  return {
    metric,
    value: `${report.ms(result.exportMs)}, peak RSS ${mb(result.peakMb)}`,
    target: `< ${report.ms(STATEMENT_TARGET.pdfMs)}, < ${STATEMENT_TARGET.pdfMb} MB`,
    raw: '-',
    ratio: '-',
    result: ok ? 'pass' : 'FAIL',
  };
}

function pdfRows(pdf: PdfFigures | null): report.Row[] {
  if (!pdf) return [report.infoRow('statement PDF, 10,000 entries', 'skipped: no fixture')];
  const { get, esm, cjs, bundled } = pdf;
  return [
    report.infoRow(
      `statements.get, ${report.integer(get.entries)} entries in range`,
      `${report.ms(get.engine.median)} (p99 ${report.ms(get.engine.p99)})`,
      `${report.ms(get.raw.median)} (p99 ${report.ms(get.raw.p99)})`,
      report.times(get.engine.median, get.raw.median),
    ),
    exportRow('statements.exportPdf, fresh process', esm),
    report.infoRow(
      '  pages, bytes',
      `${report.integer(esm.pages)} pages, ${report.integer(esm.bytes)} bytes`,
    ),
    report.infoRow(
      '  RSS before the export: engine loaded, file open',
      `${mb(esm.beforeMb)} (load ${report.ms(esm.loadMs)}, open ${report.ms(esm.openMs)})`,
    ),
    exportRow('  same, drizzle-orm loaded as CJS', cjs),
    report.infoRow('    RSS before the export', mb(cjs.beforeMb)),
    exportRow('  same, the engine bundled as the app ships it', bundled),
    report.infoRow('    RSS before the export', mb(bundled.beforeMb)),
    report.infoRow(
      `statements.exportPdf, warm, in process (n=${pdf.inProcess.count})`,
      `${report.ms(pdf.inProcess.median)} (max ${report.ms(pdf.inProcess.max)})`,
    ),
    report.infoRow('  longest event-loop hold during it', report.ms(pdf.longestMs)),
  ];
}

export function statementRows(figures: Figures): report.Row[] {
  return [...ledgerRows(figures.request, figures.ledger), ...pdfRows(figures.pdf)];
}

export function statementHeadlines(figures: Figures): Headline[] {
  const headlines: Headline[] = [];
  const { ledger, pdf } = figures;
  if (ledger) {
    const { engine, raw } = ledger;
    headlines.push({
      key: 'statementGet',
      metric: 'statements.get, 1 quarter (1M entries)',
      rate: perMedian(engine.median),
      unit: 'ops/s',
      detail: `median ${report.ms(engine.median)}, p99 ${report.ms(engine.p99)}`,
      rawRate: perMedian(raw.median),
      target: {
        text: `median, p99 < ${report.ms(STATEMENT_TARGET.getMs)}`,
        met: Math.max(engine.median, engine.p99) < STATEMENT_TARGET.getMs,
      },
    });
  }
  if (pdf) {
    const { esm } = pdf;
    headlines.push({
      key: 'statementPdf',
      metric: `statement PDF, ${report.integer(pdf.get.entries)} entries (fresh process)`,
      rate: (pdf.get.entries * 1000) / esm.exportMs,
      unit: 'entries/s',
      detail: `${report.ms(esm.exportMs)}, ${esm.pages} pages, peak ${mb(esm.peakMb)}`,
      rawRate: null,
      target: {
        text: `< ${report.ms(STATEMENT_TARGET.pdfMs)}, < ${STATEMENT_TARGET.pdfMb} MB`,
        met: esm.exportMs < STATEMENT_TARGET.pdfMs && esm.peakMb < STATEMENT_TARGET.pdfMb,
      },
    });
  }
  return headlines;
}
