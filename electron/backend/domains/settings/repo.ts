/**
 * The one settings row: read and replace; the journal's accounts are kept as one JSON column,
 * logos by the SHA-256 of their bytes.
 */
import { eq } from 'drizzle-orm';
import type { Settings, SettingsLogo } from '../../../../shared/contract/types.ts';
import { assert } from '../../../../shared/errors.ts';
import { journalAccountsOf } from '../../accounting/journal-accounts.ts';
import type { Context } from '../../context.ts';
import { logos, settings } from '../../db/schema.ts';

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

/** The logo whose bytes hash to `sha256`, or null. */
export async function readLogoBytes(
  ctx: Context,
  sha256: string | null,
): Promise<{ bytes: Buffer; mediaType: SettingsLogo['mediaType'] } | null> {
  if (sha256 === null) return null;
  const row = await ctx.tx.get(ctx.tx.db.select().from(logos).where(eq(logos.sha256, sha256)));
  assert(row, 'a logo named by the settings is kept in logos');
  return { bytes: row.bytes, mediaType: row.mediaType };
}

/** Keeps a logo's bytes once: the same image chosen again is the row already there. */
export async function keepLogo(
  ctx: Context,
  logo: { sha256: string; mediaType: SettingsLogo['mediaType']; bytes: Uint8Array },
): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db
      .insert(logos)
      .values({ ...logo, bytes: Buffer.from(logo.bytes), createdAt: ctx.nowAt })
      .onConflictDoNothing(),
  );
}
