/**
 * The renderer's cache of server data, keyed by channel and input. Each entry belongs to groups
 * (a customer, an invoice, or `global`); a mutation invalidates its groups and the cache refetches
 * what is on screen and forgets the rest. Data is only ever replaced by a fresh load, never patched.
 */
import { toApiError, type ApiError } from './api-error.ts';

export type QueryStatus = 'loading' | 'success' | 'error';

export type QuerySnapshot<T> = {
  status: QueryStatus;
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a load runs, also when older data is still shown. */
  isFetching: boolean;
};

/** Loads the entry's data; `previous` lets a paged list reload as many pages as it showed. */
export type Loader = (previous: unknown) => Promise<unknown>;

export type EntrySpec = { groups: readonly string[]; load: Loader };

type Entry = {
  snapshot: QuerySnapshot<unknown>;
  groups: Set<string>;
  load: Loader;
  listeners: Set<() => void>;
  generation: number;
};

export const LOADING: QuerySnapshot<never> = {
  status: 'loading',
  data: undefined,
  error: undefined,
  isFetching: true,
};

/** Entries nobody watches are dropped beyond this many, oldest first. */
const UNWATCHED_ENTRIES_MAX = 300;

export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  read(key: string): QuerySnapshot<unknown> {
    return this.entries.get(key)?.snapshot ?? LOADING;
  }

  subscribe(key: string, listener: () => void, spec: EntrySpec): () => void {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = {
        snapshot: LOADING,
        groups: new Set(spec.groups),
        load: spec.load,
        listeners: new Set(),
        generation: 0,
      };
      this.entries.set(key, entry);
      void this.run(key, entry.load);
    } else if (entry.snapshot.status === 'error' && !entry.snapshot.isFetching) {
      void this.run(key, entry.load);
    }
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      this.trim();
    };
  }

  /** Adds groups learnt from the data (an invoice's customer). */
  join(key: string, groups: readonly string[]): void {
    const entry = this.entries.get(key);
    for (const group of groups) entry?.groups.add(group);
  }

  refetch(key: string): Promise<void> {
    const entry = this.entries.get(key);
    return entry === undefined ? Promise.resolve() : this.run(key, entry.load);
  }

  /** Runs `work` on the current data and stores its result (a paged list's next page). */
  extend(key: string, work: Loader): Promise<void> {
    return this.run(key, work);
  }

  /** Refetches watched entries of these groups and forgets unwatched ones; `all` means every entry. */
  invalidate(groups: readonly string[] | 'all'): void {
    for (const [key, entry] of [...this.entries]) {
      const isHit = groups === 'all' || groups.some((group) => entry.groups.has(group));
      if (!isHit) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else void this.run(key, entry.load);
    }
  }

  /** Drops every entry's data, so nothing of another book shows, and loads watched ones again. */
  reload(): void {
    for (const [key, entry] of [...this.entries]) {
      if (entry.listeners.size === 0) {
        this.entries.delete(key);
        continue;
      }
      entry.snapshot = LOADING;
      void this.run(key, entry.load);
    }
  }

  /** Forgets everything (sign-out). */
  clear(): void {
    this.entries.clear();
  }

  private async run(key: string, work: Loader): Promise<void> {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    entry.generation += 1;
    const generation = entry.generation;
    this.set(entry, { ...entry.snapshot, isFetching: true });
    try {
      const data = await work(entry.snapshot.data);
      if (entry.generation !== generation) return;
      this.set(entry, { status: 'success', data, error: undefined, isFetching: false });
    } catch (error) {
      if (entry.generation !== generation) return;
      const status = entry.snapshot.data === undefined ? 'error' : 'success';
      this.set(entry, { ...entry.snapshot, status, error: toApiError(error), isFetching: false });
    }
  }

  private set(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of [...entry.listeners]) listener();
  }

  private trim(): void {
    const unwatched = [...this.entries].filter(([, entry]) => entry.listeners.size === 0);
    const excess = unwatched.length - UNWATCHED_ENTRIES_MAX;
    for (const [key] of unwatched.slice(0, Math.max(0, excess))) this.entries.delete(key);
  }
}

export const queryCache = new QueryCache();
