/**
 * Reads a cursor-paged channel as one growing list in the query cache: `loadMore` appends the
 * next page; after a mutation the cache reloads the pages shown (up to a cap), newest data first.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../shared/contract/channels.ts';
import type { Page } from '../../../shared/contract/types.ts';
import { call } from './client.ts';
import { queryCache, type QuerySnapshot } from './query-cache.ts';
import { groupsOfInput, queryKey, stableJson } from './query-keys.ts';

export type PagedChannel = {
  [C in ChannelName]: ChannelOutput<C> extends Page<unknown> ? C : never;
}[ChannelName];

export type PageItem<C extends PagedChannel> = ChannelOutput<C> extends Page<infer T> ? T : never;

type Pages<T> = { items: T[]; nextCursor: string | null; pageCount: number };

export type PagedResult<T> = Omit<QuerySnapshot<Pages<T>>, 'data'> & {
  items: T[];
  hasMore: boolean;
  loadMore: () => void;
};

/** A reload after a mutation fetches at most this many pages again. */
const RELOAD_PAGES_MAX = 10;

async function fetchPage(channel: PagedChannel, input: object, cursor: string | null) {
  const withCursor = cursor === null ? input : { ...input, cursor };
  return (await call(channel, withCursor as never)) as Page<unknown>;
}

function asPages(value: unknown): Pages<unknown> | undefined {
  return value as Pages<unknown> | undefined;
}

export function usePagedQuery<C extends PagedChannel>(
  channel: C,
  input: ChannelInput<C>,
): PagedResult<PageItem<C>> {
  const inputJson = stableJson(input);
  const key = queryKey(channel, `paged ${inputJson}`);
  const subscribe = useCallback(
    (listener: () => void) => {
      const parsed = JSON.parse(inputJson) as object;
      return queryCache.subscribe(key, listener, {
        groups: groupsOfInput(parsed),
        load: async (previous) => {
          const wanted = Math.min(asPages(previous)?.pageCount ?? 1, RELOAD_PAGES_MAX);
          const result: Pages<unknown> = { items: [], nextCursor: null, pageCount: 0 };
          do {
            const page = await fetchPage(channel, parsed, result.nextCursor);
            result.items.push(...page.items);
            result.nextCursor = page.nextCursor;
            result.pageCount += 1;
          } while (result.pageCount < wanted && result.nextCursor !== null);
          return result;
        },
      });
    },
    [channel, inputJson, key],
  );
  const snapshot = useSyncExternalStore(subscribe, () => queryCache.read(key));
  const pages = asPages(snapshot.data) as Pages<PageItem<C>> | undefined;
  const nextCursor = pages?.nextCursor ?? null;
  const loadMore = useCallback(() => {
    const parsed = JSON.parse(inputJson) as object;
    void queryCache.extend(key, async (previous) => {
      const current = asPages(previous);
      if (current?.nextCursor == null) return previous;
      const page = await fetchPage(channel, parsed, current.nextCursor);
      return {
        items: [...current.items, ...page.items],
        nextCursor: page.nextCursor,
        pageCount: current.pageCount + 1,
      };
    });
  }, [channel, inputJson, key]);
  return {
    status: snapshot.status,
    error: snapshot.error,
    isFetching: snapshot.isFetching,
    items: pages?.items ?? [],
    hasMore: nextCursor !== null,
    loadMore,
  };
}
