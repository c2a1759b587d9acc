/**
 * Writing one money row: an opening lot (a positive `opening_balance` entry making a lot of the
 * row's kind and expiry), an opening debt (a negative one), a past balance movement (either
 * sign), or an open invoice issued as it stands in the other tool (its own number kept, its
 * issue and due dates, one line of the amount still due, never settled from credit at import).
 * Customers are brought up to date once per import and then followed in `Customers`; entries
 * are planned in memory and written a slice at a time (core/bulk-post.ts).
 */
import type { GrantKind } from '../../../../shared/contract/types.ts';
import { negate, parseMoney } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { refreshBlock } from '../../core/credit-block.ts';
import { requireCustomer } from '../../core/customers.ts';
import { createDraft } from '../../core/invoice-lifecycle.ts';
import { saveInvoice, toInvoice } from '../../core/invoices.ts';
import { BulkPosting } from '../../core/bulk-post.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import type { InterpretedRow } from '../../imports/interpret.ts';
import type { ImportKind } from '../../../../shared/contract/schemas/imports.ts';
import { IMPORTED_ORIGIN, openingDescription } from './rules.ts';

/**
 * The customers this import writes to: each brought up to date once, then followed by the bulk
 * posting (core/bulk-post.ts), whose entries are written a slice at a time (`flush`).
 */
export class Customers {
  readonly posting = new BulkPosting();

  async get(ctx: Context, customerId: string): Promise<CustomerRow> {
    return await this.posting.follow(ctx, customerId, async () => {
      const customer = await requireCustomer(ctx, customerId);
      // A customer without an entry has no lot to expire (a lot is formed by an entry): only
      // its block is refreshed, one query less per new customer (10,000 in an opening file).
      if (customer.lastSeq === 0) return (await refreshBlock(ctx, customer)).customer;
      return await bringUpToDate(ctx, customer);
    });
  }
}

export type MoneyWrite = {
  kind: ImportKind;
  fileName: string;
  row: InterpretedRow;
  customers: Customers;
};

/** What the row wrote: the entry or invoice, and the business date it takes effect. */
export type Written = { entityType: 'entry' | 'invoice'; entityId: string; effectiveOn: string };

export async function writeMoneyRow(ctx: Context, write: MoneyWrite): Promise<Written> {
  if (write.kind === 'open_invoices') return writeInvoice(ctx, write);
  const { values } = write.row;
  const customer = await write.customers.get(ctx, required(write.row.customerId));
  const amountMinor = parseMoney(required(values.amount), customer.currency, 'path');
  const on = required(values.openedOn ?? values.occurredOn);
  const words = { kind: write.kind, on, fileName: write.fileName, row: write.row.row };
  const kind = (values.kind ?? 'paid') as GrantKind;
  const detail =
    write.kind === 'opening_lots'
      ? `${kind} credit${values.expiresOn ? `, expires ${values.expiresOn}` : ''}`
      : (values.description ?? null);
  const entry = write.customers.posting.plan(ctx, {
    customer,
    type: 'opening_balance',
    amountMinor: write.kind === 'opening_debt' ? negate(amountMinor) : amountMinor,
    description: openingDescription(words, detail),
    grant: { kind, expiresOn: values.expiresOn ?? null },
    field: 'path',
    effectiveOn: on,
  });
  return { entityType: 'entry', entityId: entry.id, effectiveOn: on };
}

async function writeInvoice(ctx: Context, write: MoneyWrite): Promise<Written> {
  const { values } = write.row;
  const customer = await write.customers.get(ctx, required(write.row.customerId));
  const number = required(values.number);
  const issueDate = required(values.issuedOn);
  const words = { kind: write.kind, on: issueDate, fileName: write.fileName, row: write.row.row };
  const draft = await createDraft(ctx, customer, {
    kind: 'standard',
    lines: [
      {
        description: `Amount still due on invoice ${number}`,
        quantity: '1',
        unitPrice: required(values.amountDue),
      },
    ],
    issueDate,
    dueDate: required(values.dueOn),
    memo: openingDescription(words, null),
    origin: IMPORTED_ORIGIN,
  });
  const issued = await saveInvoice(ctx, { ...draft, status: 'open', number });
  await writeAudit(ctx, {
    action: 'invoices.issue',
    entityType: 'invoice',
    entityId: issued.id,
    before: { status: draft.status },
    after: await toInvoice(ctx, issued),
  });
  return { entityType: 'invoice', entityId: issued.id, effectiveOn: issueDate };
}

function required(value: string | null | undefined): string {
  if (!value) throw new Error('an accepted row has its required cells');
  return value;
}
