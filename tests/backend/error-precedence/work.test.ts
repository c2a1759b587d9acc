/** Proves the error precedence of the time, schedule and user channels, one row per line. */
import { describeRows } from './setup.ts';
import { workRows } from './work.rows.ts';

describeRows(workRows);
