/**
 * Names of the people (and the scheduler) who act in the ledger, by user id. Removed people are
 * included (`users.listAll`), so the history keeps showing who did what.
 */
import { useQuery } from '../../api/useQuery.ts';

const SYSTEM_NAMES: Readonly<Record<string, string>> = { system: 'Scheduled work' };

export function useUserNames(): (userId: string) => string {
  const users = useQuery('users.listAll', {});
  const names = new Map((users.data ?? []).map((user) => [user.id, user.name]));
  return (userId) => names.get(userId) ?? SYSTEM_NAMES[userId] ?? userId;
}
