/**
 * Remembers the server book between starts of the desktop app: its connection string, password
 * included, sealed by Electron's `safeStorage` (the system's keychain) in a file of the user-data
 * folder, beside the address shown to people. Never plain text: where the system offers no
 * encryption nothing is kept (the server book then opens for this run only), and the password is
 * never logged. `safeStorage` comes in from main (index.ts), so this file stays plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serverAddress } from '../../shared/server-book-url.ts';
import { writeFileAtomic } from '../backend/files/write-atomic.ts';

export const SERVER_BOOK_FILE = 'server-book.json';

/** The part of Electron's `safeStorage` used here (a fake in the tests). */
export type SecretBox = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
};

export type ServerBookKeeper = {
  /** The kept connection string, or null (none kept, or it cannot be unsealed here). */
  load(): string | null;
  /** Keeps it sealed; false when the system offers no encryption (then nothing is written). */
  save(databaseUrl: string): boolean;
  forget(): void;
};

type KeptFile = { address: string; sealed: string };

export function createServerBookKeeper(options: {
  folder: string;
  box: SecretBox;
}): ServerBookKeeper {
  const file = path.join(options.folder, SERVER_BOOK_FILE);
  return {
    load: () => {
      if (!fs.existsSync(file) || !options.box.isEncryptionAvailable()) return null;
      try {
        const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptFile;
        return options.box.decryptString(Buffer.from(kept.sealed, 'base64'));
      } catch {
        // Sealed on another computer or by another user: it cannot be read here; ask again.
        return null;
      }
    },
    save: (databaseUrl) => {
      if (!options.box.isEncryptionAvailable()) return false;
      const sealed = options.box.encryptString(databaseUrl).toString('base64');
      const kept: KeptFile = { address: serverAddress(databaseUrl), sealed };
      writeFileAtomic(file, `${JSON.stringify(kept, null, 2)}\n`, { overwrite: true });
      return true;
    },
    forget: () => {
      fs.rmSync(file, { force: true });
    },
  };
}
