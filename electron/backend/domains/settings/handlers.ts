/** Handlers of the `settings.*` channels: one row of business details and defaults. */
import { eq } from 'drizzle-orm';
import type { Settings } from '../../../../shared/contract/types.ts';
import { assert } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { settings } from '../../db/schema.ts';
import type { Handler, HandlerMap } from '../../handler.ts';

export const SETTINGS_ROW_ID = 1;

async function current(ctx: Context): Promise<Settings> {
  const row = await ctx.tx.get(
    ctx.tx.db.select().from(settings).where(eq(settings.id, SETTINGS_ROW_ID)),
  );
  assert(row, 'the settings row is created when the database opens');
  const { id: _id, ...values } = row;
  return values;
}

const get: Handler<'settings.get'> = (_input, ctx) => current(ctx);

const update: Handler<'settings.update'> = async (input, ctx) => {
  const before = await current(ctx);
  const { requestId: _requestId, ...changes } = input;
  const after: Settings = { ...before, ...definedOnly(changes), updatedAt: ctx.nowAt };
  await ctx.tx.run(ctx.tx.db.update(settings).set(after).where(eq(settings.id, SETTINGS_ROW_ID)));
  await writeAudit(ctx, {
    action: 'settings.update',
    entityType: 'settings',
    entityId: 'settings',
    before,
    after,
  });
  return after;
};

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': get,
  'settings.update': update,
};
