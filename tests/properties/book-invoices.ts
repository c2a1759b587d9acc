/**
 * The model's invoice rules (SPEC 3, docs/rules.md "Invoices"): drafts priced line by line,
 * issue with a gapless number and automatic settlement, credit applied by hand, payments that
 * overpay into the balance, void returning credit per grant, write-off, credit notes that reduce
 * what is due first and then displace what settled the invoice, and replenishment (SPEC 5), which
 * is checked after every debit a person makes.
 */
import { addDays } from '../../shared/dates.ts';
import { credit, debit, spendingOrder, type EntryType, type ModelGrant } from './ledger-model.ts';
import {
  customerOf,
  expireDue,
  linkOf,
  priceLine,
  refreshBlock,
  refuse,
  settle,
  todayOf,
  type Book,
  type BookCreditNote,
  type BookCustomer,
  type BookInvoice,
  type BookPayment,
  type InvoiceKind,
  type IssueKey,
  type LineSpec,
  type Outcome,
} from './book-model.ts';

/** `invoices.create`: a draft; docs/rules.md: the total must be greater than zero. */
export function createDraft(
  book: Book,
  customer: BookCustomer,
  kind: InvoiceKind,
  specs: readonly LineSpec[],
  origin: BookInvoice['origin'] = 'manual',
): Outcome<BookInvoice> {
  expireDue(book);
  const lines = specs.map(priceLine);
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const tax = lines.reduce((sum, line) => sum + line.tax, 0);
  if (subtotal + tax <= 0) return refuse('VALIDATION');
  const invoice: BookInvoice = {
    id: `i${book.invoices.length + 1}`,
    customer: customer.index,
    kind,
    origin,
    status: 'draft',
    lines,
    subtotal,
    tax,
    total: subtotal + tax,
    creditApplied: 0,
    amountPaid: 0,
    creditNoted: 0,
    amountDue: subtotal + tax,
    issueDate: null,
    dueDate: null,
    issued: null,
    taken: [],
    displacedCredit: 0,
    displacedPaid: 0,
  };
  book.invoices.push(invoice);
  return { ok: true, value: invoice };
}

/** Numbers and dates a draft: dated today unless given, due after the customer's terms. */
export function open(book: Book, invoice: BookInvoice, key: IssueKey, issueDate?: string): void {
  const customer = customerOf(book, invoice);
  invoice.status = 'open';
  invoice.issueDate = issueDate ?? todayOf(book);
  invoice.dueDate = addDays(invoice.issueDate, customer.terms);
  invoice.issued = key;
}

/** `invoices.issue`: settles a standard invoice from a positive balance if the customer wants. */
export function issue(book: Book, invoice: BookInvoice): Outcome<BookInvoice> {
  expireDue(book);
  if (invoice.status !== 'draft') return refuse('CONFLICT');
  const customer = customerOf(book, invoice);
  refreshBlock(book, customer);
  open(book, invoice, { call: book.call, stage: 0, month: null });
  if (invoice.kind === 'standard' && customer.autoApply && customer.balance > 0) {
    applyCredit(book, customer, invoice, Math.min(customer.balance, invoice.amountDue));
  }
  replenishIfDue(book, customer);
  return { ok: true, value: invoice };
}

function applyCredit(
  book: Book,
  customer: BookCustomer,
  invoice: BookInvoice,
  amount: number,
): void {
  const entry = debit(
    book.ledger,
    customer,
    'applied_to_invoice',
    amount,
    ['paid', 'promotional'],
    {
      invoice: invoice.id,
    },
  );
  invoice.taken.push(...entry.allocations);
  invoice.creditApplied += amount;
  settle(invoice);
}

/**
 * `balance.applyToInvoice`: standard invoices that are open only; all the credit up to what is
 * outstanding, or a chosen amount no more than either. Where two refusals apply, either code.
 */
export function applyToInvoice(
  book: Book,
  invoice: BookInvoice,
  amount: number | null,
): Outcome<BookInvoice> {
  expireDue(book);
  if (invoice.status !== 'open' || invoice.kind !== 'standard') return refuse('INVOICE_NOT_OPEN');
  const customer = customerOf(book, invoice);
  refreshBlock(book, customer);
  const codes: string[] = [];
  if (customer.balance <= 0) codes.push('NO_CREDIT_AVAILABLE');
  const value = amount ?? Math.min(Math.max(customer.balance, 0), invoice.amountDue);
  if (value > invoice.amountDue) codes.push('EXCEEDS_OUTSTANDING');
  if (customer.balance > 0 && value > customer.balance) codes.push('INSUFFICIENT_BALANCE');
  if (codes.length > 0) return refuse(...codes);
  applyCredit(book, customer, invoice, value);
  replenishIfDue(book, customer);
  return { ok: true, value: invoice };
}

/** Issue order within one customer: the date, then the step, the pass's stage and month. */
function issuedBefore(a: BookInvoice, b: BookInvoice): number {
  const [x, y] = [a.issued, b.issued];
  if ((a.issueDate ?? '') !== (b.issueDate ?? ''))
    return (a.issueDate ?? '') < (b.issueDate ?? '') ? -1 : 1;
  if (x === null || y === null) return 0;
  return x.call - y.call || x.stage - y.stage || ((x.month ?? '') < (y.month ?? '') ? -1 : 1);
}

/**
 * SPEC 12: a payment with no invoice pays the customer's open debt notices first (balance-due
 * invoices, open or written off, oldest first), one payment row each; the rest is one more row.
 */
function partsOf(book: Book, customer: BookCustomer, amount: number, invoice: BookInvoice | null) {
  if (invoice) return [{ invoice, value: amount }];
  const notices = book.invoices
    .filter(
      (each) =>
        each.customer === customer.index &&
        each.kind === 'balance_due' &&
        (each.status === 'open' || each.status === 'uncollectible') &&
        each.amountDue > 0,
    )
    .sort(issuedBefore);
  const parts: { invoice: BookInvoice | null; value: number }[] = [];
  let left = amount;
  for (const notice of notices) {
    if (left === 0) break;
    const taken = Math.min(left, notice.amountDue);
    parts.push({ invoice: notice, value: taken });
    left -= taken;
  }
  if (left > 0) parts.push({ invoice: null, value: left });
  return parts;
}

/** One payment row: pays what is due on its invoice; see `recordPayment`. */
function recordPart(
  book: Book,
  customer: BookCustomer,
  amount: number,
  invoice: BookInvoice | null,
): BookPayment {
  const applied = invoice ? Math.min(invoice.amountDue, amount) : 0;
  const excess = amount - applied;
  const credits: [EntryType, number][] =
    invoice === null || invoice.kind === 'top_up'
      ? [['top_up', amount]]
      : invoice.kind === 'balance_due'
        ? [
            ['debt_payment', applied],
            ['overpayment', excess],
          ]
        : [['overpayment', excess]];
  const payment: BookPayment = {
    id: `p${book.payments.length + 1}`,
    customer: customer.index,
    invoice: invoice?.id ?? null,
    amount,
    applied,
    credited: credits.reduce((sum, [, value]) => sum + value, 0),
  };
  book.payments.push(payment);
  if (invoice) {
    invoice.amountPaid += applied;
    settle(invoice);
  }
  for (const [type, value] of credits) {
    if (value === 0) continue;
    const links = invoice ? linkOf(invoice, { payment: payment.id }) : { payment: payment.id };
    credit(book.ledger, customer, type, value, 'paid', null, links);
  }
  return payment;
}

/**
 * `payments.record`: pays what is due, the excess is an `overpayment`; a payment with no invoice
 * pays open debt notices first (`partsOf`), and the rest, or a payment for a top-up invoice, is
 * all `top_up`; for a balance-due invoice what was due is a `debt_payment`. Paying may lift a
 * credit-limit block. The first row written is the one the engine returns.
 */
export function recordPayment(
  book: Book,
  customer: BookCustomer,
  amount: number,
  invoice: BookInvoice | null,
  receivedOn: string,
): Outcome<{ payment: BookPayment; payments: BookPayment[]; invoice: BookInvoice | null }> {
  expireDue(book);
  refreshBlock(book, customer);
  const codes: string[] = [];
  if (invoice && invoice.customer !== customer.index) codes.push('VALIDATION');
  if (receivedOn > todayOf(book)) codes.push('VALIDATION');
  if (invoice && invoice.status !== 'open' && invoice.status !== 'uncollectible') {
    codes.push('CONFLICT');
  }
  if (codes.length > 0) return refuse(...codes);
  const written = partsOf(book, customer, amount, invoice).map((part) =>
    recordPart(book, customer, part.value, part.invoice),
  );
  refreshBlock(book, customer);
  const [payment] = written;
  if (!payment) throw new Error('a payment writes at least one row');
  return { ok: true, value: { payment, payments: written, invoice } };
}

/**
 * `invoices.void`: open and unpaid only. docs/rules.md: the credit applied comes back as it left,
 * one `unapplied_from_invoice` per grant (returned in the order it was spent), with the grant's
 * kind and expiry; credit whose day has passed expires again at once.
 */
export function voidInvoice(book: Book, invoice: BookInvoice): Outcome<BookInvoice> {
  expireDue(book);
  if (invoice.status !== 'open' || invoice.amountPaid > 0) return refuse('CONFLICT');
  const customer = customerOf(book, invoice);
  refreshBlock(book, customer);
  const returned = new Map<string, { grant: ModelGrant; amount: number }>();
  for (const allocation of invoice.taken) {
    const grant = customer.grants.find((candidate) => candidate.id === allocation.grantId);
    if (!grant) throw new Error(`model invoice ${invoice.id} took from unknown grant`);
    const seen = returned.get(grant.id);
    returned.set(grant.id, { grant, amount: (seen?.amount ?? 0) + allocation.amount });
  }
  const parts = [...returned.values()].sort((a, b) => spendingOrder(a.grant, b.grant));
  for (const { grant, amount } of parts) {
    credit(book.ledger, customer, 'unapplied_from_invoice', amount, grant.kind, grant.expiresOn, {
      invoice: invoice.id,
    });
  }
  expireDue(book);
  invoice.status = 'void';
  invoice.creditApplied = 0;
  settle(invoice);
  return { ok: true, value: invoice };
}

/** `invoices.markUncollectible`: an open invoice written off; it may still be paid. */
export function writeOff(book: Book, invoice: BookInvoice): Outcome<BookInvoice> {
  expireDue(book);
  if (invoice.status !== 'open') return refuse('CONFLICT');
  invoice.status = 'uncollectible';
  return { ok: true, value: invoice };
}

/**
 * `creditNotes.create`: issued standard invoices, up to the total less earlier credit notes. It
 * reduces what is due first; the rest displaces credit applied, then payments, and goes to the
 * balance.
 */
export function creditNote(
  book: Book,
  invoice: BookInvoice,
  amount: number,
): Outcome<{ note: BookCreditNote; invoice: BookInvoice }> {
  expireDue(book);
  const issued = ['open', 'paid', 'uncollectible'].includes(invoice.status);
  if (!issued || invoice.kind !== 'standard') return refuse('CONFLICT');
  if (amount > invoice.total - invoice.creditNoted) return refuse('EXCEEDS_OUTSTANDING');
  const customer = customerOf(book, invoice);
  refreshBlock(book, customer);
  const reducedDue = Math.min(invoice.amountDue, amount);
  const rest = amount - reducedDue;
  const displacedCredit = Math.min(rest, invoice.creditApplied);
  const displacedPaid = rest - displacedCredit;
  if (displacedPaid > invoice.amountPaid) throw new Error('model credit note exceeds settlement');
  invoice.creditNoted += amount;
  invoice.creditApplied -= displacedCredit;
  invoice.amountPaid -= displacedPaid;
  invoice.displacedCredit += displacedCredit;
  invoice.displacedPaid += displacedPaid;
  settle(invoice);
  const note: BookCreditNote = {
    id: `n${book.creditNotes.length + 1}`,
    invoice: invoice.id,
    amount,
    reducedDue,
    credited: rest,
  };
  book.creditNotes.push(note);
  if (rest > 0) {
    credit(book.ledger, customer, 'credit_note', rest, 'paid', null, {
      invoice: invoice.id,
      creditNote: note.id,
    });
  }
  return { ok: true, value: { note, invoice } };
}

/**
 * docs/rules.md: replenishment fires when a debit other than a refund has left the balance below
 * the threshold, the balance is not negative, no replenishment invoice is open, and such a debit
 * happened since the last replenishment invoice. It issues a `top_up` invoice; `once` turns off.
 */
export function replenishIfDue(book: Book, customer: BookCustomer, stage = 1): boolean {
  const setting = customer.replenishment;
  if (!setting.enabled || setting.threshold === null || setting.amount === null) return false;
  if (customer.balance < 0 || customer.balance >= setting.threshold) return false;
  const debited = customer.entries.some(
    (entry) => entry.seq > setting.afterSeq && entry.amount < 0 && entry.type !== 'refund',
  );
  const pending = book.invoices.some(
    (invoice) =>
      invoice.customer === customer.index &&
      invoice.origin === 'replenishment' &&
      invoice.status === 'open',
  );
  if (!debited || pending) return false;
  const line = { milli: 1000, price: setting.amount, rateMilli: null };
  const draft = createDraft(book, customer, 'top_up', [line], 'replenishment');
  if (!draft.ok) throw new Error('model replenishment amount must be positive');
  open(book, draft.value, { call: book.call, stage, month: null });
  setting.afterSeq = customer.entries.length;
  setting.enabled = setting.recurrence === 'always';
  return true;
}
