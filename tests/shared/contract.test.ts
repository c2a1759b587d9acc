/**
 * Proves that the channel registry matches ../shared/CONTRACT.md, the engine's published contract,
 * and that fields added to its shapes and inputs are named here (the contract allows additions).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract/channels.ts';
import type { BackendOptions } from '../../electron/backend/index.ts';
import { givenBackend, givenCustomer } from '../support/backend.ts';

const CONTRACT = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'CONTRACT.md');

/** Channels the contract names that later issues build; this list only ever shrinks. */
const PENDING: string[] = [];

/** Channels this project adds to the contract (it allows new channels); each is named here. */
const EXTENSIONS = [
  // A book copied to a server book and back (issue #19); beside `createBackend({ databaseUrl })`.
  'book.copyTo',
  'customers.archive',
  'customers.setHoursBudget',
  'customers.unarchive',
  'statements.draft',
  'statements.openSnapshot',
  'statements.snapshots',
  'time.invoice',
  'users.listAll',
  'users.remove',
  'users.setPin',
  'users.signIn',
  'users.update',
];

/**
 * Options this project adds to `createBackend` (the contract allows additions): a server book
 * (issue #19), opened by its connection string in place of a file.
 */
const ENTRY_EXTENSIONS = ['databaseUrl'];

/** Fields this project adds to a shape or a channel's input of the contract; each is named here. */
const FIELD_EXTENSIONS = {
  Balance: ['hoursBudget', 'refundable', 'spendableNow'],
  'invoices.list': ['pastDue'],
};

function contractText(): string {
  return fs.readFileSync(CONTRACT, 'utf8');
}

/** The field names of a line such as `- Balance: customerId, currency, grants [{ id }], ...`. */
function namesIn(list: string): string[] {
  const flat = list.replace(/\[[^\]]*\]/g, '').replace(/\([^)]*\)/g, '');
  return flat
    .split(',')
    .map((part) => part.replace(/[?.]/g, '').trim())
    .filter((name) => /^[a-z][A-Za-z]*$/.test(name));
}

function shapeFields(shape: string): string[] {
  const found = new RegExp(`^- ${shape}: ([\\s\\S]*?)(?=\\n- |\\n\\n)`, 'm').exec(contractText());
  return namesIn(found?.[1] ?? '');
}

function inputFields(channel: string): string[] {
  const row = contractText()
    .split('\n')
    .find((line) => line.startsWith(`| \`${channel}\` |`));
  return namesIn(row?.split('|')[2] ?? '');
}

function contractChannels(): string[] {
  const text = contractText();
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const firstCell = /^\| ([^|]+) \|/.exec(line)?.[1] ?? '';
    for (const match of firstCell.matchAll(/`([a-z][A-Za-z]*\.[A-Za-z]+)`/g))
      names.add(match[1] ?? '');
  }
  return [...names].sort();
}

/** Families the contract names by a wildcard (`reports.*`): their channels' names are free. */
function contractFamilies(): string[] {
  const families = contractText().matchAll(/^\| `([a-z][A-Za-z]*)\.\*` \|/gm);
  return [...families].map((match) => `${match[1] ?? ''}.`);
}

describe('contract', () => {
  it('is there to compare with: a missing contract fails, never skips', () => {
    expect(fs.existsSync(CONTRACT), `${CONTRACT} is missing`).toBe(true);
  });

  it('names every channel the registry has, except the named extensions', () => {
    const published = contractChannels();
    const families = contractFamilies();
    expect(families).toContain('reports.');
    const registered = Object.keys(channels).sort();
    const named = (name: string) =>
      published.includes(name) || families.some((family) => name.startsWith(family));
    expect(registered.filter((name) => !named(name))).toEqual(EXTENSIONS);
    expect(published.filter((name) => !registered.includes(name)).sort()).toEqual(
      [...PENDING].sort(),
    );
  });

  it('opens with the contract’s createBackend options, plus only the named additions', () => {
    const declared = /createBackend\(options: \{([^}]*)\}/.exec(contractText())?.[1] ?? '';
    const contract = declared.split(';').map((part) => part.split(':')[0]?.replace('?', '').trim());
    expect(contract.filter(Boolean)).toEqual(['dbPath', 'now', 'timeZone']);
    const options = {
      dbPath: ':memory:',
      now: () => new Date(0),
      timeZone: 'UTC',
      databaseUrl: 'postgres://book@db.example/book',
    } satisfies BackendOptions;
    expect(Object.keys(options).filter((name) => !contract.includes(name))).toEqual(
      ENTRY_EXTENSIONS,
    );
  });

  it('gives every Balance field of the contract, plus only the named additions', async () => {
    const t = givenBackend();
    const balance = await t.call('balance.get', { customerId: await givenCustomer(t) });
    const contract = shapeFields('Balance');
    expect(contract).toContain('hoursRemaining');
    const given = Object.keys(balance);
    expect(contract.filter((name) => !given.includes(name))).toEqual([]);
    expect(given.filter((name) => !contract.includes(name)).sort()).toEqual(
      FIELD_EXTENSIONS.Balance,
    );
  });

  it('takes every invoices.list input of the contract, plus only the named additions', () => {
    const contract = inputFields('invoices.list');
    expect(contract).toContain('cursor');
    const taken = Object.keys(channels['invoices.list'].input.shape);
    expect(contract.filter((name) => !taken.includes(name))).toEqual([]);
    expect(taken.filter((name) => !contract.includes(name))).toEqual(
      FIELD_EXTENSIONS['invoices.list'],
    );
  });
});
