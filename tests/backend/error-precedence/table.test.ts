/**
 * Proves the error-precedence tables are whole: every mutating channel of the registry has one,
 * and every line of every table has exactly one row whose code is the line's, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract/channels.ts';
import {
  errorPrecedence,
  handlerChecks,
  MUTATING_CHANNELS,
  ROUTER_CHECKS,
} from '../../../shared/contract/error-precedence.ts';
import { ALL_HANDLER_ROWS, routerRows } from './router.rows.ts';

describe('the error-precedence tables', () => {
  it('cover every mutating channel of the registry, and only those', () => {
    const mutating = Object.entries(channels).filter(([, spec]) => spec.mutates);
    expect(mutating.length).toBeGreaterThan(20);
    expect(Object.keys(handlerChecks).sort()).toEqual(mutating.map(([name]) => name).sort());
    expect([...MUTATING_CHANNELS].sort()).toEqual(mutating.map(([name]) => name).sort());
  });

  it.each(MUTATING_CHANNELS)('%s: one row per line, with the line’s code', (channel) => {
    const rows = [...routerRows(channel), ...(ALL_HANDLER_ROWS[channel] ?? [])];
    const table = errorPrecedence(channel);
    expect(table.slice(0, ROUTER_CHECKS.length)).toEqual(ROUTER_CHECKS);
    expect(rows.map((row) => row.code)).toEqual(table.map(([code]) => code));
  });

  it('has no row for a channel that is not mutating', () => {
    const extra = Object.keys(ALL_HANDLER_ROWS).filter(
      (name) => !(MUTATING_CHANNELS as readonly string[]).includes(name),
    );
    expect(extra).toEqual([]);
  });
});
