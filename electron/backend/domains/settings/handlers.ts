/**
 * Handlers of the `settings.*` channels: one row of business details and defaults, and the
 * journal's account names (admin only, audited like every setting).
 */
import type { Settings } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { readSettings, saveSettings } from './repo.ts';

export { SETTINGS_ROW_ID } from './repo.ts';

const get: Handler<'settings.get'> = (_input, ctx) => readSettings(ctx);

/** The closing date closes a period that is over: it is always before today. */
function requireClosedPast(closingDate: string | null | undefined, today: string): void {
  if (closingDate === undefined || closingDate === null || closingDate < today) return;
  throw new AppError('VALIDATION', 'The closing date must be before today', 'closingDate');
}

const update: Handler<'settings.update'> = async (input, ctx) => {
  requireClosedPast(input.closingDate, ctx.today);
  const before = await readSettings(ctx);
  const { requestId: _requestId, journalAccounts, ...changes } = input;
  const after: Settings = {
    ...before,
    ...definedOnly(changes),
    journalAccounts: mergedAccounts(before.journalAccounts, journalAccounts ?? {}),
    updatedAt: ctx.nowAt,
  };
  await saveSettings(ctx, after);
  await writeAudit(ctx, {
    action: 'settings.update',
    entityType: 'settings',
    entityId: 'settings',
    before,
    after,
  });
  return after;
};

/** The accounts given replace the stored ones; an empty name unsets an account. */
function mergedAccounts(
  before: Settings['journalAccounts'],
  given: Settings['journalAccounts'],
): Settings['journalAccounts'] {
  const merged = { ...before, ...definedOnly(given) };
  return Object.fromEntries(Object.entries(merged).filter(([, name]) => name !== ''));
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': get,
  'settings.update': update,
};
