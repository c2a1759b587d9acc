/** Proves the error precedence of the `imports.*` channels, one row per line of their tables. */
import { describeRows } from './setup.ts';
import { importRows } from './imports.rows.ts';

describeRows(importRows);
