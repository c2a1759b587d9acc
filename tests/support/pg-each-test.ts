/** Setup file of the pg project: each test's server books are dropped when it ends. */
import { afterEach } from 'vitest';
import { dropServerBooks } from './pg-book.ts';

afterEach(dropServerBooks);
