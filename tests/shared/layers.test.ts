/**
 * Proves the engine's layers run one way (ARCHITECTURE.md): the top (router, handler map, entry,
 * scheduled pass) over domains, domains over core, core over the base (storage, db, ledger, audit,
 * files, pdf); pure rules (`domains/<d>/rules.ts`) under everything. No domain imports another
 * domain, no core file imports a domain, no base file imports core or a domain, and no file in
 * `domains/<d>/` but its `repo.ts` holds a query (queries live in repos).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BACKEND = 'electron/backend';
const TOP = new Set(['router.ts', 'handlers.ts', 'index.ts', 'jobs/run-due.ts']);

type Layer = { rank: number; name: string; domain?: string };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The layer of a file, by its path inside electron/backend. */
export function layerOf(file: string): Layer {
  const inner = path.relative(BACKEND, file).split(path.sep).join('/');
  if (TOP.has(inner)) return { rank: 4, name: 'top' };
  const domain = /^domains\/([^/]+)\//.exec(inner)?.[1];
  if (domain !== undefined && inner.endsWith('/rules.ts')) return { rank: 0, name: 'rules' };
  if (domain !== undefined) return { rank: 3, name: `domain ${domain}`, domain };
  if (inner.startsWith('core/')) return { rank: 2, name: 'core' };
  return { rank: 1, name: 'base' };
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)];
  return found.map((match) => path.normalize(path.join(path.dirname(file), match[1] ?? '')));
}

/** Why `from` may not import `to`, or null when it may. */
export function wrongImport(from: string, to: string): string | null {
  if (!to.startsWith(BACKEND)) return null;
  const source = layerOf(from);
  const target = layerOf(to);
  if (target.rank > source.rank) return `${source.name} imports ${target.name} above it`;
  if (source.domain && target.domain && source.domain !== target.domain) {
    return `${source.name} imports ${target.name}`;
  }
  return null;
}

/** A query written outside a repo: the query builder, the tx, or an `sql` template. */
const INLINE_QUERY = /from 'drizzle-orm'|\.tx\.|\bsql`/;

/** Whether a file must hold no query: every file of a domain but its `repo.ts`. */
export function keepsNoQuery(file: string): boolean {
  const inner = path.relative(BACKEND, file).split(path.sep).join('/');
  return /^domains\/[^/]+\//.test(inner) && !inner.endsWith('/repo.ts');
}

describe('the layers of the engine', () => {
  const files = sourceFiles(BACKEND);

  it('reads the files it checks', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.some((file) => file.includes('/core/'))).toBe(true);
  });

  it('has every import run down, never up and never across domains', () => {
    const wrong = files.flatMap((file) =>
      importsOf(file).flatMap((target) => {
        const why = wrongImport(file, target);
        return why === null ? [] : [`${file} -> ${target}: ${why}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every query of a domain in its repo.ts', () => {
    const checked = files.filter(keepsNoQuery);
    expect(checked.length).toBeGreaterThan(20);
    const inline = checked.filter((file) => INLINE_QUERY.test(fs.readFileSync(file, 'utf8')));
    expect(inline).toEqual([]);
  });

  it('would catch an import that runs back up or across (the rule itself)', () => {
    const at = (inner: string) => `${BACKEND}/${inner}`;
    expect(wrongImport(at('core/settle.ts'), at('domains/invoices/handlers.ts'))).not.toBeNull();
    expect(wrongImport(at('ledger/hash.ts'), at('core/post-entry.ts'))).not.toBeNull();
    expect(
      wrongImport(at('domains/time/handlers.ts'), at('domains/invoices/repo.ts')),
    ).not.toBeNull();
    expect(wrongImport(at('domains/time/handlers.ts'), at('core/settle.ts'))).toBeNull();
    expect(wrongImport(at('core/invoices.ts'), at('domains/invoices/rules.ts'))).toBeNull();
    expect(INLINE_QUERY.test('const q = sql`SELECT 1`;')).toBe(true);
    expect(INLINE_QUERY.test('await ctx.tx.get(query);')).toBe(true);
    expect(keepsNoQuery(at('domains/statements/read.ts'))).toBe(true);
    expect(keepsNoQuery(at('domains/invoices/handlers.ts'))).toBe(true);
    expect(keepsNoQuery(at('domains/invoices/repo.ts'))).toBe(false);
    expect(keepsNoQuery(at('core/invoices.ts'))).toBe(false);
  });
});
