/**
 * Proves that `imports.preview` and `imports.commit` take a workbook as they take a CSV file:
 * the preview names its sheets and reads the one chosen, and the commit writes its rows; a sheet
 * it does not have, or a name past IMPORT_SHEET_NAME_MAX, is refused on `options.sheet`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it, onTestFinished } from 'vitest';
import { IMPORT_SHEET_NAME_MAX } from '../../../shared/contract/schemas/imports.ts';
import { givenBackend } from '../../support/backend.ts';
import { commit, givenCustomersImported } from './given.ts';

async function givenWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['nothing to import']);
  const lots = workbook.addWorksheet('Lots');
  lots.addRow(['customer_external_id', 'currency', 'amount', 'kind', 'expires_on', 'opened_on']);
  lots.addRow(['C-1', 'USD', 1234.5, 'paid', null, new Date(Date.UTC(2026, 0, 15))]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-xlsx-'));
  onTestFinished(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const file = path.join(folder, 'lots.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

it('previews the chosen sheet of a workbook and commits its rows', async () => {
  const t = givenBackend();
  const [acme] = await givenCustomersImported(t);
  const file = await givenWorkbook();
  const input = { path: file, kind: 'opening_lots' as const, mapping: {} };
  const first = await t.call('imports.preview', input);
  expect(first.sheets).toEqual(['Notes', 'Lots']);
  expect(first.counts.accepted).toBe(0);
  const options = { sheet: 'Lots' };
  const preview = await t.call('imports.preview', { ...input, options });
  expect([preview.problems, preview.counts.accepted]).toEqual([[], 1]);
  await commit(t, { path: file, kind: 'opening_lots' }, { options });
  const balance = await t.call('balance.get', { customerId: acme });
  expect(balance.balance).toBe('1234.50');
});

it('refuses a sheet the workbook does not have, and a sheet name longer than any', async () => {
  const t = givenBackend();
  const file = await givenWorkbook();
  const input = { path: file, kind: 'opening_lots' as const, mapping: {} };
  const missing = await t.fail('imports.preview', { ...input, options: { sheet: 'Invoices' } });
  expect([missing.code, missing.field]).toEqual(['VALIDATION', 'options.sheet']);
  const long = 'L'.repeat(IMPORT_SHEET_NAME_MAX + 1);
  const tooLong = await t.fail('imports.preview', { ...input, options: { sheet: long } });
  expect([tooLong.code, tooLong.field]).toEqual(['VALIDATION', 'options.sheet']);
  const named = 'L'.repeat(IMPORT_SHEET_NAME_MAX);
  const atMost = await t.fail('imports.preview', { ...input, options: { sheet: named } });
  expect(atMost.message).toMatch(/sheet/i);
});
