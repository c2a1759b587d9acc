/**
 * Proves a team loses and doubles nothing on one server book (issue #19): four processes, each
 * its own engine and pool, run a seeded mix of top-ups, charges, invoices, retries and requests
 * all of them send with one requestId, at once. Then every acknowledged operation is in the book
 * exactly once, a retry and a shared requestId answer what the first call answered, each balance
 * is the sum of its entries, invoice numbers run 1..n without a gap, and audit.verify passes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';
import type { Answer } from '../../support/pg-team-worker.ts';

const MEMBERS = 4;
const OPERATIONS = 30;
const CUSTOMERS = 5;
const WORKER = path.join(import.meta.dirname, '..', '..', 'support', 'pg-team-worker.ts');

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  cluster.stop();
});

const now = () => new Date('2026-03-02T10:00:00Z');

async function givenBook(): Promise<{ url: string; customerIds: string[] }> {
  const url = await newDatabase(cluster.url, 'team');
  const backend = createBackend({ databaseUrl: url, now });
  const customerIds: string[] = [];
  for (let index = 0; index < CUSTOMERS; index += 1) {
    const created = await backend.invoke('customers.create', {
      name: `Client ${index}`,
      currency: 'EUR',
      requestId: `customer-${index}`,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    customerIds.push(created.data.id);
  }
  backend.close();
  return { url, customerIds };
}

async function runMember(url: string, member: number, customerIds: string[]): Promise<Answer[]> {
  const args = ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', WORKER, url, String(member)];
  const { stdout } = await promisify(execFile)(process.execPath, [
    ...args,
    String(OPERATIONS),
    customerIds.join(','),
  ]);
  return JSON.parse(stdout) as Answer[];
}

const entryOf = (answer: Answer) => (answer.data as { entry?: { id: string } }).entry?.id;

describe('a team on one server book', () => {
  it('loses and doubles nothing when several processes work at once', async () => {
    const { url, customerIds } = await givenBook();
    const members = Array.from({ length: MEMBERS }, (_, member) => member);
    const answers = (await Promise.all(members.map((m) => runMember(url, m, customerIds)))).flat();
    const acknowledged = answers.filter((answer) => answer.ok);
    expect(acknowledged.length).toBeGreaterThan(MEMBERS * OPERATIONS * 0.8);

    // One requestId, one answer: a retry or another member's call gets the first call's answer.
    const byRequest = new Map<string, string>();
    for (const answer of acknowledged) {
      const seen = byRequest.get(answer.requestId);
      const data = JSON.stringify(answer.data);
      if (seen !== undefined) expect(data).toBe(seen);
      byRequest.set(answer.requestId, data);
    }
    const sharedAnswers = acknowledged.filter((a) => a.requestId.startsWith('shared-'));
    // Each member sent each shared request at least once (a retry may send one again).
    expect(new Set(sharedAnswers.map((a) => a.requestId)).size).toBe(OPERATIONS / 10);
    expect(sharedAnswers.length).toBeGreaterThanOrEqual(MEMBERS * (OPERATIONS / 10));

    const book = await asSuperuser(url, async (client) => ({
      entries: (await client.query<{ id: string }>('SELECT id FROM ledger_entries')).rows,
      requests: (await client.query<{ request_id: string }>('SELECT request_id FROM requests'))
        .rows,
      balances: (
        await client.query<{ id: string; balance: string; total: string }>(
          `SELECT c.id, c.balance_minor AS balance, COALESCE(SUM(e.amount_minor), 0) AS total
           FROM customers c LEFT JOIN ledger_entries e ON e.customer_id = c.id GROUP BY c.id`,
        )
      ).rows,
      numbers: (
        await client.query<{ seq: string }>(
          'SELECT number_seq AS seq FROM invoices WHERE number_seq IS NOT NULL ORDER BY 1',
        )
      ).rows.map((row) => Number(row.seq)),
    }));
    // Every acknowledged movement is in the ledger exactly once.
    const entryIds = book.entries.map((row) => row.id);
    const movements = [...byRequest.entries()].filter(([, data]) => data.includes('"entry"'));
    for (const [requestId] of movements) {
      const answer = acknowledged.find((a) => a.requestId === requestId) as Answer;
      expect(entryIds.filter((id) => id === entryOf(answer))).toHaveLength(1);
    }
    // Every acknowledged request is stored once (requests' primary key), none was lost.
    const stored = new Set(book.requests.map((row) => row.request_id));
    for (const requestId of byRequest.keys()) expect(stored.has(requestId)).toBe(true);
    for (const row of book.balances) expect(row.balance).toBe(row.total);
    const issued = new Set(
      acknowledged.filter((a) => a.channel === 'invoices.issue').map((a) => a.requestId),
    );
    expect(book.numbers).toEqual(Array.from({ length: issued.size }, (_, index) => index + 1));

    const backend = createBackend({ databaseUrl: url, now });
    const verified = await backend.invoke('audit.verify', {});
    backend.close();
    expect(verified).toMatchObject({ ok: true, data: { ok: true, problems: [] } });
  });
});
