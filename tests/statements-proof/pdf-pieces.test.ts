/**
 * Proves the PDF pieces of a statement sent and proved: a sample statement drawn with the identity
 * header (logo, address, tax id), the net line block and the proof footer reads back through
 * pdftotext with the net line, the pay-to details and the code on every page; its logo is
 * embedded; `readStatementMarks` finds the code in its bytes; and the verdict over those bytes is
 * `sent`, one changed byte `altered`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  drawFooters,
  MARGIN,
  newDocument,
  toBytes,
  write,
} from '../../electron/backend/pdf/document.ts';
import {
  drawIdentityHeader,
  type BusinessIdentity,
} from '../../electron/backend/pdf/identity-header.ts';
import { drawNetLine } from '../../electron/backend/pdf/net-line-block.ts';
import { drawProof } from '../../electron/backend/pdf/proof-footer.ts';
import { bytesHash, dataHash } from '../../electron/backend/statement-proof/canonical-json.ts';
import { statementCode } from '../../electron/backend/statement-proof/code.ts';
import { readStatementMarks } from '../../electron/backend/statement-proof/marks.ts';
import {
  proveStatement,
  verifyStatementFile,
} from '../../electron/backend/statement-proof/proof.ts';
import { netLine } from '../../electron/backend/statement-summary/net-line.ts';
import { pdfText } from '../support/pdf.ts';
import { tempDbPath } from '../support/temp-file.ts';

const HEAD = { seq: 41, hash: '9c'.repeat(32) };
const DATA = { customer: 'Zoë Łódź', from: '2026-03-01', to: '2026-03-31', closing: '-200.00' };
const PNG_LOGO = fs.readFileSync('resources/icons/128x128.png');

const IDENTITY: BusinessIdentity = {
  name: 'Łukasz & Partners',
  address: 'ul. Długa 5\n00-001 Warszawa',
  taxId: 'PL1234567890',
  logo: { bytes: PNG_LOGO, mediaType: 'image/png' },
};

function sample(options: { closingBalance: string; identity?: BusinessIdentity }) {
  const proof = proveStatement(DATA, HEAD);
  const doc = newDocument('Statement Zoë Łódź 2026-03', HEAD);
  const y = drawIdentityHeader(doc, options.identity ?? IDENTITY, {
    title: 'Statement of account',
    subtitle: '1 Mar 2026 to 31 Mar 2026',
  });
  write(doc, 'Zoë Łódź', { x: MARGIN, y: y + 8, style: 'bold', size: 11 });
  const line = netLine({
    currency: 'EUR',
    closingBalance: options.closingBalance,
    openReceivables: [
      { kind: 'balance_due', amountDue: '200.00' },
      { kind: 'standard', amountDue: '1050.00' },
    ],
  });
  drawNetLine(
    doc,
    {
      line,
      currency: 'EUR',
      bankDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874\nBIC WBKPPLPP',
      message: 'Thank you for your business.',
    },
    y + 20,
  );
  doc.addPage();
  write(doc, 'Balance history continues', { x: MARGIN, y: MARGIN + 10 });
  drawFooters(doc, '2026-04-01T09:00:00.000Z');
  drawProof(doc, proof);
  return { bytes: toBytes(doc), proof };
}

function saved(bytes: Buffer): string {
  const file = tempDbPath('statement.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('statement PDF pieces', () => {
  it('prints the identity, the net line, where to pay and the code on every page', () => {
    const { bytes, proof } = sample({ closingBalance: '-200.00' });
    const pages = pdfText(saved(bytes))
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(2);
    const first = pages[0] ?? '';
    expect(first).toContain('Łukasz & Partners');
    expect(first).toContain('Tax ID PL1234567890');
    expect(first).toContain('Amount to pay EUR 1,250.00');
    expect(first).toContain('Debt on the balance 200.00, open invoices 1,050.00');
    expect(first).toContain('IBAN PL61 1090 1014 0000 0712 1981 2874');
    expect(first).toContain('Thank you for your business.');
    for (const page of pages) expect(page).toContain(`Verification code ${proof.code}`);
  });

  it('names no bank details when the customer has credit', () => {
    const { bytes } = sample({ closingBalance: '2000.00' });
    const text = pdfText(saved(bytes));
    expect(text).toContain('Credit available EUR 950.00');
    expect(text).not.toContain('IBAN');
  });

  it('embeds the logo, PNG (its transparency a mask beside it) or JPEG, and leaves it out when there is none', () => {
    const list = (bytes: Buffer) =>
      execFileSync('pdfimages', ['-list', saved(bytes)], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim().split(/\s+/)[2] === 'image');
    expect(list(sample({ closingBalance: '0.00' }).bytes)).toHaveLength(1);
    const jpeg = jpegOf(sample({ closingBalance: '0.00' }).bytes);
    const withJpeg = { ...IDENTITY, logo: { bytes: jpeg, mediaType: 'image/jpeg' as const } };
    const jpegImages = list(sample({ closingBalance: '0.00', identity: withJpeg }).bytes);
    expect(jpegImages).toHaveLength(1);
    expect(jpegImages[0]).toContain('jpeg');
    const none = list(
      sample({ closingBalance: '0.00', identity: { ...IDENTITY, logo: null } }).bytes,
    );
    expect(none).toEqual([]);
  });

  it('carries marks that read back from the bytes, and a verdict over them', async () => {
    const { bytes, proof } = sample({ closingBalance: '-200.00' });
    expect(readStatementMarks(bytes)).toEqual({ ...proof, isConsistent: true });
    expect(proof).toEqual({
      code: statementCode(dataHash(DATA), HEAD),
      dataHash: dataHash(DATA),
      head: HEAD,
    });
    const snapshot = {
      id: 'snap-1',
      customerId: 'cust-1',
      customerName: 'Zoë Łódź',
      from: '2026-03-01',
      to: '2026-03-31',
      madeAt: '2026-04-01T09:00:00.000Z',
      madeBy: 'user-1',
      sentTo: null,
      pdfSha256: bytesHash(bytes),
      dataSha256: proof.dataHash,
      code: proof.code,
      auditHead: HEAD,
    };
    const lookups = {
      snapshotsByCode: (code: string) => (code === proof.code ? [snapshot] : []),
      checkChainHead: () => 'present' as const,
    };
    const judge = (file: Buffer) => verifyStatementFile(file, lookups);
    expect(await judge(bytes)).toMatchObject({ verdict: 'sent', snapshot: { id: 'snap-1' } });
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf('/Title');
    tampered[at + 8] = 0x58;
    expect(await judge(tampered)).toMatchObject({ verdict: 'altered' });
    await expect(judge(Buffer.alloc(0))).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'path',
    });
  });
});

/** A JPEG made by poppler from the first page of a PDF, so the test needs no image file. */
function jpegOf(pdf: Buffer): Buffer {
  const file = saved(pdf);
  const prefix = path.join(path.dirname(file), 'logo');
  execFileSync('pdftoppm', ['-jpeg', '-r', '10', '-singlefile', file, prefix]);
  return fs.readFileSync(`${prefix}.jpg`);
}
