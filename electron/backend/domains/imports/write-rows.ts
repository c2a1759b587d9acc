/**
 * The accepted rows of a commit written in file order as they are read: customers rows one by
 * one, money rows planned by the bulk posting and written IMPORT_ROWS_PER_SLICE at a time with
 * their batch items. The event loop is let go once a turn's time budget is spent, the writing
 * counted, so no turn holds it much past the budget; the store's queue keeps every other call
 * out meanwhile.
 */
import type { ImportCommitInput } from '../../../../shared/contract/schemas/imports.ts';
import type { Context } from '../../context.ts';
import type { InterpretedRow } from '../../imports/interpret.ts';
import { insertBatchItems, type BatchItemRow, type BatchRow } from './repo.ts';
import { IMPORT_ROWS_PER_SLICE } from './rules.ts';
import { writeCustomerRow } from './write-customers.ts';
import { Customers, writeMoneyRow } from './write-money.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class RowWriter {
  private readonly customers = new Customers();
  private readonly ctx: Context;
  private readonly batch: BatchRow;
  private readonly reason: string;
  private items: BatchItemRow[] = [];
  private position = 0;
  private spent: () => boolean;

  constructor(ctx: Context, batch: BatchRow) {
    this.ctx = ctx;
    this.batch = batch;
    this.reason = `Imported from ${batch.fileName}`;
    this.spent = ctx.batchBudget();
  }

  async write(row: InterpretedRow): Promise<void> {
    if (this.items.length >= IMPORT_ROWS_PER_SLICE) await this.writeSlice();
    if (this.spent()) {
      await nextTurn();
      this.spent = this.ctx.batchBudget();
    }
    const item = { batchId: this.batch.id, position: this.position, row: row.row };
    this.position += 1;
    if (this.batch.kind === 'customers') {
      const written = await writeCustomerRow(this.ctx, row, this.reason);
      this.items.push({
        ...item,
        entityType: written.before ? 'customer_updated' : 'customer_created',
        entityId: written.customerId,
        effectiveOn: null,
        beforeJson: written.before ? JSON.stringify(written.before) : null,
      });
      return;
    }
    const kind = this.batch.kind as ImportCommitInput['kind'];
    const write = { kind, fileName: this.batch.fileName, row, customers: this.customers };
    const written = await writeMoneyRow(this.ctx, write);
    this.items.push({ ...item, ...written, beforeJson: null });
  }

  /** Writes what is still planned; the commit's last step before its audit event. */
  async finish(): Promise<void> {
    await this.writeSlice();
  }

  private async writeSlice(): Promise<void> {
    await this.customers.posting.flush(this.ctx);
    await insertBatchItems(this.ctx, this.items);
    this.items = [];
  }
}
