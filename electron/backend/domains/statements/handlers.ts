/**
 * Statement channels. Reading happens in one short transaction; the file is rendered and written
 * outside any transaction; then the export is written to the audit log.
 */
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import { AppError } from '../../../../shared/errors.ts';
import { settings } from '../../db/schema.ts';
import type { BatchRunner, Handler, HandlerMap } from '../../handler.ts';
import { renderInvoicePdf, type InvoiceDocument } from '../../pdf/invoice-pdf.ts';
import { renderStatementPdf } from '../../pdf/statement-pdf.ts';
import { requireCustomer, toCustomer } from '../customers/repo.ts';
import { requireInvoice, toInvoice } from '../invoices/repo.ts';
import { statementCsv } from './csv.ts';
import { readStatement } from './read.ts';

const get: Handler<'statements.get'> = (input, ctx) => readStatement(ctx, input);

/** Reads in one transaction, renders and writes outside it, then logs the export. */
async function exportFile<T extends object>(
  batch: BatchRunner,
  read: (ctx: Context) => {
    bytes: Uint8Array | string;
    audit: { action: string; entityType: string; entityId: string };
    result: T;
  },
  target: string,
): Promise<T & { path: string; bytes: number }> {
  const rendered = await batch(read);
  const bytes = writeFileAtomic(target, rendered.bytes);
  const result = { ...rendered.result, path: target, bytes };
  await batch((ctx) => {
    writeAudit(ctx, { ...rendered.audit, after: result });
  });
  return result;
}

export const statementHandlers: HandlerMap<
  'statements.get' | 'statements.exportCsv' | 'statements.exportPdf' | 'invoices.exportPdf'
> = {
  'statements.get': get,
  'statements.exportCsv': {
    batched: (input, batch) =>
      exportFile(
        batch,
        (ctx) => {
          const csv = statementCsv(readStatement(ctx, input));
          return {
            bytes: csv.text,
            audit: {
              action: 'statements.exportCsv',
              entityType: 'customer',
              entityId: input.customerId,
            },
            result: { rows: csv.rows, from: input.from, to: input.to },
          };
        },
        input.path,
      ),
  },
  // The PDF is laid out inside the read step so that the statement it shows is the one read.
  'statements.exportPdf': {
    batched: (input, batch) =>
      exportFile(
        batch,
        (ctx) => {
          const pdf = renderStatementPdf(readStatement(ctx, input));
          return {
            bytes: pdf.bytes,
            audit: {
              action: 'statements.exportPdf',
              entityType: 'customer',
              entityId: input.customerId,
            },
            result: { pages: pdf.pages, from: input.from, to: input.to },
          };
        },
        input.path,
      ),
  },
  'invoices.exportPdf': {
    batched: (input, batch) =>
      exportFile(
        batch,
        (ctx) => {
          const pdf = renderInvoicePdf(readInvoiceDocument(ctx, input.invoiceId));
          return {
            bytes: pdf.bytes,
            audit: {
              action: 'invoices.exportPdf',
              entityType: 'invoice',
              entityId: input.invoiceId,
            },
            result: { pages: pdf.pages },
          };
        },
        input.path,
      ),
  },
};

function readInvoiceDocument(ctx: Context, invoiceId: string): InvoiceDocument {
  const row = requireInvoice(ctx, invoiceId);
  if (row.status === 'draft') {
    throw new AppError(
      'CONFLICT',
      'A draft has no number yet: issue it before exporting',
      'invoiceId',
    );
  }
  const business = ctx.db.select().from(settings).get();
  return {
    invoice: toInvoice(ctx, row),
    customer: toCustomer(requireCustomer(ctx, row.customerId)),
    business: { name: business?.businessName ?? '', address: business?.address ?? '' },
    generatedAt: ctx.nowAt,
  };
}
