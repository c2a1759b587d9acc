/**
 * Reads one channel through the query cache and re-renders when its entry changes. The input is
 * compared by value, so callers may build it inline.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/channels.ts';
import type { RendererEngineChannel } from '../../../electron/preload/api.d.ts';
import { call } from './client.ts';
import { LOADING, queryCache, type QuerySnapshot } from './query-cache.ts';
import { groupsOfData, groupsOfInput, queryKey, stableJson } from './query-keys.ts';

export type QueryResult<T> = QuerySnapshot<T> & { refetch: () => void };

const noop = () => undefined;
const idle = () => () => undefined;

export function useQuery<C extends RendererEngineChannel>(
  channel: C,
  input: ChannelInput<C>,
  options: { enabled?: boolean } = {},
): QueryResult<ChannelOutput<C>> {
  const isEnabled = options.enabled ?? true;
  const inputJson = stableJson(input);
  const key = queryKey(channel, inputJson);
  const subscribe = useCallback(
    (listener: () => void) => {
      const parsed = JSON.parse(inputJson) as ChannelInput<C>;
      return queryCache.subscribe(key, listener, {
        groups: groupsOfInput(parsed),
        load: async () => {
          const data = await call(channel, parsed as never);
          queryCache.join(key, groupsOfData(data));
          return data;
        },
      });
    },
    [channel, inputJson, key],
  );
  const snapshot = useSyncExternalStore(isEnabled ? subscribe : idle, () =>
    isEnabled ? queryCache.read(key) : LOADING,
  );
  const refetch = useCallback(() => {
    void queryCache.refetch(key);
  }, [key]);
  return { ...(snapshot as QuerySnapshot<ChannelOutput<C>>), refetch: isEnabled ? refetch : noop };
}
