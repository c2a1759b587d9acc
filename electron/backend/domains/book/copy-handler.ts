/**
 * `book.copyTo` (issue #19): the whole book into a new server book or a new file, and back. Steps:
 * read every table, the figures to compare and the audit chain's head in one transaction of this
 * book (one consistent snapshot); open the target (db/copy/target.ts: refusals before anything is
 * made); in one transaction of the target, refuse it if it holds a record, write every row with
 * its triggers on, and check the copy (db/copy/check.ts) before committing; then log the copy in this
 * book's audit log. A failure anywhere leaves the target without a record and this book as it was.
 */
import type { BookCopy } from '../../../../shared/contract/types.ts';
import { readChainHeadOf } from '../../audit/chain-head.ts';
import { writeAudit } from '../../audit/write.ts';
import type { BatchedHandler } from '../../handler.ts';
import { checkCopy, readFigures } from '../../db/copy/check.ts';
import { readTables, refuseRecords, rowCounts, writeTables } from '../../db/copy/rows.ts';
import { openTarget } from '../../db/copy/target.ts';

export const copyTo: BatchedHandler<'book.copyTo'> = {
  batched: async (input, batch) => {
    const source = await batch(async (ctx) => ({
      tables: await readTables(ctx.tx),
      figures: await readFigures(ctx.tx),
      auditHead: await readChainHeadOf(ctx.tx),
      timeZone: ctx.timeZone,
    }));
    const counts = rowCounts(source.tables);
    const target = await openTarget(input.target, source.timeZone);
    let verified;
    try {
      verified = await target.storage.write(async (tx) => {
        await refuseRecords(tx);
        await writeTables(tx, source.tables);
        return checkCopy(tx, { figures: source.figures, counts, timeZone: source.timeZone });
      });
    } catch (error) {
      target.discard();
      throw error;
    }
    target.close();
    return batch(async (ctx) => {
      const result: BookCopy = {
        target: target.where,
        copiedAt: ctx.nowAt,
        rows: counts,
        auditHead: source.auditHead,
        verified,
      };
      await writeAudit(ctx, {
        action: 'book.copyTo',
        entityType: 'book',
        entityId: 'book',
        after: result,
      });
      return result;
    });
  },
};
