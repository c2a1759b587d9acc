/**
 * A realistic demo ledger for screenshots: agencies in EUR and USD with names in several scripts,
 * six months of top-ups, charges, time and invoices in every state, a blocked credit limit, and
 * the scheduled work run at each month's start, all written through the engine on a moving clock.
 */
import type { Engine } from '../support/engine-client.ts';
import { rid } from '../support/given.ts';
import { customers, invoice, payBalanceDue, setUp, type Clock, type Ids } from './demo-setup.ts';

export const DEMO_START = '2025-09-01T08:00:00Z';
export const DEMO_END = '2026-03-10T10:30:00Z';

const MONTHS = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

async function month(engine: Engine, ids: Ids, marta: string, index: number) {
  const c = (key: string) => ids[key] ?? '';
  const n = index + 1;
  const today = `${MONTHS[index] ?? ''}-10`;
  await payBalanceDue(engine, c('nord'), today, marta);
  if (index < 4) await payBalanceDue(engine, c('harbour'), today, marta);
  await engine.call(
    'balance.charge',
    {
      customerId: c('nord'),
      amount: `${640 + index * 85}.00`,
      description: `Hosting and support, month ${n}`,
      requestId: rid('demo-charge'),
    },
    marta,
  );
  // Kyiv stops paying its balance-due invoices, so its limit gets blocked and charges are refused.
  await engine.invoke(
    'balance.charge',
    {
      customerId: c('kyiv'),
      amount: `${410 + index * 40}.00`,
      description: `Illustration sprint ${n}`,
      requestId: rid('demo-charge'),
    },
    'admin',
  );
  await engine.call(
    'balance.charge',
    {
      customerId: c('harbour'),
      amount: `${1200 + index * 150}.00`,
      description: `Campaign production ${n}`,
      requestId: rid('demo-charge'),
    },
    marta,
  );
  await engine.call(
    'time.create',
    {
      customerId: c('zoe'),
      date: `${MONTHS[index] ?? ''}-12`,
      hours: `${4 + (index % 3)}.5`,
      description: `Brand system, week ${n}`,
      requestId: rid('demo-time'),
    },
    marta,
  );
  await engine.call(
    'time.create',
    {
      customerId: c('petros'),
      date: `${MONTHS[index] ?? ''}-14`,
      hours: '3',
      description: `Packaging iteration ${n}`,
      requestId: rid('demo-time'),
    },
    marta,
  );
  if (index % 2 === 0)
    await engine.call('balance.topUp', {
      customerId: c('sakura'),
      amount: '600.00',
      kind: 'paid',
      method: 'card',
      requestId: rid('demo-top-up'),
    });
  await invoice(
    engine,
    c('maple'),
    [
      [`Website care plan, month ${n}`, '1', '450.00'],
      ['Content updates', '3', '95.00'],
    ],
    marta,
  );
}

export async function seedDemoLedger(engine: Engine, setNow: Clock): Promise<void> {
  await setNow(DEMO_START);
  const marta = (
    await engine.call('users.create', {
      name: 'Marta Kowalska',
      role: 'accountant',
      pin: '4821',
      requestId: rid('demo-user'),
    })
  ).id;
  await engine.call('users.create', {
    name: 'Vera Lindqvist',
    role: 'viewer',
    requestId: rid('demo-user'),
  });
  const ids = await customers(engine);
  await setUp(engine, ids, marta);
  for (const [index, month_] of MONTHS.slice(0, 6).entries()) {
    await setNow(`${month_}-03T09:00:00Z`);
    await engine.call('jobs.runDue', {});
    await setNow(`${month_}-10T10:00:00Z`);
    await month(engine, ids, marta, index);
    await setNow(`${month_}-20T15:00:00Z`);
    const entries = await engine.call('time.list', {
      customerId: ids.zoe ?? '',
      status: 'unbilled',
    });
    if (entries.length > 0)
      await engine.call(
        'time.deduct',
        {
          customerId: ids.zoe ?? '',
          timeEntryIds: entries.map((entry) => entry.id),
          requestId: rid('demo-deduct'),
        },
        marta,
      );
  }
  await finale(engine, ids, marta, setNow);
}

async function finale(engine: Engine, ids: Ids, marta: string, setNow: Clock) {
  const c = (key: string) => ids[key] ?? '';
  await setNow('2026-03-02T09:00:00Z');
  await engine.call('jobs.runDue', {});
  await invoice(engine, c('sakura'), [['Illustration set', '6', '140.00']]);
  const petros = await invoice(engine, c('petros'), [['Label design', '1', '2400.00']], marta);
  await engine.call(
    'payments.record',
    {
      customerId: c('petros'),
      amount: '500.00',
      method: 'bank_transfer',
      reference: 'GR-22918',
      receivedOn: '2026-03-02',
      invoiceId: petros.id,
      requestId: rid('demo-pay'),
    },
    marta,
  );
  const voided = await invoice(engine, c('orsted'), [['Duplicate retainer', '1', '900.00']]);
  await engine.call('invoices.void', {
    invoiceId: voided.id,
    reason: 'Issued twice by mistake',
    requestId: rid('demo-void'),
  });
  const bad = await invoice(engine, c('harbour'), [['Trade show booth', '1', '3200.00']], marta);
  await engine.call('invoices.markUncollectible', {
    invoiceId: bad.id,
    reason: 'Client in administration',
    requestId: rid('demo-writeoff'),
  });
  await engine.call(
    'invoices.create',
    {
      customerId: c('zoe'),
      lines: [
        {
          description: 'Spring campaign concepts',
          quantity: '12',
          unitPrice: '85.00',
          taxRate: '21',
        },
      ],
      memo: 'Draft for review',
      requestId: rid('demo-draft'),
    },
    marta,
  );
  await engine.call('balance.adjust', {
    customerId: c('nord'),
    direction: 'credit',
    amount: '120.00',
    reason: 'Goodwill for the January outage',
    requestId: rid('demo-adjust'),
  });
  await engine.call('balance.refund', {
    customerId: c('maple'),
    amount: '300.00',
    method: 'bank_transfer',
    reason: 'Unused budget returned',
    requestId: rid('demo-refund'),
  });
  await engine.call(
    'time.create',
    {
      customerId: c('zoe'),
      date: '2026-03-09',
      hours: '6',
      description: 'Art direction, spring shoot',
      requestId: rid('demo-time'),
    },
    marta,
  );
  await engine.call(
    'time.create',
    {
      customerId: c('zoe'),
      date: '2026-03-10',
      hours: '2.5',
      description: 'Retouching review',
      requestId: rid('demo-time'),
    },
    marta,
  );
  await setNow(DEMO_END);
  await engine.call('jobs.runDue', {});
}
