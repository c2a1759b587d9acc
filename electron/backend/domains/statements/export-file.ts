/**
 * One way every document export runs: read in one short transaction, render and write the file
 * outside any transaction (a long layout holds no lock on the book), then, in one more short
 * transaction, keep what must be kept of it (a statement's snapshot) and log the export.
 */
import type { ChainHead } from '../../audit/chain-head.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import type { BatchRunner } from '../../handler.ts';
import { chainHeadNow } from './repo.ts';

export type Rendered<T> = { bytes: Uint8Array | string; result: T };

export type Export<D, T extends object> = {
  /** Runs in one short transaction: everything the file shows. */
  read: (ctx: Context) => Promise<D>;
  /** Runs outside any transaction, so a long layout holds no lock on the file. */
  render: (data: D, auditHead: ChainHead | null) => Rendered<T> | Promise<Rendered<T>>;
  /** Runs with the audit event, after the file is written: what the book keeps of it. */
  keep?: (ctx: Context, rendered: Rendered<T>) => Promise<void>;
  audit: { action: string; entityType: string; entityId: string };
  target: string;
  /** The person agreed to replace a file already at `target`. */
  overwrite: boolean | undefined;
};

/**
 * Reads in one transaction, renders and writes outside it, then keeps and logs the export. The
 * head of the audit chain read with the data goes out with the file (the result, and a PDF's
 * keywords), so an export kept elsewhere can later be checked against the book.
 */
export async function exportFile<D, T extends object>(
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
    await spec.keep?.(ctx, rendered);
    await writeAudit(ctx, { ...spec.audit, after: result });
  });
  return result;
}
