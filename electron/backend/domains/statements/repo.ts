/** What an export reads besides the statement: the business's details and the audit chain's head. */
import { readChainHead, type ChainHead } from '../../audit/chain-head.ts';
import type { Context } from '../../context.ts';
import { settings } from '../../db/schema.ts';

export async function businessDetails(ctx: Context): Promise<{ name: string; address: string }> {
  const business = await ctx.tx.get(ctx.tx.db.select().from(settings));
  return { name: business?.businessName ?? '', address: business?.address ?? '' };
}

/** The newest audit event, read raw from the file (storage/storage.ts: `sqlite`). */
export function chainHeadNow(ctx: Context): ChainHead | null {
  return readChainHead(ctx.tx.sqlite);
}
