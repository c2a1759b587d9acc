/** Credit notes: append-only rows, written once. */
import type { Context } from '../../context.ts';
import { hot } from '../../core/hot-queries.ts';
import { creditNotes } from '../../db/schema.ts';

export type CreditNoteRow = typeof creditNotes.$inferSelect;

export async function insertCreditNote(ctx: Context, row: CreditNoteRow): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).insertCreditNote, row);
}
