/** Proves that a recorded head of the audit chain is found while the chain holds it, and not after its tail is cut. */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { checkChainHead, readChainHead } from '../../../electron/backend/audit/chain-head.ts';

function chain(count: number): Database.Database {
  const sqlite = new Database(':memory:');
  sqlite.exec('CREATE TABLE audit_events (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL)');
  for (let seq = 1; seq <= count; seq += 1) {
    sqlite.prepare('INSERT INTO audit_events (seq, hash) VALUES (?, ?)').run(seq, `h${seq}`);
  }
  return sqlite;
}

describe('chain head', () => {
  it('reads the newest event, or null for an empty chain', () => {
    expect(readChainHead(chain(0))).toBeNull();
    expect(readChainHead(chain(3))).toEqual({ seq: 3, hash: 'h3' });
  });

  it('finds a recorded head while the chain holds it', () => {
    const sqlite = chain(3);
    const head = readChainHead(sqlite);
    sqlite.prepare('INSERT INTO audit_events (seq, hash) VALUES (4, ?)').run('h4');
    expect(head && checkChainHead(sqlite, head)).toBe('present');
  });

  it('reports a cut tail as missing and a rewritten event as different', () => {
    const sqlite = chain(3);
    expect(checkChainHead(sqlite, { seq: 3, hash: 'h3' })).toBe('present');
    sqlite.prepare('DELETE FROM audit_events WHERE seq = 3').run();
    expect(checkChainHead(sqlite, { seq: 3, hash: 'h3' })).toBe('missing');
    expect(checkChainHead(sqlite, { seq: 2, hash: 'other' })).toBe('different');
  });
});
