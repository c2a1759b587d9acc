/**
 * Statement and invoice document channels. Reading happens in one short transaction; the file is
 * rendered and written outside any transaction; then the export is logged (`export-file.ts`).
 * Kept statements (snapshots, verification, drafts) are in `snapshots.ts`.
 */
import type { Context } from '../../context.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import type { InvoiceDocument } from '../../pdf/invoice-pdf.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { requireInvoice, toInvoice } from '../../core/invoices.ts';
import { statementCsv } from './csv.ts';
import { readStatement } from './read.ts';
import { exportFile } from './export-file.ts';
import { businessDetails, logoBytes, userNames } from './repo.ts';
import { toMoney } from '../../../../shared/money.ts';
import { exportStatementPdf, snapshotHandlers, type SnapshotChannel } from './snapshots.ts';

const get: Handler<'statements.get'> = (input, ctx) => readStatement(ctx, input);

export const statementHandlers: HandlerMap<
  | 'statements.get'
  | 'statements.exportCsv'
  | 'statements.exportPdf'
  | 'invoices.exportPdf'
  | SnapshotChannel
> = {
  'statements.get': get,
  'statements.exportCsv': {
    batched: (input, batch) =>
      exportFile(batch, {
        read: async (ctx) => ({
          statement: await readStatement(ctx, input),
          names: await userNames(ctx),
        }),
        render: ({ statement, names }) => {
          const csv = statementCsv(statement, names);
          return { bytes: csv.text, result: { rows: csv.rows, from: input.from, to: input.to } };
        },
        audit: {
          action: 'statements.exportCsv',
          entityType: 'customer',
          entityId: input.customerId,
        },
        target: input.path,
        overwrite: input.overwrite,
      }),
  },
  'statements.exportPdf': { batched: exportStatementPdf },
  ...snapshotHandlers,
  'invoices.exportPdf': {
    batched: async (input, batch) => {
      // The PDF code and jsPDF load on the first export, not at start.
      const { renderInvoicePdf } = await import('../../pdf/invoice-pdf.ts');
      return await exportFile(batch, {
        read: (ctx) => readInvoiceDocument(ctx, input.invoiceId),
        render: (document, auditHead) => {
          const pdf = renderInvoicePdf({ ...document, auditHead });
          return { bytes: pdf.bytes, result: { pages: pdf.pages } };
        },
        audit: { action: 'invoices.exportPdf', entityType: 'invoice', entityId: input.invoiceId },
        target: input.path,
        overwrite: input.overwrite,
      });
    },
  },
};

async function readInvoiceDocument(
  ctx: Context,
  invoiceId: string,
): Promise<Omit<InvoiceDocument, 'auditHead'>> {
  const row = await requireInvoice(ctx, invoiceId);
  if (row.status === 'draft') {
    throw new AppError(
      'CONFLICT',
      'A draft has no number yet: issue it before exporting',
      'invoiceId',
    );
  }
  const customer = await requireCustomer(ctx, row.customerId);
  const business = await businessDetails(ctx);
  return {
    invoice: await toInvoice(ctx, row),
    customer: toCustomer(customer),
    business,
    logo: await logoBytes(ctx, business.logoSha256),
    balanceAfter: toMoney(customer.balanceMinor, customer.currency),
    generatedAt: ctx.nowAt,
    timeZone: ctx.timeZone,
  };
}
