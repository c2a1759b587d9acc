/**
 * What the monthly benchmark's customers do, decided without touching the database: each one's
 * profile (billing mode, credit limit, a recurring schedule, a replenishment setting, expiring
 * promotional credit, whether May's balance-due invoice gets paid) and its dated steps in May and
 * June. Pure: a seeded random source in, plans out; amounts are chosen when a step runs, from the
 * balance it finds then.
 */
import type { BillingMode } from '../../shared/contract/types.ts';
import type { Random } from './random.ts';

export type Profile = {
  mode: BillingMode;
  creditLimitCents: number | null;
  schedule: { autoIssue: boolean } | null;
  replenishment: { thresholdCents: number; amountCents: number; once: boolean } | null;
  hasExpiringCredit: boolean;
  paysMayInvoice: boolean;
};

export type Action = 'topUp' | 'promotional' | 'charge' | 'payMayInvoice' | 'setReplenishment';
export type Step = { atMs: number; customer: number; action: Action };

/** The month before the measured pass, and the month before that. */
export const MONTHS = { may: '2026-05', june: '2026-06' };
/** Grants that expire when June 30 ends, so the pass at 00:30 on July 1 expires them. */
export const EXPIRES_ON = '2026-06-30';

export function profileFor(random: Random): Profile {
  const roll = random.next();
  const mode: BillingMode = roll < 0.5 ? 'prepaid' : roll < 0.8 ? 'credit_limit' : 'postpaid';
  return {
    mode,
    creditLimitCents: mode === 'credit_limit' ? random.int(5, 50) * 10_000 : null,
    schedule: random.next() < 0.1 ? { autoIssue: random.next() < 0.8 } : null,
    replenishment:
      mode === 'prepaid' && random.next() < 0.2
        ? {
            thresholdCents: random.int(5, 20) * 1_000,
            amountCents: random.int(2, 6) * 10_000,
            once: random.next() < 0.3,
          }
        : null,
    hasExpiringCredit: random.next() < 0.15,
    paysMayInvoice: random.next() < 0.7,
  };
}

/** A few steps in May: enough for the credit modes to owe something on June 1. */
export function maySteps(profile: Profile, customer: number, random: Random): Step[] {
  const steps: Step[] = [];
  const add = (action: Action) => {
    steps.push({ atMs: dayAt(MONTHS.may, random.int(2, 28), random), customer, action });
  };
  if (profile.mode === 'prepaid' || random.next() < 0.3) add('topUp');
  for (let index = random.int(1, 3); index > 0; index -= 1) add('charge');
  return sorted(steps);
}

/**
 * June: top-ups, a dozen-odd charges, promotional credit that expires with the month, paying
 * May's invoice (by its due date on the 15th, or late), and replenishment settings, half early in
 * the month and half on the 29th after the balance has already run low (the pass then issues the
 * replenishment invoice).
 */
export function juneSteps(profile: Profile, customer: number, random: Random): Step[] {
  const steps: Step[] = [];
  const on = (day: number, action: Action) => {
    steps.push({ atMs: dayAt(MONTHS.june, day, random), customer, action });
  };
  const topUps = profile.mode === 'prepaid' ? random.int(1, 3) : random.next() < 0.3 ? 1 : 0;
  for (let index = 0; index < topUps; index += 1) on(random.int(2, 20), 'topUp');
  // Late in the month, so some of it is still unspent when it expires.
  if (profile.hasExpiringCredit) on(random.int(24, 29), 'promotional');
  for (let index = random.int(6, 14); index > 0; index -= 1) on(random.int(2, 29), 'charge');
  if (profile.mode !== 'prepaid' && profile.paysMayInvoice) {
    on(random.next() < 0.8 ? random.int(3, 15) : random.int(16, 28), 'payMayInvoice');
  }
  if (profile.replenishment) on(random.next() < 0.5 ? 2 : 29, 'setReplenishment');
  return sorted(steps);
}

function dayAt(month: string, day: number, random: Random): number {
  const midnight = Date.parse(`${month}-${String(day).padStart(2, '0')}T00:00:00.000Z`);
  return midnight + random.int(8 * 60, 19 * 60) * 60_000 + random.int(0, 59_999);
}

function sorted(steps: Step[]): Step[] {
  return steps.sort((a, b) => a.atMs - b.atMs);
}

/** Every customer's steps merged in time order (ties keep customer order). */
export function inTimeOrder(perCustomer: readonly Step[][]): Step[] {
  return perCustomer.flat().sort((a, b) => a.atMs - b.atMs || a.customer - b.customer);
}
