/**
 * The server book's column kinds, one definition for every pg schema file: how SQLite's TEXT,
 * INTEGER and BLOB and its implicit rowid stand on PostgreSQL.
 */
import { bigint, customType } from 'drizzle-orm/pg-core';

/**
 * Text compared byte by byte, as SQLite's BINARY does, whatever the server's locale: ids, ISO
 * dates and folded names then sort and page (cursors compare with `>`) the same on both stores.
 */
export const text = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/** A SQLite INTEGER: 64 bits, read by the engine as a number (pg-storage checks it is safe). */
export const int = (name: string) => bigint(name, { mode: 'number' });

/** A SQLite BLOB. */
export const bytes = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Insertion order, where SQLite pages by its implicit rowid. */
export const rowid = () => int('rowid').generatedAlwaysAsIdentity();
