/** drizzle-kit for the server book's PostgreSQL migrations (issue #19); SQLite's is drizzle.config.ts. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './electron/backend/db/pg/schema.ts',
  out: './electron/backend/db/pg/migrations',
});
