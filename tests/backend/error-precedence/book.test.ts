/** Proves the error precedence of `book.copyTo`, one row per line of its table. */
import { afterAll } from 'vitest';
import { describeRows } from './setup.ts';
import { bookRows, stopRowsCluster } from './book.rows.ts';

describeRows(bookRows);

afterAll(stopRowsCluster);
