/**
 * What a statement reads: the customer's entries, invoices, payments and credit notes as they
 * stood over a range; what an export reads besides: the business's details, logo, email template
 * and the audit chain's head; and the kept statements (snapshots), their bytes and sendings.
 */
import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import {
  checkChainHeadOf,
  readChainHeadOf,
  type ChainHead,
  type ChainHeadCheck,
} from '../../audit/chain-head.ts';
import type { Context } from '../../context.ts';
import type { Db } from '../../db/open.ts';
import type { StatementBusiness } from '../../../../shared/contract/types.ts';
import { assert } from '../../../../shared/errors.ts';
import {
  creditNotes,
  invoices,
  ledgerEntries,
  logos,
  payments,
  settings,
  statementSendings,
  statementSnapshotFiles,
  statementSnapshots,
  users,
} from '../../db/schema.ts';
import type { BusinessIdentity } from '../../pdf/identity-header.ts';
import type { InvoiceRow } from '../../core/invoices.ts';

type PdfLogo = NonNullable<BusinessIdentity['logo']>;

const p = (name: string) => sql.placeholder(name);

/** The business as statements and invoices print it, from the one settings row. */
export async function businessDetails(ctx: Context): Promise<StatementBusiness> {
  const business = await ctx.tx.get(ctx.tx.db.select().from(settings));
  return {
    name: business?.businessName ?? '',
    address: business?.address ?? '',
    taxId: business?.taxId ?? '',
    bankDetails: business?.bankDetails ?? '',
    message: business?.statementMessage ?? '',
    logoSha256: business?.logoSha256 ?? null,
  };
}

/** Everyone who ever had access, removed people included, by id: for names in exports. */
export async function userNames(ctx: Context): Promise<Map<string, string>> {
  const rows = await ctx.tx.all(ctx.tx.db.select({ id: users.id, name: users.name }).from(users));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The email templates from Settings. */
export async function emailTemplate(ctx: Context): Promise<{ subject: string; body: string }> {
  const row = await ctx.tx.get(
    ctx.tx.db
      .select({ subject: settings.emailSubjectTemplate, body: settings.emailBodyTemplate })
      .from(settings),
  );
  assert(row, 'the settings row is created when the database opens');
  return row;
}

/** The logo's bytes by their SHA-256 (the settings name it), or null without one. */
export async function logoBytes(ctx: Context, sha256: string | null): Promise<PdfLogo | null> {
  if (sha256 === null) return null;
  const row = await ctx.tx.get(ctx.tx.db.select().from(logos).where(eq(logos.sha256, sha256)));
  assert(row, 'a logo named by the settings is kept in logos');
  return { bytes: row.bytes, mediaType: row.mediaType };
}

/** Whether the chain still holds `head` (audit/chain-head.ts), through the storage. */
export function chainHeadCheck(ctx: Context, head: ChainHead): Promise<ChainHeadCheck> {
  return checkChainHeadOf(ctx.tx, head);
}

/** The newest audit event. */
export function chainHeadNow(ctx: Context): Promise<ChainHead | null> {
  return readChainHeadOf(ctx.tx);
}

/** Business dates bounding a range, both included. */
export type DateRange = { from: string; to: string };

/**
 * The one expression a statement reads an entry's business date through (SPEC 12): the date it
 * takes effect, not the moment it was recorded.
 */
export const entryBusinessDate = ledgerEntries.effectiveOn;

/**
 * The queries of one statement's read, prepared once per storage: a statement runs each of them,
 * some once per invoice, and building a query costs more than running it.
 */
function prepareStatementQueries(db: Db) {
  return {
    entriesBetween: db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, p('customerId')),
          gte(entryBusinessDate, p('from')),
          lte(entryBusinessDate, p('to')),
        ),
      )
      .orderBy(asc(entryBusinessDate), asc(ledgerEntries.seq))
      .prepare(),
    balanceBefore: db
      .select({ balanceMinor: sql<number | null>`sum(${ledgerEntries.amountMinor})` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.customerId, p('customerId')), lt(entryBusinessDate, p('date'))))
      .prepare(),
    invoiceNumbersOf: db
      .select({ id: invoices.id, number: invoices.number })
      .from(invoices)
      .where(eq(invoices.customerId, p('customerId')))
      .prepare(),
    issuedThrough: db
      .select()
      .from(invoices)
      .where(
        and(
          eq(invoices.customerId, p('customerId')),
          ne(invoices.status, 'draft'),
          lte(invoices.issueDate, p('to')),
        ),
      )
      .orderBy(asc(invoices.numberSeq))
      .prepare(),
    paymentsBetween: db
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.customerId, p('customerId')),
          gte(payments.receivedOn, p('from')),
          lte(payments.receivedOn, p('to')),
        ),
      )
      .orderBy(asc(payments.receivedOn), asc(payments.createdAt))
      .prepare(),
    appliedSumsThrough: db
      .select({
        invoiceId: ledgerEntries.invoiceId,
        amountMinor: sql<number>`sum(${ledgerEntries.amountMinor})`,
      })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, p('customerId')),
          eq(ledgerEntries.type, 'applied_to_invoice'),
          lte(entryBusinessDate, p('to')),
        ),
      )
      .groupBy(ledgerEntries.invoiceId)
      .prepare(),
    paidThrough: db
      .select({ amountMinor: payments.appliedToInvoiceMinor })
      .from(payments)
      .where(and(eq(payments.invoiceId, p('invoiceId')), lte(payments.receivedOn, p('to'))))
      .prepare(),
    creditedBefore: db
      .select({ amountMinor: creditNotes.reducedDueMinor })
      .from(creditNotes)
      .where(and(eq(creditNotes.invoiceId, p('invoiceId')), lt(creditNotes.createdAt, p('endAt'))))
      .prepare(),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('statements', prepareStatementQueries);

/** The customer's entries that take effect in the range (dates, both included), in that order. */
export function entriesBetween(ctx: Context, customerId: string, range: DateRange) {
  return ctx.tx.all(queries(ctx).entriesBetween, { customerId, from: range.from, to: range.to });
}

/** The sum of the customer's entries that took effect before `date`: the opening balance. */
export async function balanceBefore(ctx: Context, customerId: string, date: string) {
  const opening = await ctx.tx.get(queries(ctx).balanceBefore, { customerId, date });
  return opening?.balanceMinor ?? 0;
}

/** Each of the customer's invoices' id and number (null while a draft). */
export function invoiceNumbersOf(ctx: Context, customerId: string) {
  return ctx.tx.all(queries(ctx).invoiceNumbersOf, { customerId });
}

/** The customer's invoices issued on or before `to`, by number. */
export function issuedThrough(ctx: Context, customerId: string, to: string): Promise<InvoiceRow[]> {
  return ctx.tx.all(queries(ctx).issuedThrough, { customerId, to });
}

/** The customer's payments received from `from` to `to`, both included, oldest first. */
export function paymentsBetween(
  ctx: Context,
  range: { customerId: string; from: string; to: string },
) {
  return ctx.tx.all(queries(ctx).paymentsBetween, range);
}

/** Credit applied through `to`, summed per invoice (negative, as the entries carry it). */
export function appliedSumsThrough(ctx: Context, customerId: string, to: string) {
  return ctx.tx.all(queries(ctx).appliedSumsThrough, { customerId, to });
}

/** What each payment received on or before `to` applied to the invoice. */
export function paidThrough(ctx: Context, invoiceId: string, to: string) {
  return ctx.tx.all(queries(ctx).paidThrough, { invoiceId, to });
}

/** What each credit note made before `endAt` took off the invoice's amount due. */
export function creditedBefore(ctx: Context, invoiceId: string, endAt: string) {
  return ctx.tx.all(queries(ctx).creditedBefore, { invoiceId, endAt });
}

export type SnapshotRow = typeof statementSnapshots.$inferSelect;
type SnapshotInsert = typeof statementSnapshots.$inferInsert;

/** Keeps a snapshot and its bytes; both tables refuse any later change (triggers). */
export async function insertSnapshot(
  ctx: Context,
  row: Omit<SnapshotInsert, 'seq'>,
  file: { pdf: Uint8Array; dataJson: string },
): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(statementSnapshots).values(row));
  await ctx.tx.run(
    ctx.tx.db.insert(statementSnapshotFiles).values({
      snapshotId: row.id,
      pdf: Buffer.from(file.pdf),
      dataJson: file.dataJson,
    }),
  );
}

/** Records an email draft made of a snapshot. */
export async function insertSending(
  ctx: Context,
  row: typeof statementSendings.$inferInsert,
): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(statementSendings).values(row));
}

/** The newest sending of each snapshot named, by snapshot id. */
export async function lastSendings(
  ctx: Context,
  snapshotIds: readonly string[],
): Promise<Map<string, { sentAt: string; sentTo: string | null }>> {
  if (snapshotIds.length === 0) return new Map();
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(statementSendings)
      .where(inArray(statementSendings.snapshotId, [...snapshotIds]))
      .orderBy(asc(statementSendings.sentAt), asc(statementSendings.id)),
  );
  return new Map(rows.map((row) => [row.snapshotId, { sentAt: row.sentAt, sentTo: row.sentTo }]));
}

/** A customer's snapshots, newest first, after the cursor's `seq` when given. */
export function snapshotsOf(
  ctx: Context,
  page: { customerId: string; beforeSeq: number | null; limit: number },
): Promise<SnapshotRow[]> {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(statementSnapshots)
      .where(
        and(
          eq(statementSnapshots.customerId, page.customerId),
          page.beforeSeq === null ? undefined : lt(statementSnapshots.seq, page.beforeSeq),
        ),
      )
      .orderBy(desc(statementSnapshots.seq))
      .limit(page.limit),
  );
}

export function snapshotById(ctx: Context, id: string): Promise<SnapshotRow | undefined> {
  return ctx.tx.get(
    ctx.tx.db.select().from(statementSnapshots).where(eq(statementSnapshots.id, id)),
  );
}

export function snapshotsByCode(ctx: Context, code: string): Promise<SnapshotRow[]> {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(statementSnapshots)
      .where(eq(statementSnapshots.code, code))
      .orderBy(asc(statementSnapshots.seq)),
  );
}

/** A snapshot's bytes as sent and its data; read only to open or draft one. */
export async function snapshotFile(
  ctx: Context,
  snapshotId: string,
): Promise<{ pdf: Buffer; dataJson: string }> {
  const row = await ctx.tx.get(
    ctx.tx.db
      .select({ pdf: statementSnapshotFiles.pdf, dataJson: statementSnapshotFiles.dataJson })
      .from(statementSnapshotFiles)
      .where(eq(statementSnapshotFiles.snapshotId, snapshotId)),
  );
  assert(row, 'every snapshot keeps its bytes');
  return row;
}
