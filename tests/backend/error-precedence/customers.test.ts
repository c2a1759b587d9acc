/** Proves the error precedence of the `customers.*` channels, one row per line of their tables. */
import { customerRows } from './customers.rows.ts';
import { describeRows } from './setup.ts';

describeRows(customerRows);
