/**
 * The engine as the desktop app ships it: electron-vite bundles the main process, engine
 * included, into one CommonJS file and leaves the npm dependencies as `require` calls. This
 * builds the same for the engine alone (with vite, which electron-vite drives), so a fresh
 * process can load it and show what the sources' module loading adds to the figures; the import
 * worker's script is built beside it (`import-worker.cjs`), as the app ships it.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';
import pkg from '../../package.json' with { type: 'json' };
import { DATA_DIR } from './settings.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
export const MIGRATIONS_FOLDER = path.join(ROOT, 'electron', 'backend', 'db', 'migrations');

function isExternal(id: string): boolean {
  const dependencies = Object.keys(pkg.dependencies);
  return (
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    dependencies.some((name) => id === name || id.startsWith(`${name}/`))
  );
}

/** Builds the bundle into the benchmark's data folder and returns its path. */
export async function buildEngineBundle(): Promise<string> {
  const outDir = path.join(DATA_DIR, 'engine-bundle');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        // The import worker's script beside the engine, as electron-vite ships it in out/main.
        input: {
          engine: path.join(ROOT, 'electron', 'backend', 'index.ts'),
          'import-worker': path.join(
            ROOT,
            'electron',
            'backend',
            'domains',
            'imports',
            'worker.ts',
          ),
        },
        external: isExternal,
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  });
  return path.join(outDir, 'engine.cjs');
}
