/**
 * `statements.draft` (SPEC 11): an email draft of a kept statement. Reads the snapshot's bytes
 * and data, the customer's email address as it is now (where the mail goes today) and the
 * templates from Settings in one short transaction; composes the .eml (statement-mail/) and
 * writes it outside any transaction; then records the sending ("sent" when the draft is made)
 * with its audit event. A customer without an address gets a draft without a recipient, and the
 * result says so.
 */
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract/channels.ts';
import { requireCustomer } from '../../core/customers.ts';
import { writeAudit } from '../../audit/write.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import type { BatchRunner } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { emailTemplate, insertSending, snapshotFile } from './repo.ts';
import { keptStatement, requireSnapshot } from './snapshots.ts';

/** Characters no file name may hold on Windows, macOS or Linux. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|]/g;

export function attachmentName(customerName: string, from: string, to: string): string {
  return `Statement ${customerName} ${from} to ${to}.pdf`.replace(UNSAFE_IN_NAMES, '-');
}

export async function draftStatement(
  input: ChannelInput<'statements.draft'>,
  batch: BatchRunner,
): Promise<ChannelOutput<'statements.draft'>> {
  const sendingId = newId('sent');
  const read = await batch(async (ctx) => {
    const row = await requireSnapshot(ctx, input.snapshotId);
    const customer = await requireCustomer(ctx, row.customerId);
    const file = await snapshotFile(ctx, row.id);
    return { row, email: customer.email, file, template: await emailTemplate(ctx), at: ctx.nowAt };
  });
  const { row, file } = read;
  const statement = keptStatement(file.dataJson);
  // nodemailer (and the PDF code's number formats) load on the first draft, not at start.
  const { draftValues } = await import('../../statement-mail/draft-values.ts');
  const { composeStatementDraft } = await import('../../statement-mail/eml-draft.ts');
  const draft = await composeStatementDraft({
    to: read.email,
    template: read.template,
    values: draftValues({
      customerName: row.customerName,
      businessName: statement.business.name,
      from: row.fromOn,
      to: row.toOn,
      currency: statement.currency,
      line: statement.netLine,
      code: row.code,
    }),
    attachment: {
      fileName: attachmentName(row.customerName, row.fromOn, row.toOn),
      bytes: file.pdf,
    },
    date: read.at,
    messageId: `<${sendingId}@balancebook.invalid>`,
  });
  const bytes = writeFileAtomic(input.path, draft.eml, { overwrite: input.overwrite === true });
  const result = {
    path: input.path,
    customerId: row.customerId,
    bytes,
    snapshotId: row.id,
    recipient: draft.recipient,
    notice: draft.notice,
    subject: draft.subject,
    sentAt: read.at,
  };
  await batch(async (ctx) => {
    await insertSending(ctx, {
      id: sendingId,
      snapshotId: row.id,
      sentAt: read.at,
      sentBy: ctx.actor.id,
      sentTo: draft.recipient,
    });
    await writeAudit(ctx, {
      action: 'statements.draft',
      entityType: 'statement_snapshot',
      entityId: row.id,
      after: { ...result, sendingId },
    });
  });
  return result;
}
