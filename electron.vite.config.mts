/**
 * Build of the three Electron targets into out/: main (the engine bundled in, its npm
 * dependencies left as require calls, so better-sqlite3's native binding stays outside the
 * bundle), preload (CommonJS and self-contained, as a sandboxed preload must be) and the React
 * renderer. The engine's SQL migrations are copied next to the main bundle, because main passes
 * their folder to the engine explicitly.
 */
import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
const migrationsSource = path.join(root, 'electron/backend/db/migrations');
const migrationsTarget = path.join(root, 'out/main/migrations');

/** Only what the migrator reads at run time: the SQL files and the journal, not the snapshots. */
function isRuntimeMigrationFile(source: string): boolean {
  const relative = path.relative(migrationsSource, source);
  return (
    relative === '' ||
    relative === 'meta' ||
    relative === path.join('meta', '_journal.json') ||
    (path.dirname(relative) === '.' && relative.endsWith('.sql'))
  );
}

function copyMigrations(): Plugin {
  return {
    name: 'balancebook:copy-migrations',
    apply: 'build',
    closeBundle() {
      fs.rmSync(migrationsTarget, { recursive: true, force: true });
      fs.cpSync(migrationsSource, migrationsTarget, {
        recursive: true,
        filter: isRuntimeMigrationFile,
      });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      // The import worker's script beside index.js, where the engine looks for it.
      rolldownOptions: {
        input: {
          index: path.join(root, 'electron/main/index.ts'),
          'import-worker': path.join(root, 'electron/backend/domains/imports/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron` and a few built-ins: bundle the rest.
      externalizeDeps: false,
      rolldownOptions: { input: { index: path.join(root, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: path.join(root, 'out/renderer'),
      minify: true,
      rolldownOptions: { input: path.join(root, 'renderer/index.html') },
    },
  },
});
