/**
 * The plumbing of a step shared by both properties, and the invoice steps: the kinds of step,
 * sending a request and checking it against the model's outcome (the code, and the shortfall where
 * SPEC 4 asks for it), and binding the engine's ids to the model's.
 */
import { expect } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { CreditNote, Invoice, Payment } from '../../shared/contract/types.ts';
import { addDays } from '../../shared/dates.ts';
import { rid } from '../support/backend.ts';
import { money, type GrantKind } from './ledger-model.ts';
import {
  decimal,
  todayOf,
  type BookInvoice,
  type LineSpec,
  type Mode,
  type Outcome,
} from './book-model.ts';
import {
  applyToInvoice,
  createDraft,
  creditNote,
  issue,
  recordPayment,
  voidInvoice,
  writeOff,
} from './book-invoices.ts';
import type { ReplenishmentSetting } from './book-billing.ts';
import type { BookRun } from './book-checks.ts';
import { invoiceView, modelInvoiceView, modelPaymentView, paymentView } from './book-views.ts';

/** A fixed amount in cents, or a percentage of what the rules allow at that moment. */
export type Amount = { cents: number } | { percent: number };
/**
 * Which invoices a step picks from: any; still owed (open or written off); open standard ones;
 * or open ones holding applied credit (so that voids return credit often).
 */
export type Among = 'any' | 'owed' | 'open' | 'applied';

export type InvoiceAction =
  | {
      kind: 'invoice';
      customer: number;
      type: 'standard' | 'top_up';
      lines: LineSpec[];
      issue: boolean;
    }
  | { kind: 'issue'; pick: number }
  | {
      kind: 'pay';
      pick: number;
      among: Among | 'none';
      amount: Amount;
      daysAgo: number;
      stranger: boolean;
    }
  | { kind: 'apply'; pick: number; among: Among; amount: Amount | null }
  | { kind: 'void' | 'writeOff'; pick: number; among: Among }
  | { kind: 'creditNote'; pick: number; among: Among; amount: Amount };

export type BookAction =
  | InvoiceAction
  | { kind: 'topUp'; customer: number; cents: number; grant: GrantKind; expiresIn: number | null }
  | { kind: 'adjust'; customer: number; direction: 'credit' | 'debit'; cents: number }
  | { kind: 'charge'; customer: number; amount: Amount }
  | { kind: 'refund'; customer: number; amount: Amount }
  | { kind: 'mode'; customer: number; mode: Mode; limit: number }
  | { kind: 'unblock'; customer: number; blocked: boolean }
  | { kind: 'replenish'; customer: number; setting: ReplenishmentSetting | null }
  | { kind: 'time'; customer: number; hundredths: number; rate: number | null }
  | { kind: 'deduct'; customer: number; picks: number[]; anyone: boolean }
  | { kind: 'advance'; days: number; hours: number; minutes: number; run: boolean }
  | { kind: 'runDue' }
  | { kind: 'repeat'; pick: number };

/** A percentage of `base` (at least one cent): amounts near and above the limit come up often. */
export function resolve(value: Amount, base: number): number {
  if ('cents' in value) return value.cents;
  return Math.max(1, Math.floor((Math.max(base, 1) * value.percent) / 100));
}

export function pickInvoice(run: BookRun, pick: number, among: Among): BookInvoice | null {
  const candidates = run.book.invoices.filter((invoice) => {
    if (among === 'open') return invoice.status === 'open' && invoice.kind === 'standard';
    if (among === 'applied') return invoice.status === 'open' && invoice.creditApplied > 0;
    return among === 'any' || invoice.status === 'open' || invoice.status === 'uncollectible';
  });
  return candidates[pick % Math.max(candidates.length, 1)] ?? null;
}

export function engineId(run: BookRun, modelId: string): string {
  const id = run.engineIds.get(modelId);
  if (id === undefined) throw new Error(`${modelId} was never bound to an engine id`);
  return id;
}

/** Sends a request and checks it against the model's outcome; returns the data if accepted. */
export async function send<T>(
  run: BookRun,
  channel: string,
  input: object,
  expected: Outcome<unknown>,
  label: string,
): Promise<T | null> {
  const result: Result<unknown> = await run.t.backend.invokeUnknown(channel, input);
  if (!expected.ok) {
    if (result.ok || !expected.codes.includes(result.error.code)) {
      const got = result.ok ? `accepted it: ${JSON.stringify(result.data)}` : result.error.code;
      expect.fail(`${label}: ${channel} should be ${expected.codes.join(' or ')}; ${got}`);
    }
    if (expected.shortfall !== undefined) {
      expect(result.error.message, `${label}: the shortfall is named`).toContain(
        money(expected.shortfall),
      );
    }
    return null;
  }
  if (!result.ok) expect.fail(`${label}: ${channel} refused with ${JSON.stringify(result.error)}`);
  run.accepted.push({ channel, input, data: result.data });
  return result.data as T;
}

/** Runs an invoice step (create, issue, pay, apply, void, write off, credit note). */
export async function performInvoiceStep(
  run: BookRun,
  step: InvoiceAction,
  requestId: string,
  label: string,
): Promise<void> {
  const { book } = run;
  switch (step.kind) {
    case 'invoice':
      await createInvoice(run, step, requestId, label);
      return;
    case 'issue': {
      const invoice = pickInvoice(run, step.pick, 'any');
      if (invoice) await issueInvoice(run, invoice, requestId, label);
      return;
    }
    case 'pay':
      await pay(run, step, requestId, label);
      return;
    case 'apply': {
      const invoice = pickInvoice(run, step.pick, step.among);
      if (!invoice) return;
      const customer = book.customers[invoice.customer];
      const room = Math.min(Math.max(customer?.balance ?? 0, 0), invoice.amountDue);
      const value = step.amount === null ? null : resolve(step.amount, room || invoice.amountDue);
      const input = { invoiceId: engineId(run, invoice.id), requestId };
      const full = value === null ? input : { ...input, amount: money(value) };
      const expected = applyToInvoice(book, invoice, value);
      const data = await send<{ invoice: Invoice }>(
        run,
        'balance.applyToInvoice',
        full,
        expected,
        label,
      );
      if (data) expectInvoice(run, data.invoice, invoice, label);
      return;
    }
    case 'void':
    case 'writeOff': {
      const invoice = pickInvoice(run, step.pick, step.among);
      if (!invoice) return;
      const input = { invoiceId: engineId(run, invoice.id), reason: 'Mistake', requestId };
      const [channel, expected] =
        step.kind === 'void'
          ? ['invoices.void', voidInvoice(book, invoice)]
          : ['invoices.markUncollectible', writeOff(book, invoice)];
      const data = await send<Invoice>(run, channel, input, expected, label);
      if (data) expectInvoice(run, data, invoice, label);
      return;
    }
    case 'creditNote': {
      const invoice = pickInvoice(run, step.pick, step.among);
      if (!invoice) return;
      const value = resolve(step.amount, invoice.total - invoice.creditNoted);
      const input = {
        invoiceId: engineId(run, invoice.id),
        amount: money(value),
        reason: 'Sorry',
        requestId,
      };
      const expected = creditNote(book, invoice, value);
      const data = await send<{ creditNote: CreditNote; invoice: Invoice }>(
        run,
        'creditNotes.create',
        input,
        expected,
        label,
      );
      if (!data || !expected.ok) return;
      const { note } = expected.value;
      run.ids.creditNotes.set(data.creditNote.id, note.id);
      run.notes.push(data.creditNote);
      const { amount, reducedDue, creditedToBalance } = data.creditNote;
      expect({ amount, reducedDue, creditedToBalance }, `${label}: credit note`).toEqual({
        amount: money(note.amount),
        reducedDue: money(note.reducedDue),
        creditedToBalance: money(note.credited),
      });
      expectInvoice(run, data.invoice, invoice, label);
      return;
    }
  }
}

async function createInvoice(
  run: BookRun,
  step: Extract<BookAction, { kind: 'invoice' }>,
  requestId: string,
  label: string,
): Promise<void> {
  const at = step.customer % run.book.customers.length;
  const customer = run.book.customers[at];
  if (!customer) return;
  const lines = step.lines.map((line, index) => ({
    description: `Line ${index + 1}`,
    quantity: decimal(line.milli, 3),
    unitPrice: money(line.price),
    ...(line.rateMilli === null ? {} : { taxRate: decimal(line.rateMilli, 3) }),
  }));
  const input = { customerId: run.customerIds[at], kind: step.type, lines, requestId };
  const expected = createDraft(run.book, customer, step.type, step.lines);
  const data = await send<Invoice>(run, 'invoices.create', input, expected, label);
  if (!data || !expected.ok) return;
  run.ids.invoices.set(data.id, expected.value.id);
  run.engineIds.set(expected.value.id, data.id);
  expectInvoice(run, data, expected.value, label);
  if (step.issue) await issueInvoice(run, expected.value, rid('book'), label);
}

async function issueInvoice(
  run: BookRun,
  invoice: BookInvoice,
  requestId: string,
  label: string,
): Promise<void> {
  const input = { invoiceId: engineId(run, invoice.id), requestId };
  const data = await send<Invoice>(run, 'invoices.issue', input, issue(run.book, invoice), label);
  if (data) expectInvoice(run, data, invoice, label);
}

async function pay(
  run: BookRun,
  step: Extract<BookAction, { kind: 'pay' }>,
  requestId: string,
  label: string,
): Promise<void> {
  const { book } = run;
  const invoice = step.among === 'none' ? null : pickInvoice(run, step.pick, step.among);
  if (step.among !== 'none' && !invoice) return;
  const owner = invoice ? invoice.customer : step.pick;
  const at = (step.stranger ? owner + 1 : owner) % book.customers.length;
  const customer = book.customers[at];
  if (!customer) return;
  const value = resolve(step.amount, invoice ? invoice.amountDue : 10_000);
  const receivedOn = addDays(todayOf(book), -step.daysAgo);
  const input = {
    customerId: run.customerIds[at],
    amount: money(value),
    method: 'bank_transfer',
    receivedOn,
    ...(invoice ? { invoiceId: engineId(run, invoice.id) } : {}),
    requestId,
  };
  const expected = recordPayment(book, customer, value, invoice, receivedOn);
  const data = await send<{ payment: Payment; payments?: Payment[]; invoice?: Invoice }>(
    run,
    'payments.record',
    input,
    expected,
    label,
  );
  if (!data || !expected.ok) return;
  const { payment, payments } = expected.value;
  const rows = data.payments ?? [data.payment];
  expect(rows.length, `${label}: payment rows`).toBe(payments.length);
  rows.forEach((row, index) => {
    const modelRow = payments[index] ?? payment;
    run.ids.payments.set(row.id, modelRow.id);
    run.engineIds.set(modelRow.id, row.id);
  });
  expect(paymentView(run.ids, data.payment), `${label}: payment`).toEqual(
    modelPaymentView(payment),
  );
  if (invoice && data.invoice) expectInvoice(run, data.invoice, invoice, label);
}

export function expectInvoice(
  run: BookRun,
  data: Invoice,
  invoice: BookInvoice,
  label: string,
): void {
  expect(invoiceView(run.ids, data), `${label}: invoice ${invoice.id} returned`).toEqual(
    modelInvoiceView(run.book, invoice),
  );
}
