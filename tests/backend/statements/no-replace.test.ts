/** Proves that an export never replaces a file already at its path unless the caller says the person agreed (`overwrite`), and that its errors name the file, not the folders above it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { givenBackend, givenCustomer, givenIssuedInvoice, topUp } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import type { ChannelCallInput } from '../../../shared/contract/channels.ts';

const RANGE = { from: '2026-03-01', to: '2026-03-31' } as const;
const KEPT = 'a file the person made';
const CHANNELS = ['statements.exportCsv', 'statements.exportPdf', 'invoices.exportPdf'] as const;
type ExportChannel = (typeof CHANNELS)[number];

afterEach(() => {
  vi.restoreAllMocks();
});

async function givenExports() {
  const folder = path.dirname(tempDbPath());
  const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '100.00');
  const invoice = await givenIssuedInvoice(t, customerId, '40.00');
  const inputs: { [C in ExportChannel]: Omit<ChannelCallInput<C>, 'path'> } = {
    'statements.exportCsv': { customerId, ...RANGE },
    'statements.exportPdf': { customerId, ...RANGE },
    'invoices.exportPdf': { invoiceId: invoice.id },
  };
  const exportActions = async () =>
    (await t.call('audit.list', {})).items
      .map((event) => event.action)
      .filter((action) => action.includes('export'));
  return { t, folder, inputs, exportActions };
}

/** Everything in the folder but the ledger, so a stray temporary file shows. */
function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => !name.startsWith('ledger.sqlite'))
    .sort();
}

describe('an export to a path where a file already is', () => {
  it('is refused with CONFLICT on path, keeps the file, writes no temporary file nor audit event', async () => {
    const { t, folder, inputs, exportActions } = await givenExports();
    for (const channel of CHANNELS) {
      const input = inputs[channel];
      const target = path.join(folder, `${channel}.out`);
      fs.writeFileSync(target, KEPT);
      for (const overwrite of [undefined, false]) {
        const error = await t.fail(channel, { ...input, path: target, overwrite });
        expect(error, channel).toMatchObject({ code: 'CONFLICT', field: 'path' });
        expect(error.message).toContain(`${channel}.out`);
        expect(error.message).not.toContain(folder);
        expect(fs.readFileSync(target, 'utf8')).toBe(KEPT);
      }
    }
    expect(filesIn(folder)).toEqual(
      Object.keys(inputs)
        .map((name) => `${name}.out`)
        .sort(),
    );
    expect(await exportActions()).toEqual([]);
  });

  it('replaces the file when the person agreed (overwrite), and logs the export', async () => {
    const { t, folder, inputs, exportActions } = await givenExports();
    for (const channel of CHANNELS) {
      const input = inputs[channel];
      const target = path.join(folder, `${channel}.out`);
      fs.writeFileSync(target, KEPT);
      const result = await t.call(channel, { ...input, path: target, overwrite: true });
      expect(result, channel).toMatchObject({ path: target });
      expect(fs.readFileSync(target, 'utf8')).not.toBe(KEPT);
    }
    expect(filesIn(folder)).toHaveLength(CHANNELS.length);
    expect(await exportActions()).toHaveLength(CHANNELS.length);
  });

  it('refuses a file that appears after the check, at the moment of the move', async () => {
    const { t, folder, inputs } = await givenExports();
    const target = path.join(folder, 'late.csv');
    const link = fs.linkSync.bind(fs);
    vi.spyOn(fs, 'linkSync').mockImplementation((from, to) => {
      fs.writeFileSync(to, KEPT);
      link(from, to);
    });
    const error = await t.fail('statements.exportCsv', {
      ...inputs['statements.exportCsv'],
      path: target,
    });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'path' });
    expect(fs.readFileSync(target, 'utf8')).toBe(KEPT);
    expect(filesIn(folder)).toEqual(['late.csv']);
  });
});

describe('an export to a new path', () => {
  it('writes the file under its name and leaves no temporary file', async () => {
    const { t, folder, inputs } = await givenExports();
    const target = path.join(folder, 'new.csv');
    await t.call('statements.exportCsv', { ...inputs['statements.exportCsv'], path: target });
    expect(fs.readFileSync(target, 'utf8')).toContain('date,recorded_at');
    expect(filesIn(folder)).toEqual(['new.csv']);
  });

  it('still writes, and still keeps a file already there, on a file system without hard links', async () => {
    const { t, folder, inputs } = await givenExports();
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('not supported'), { code: 'EPERM' });
    });
    const input = inputs['statements.exportCsv'];
    const target = path.join(folder, 'fat.csv');
    await t.call('statements.exportCsv', { ...input, path: target });
    expect(fs.readFileSync(target, 'utf8')).toContain('date,recorded_at');
    fs.writeFileSync(target, KEPT);
    const error = await t.fail('statements.exportCsv', { ...input, path: target });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'path' });
    expect(fs.readFileSync(target, 'utf8')).toBe(KEPT);
    expect(filesIn(folder)).toEqual(['fat.csv']);
  });

  it('names a missing folder by its own name, not the folders above it', async () => {
    const { t, folder, inputs } = await givenExports();
    const error = await t.fail('statements.exportCsv', {
      ...inputs['statements.exportCsv'],
      path: path.join(folder, 'missing', 'x.csv'),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    expect(error.message).toContain('missing');
    expect(error.message).not.toContain(folder);
  });
});
