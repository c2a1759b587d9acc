/**
 * Proves the router's order for every mutating channel: the acting user, then the schema, then
 * the role, then a reused request id, each winning over every later reason at once; so a viewer
 * sending bad input to an admin channel gets VALIDATION on the field, not FORBIDDEN.
 */
import { describe, it } from 'vitest';
import { MUTATING_CHANNELS, ROUTER_CHECKS } from '../../../shared/contract/error-precedence.ts';
import { routerRows } from './router.rows.ts';
import { proveRow } from './setup.ts';

describe.each(MUTATING_CHANNELS)('%s', (channel) => {
  routerRows(channel).forEach((row, index) => {
    const [code, when] = ROUTER_CHECKS[index] ?? ['INTERNAL', 'a row without a line'];
    it(`${index + 1}. ${code}: ${when}`, () => proveRow(channel, row));
  });
});
