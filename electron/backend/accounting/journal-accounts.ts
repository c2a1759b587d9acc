/**
 * The journal's account names as the settings row keeps them (one JSON column): only known
 * accounts with a non-empty name are read back, so a hand-edited file never yields a bad mapping.
 */
import { JOURNAL_ACCOUNTS, type JournalAccount } from '../../../shared/contract/report-types.ts';
import { assert } from '../../../shared/errors.ts';

export type AccountNames = Partial<Record<JournalAccount, string>>;

export function journalAccountsOf(json: string): AccountNames {
  const parsed: unknown = JSON.parse(json);
  assert(typeof parsed === 'object' && parsed !== null, 'journal accounts are an object');
  const names: AccountNames = {};
  for (const account of JOURNAL_ACCOUNTS) {
    const name = (parsed as Record<string, unknown>)[account];
    if (typeof name === 'string' && name !== '') names[account] = name;
  }
  return names;
}
