/**
 * For one probe only: makes `drizzle-orm` (and its subpaths) resolve to its CommonJS build, the
 * way a CommonJS main-process build with external dependencies would load it. Node's ESM loader
 * re-reads drizzle-orm's very large package.json for every one of its modules; this shows how
 * much of the resident memory is that loading rather than the engine or the ledger file.
 */
import { registerHooks } from 'node:module';

const REDIRECTED = /^drizzle-orm(\/|$)/;

export function loadDrizzleAsCommonJs(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (!REDIRECTED.test(specifier)) return nextResolve(specifier, context);
      return nextResolve(specifier, { ...context, conditions: ['node', 'require', 'default'] });
    },
  });
}
