/**
 * One client of part (b) of `npm run bench:team`, as its own process with its own engine and
 * pool on one server book: a seeded mix of top-ups, charges, invoices issued (settled from
 * credit), payments recorded, balance reads, and a retry of its previous request now and then.
 * Prints one JSON line: each call's requestId, channel, whether it was acknowledged, its answer's
 * entry or invoice id, and its latency in ms.
 * Usage: node team-client.ts <databaseUrl> <client> <operations> <customerIds,...>
 */
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/backend/index.ts';
import { createRandom } from './random.ts';

export type ClientAnswer = {
  requestId: string;
  channel: string;
  ok: boolean;
  code?: string;
  entryId?: string;
  invoiceId?: string;
  paymentId?: string;
  ms: number;
};

type Call = { channel: string; input: Record<string, unknown> };

const [databaseUrl = '', clientText = '0', countText = '0', idsText = ''] = process.argv.slice(2);
const client = Number(clientText);
const customerIds = idsText.split(',');
const backend = createBackend({
  databaseUrl,
  now: () => new Date('2026-03-02T10:00:00Z'),
  timeZone: 'Europe/Brussels',
});

const random = createRandom(1000 + client);
const answers: ClientAnswer[] = [];

async function send(call: Call): Promise<ClientAnswer> {
  const started = performance.now();
  const result = await backend.invokeUnknown(call.channel, call.input);
  const ms = performance.now() - started;
  const requestId = typeof call.input.requestId === 'string' ? call.input.requestId : '';
  const data = result.ok
    ? (result.data as { entry?: { id: string }; payment?: { id: string }; id?: string })
    : undefined;
  const answer: ClientAnswer = {
    requestId,
    channel: call.channel,
    ok: result.ok,
    ms,
    ...(result.ok ? {} : { code: result.error.code }),
    ...(data?.entry ? { entryId: data.entry.id } : {}),
    ...(data?.payment ? { paymentId: data.payment.id } : {}),
    ...(call.channel === 'invoices.issue' && data?.id ? { invoiceId: data.id } : {}),
  };
  answers.push(answer);
  return answer;
}

function nextCall(step: number, customerId: string): Call | 'invoice' {
  const requestId = `c${client}-${step}`;
  const roll = random.next();
  if (roll < 0.3)
    return {
      channel: 'balance.topUp',
      input: { customerId, amount: `${10 + (step % 40)}.00`, kind: 'paid', requestId },
    };
  if (roll < 0.5)
    return {
      channel: 'balance.charge',
      input: { customerId, amount: '5.00', description: 'Work', requestId },
    };
  if (roll < 0.6)
    return {
      channel: 'payments.record',
      input: {
        customerId,
        amount: '8.00',
        method: 'bank_transfer',
        receivedOn: '2026-03-02',
        requestId,
      },
    };
  if (roll < 0.8) return { channel: 'balance.get', input: { customerId } };
  return 'invoice';
}

let last: Call | undefined;
for (let step = 0; step < Number(countText); step += 1) {
  const customerId = random.pick(customerIds);
  if (last !== undefined && random.next() < 0.05) {
    await send(last);
    continue;
  }
  const planned = nextCall(step, customerId);
  if (planned === 'invoice') {
    const lines = [{ description: 'Design', quantity: '1', unitPrice: '12.00' }];
    const draftInput = { customerId, lines, requestId: `c${client}-${step}-draft` };
    const draft = await backend.invokeUnknown('invoices.create', draftInput);
    const invoiceId = draft.ok ? (draft.data as { id: string }).id : '';
    last = { channel: 'invoices.issue', input: { invoiceId, requestId: `c${client}-${step}` } };
  } else {
    last = planned;
  }
  await send(last);
}
backend.close();
process.stdout.write(`${JSON.stringify(answers)}\n`);
