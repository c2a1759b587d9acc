/**
 * What the seeder does next, decided without touching the database: a realistic mix of paid
 * top-ups, promotional credit that expires after the benchmark's "now" (so no expiry fires),
 * charges that fit the prepaid balance, and a few adjustments and refunds. Pure: the customer's
 * last known balance and a seeded random source in, one operation out.
 */
import type { ChannelInput } from '../../shared/contract/channels.ts';
import { addDays } from '../../shared/dates.ts';
import { centsToText } from './money-text.ts';
import type { Random } from './random.ts';

export type CustomerState = {
  id: string;
  /** Balance in cents after the customer's last entry. */
  balance: number;
  /** Unspent paid credit in cents: what a refund may take. */
  paid: number;
};

export type Operation =
  | { channel: 'balance.topUp'; input: ChannelInput<'balance.topUp'> }
  | { channel: 'balance.charge'; input: ChannelInput<'balance.charge'> }
  | { channel: 'balance.adjust'; input: ChannelInput<'balance.adjust'> }
  | { channel: 'balance.refund'; input: ChannelInput<'balance.refund'> };

export type PlanContext = {
  random: Random;
  requestId: string;
  /** The benchmark's fixed "now" as a date; promotional credit expires well after it. */
  benchToday: string;
};

const MIN_SPENDABLE = 500;
/** Above this balance a customer rarely tops up, so balances (and open grants) stay bounded. */
const COMFORTABLE_BALANCE = 100_000;
const METHODS = ['bank_transfer', 'card', 'cash', 'cheque'] as const;
const CHARGES = ['Design work', 'Consulting hour', 'Hosting', 'Support ticket', 'Print job'];

/** Cumulative shares of the mix; everything above the last is a charge. */
const SHARE = { topUp: 0.14, promotional: 0.17, credit: 0.18, debit: 0.19, refund: 0.2 };

export function nextOperation(customer: CustomerState, plan: PlanContext): Operation {
  if (customer.balance < MIN_SPENDABLE) return paidTopUp(customer, plan);
  const roll = plan.random.next();
  const topUpShare = customer.balance < COMFORTABLE_BALANCE ? SHARE.topUp : SHARE.topUp / 4;
  if (roll < topUpShare) return paidTopUp(customer, plan);
  if (roll < SHARE.topUp) return charge(customer, plan);
  if (roll < SHARE.promotional) return promotional(customer, plan);
  if (roll < SHARE.credit) return adjustment(customer, plan, 'credit');
  if (roll < SHARE.debit) return adjustment(customer, plan, 'debit');
  if (roll < SHARE.refund && customer.paid >= 100) return refund(customer, plan);
  return charge(customer, plan);
}

function paidTopUp(customer: CustomerState, plan: PlanContext): Operation {
  const { random } = plan;
  const withReference = random.next() < 0.5;
  return {
    channel: 'balance.topUp',
    input: {
      customerId: customer.id,
      amount: centsToText(random.int(10_000, 30_000)),
      kind: 'paid',
      method: random.pick(METHODS),
      ...(withReference ? { reference: `PO-${random.int(1000, 99_999)}` } : {}),
      requestId: plan.requestId,
    },
  };
}

function promotional(customer: CustomerState, plan: PlanContext): Operation {
  const { random } = plan;
  return {
    channel: 'balance.topUp',
    input: {
      customerId: customer.id,
      amount: centsToText(random.int(1_000, 5_000)),
      kind: 'promotional',
      expiresOn: addDays(plan.benchToday, random.int(60, 400)),
      reason: 'Loyalty bonus',
      requestId: plan.requestId,
    },
  };
}

function adjustment(
  customer: CustomerState,
  plan: PlanContext,
  direction: 'credit' | 'debit',
): Operation {
  const cap = direction === 'debit' ? Math.min(2_000, customer.balance) : 2_000;
  return {
    channel: 'balance.adjust',
    input: {
      customerId: customer.id,
      direction,
      amount: centsToText(plan.random.int(100, cap)),
      reason: direction === 'credit' ? 'Goodwill correction' : 'Missed charge',
      requestId: plan.requestId,
    },
  };
}

function refund(customer: CustomerState, plan: PlanContext): Operation {
  const { random } = plan;
  return {
    channel: 'balance.refund',
    input: {
      customerId: customer.id,
      amount: centsToText(random.int(100, Math.min(5_000, customer.paid))),
      method: random.pick(METHODS),
      reason: 'Customer asked for part of the prepayment back',
      requestId: plan.requestId,
    },
  };
}

function charge(customer: CustomerState, plan: PlanContext): Operation {
  const { random } = plan;
  return {
    channel: 'balance.charge',
    input: {
      customerId: customer.id,
      amount: centsToText(Math.min(random.int(MIN_SPENDABLE, 7_000), customer.balance)),
      description: random.pick(CHARGES),
      requestId: plan.requestId,
    },
  };
}
