/** Proves that the channel registry matches ../shared/CONTRACT.md, the engine's published contract. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract/channels.ts';

const CONTRACT = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'CONTRACT.md');

/** Channels the contract names that later issues build; this list only ever shrinks. */
const PENDING: string[] = [
  'balance.reverse',
  'imports.commit',
  'imports.list',
  'imports.preview',
  'imports.undo',
  'statements.verify',
];

/** Channels this project adds to the contract (it allows new channels); each is named here. */
const EXTENSIONS = [
  'customers.archive',
  'customers.unarchive',
  'time.invoice',
  'users.listAll',
  'users.remove',
  'users.setPin',
  'users.signIn',
  'users.update',
];

function contractChannels(): string[] {
  const text = fs.readFileSync(CONTRACT, 'utf8');
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const firstCell = /^\| ([^|]+) \|/.exec(line)?.[1] ?? '';
    for (const match of firstCell.matchAll(/`([a-z][A-Za-z]*\.[A-Za-z]+)`/g))
      names.add(match[1] ?? '');
  }
  return [...names].sort();
}

describe('contract', () => {
  it('is there to compare with: a missing contract fails, never skips', () => {
    expect(fs.existsSync(CONTRACT), `${CONTRACT} is missing`).toBe(true);
  });

  it('names every channel the registry has, except the named extensions', () => {
    const published = contractChannels();
    const registered = Object.keys(channels).sort();
    expect(registered.filter((name) => !published.includes(name))).toEqual(EXTENSIONS);
    expect(published.filter((name) => !registered.includes(name)).sort()).toEqual(
      [...PENDING].sort(),
    );
  });
});
