/**
 * Proves the desktop keeps a server book's connection string only sealed by safeStorage (a fake
 * here): the file never holds the password nor the string in plain text, it reads back as it was
 * kept, nothing is written where the system offers no encryption, a file sealed elsewhere reads
 * as nothing kept, and forgetting removes it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createServerBookKeeper,
  SERVER_BOOK_FILE,
  type SecretBox,
} from '../../electron/main/server-book-keeper.ts';

const URL_KEPT = 'postgres://ana:S3cret-pass@db.example:5432/books?sslmode=require';

function fakeBox(available = true): SecretBox {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(Buffer.from(text).map((byte) => byte ^ 0x5a)),
    decryptString: (sealed) => {
      if (sealed.length === 0) throw new Error('sealed by another user');
      return Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString();
    },
  };
}

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-keeper-'));
}

describe('the server book keeper', () => {
  it('keeps the connection string sealed, never in plain text, and reads it back', () => {
    const dir = folder();
    const keeper = createServerBookKeeper({ folder: dir, box: fakeBox() });
    expect(keeper.save(URL_KEPT)).toBe(true);
    const text = fs.readFileSync(path.join(dir, SERVER_BOOK_FILE), 'utf8');
    expect(text).not.toContain('S3cret-pass');
    expect(text).not.toContain('postgres://');
    expect(text).toContain('ana@db.example:5432/books');
    expect(createServerBookKeeper({ folder: dir, box: fakeBox() }).load()).toBe(URL_KEPT);
  });

  it('keeps nothing where the system offers no encryption', () => {
    const dir = folder();
    const keeper = createServerBookKeeper({ folder: dir, box: fakeBox(false) });
    expect(keeper.save(URL_KEPT)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(keeper.load()).toBeNull();
  });

  it('reads a file sealed elsewhere as nothing kept, and forgets on request', () => {
    const dir = folder();
    fs.writeFileSync(
      path.join(dir, SERVER_BOOK_FILE),
      JSON.stringify({ address: 'x', sealed: '' }),
    );
    const keeper = createServerBookKeeper({ folder: dir, box: fakeBox() });
    expect(keeper.load()).toBeNull();
    keeper.forget();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
