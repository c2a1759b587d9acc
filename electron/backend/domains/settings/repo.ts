/** The one settings row: read and replace; the journal's accounts are kept as one JSON column. */
import { eq } from 'drizzle-orm';
import type { Settings } from '../../../../shared/contract/types.ts';
import { assert } from '../../../../shared/errors.ts';
import { journalAccountsOf } from '../../accounting/journal-accounts.ts';
import type { Context } from '../../context.ts';
import { settings } from '../../db/schema.ts';

import { SETTINGS_ROW_ID } from '../../core/business-date.ts';

export { SETTINGS_ROW_ID };

export async function readSettings(ctx: Context): Promise<Settings> {
  const row = await ctx.tx.get(
    ctx.tx.db.select().from(settings).where(eq(settings.id, SETTINGS_ROW_ID)),
  );
  assert(row, 'the settings row is created when the database opens');
  const { id: _id, journalAccountsJson, ...values } = row;
  return { ...values, journalAccounts: journalAccountsOf(journalAccountsJson) };
}

export async function saveSettings(ctx: Context, next: Settings): Promise<void> {
  const { journalAccounts, ...values } = next;
  await ctx.tx.run(
    ctx.tx.db
      .update(settings)
      .set({ ...values, journalAccountsJson: JSON.stringify(journalAccounts) })
      .where(eq(settings.id, SETTINGS_ROW_ID)),
  );
}
