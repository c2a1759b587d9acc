/** Proves both PDFs print a void invoice as owing nothing, marked void with its reason. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, givenIssuedInvoice, rid } from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const REASON = 'Issued to the wrong company';

async function givenVoided() {
  const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
  const customerId = await givenCustomer(t);
  const invoice = await givenIssuedInvoice(t, customerId, '1234.56');
  await t.call('invoices.void', { invoiceId: invoice.id, reason: REASON, requestId: rid() });
  return { t, customerId, invoiceId: invoice.id };
}

describe('a void invoice in PDFs', () => {
  it('the invoice PDF says void, gives the reason and an amount due of 0.00', async () => {
    const { t, invoiceId } = await givenVoided();
    const target = path.join(path.dirname(tempDbPath()), 'invoice.pdf');
    await t.call('invoices.exportPdf', { invoiceId, path: target });
    const text = pdfText(target).replace(/\s+/g, ' ');
    expect(text).toContain(`Void: nothing is due. Reason: ${REASON}`);
    expect(text).toMatch(/Amount due \(USD\) 0\.00/);
  });

  it('the statement PDF gives 0.00 due and the reason in the status column', async () => {
    const { t, customerId } = await givenVoided();
    const target = path.join(path.dirname(tempDbPath()), 'statement.pdf');
    await t.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    const text = pdfText(target).replace(/\s+/g, ' ');
    expect(text).toMatch(/1,234\.56 0\.00 0\.00 0\.00 Void: Issued to the wrong/);
  });
});
