/**
 * Statement channels. Reading happens in one short transaction; the file is rendered and written
 * outside any transaction; then the export is written to the audit log.
 */
import type { ChainHead } from '../../audit/chain-head.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { BatchRunner, Handler, HandlerMap } from '../../handler.ts';
import { renderInvoicePdf, type InvoiceDocument } from '../../pdf/invoice-pdf.ts';
import { renderStatementPdf } from '../../pdf/statement-pdf.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { requireInvoice, toInvoice } from '../../core/invoices.ts';
import { statementCsv } from './csv.ts';
import { readStatement } from './read.ts';
import { businessDetails, chainHeadNow } from './repo.ts';

const get: Handler<'statements.get'> = (input, ctx) => readStatement(ctx, input);

type Rendered<T> = { bytes: Uint8Array | string; result: T };

type Export<D, T extends object> = {
  /** Runs in one short transaction: everything the file shows. */
  read: (ctx: Context) => Promise<D>;
  /** Runs outside any transaction, so a long layout holds no lock on the file. */
  render: (data: D, auditHead: ChainHead | null) => Rendered<T> | Promise<Rendered<T>>;
  audit: { action: string; entityType: string; entityId: string };
  target: string;
  /** The person agreed to replace a file already at `target`. */
  overwrite: boolean | undefined;
};

/**
 * Reads in one transaction, renders and writes outside it, then logs the export. The head of the
 * audit chain read with the data goes out with the file (the result, and a PDF's keywords), so
 * an export kept elsewhere can later be checked against the book (`audit.verify` knownHeads).
 */
async function exportFile<D, T extends object>(
  batch: BatchRunner,
  spec: Export<D, T>,
): Promise<T & { path: string; bytes: number; auditHead: ChainHead | null }> {
  const { data, auditHead } = await batch(async (ctx) => ({
    data: await spec.read(ctx),
    auditHead: await chainHeadNow(ctx),
  }));
  const rendered = await spec.render(data, auditHead);
  const bytes = writeFileAtomic(spec.target, rendered.bytes, {
    overwrite: spec.overwrite === true,
  });
  const result = { ...rendered.result, path: spec.target, bytes, auditHead };
  await batch(async (ctx) => {
    await writeAudit(ctx, { ...spec.audit, after: result });
  });
  return result;
}

export const statementHandlers: HandlerMap<
  'statements.get' | 'statements.exportCsv' | 'statements.exportPdf' | 'invoices.exportPdf'
> = {
  'statements.get': get,
  'statements.exportCsv': {
    batched: (input, batch) =>
      exportFile(batch, {
        read: (ctx) => readStatement(ctx, input),
        render: (statement) => {
          const csv = statementCsv(statement);
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
  'statements.exportPdf': {
    batched: (input, batch) =>
      exportFile(batch, {
        read: (ctx) => readStatement(ctx, input),
        render: async (statement, auditHead) => {
          const pdf = await renderStatementPdf(statement, { auditHead });
          return { bytes: pdf.bytes, result: { pages: pdf.pages, from: input.from, to: input.to } };
        },
        audit: {
          action: 'statements.exportPdf',
          entityType: 'customer',
          entityId: input.customerId,
        },
        target: input.path,
        overwrite: input.overwrite,
      }),
  },
  'invoices.exportPdf': {
    batched: (input, batch) =>
      exportFile(batch, {
        read: (ctx) => readInvoiceDocument(ctx, input.invoiceId),
        render: (document, auditHead) => {
          const pdf = renderInvoicePdf({ ...document, auditHead });
          return { bytes: pdf.bytes, result: { pages: pdf.pages } };
        },
        audit: { action: 'invoices.exportPdf', entityType: 'invoice', entityId: input.invoiceId },
        target: input.path,
        overwrite: input.overwrite,
      }),
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
  return {
    invoice: await toInvoice(ctx, row),
    customer: toCustomer(await requireCustomer(ctx, row.customerId)),
    business: await businessDetails(ctx),
    generatedAt: ctx.nowAt,
  };
}
