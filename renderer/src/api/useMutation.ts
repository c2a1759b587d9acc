/**
 * Runs a mutating channel and, on success, invalidates the cache groups it touched. The result
 * comes back as a value (never thrown) so that forms can put field errors on their fields.
 */
import { useCallback, useState } from 'react';
import type { AnyInput, AnyOutput } from '../../../electron/preload/api.d.ts';
import type { StaleChannel } from '../../../shared/contract/stale-after.ts';
import { attempt, type Attempt } from './client.ts';
import { queryCache } from './query-cache.ts';
import { groupsTouchedBy } from './query-keys.ts';

export type Mutation<C extends StaleChannel> = {
  mutate: (input: AnyInput<C>) => Promise<Attempt<AnyOutput<C>>>;
  isPending: boolean;
};

/** Only channels the registry says change data; the rule next to it names what goes stale. */
export function useMutation<C extends StaleChannel>(channel: C): Mutation<C> {
  const [pendingCount, setPendingCount] = useState(0);
  const mutate = useCallback(
    async (input: AnyInput<C>) => {
      setPendingCount((count) => count + 1);
      try {
        const result = await attempt(channel, input);
        if (result.ok) queryCache.invalidate(groupsTouchedBy(channel, input, result.data));
        return result;
      } finally {
        setPendingCount((count) => count - 1);
      }
    },
    [channel],
  );
  return { mutate, isPending: pendingCount > 0 };
}

/**
 * One request id per dialog: made when the dialog opens and reused by every retry of its
 * submission, so a double click or a retry after a lost answer never acts twice.
 */
export function useRequestId(): string {
  const [requestId] = useState(() => crypto.randomUUID());
  return requestId;
}
