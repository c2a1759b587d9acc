/**
 * Handlers of the `settings.*` channels: one row of business details, defaults and the identity
 * statements and invoices print (SPEC 11). The logo is read whole as the PDFs will read it when
 * it is chosen (`pdf/logo.ts`), kept by its SHA-256, and the settings (and their audit events)
 * name it by that hash, so a settings event never carries a megabyte of image. The journal's
 * account names are merged account by account (admin only, audited like every setting).
 */
import { createHash } from 'node:crypto';
import type { ChannelInput } from '../../../../shared/contract/channels.ts';
import type { Settings, SettingsWithLogo } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { keepLogo, readLogoBytes, readSettings, saveSettings } from './repo.ts';

export { SETTINGS_ROW_ID } from './repo.ts';

const get: Handler<'settings.get'> = async (_input, ctx) => withLogo(ctx, await readSettings(ctx));

/** The closing date closes a period that is over: it is always before today. */
function requireClosedPast(closingDate: string | null | undefined, today: string): void {
  if (closingDate === undefined || closingDate === null || closingDate < today) return;
  throw new AppError('VALIDATION', 'The closing date must be before today', 'closingDate');
}

const update: Handler<'settings.update'> = async (input, ctx) => {
  requireClosedPast(input.closingDate, ctx.today);
  const before = await readSettings(ctx);
  const { requestId: _requestId, journalAccounts, logo, ...changes } = input;
  const logoSha256 = await chosenLogo(ctx, logo, before.logoSha256);
  const after: Settings = {
    ...before,
    ...definedOnly(changes),
    journalAccounts: mergedAccounts(before.journalAccounts, journalAccounts ?? {}),
    logoSha256,
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
  return withLogo(ctx, after);
};

/** The accounts given replace the stored ones; an empty name unsets an account. */
function mergedAccounts(
  before: Settings['journalAccounts'],
  given: Settings['journalAccounts'],
): Settings['journalAccounts'] {
  const merged = { ...before, ...definedOnly(given) };
  return Object.fromEntries(Object.entries(merged).filter(([, name]) => name !== ''));
}

/** The logo's hash after the update: kept as is (undefined), removed (null), or a new one. */
async function chosenLogo(
  ctx: Context,
  logo: ChannelInput<'settings.update'>['logo'],
  current: string | null,
): Promise<string | null> {
  if (logo === undefined) return current;
  if (logo === null) return null;
  // jsPDF reads the image; loaded on the first logo, not at start (it weighs 20 MB).
  const { readLogo } = await import('../../pdf/logo.ts');
  const read = readLogo(logo.base64);
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  await keepLogo(ctx, { sha256, mediaType: read.mediaType, bytes: read.bytes });
  return sha256;
}

async function withLogo(ctx: Context, values: Settings): Promise<SettingsWithLogo> {
  const logo = await readLogoBytes(ctx, values.logoSha256);
  return {
    ...values,
    logo:
      logo === null ? null : { base64: logo.bytes.toString('base64'), mediaType: logo.mediaType },
  };
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
