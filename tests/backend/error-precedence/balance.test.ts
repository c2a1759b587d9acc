/** Proves the error precedence of the `balance.*` channels, one row per line of their tables. */
import { balanceRows } from './balance.rows.ts';
import { reverseRows } from './reverse.rows.ts';
import { describeRows } from './setup.ts';

describeRows(balanceRows);
describeRows(reverseRows);
