/**
 * One member of a team working on one server book, as its own process (the concurrency test,
 * tests/backend/storage/pg-team.test.ts): a fixed, seeded mix of top-ups, charges, invoices
 * issued, retries of its own requests and requests every member sends with the same requestId.
 * Prints one JSON line: every call's requestId, channel and answer.
 * Usage: node pg-team-worker.ts <databaseUrl> <member> <operations> <customerIds,...>
 */
import { createRandom } from '../../bench/lib/random.ts';
import { createBackend } from '../../electron/backend/index.ts';

type Call = { requestId: string; channel: string; input: Record<string, unknown> };
export type Answer = {
  requestId: string;
  channel: string;
  ok: boolean;
  data?: unknown;
  code?: string;
};

const [databaseUrl = '', memberText = '0', countText = '0', idsText = ''] = process.argv.slice(2);
const member = Number(memberText);
const customerIds = idsText.split(',');
const backend = createBackend({
  databaseUrl,
  now: () => new Date('2026-03-02T10:00:00Z'),
  timeZone: 'Europe/Brussels',
});

const random = createRandom(member + 1);
const answers: Answer[] = [];

async function send(call: Call): Promise<Answer> {
  const result = await backend.invokeUnknown(call.channel, call.input);
  const answer: Answer = result.ok
    ? { requestId: call.requestId, channel: call.channel, ok: true, data: result.data }
    : { requestId: call.requestId, channel: call.channel, ok: false, code: result.error.code };
  answers.push(answer);
  return answer;
}

function call(channel: string, requestId: string, input: Record<string, unknown>): Call {
  return { channel, requestId, input: { ...input, requestId } };
}

let last: Call | undefined;
for (let step = 0; step < Number(countText); step += 1) {
  const customerId = random.pick(customerIds);
  const own = `m${member}-${step}`;
  const roll = random.next();
  let next: Call;
  if (step % 10 === 0) {
    // Every member sends this one with the same requestId and input, at about the same time.
    const shared = customerIds[(step / 10) % customerIds.length] as string;
    next = call('balance.topUp', `shared-${step}`, {
      customerId: shared,
      amount: '7.00',
      kind: 'paid',
    });
  } else if (roll < 0.1 && last !== undefined) {
    next = last;
  } else if (roll < 0.45) {
    next = call('balance.topUp', own, {
      customerId,
      amount: `${10 + (step % 40)}.00`,
      kind: 'paid',
    });
  } else if (roll < 0.75) {
    next = call('balance.charge', own, { customerId, amount: '5.00', description: 'Work' });
  } else {
    const lines = [{ description: 'Design', quantity: '1', unitPrice: '12.00' }];
    const draft = await send(call('invoices.create', `${own}-draft`, { customerId, lines }));
    const invoiceId = (draft.data as { id?: string } | undefined)?.id;
    next = call('invoices.issue', own, { invoiceId });
  }
  await send(next);
  last = next;
}
backend.close();
process.stdout.write(`${JSON.stringify(answers)}\n`);
