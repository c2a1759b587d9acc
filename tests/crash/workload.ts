/**
 * The crash test's child: runs a mixed, deterministic workload against a ledger file and prints
 * `committed <index>` after each operation the engine reports as done. The parent kills it with
 * SIGKILL at random moments. Run as: node workload.ts <dbPath> <seed> <firstIndex>
 */
import { createBackend } from '../../electron/backend/index.ts';

const [dbPath = '', seedText = '1', firstText = '0'] = process.argv.slice(2);
const seed = Number.parseInt(seedText, 10);
const START = Date.parse('2026-03-01T09:00:00Z');
const CUSTOMERS = 4;

let index = Number.parseInt(firstText, 10);
const backend = createBackend({
  dbPath,
  now: () => new Date(START + index * 60_000),
  timeZone: 'UTC',
  onInternalError: (error) => {
    process.stderr.write(`internal error ${String(error)}\n`);
    process.exit(3);
  },
});

/** A small deterministic generator: the same seed and index always give the same operation. */
function pick(salt: number, range: number): number {
  let x = (seed * 2654435761 + index * 40503 + salt * 97) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0x5bd1e995) >>> 0;
  x ^= x >>> 15;
  return x % range;
}

type Listed = { items: { id: string }[] };

async function data<T>(channel: string, input: unknown): Promise<T | null> {
  const result = await backend.invokeUnknown(channel, input);
  return result.ok ? (result.data as T) : null;
}

async function customerId(): Promise<string | null> {
  const listed = await data<Listed>('customers.list', { limit: CUSTOMERS });
  return listed?.items[pick(1, Math.max(listed.items.length, 1))]?.id ?? null;
}

async function operation(): Promise<boolean> {
  const requestId = `op-${index}`;
  const customers = await data<Listed>('customers.list', { limit: CUSTOMERS });
  if ((customers?.items.length ?? 0) < CUSTOMERS) {
    return (
      await backend.invoke('customers.create', {
        name: `Crash ${index}`,
        currency: 'EUR',
        requestId,
      })
    ).ok;
  }
  const target = await customerId();
  // No customer to act on (the listing failed): the engine would refuse a null customerId anyway.
  if (target === null) return false;
  const amount = `${1 + pick(2, 300)}.${String(pick(3, 100)).padStart(2, '0')}`;
  switch (pick(4, 6)) {
    case 0:
      return (
        await backend.invoke('balance.topUp', {
          customerId: target,
          amount,
          kind: 'paid',
          requestId,
        })
      ).ok;
    case 1:
      return (
        await backend.invoke('balance.charge', {
          customerId: target,
          amount,
          description: 'Work',
          requestId,
        })
      ).ok;
    case 2: {
      const lines = [{ description: 'Services', quantity: '1', unitPrice: amount, taxRate: '21' }];
      return (await backend.invoke('invoices.create', { customerId: target, lines, requestId })).ok;
    }
    case 3: {
      const drafts = await data<Listed>('invoices.list', { status: 'draft', limit: 1 });
      const invoiceId = drafts?.items[0]?.id;
      return (
        invoiceId !== undefined &&
        (await backend.invoke('invoices.issue', { invoiceId, requestId })).ok
      );
    }
    case 4: {
      const open = await data<{ items: { id: string; customerId: string }[] }>('invoices.list', {
        status: 'open',
        limit: 1,
      });
      const invoice = open?.items[0];
      if (!invoice) return false;
      const payment = {
        customerId: invoice.customerId,
        invoiceId: invoice.id,
        amount,
        method: 'bank_transfer' as const,
        receivedOn: '2026-03-01',
        requestId,
      };
      return (await backend.invoke('payments.record', payment)).ok;
    }
    default:
      return (
        await backend.invoke('balance.refund', {
          customerId: target,
          amount: '1.00',
          method: 'cash',
          reason: 'Crash test',
          requestId,
        })
      ).ok;
  }
}

for (;;) {
  if (await operation()) process.stdout.write(`committed ${index}\n`);
  else process.stdout.write(`refused ${index}\n`);
  index += 1;
}
