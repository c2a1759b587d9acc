/**
 * Part (b) of `npm run bench:team` (issue #19): clients x operations on shared customers of one
 * server book, each client a process of its own (team-client.ts), all at once. Reports throughput
 * (acknowledged operations per second of wall time) and p50/p99 latency per call (and of the reads
 * alone), then checks the book: every acknowledged operation is there exactly once (its request
 * record, and its ledger entry or payment), each balance is the sum of its entries and, as no lot
 * expires here, the sum of its lots' remainders when positive; invoice numbers run 1..n;
 * audit.verify passes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createBackend } from '../../electron/backend/index.ts';
import type { ClientAnswer } from './team-client.ts';
import { nowMs, summarize, type Summary } from './stats.ts';

const CLIENT = path.join(import.meta.dirname, 'team-client.ts');
const now = () => new Date('2026-03-02T10:00:00Z');

export type LoadSizes = { clients: number; operations: number; customers: number };
export type LoadFigures = {
  acknowledged: number;
  refused: number;
  wallMs: number;
  latency: Summary;
  /** The calls that change nothing (balance.get) alone: they wait for no writer (#19). */
  readLatency: Summary;
  checks: { name: string; ok: boolean; detail: string }[];
};

async function givenCustomers(databaseUrl: string, count: number): Promise<string[]> {
  const backend = createBackend({ databaseUrl, now });
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const input = { name: `Shared ${index}`, currency: 'EUR', requestId: `shared-${index}` };
    const created = await backend.invoke('customers.create', input);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    ids.push(created.data.id);
  }
  backend.close();
  return ids;
}

async function runClient(url: string, client: number, sizes: LoadSizes, ids: string[]) {
  const args = ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', CLIENT, url, String(client)];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...args, String(sizes.operations), ids.join(',')],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as ClientAnswer[];
}

export async function runLoad(databaseUrl: string, sizes: LoadSizes): Promise<LoadFigures> {
  const ids = await givenCustomers(databaseUrl, sizes.customers);
  const started = nowMs();
  const clients = Array.from({ length: sizes.clients }, (_, client) => client);
  const answers = (
    await Promise.all(clients.map((c) => runClient(databaseUrl, c, sizes, ids)))
  ).flat();
  const wallMs = nowMs() - started;
  const acknowledged = answers.filter((answer) => answer.ok);
  return {
    acknowledged: acknowledged.length,
    refused: answers.length - acknowledged.length,
    wallMs,
    latency: summarize(answers.map((answer) => answer.ms)),
    readLatency: summarize(
      answers.filter((answer) => answer.channel === 'balance.get').map((answer) => answer.ms),
    ),
    checks: await checkBook(databaseUrl, acknowledged),
  };
}

type BookRows = {
  entries: Map<string, number>;
  payments: Map<string, number>;
  requests: Set<string>;
  balances: { balance: string; total: string; lots: string }[];
  numbers: number[];
};

async function readBook(databaseUrl: string): Promise<BookRows> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async (query: string) => {
    const counts = new Map<string, number>();
    for (const row of (await client.query<{ id: string }>(query)).rows)
      counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
    return counts;
  };
  try {
    const requests = await client.query<{ id: string }>('SELECT request_id AS id FROM requests');
    const balances = await client.query<{ balance: string; total: string; lots: string }>(
      `SELECT c.balance_minor AS balance,
         (SELECT COALESCE(SUM(e.amount_minor), 0) FROM ledger_entries e WHERE e.customer_id = c.id) AS total,
         (SELECT COALESCE(SUM(g.remaining_minor), 0) FROM grants g WHERE g.customer_id = c.id) AS lots
       FROM customers c`,
    );
    const numbers = await client.query<{ seq: string }>(
      'SELECT number_seq AS seq FROM invoices WHERE number_seq IS NOT NULL ORDER BY 1',
    );
    return {
      entries: await count('SELECT id FROM ledger_entries'),
      payments: await count('SELECT id FROM payments'),
      requests: new Set(requests.rows.map((row) => row.id)),
      balances: balances.rows,
      numbers: numbers.rows.map((row) => Number(row.seq)),
    };
  } finally {
    await client.end();
  }
}

async function checkBook(databaseUrl: string, acknowledged: ClientAnswer[]) {
  const book = await readBook(databaseUrl);
  const writes = acknowledged.filter((answer) => answer.channel !== 'balance.get');
  const once = (counts: Map<string, number>, id: string | undefined) =>
    id === undefined || counts.get(id) === 1;
  const lost = writes.filter(
    (answer) =>
      !book.requests.has(answer.requestId) ||
      !once(book.entries, answer.entryId) ||
      !once(book.payments, answer.paymentId),
  );
  const unbalanced = book.balances.filter((row) => row.balance !== row.total);
  const lotless = book.balances.filter(
    (row) => BigInt(row.lots) !== (BigInt(row.balance) > 0n ? BigInt(row.balance) : 0n),
  );
  const gapless = book.numbers.every((number, index) => number === index + 1);
  const backend = createBackend({ databaseUrl, now });
  const verified = await backend.invoke('audit.verify', {});
  backend.close();
  const isVerified = verified.ok && verified.data.ok;
  return [
    {
      name: 'every acknowledged operation there exactly once',
      ok: lost.length === 0,
      detail: `${writes.length} writes, ${lost.length} missing or doubled`,
    },
    {
      name: 'balances = sum of their entries',
      ok: unbalanced.length === 0,
      detail: `${book.balances.length} customers, ${unbalanced.length} off`,
    },
    {
      name: 'positive balances = sum of their lots',
      ok: lotless.length === 0,
      detail: `${lotless.length} off`,
    },
    { name: 'invoice numbers gapless', ok: gapless, detail: `1..${book.numbers.length}` },
    {
      name: 'audit.verify ok',
      ok: isVerified,
      detail: verified.ok ? `${verified.data.checked} checked` : verified.error.code,
    },
  ];
}
