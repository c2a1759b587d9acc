/**
 * Runs one step of a random run on both sides: builds the engine request from the step and the
 * model's state, applies the same step to the model, and checks that the engine accepted or
 * refused it as the model says; the scheduled pass must return the counts the model predicts.
 */
import { expect } from 'vitest';
import type { TimeEntry } from '../../shared/contract/types.ts';
import { addDays } from '../../shared/dates.ts';
import { rid } from '../support/backend.ts';
import { money, refundable } from './ledger-model.ts';
import { available, decimal, todayOf } from './book-model.ts';
import {
  adjust,
  charge,
  createTime,
  deduct,
  refund,
  runDue,
  setMode,
  setReplenishment,
  topUp,
  unblock,
} from './book-billing.ts';
import type { BookRun } from './book-checks.ts';
import { engineId, performInvoiceStep, resolve, send, type BookAction } from './book-steps.ts';

export type { Amount, Among, BookAction } from './book-steps.ts';

const NOTHING_DUE = {
  expired: 0,
  recurringIssued: 0,
  balanceDueIssued: 0,
  blocked: 0,
  unblocked: 0,
  replenishmentsIssued: 0,
};

export async function performBook(run: BookRun, step: BookAction, label: string): Promise<void> {
  const { book } = run;
  book.call += 1;
  const requestId = rid('book');
  const customerAt = (index: number) => {
    const at = index % book.customers.length;
    const customer = book.customers[at];
    if (!customer) throw new Error(`no customer ${at}`);
    return { customer, customerId: run.customerIds[at] ?? '' };
  };
  switch (step.kind) {
    case 'topUp': {
      const { customer, customerId } = customerAt(step.customer);
      const expiresOn = step.expiresIn === null ? null : addDays(todayOf(book), step.expiresIn);
      const input = { customerId, amount: money(step.cents), kind: step.grant, requestId };
      const full = expiresOn === null ? input : { ...input, expiresOn };
      await send(
        run,
        'balance.topUp',
        full,
        topUp(book, customer, step.cents, step.grant, expiresOn),
        label,
      );
      return;
    }
    case 'adjust': {
      const { customer, customerId } = customerAt(step.customer);
      const { direction } = step;
      const input = { customerId, direction, amount: money(step.cents), reason: 'Fix', requestId };
      await send(
        run,
        'balance.adjust',
        input,
        adjust(book, customer, direction, step.cents),
        label,
      );
      return;
    }
    case 'charge': {
      const { customer, customerId } = customerAt(step.customer);
      const bound = available(customer) ?? Math.max(customer.balance, 0) + 20_000;
      const value = resolve(step.amount, bound);
      const input = { customerId, amount: money(value), description: 'Work', requestId };
      await send(run, 'balance.charge', input, charge(book, customer, value), label);
      return;
    }
    case 'refund': {
      const { customer, customerId } = customerAt(step.customer);
      const value = resolve(step.amount, refundable(customer));
      const input = { customerId, amount: money(value), method: 'cash', reason: 'Bye', requestId };
      await send(run, 'balance.refund', input, refund(book, customer, value), label);
      return;
    }
    case 'invoice':
    case 'issue':
    case 'pay':
    case 'apply':
    case 'void':
    case 'writeOff':
    case 'creditNote':
      await performInvoiceStep(run, step, requestId, label);
      return;
    case 'mode': {
      const { customer, customerId } = customerAt(step.customer);
      const limit = step.mode === 'credit_limit' ? step.limit : null;
      const input = { customerId, mode: step.mode, reason: 'Terms agreed', requestId };
      const full = limit === null ? input : { ...input, creditLimit: money(limit) };
      const data = await send<{ billingMode: string; creditLimit: string | null }>(
        run,
        'customers.setBillingMode',
        full,
        setMode(book, customer, step.mode, limit),
        label,
      );
      expect({ mode: data?.billingMode, limit: data?.creditLimit }, `${label}: mode`).toEqual({
        mode: step.mode,
        limit: limit === null ? null : money(limit),
      });
      return;
    }
    case 'unblock': {
      // Mostly a customer who is blocked, if any is; otherwise anyone, to be refused.
      const blocked = book.customers.filter((candidate) => candidate.blocked);
      const chosen = step.blocked
        ? blocked[step.customer % Math.max(blocked.length, 1)]
        : undefined;
      const { customer, customerId } = customerAt(chosen?.index ?? step.customer);
      const input = { customerId, reason: 'Promised to pay', requestId };
      await send(run, 'customers.unblockCreditLimit', input, unblock(book, customer), label);
      return;
    }
    case 'replenish': {
      const { customer, customerId } = customerAt(step.customer);
      const { setting } = step;
      const input = setting
        ? {
            customerId,
            enabled: true,
            threshold: money(setting.threshold),
            amount: money(setting.amount),
            recurrence: setting.recurrence,
            requestId,
          }
        : { customerId, enabled: false, requestId };
      const expected = setReplenishment(book, customer, setting);
      await send(run, 'customers.setReplenishment', input, expected, label);
      return;
    }
    case 'time': {
      const { customer, customerId } = customerAt(step.customer);
      const input = {
        customerId,
        date: todayOf(book),
        hours: decimal(step.hundredths, 2),
        description: 'Design',
        requestId,
      };
      const full = step.rate === null ? input : { ...input, hourlyRate: money(step.rate) };
      const expected = createTime(book, customer, step.hundredths, step.rate);
      const data = await send<TimeEntry>(run, 'time.create', full, expected, label);
      if (!data || !expected.ok) return;
      run.ids.times.set(data.id, expected.value.id);
      run.engineIds.set(expected.value.id, data.id);
      expect(data.amount, `${label}: hours x rate`).toBe(money(expected.value.amount));
      return;
    }
    case 'deduct': {
      const { customer, customerId } = customerAt(step.customer);
      // Mostly the customer's own unbilled entries; sometimes any, to be refused.
      const pool = book.times.filter(
        (time) => step.anyone || (time.customer === customer.index && time.status === 'unbilled'),
      );
      const picked = step.picks.map((pick) => pool[pick % Math.max(pool.length, 1)]);
      const selection = [...new Set(picked.filter((time) => time !== undefined))];
      if (selection.length === 0) return;
      const timeEntryIds = selection.map((time) => engineId(run, time.id));
      const input = { customerId, timeEntryIds, requestId };
      await send(run, 'time.deduct', input, deduct(book, customer, selection), label);
      return;
    }
    case 'advance': {
      const { days, hours, minutes } = step;
      run.t.clock.advance({ days, hours, minutes });
      book.ledger.now += ((days * 24 + hours) * 60 + minutes) * 60_000;
      if (step.run) await runScheduledPass(run, label);
      return;
    }
    case 'runDue':
      await runScheduledPass(run, label);
      return;
    case 'repeat': {
      const first = run.accepted[step.pick % Math.max(run.accepted.length, 1)];
      if (!first) return;
      const again = await run.t.backend.invokeUnknown(first.channel, first.input);
      expect(again, `${label}: repeating ${first.channel}`).toEqual({ ok: true, data: first.data });
      return;
    }
  }
}

/** `jobs.runDue` returns the counts the model predicts; a second pass at once does nothing. */
async function runScheduledPass(run: BookRun, label: string): Promise<void> {
  const counts = await run.t.call('jobs.runDue', {});
  expect(counts, `${label}: jobs.runDue counts`).toEqual(runDue(run.book));
  expect(runDue(run.book), `${label}: the model's second pass`).toEqual(NOTHING_DUE);
  expect(await run.t.call('jobs.runDue', {}), `${label}: a second pass`).toEqual(NOTHING_DUE);
}
