/**
 * Proves that the sample CSV offered for each kind (resources/import-templates/) previews with
 * no problem, every column matched to a field by its header, the money kinds against the
 * customers its own customers template creates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/contract/schemas/imports.ts';
import type { ExistingCustomer } from '../../electron/backend/imports/customer-match.ts';
import { csv, previewOf } from './given.ts';

const FOLDER = path.join(import.meta.dirname, '..', '..', 'resources', 'import-templates');

const TEMPLATES: Record<ImportKind, string> = {
  customers: 'customers.csv',
  opening_lots: 'opening-lots.csv',
  opening_debt: 'opening-debt.csv',
  open_invoices: 'open-invoices.csv',
  balance_history: 'balance-history.csv',
};

function template(kind: ImportKind): string {
  return fs.readFileSync(path.join(FOLDER, TEMPLATES[kind]), 'utf8');
}

/** The customers the customers template would create, as the engine would then hold them. */
function templateCustomers(): ExistingCustomer[] {
  const preview = previewOf('customers', template('customers'), { customers: [] });
  return preview.rows.map((row) => ({
    id: `id-${row.row}`,
    externalId: row.values.externalId ?? null,
    name: row.values.name ?? '',
    email: row.values.email ?? '',
    currency: row.values.currency ?? '',
  }));
}

describe('import templates', () => {
  it('has one template per kind and no other file', () => {
    expect(fs.readdirSync(FOLDER).sort()).toEqual(Object.values(TEMPLATES).sort());
  });

  it.each(Object.keys(TEMPLATES) as ImportKind[])('previews the %s template cleanly', (kind) => {
    const customers = kind === 'customers' ? [] : templateCustomers();
    const preview = previewOf(kind, template(kind), { customers });
    expect(preview.problems).toEqual([]);
    expect(preview.counts.refused).toBe(0);
    expect(preview.counts.accepted).toBeGreaterThan(0);
    expect(Object.values(preview.mapping).sort()).toEqual([...preview.headers].sort());
    expect(preview.mustChoose).toEqual({ decimalSeparator: false, dateOrder: false });
  });

  it('creates every customer of its template, and would refuse a second copy of a row', () => {
    const preview = previewOf('customers', template('customers'), { customers: [] });
    expect(preview.counts).toMatchObject({ accepted: 3, creates: 3, updates: 0 });
    const [header = '', first = ''] = template('opening_lots').split('\n');
    const twice = previewOf('opening_lots', csv(header, first, first), {
      customers: templateCustomers(),
    });
    expect(twice.problems.map((problem) => problem.message)).toEqual(['repeats row 2']);
  });
});
