/**
 * The renderer's query cache when the shell switches books: no data of the book left may show
 * while the new book's loads, and entries nobody watches are forgotten.
 */
import { describe, expect, it } from 'vitest';
import { QueryCache } from '../../renderer/src/api/query-cache.ts';

function deferred<T>() {
  const { promise, resolve } = Promise.withResolvers<T>();
  return { promise, resolve };
}

describe('QueryCache.reload', () => {
  it('shows loading instead of the old data until the new load answers', async () => {
    const cache = new QueryCache();
    const localBook = deferred<string[]>();
    const serverBook = deferred<string[]>();
    const answers = [localBook, serverBook];
    const load = () => (answers.shift() ?? serverBook).promise;
    cache.subscribe('users', () => undefined, { groups: ['global'], load });
    localBook.resolve(['admin of the local book']);
    await localBook.promise;
    await Promise.resolve();
    expect(cache.read('users').data).toEqual(['admin of the local book']);

    cache.reload();
    expect(cache.read('users')).toMatchObject({ status: 'loading', data: undefined });

    serverBook.resolve(['admin of the server book']);
    await serverBook.promise;
    await Promise.resolve();
    expect(cache.read('users')).toMatchObject({
      status: 'success',
      data: ['admin of the server book'],
    });
  });

  it('forgets entries nobody watches instead of loading them', async () => {
    const cache = new QueryCache();
    let calls = 0;
    const stop = cache.subscribe('old', () => undefined, {
      groups: ['global'],
      load: () => {
        calls += 1;
        return Promise.resolve('old data');
      },
    });
    await Promise.resolve();
    stop();
    cache.reload();
    expect(calls).toBe(1);
    expect(cache.read('old').status).toBe('loading');
  });
});
