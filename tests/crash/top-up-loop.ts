/**
 * A second application instance for the concurrency test: tops up one customer `count` times on
 * the shared ledger file, each in its own transaction. Run as: node top-up-loop.ts <db> <customer> <count> <label>
 */
import { createBackend } from '../../electron/backend/index.ts';

const [dbPath = '', customerId = '', countText = '0', label = 'x'] = process.argv.slice(2);
const backend = createBackend({
  dbPath,
  timeZone: 'UTC',
  now: () => new Date('2026-03-01T09:00:00Z'),
});
let refused = 0;
for (let index = 0; index < Number.parseInt(countText, 10); index += 1) {
  const result = await backend.invoke('balance.topUp', {
    customerId,
    amount: '1.00',
    kind: 'paid',
    requestId: `${label}-${index}`,
  });
  if (!result.ok) refused += 1;
}
backend.close();
process.stdout.write(`${refused}\n`);
