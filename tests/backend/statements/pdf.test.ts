/**
 * Proves the PDFs: every script prints (an embedded font, or Helvetica when all text fits
 * WinAnsi), totals and footers are there, long statements paginate, files open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import { pdfFonts, pdfText, renderFirstPage } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const tempFolder = () => path.dirname(tempDbPath());

const NAMES = ['Zoë Łódź', 'Ørsted Straße', 'Αθήνα', 'Москва', '東京'];

/** The ledger stays in memory; only the exported files go to a temporary folder. */
async function givenRichCustomer(folder: string) {
  const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
  await t.call('settings.update', {
    businessName: 'Studio Ærø',
    address: 'Rue de la Loi 1\n1000 Bruxelles',
    requestId: rid(),
  });
  const customerId = await givenCustomer(t, {
    name: NAMES.join(' / '),
    email: 'billing@example.com',
    address: '東京都千代田区\nМосква',
  });
  await topUp(t, customerId, '1250.00', { reason: 'Αθήνα retainer' });
  await t.call('balance.charge', {
    customerId,
    amount: '99.99',
    description: 'Hosting Łódź',
    requestId: rid(),
  });
  const invoice = await givenIssuedInvoice(t, customerId, '2000.00', {
    lines: [{ description: 'Website 東京', quantity: '1', unitPrice: '2000.00', taxRate: '21' }],
  });
  return { t, customerId, invoice, folder };
}

describe('statements.exportPdf', () => {
  it('prints every script, the totals and page footers, and opens', async () => {
    const { t, customerId, folder } = await givenRichCustomer(tempFolder());
    const target = path.join(folder, 'statement.pdf');
    const result = await t.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    expect(result).toMatchObject({ path: target, pages: 1 });
    expect(result.bytes).toBe(fs.statSync(target).size);
    const text = pdfText(target);
    for (const name of [...NAMES, 'Studio Ærø', 'Hosting Łódź', 'Αθήνα retainer']) {
      expect(text, name).toContain(name);
    }
    expect(text).toContain('Statement of account');
    expect(text).toContain('1 Mar 2026 to 31 Mar 2026');
    expect(text).toMatch(/Closing balance on 31 Mar 2026\s+0\.00/);
    expect(text).toMatch(/Invoices still due at the end of the period\s+1,269\.99/);
    expect(text).toContain('Page 1 of 1');
    expect(fs.statSync(renderFirstPage(target)).size).toBeGreaterThan(1000);
    expect(new Set(pdfFonts(target).map((font) => font.name))).toEqual(
      new Set(['NotoSans', 'BIZUDPGothic']),
    );
  });

  it('embeds only the fonts its text uses', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Ørsted Straße', address: 'Москва' });
    await topUp(t, customerId, '10.00', { reason: 'Αθήνα' });
    const target = path.join(tempFolder(), 'latin.pdf');
    await t.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    // Regular and bold Noto Sans; no CJK font, as no text needs one.
    expect(pdfFonts(target)).toEqual([
      { name: 'NotoSans', embedded: true },
      { name: 'NotoSans', embedded: true },
    ]);
    // Only the glyphs used are embedded (the font files alone are 630 kB each), and no table
    // of glyph names.
    expect(fs.statSync(target).size).toBeLessThan(60_000);
    expect(pdfText(target)).toContain('Ørsted Straße');
  });

  it('sets a statement whose text all fits WinAnsi in Helvetica, embedding no font', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    await t.call('settings.update', { businessName: 'Studio Ærø', requestId: rid() });
    const customerId = await givenCustomer(t, { name: 'Café Zoë – “Ørsted”' });
    await topUp(t, customerId, '10.00', { reason: 'Retainer € ™' });
    const target = path.join(tempFolder(), 'win-ansi.pdf');
    await t.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    expect(pdfFonts(target)).toEqual([
      { name: 'Helvetica', embedded: false },
      { name: 'Helvetica-Bold', embedded: false },
    ]);
    const text = pdfText(target);
    for (const piece of ['Studio Ærø', 'Café Zoë – “Ørsted”', 'Retainer € ™']) {
      expect(text, piece).toContain(piece);
    }
    // A kept statement costs the book file its bytes: a few kilobytes without fonts.
    expect(fs.statSync(target).size).toBeLessThan(12_000);
  });

  it('paginates a long statement with headers and footers on every page', async () => {
    const t = givenBackend({ start: '2026-03-01T08:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Москва Ltd' });
    for (let index = 0; index < 300; index += 1) {
      await topUp(t, customerId, '10.00');
      t.clock.advance({ minutes: 5 });
    }
    const target = path.join(tempFolder(), 'long.pdf');
    const result = await t.call('statements.exportPdf', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    expect(result.pages).toBeGreaterThan(4);
    const pages = pdfText(target)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(result.pages);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${result.pages}`);
    });
    // Each table's header repeats on each page it spans: the history, then the money received
    // (here the same 300 top-ups).
    const withHeader = pages.filter(
      (page) => /Date\s+Type\s+Description/.test(page) || /Received\s+How\s+Reference/.test(page),
    );
    expect(withHeader.length).toBeGreaterThanOrEqual(result.pages - 1);
    expect(pages.some((page) => page.includes('3,000.00'))).toBe(true);
  });

  it('refuses bad input with typed errors and leaves no file', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const folder = tempFolder();
    const target = path.join(folder, 'bad.pdf');
    const rows: [object, string, string?][] = [
      [{ customerId, from: '2026-03-31', to: '2026-03-01', path: target }, 'VALIDATION', 'from'],
      [
        { customerId: 'cus_nobody', from: '2026-03-01', to: '2026-03-31', path: target },
        'NOT_FOUND',
        'customerId',
      ],
      [
        {
          customerId,
          from: '2026-03-01',
          to: '2026-03-31',
          path: path.join(folder, 'no', 'such', 'dir.pdf'),
        },
        'VALIDATION',
        'path',
      ],
      [
        { customerId, from: '2026-03-01', to: '2026-03-31', path: 'relative.pdf' },
        'VALIDATION',
        'path',
      ],
    ];
    for (const [input, code, field] of rows) {
      expect(await t.fail('statements.exportPdf', input)).toMatchObject({ code, field });
    }
    expect(
      fs.readdirSync(folder).filter((name) => name.endsWith('.pdf') || name.endsWith('.tmp')),
    ).toEqual([]);
  });
});

describe('invoices.exportPdf', () => {
  it('shows lines with tax, the total, credit applied and amount due', async () => {
    const { t, invoice, folder } = await givenRichCustomer(tempFolder());
    const target = path.join(folder, 'invoice.pdf');
    const result = await t.call('invoices.exportPdf', { invoiceId: invoice.id, path: target });
    expect(result.pages).toBe(1);
    const text = pdfText(target);
    expect(text).toContain(`Invoice ${invoice.number ?? ''}`);
    expect(text).toContain('Website 東京');
    expect(text).toMatch(/Subtotal\s+2,000\.00/);
    expect(text).toMatch(/Tax\s+420\.00/);
    expect(text).toMatch(/Total\s+2,420\.00/);
    expect(text).toMatch(/Credit applied from balance\s+-1,150\.01/);
    expect(text).toMatch(/Amount due \(USD\)\s+1,269\.99/);
    expect(text).toContain('Zoë Łódź');
  });

  it('says what a top-up invoice is, and refuses a draft', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const topUpInvoice = await givenIssuedInvoice(t, customerId, '500.00', { kind: 'top_up' });
    const target = path.join(tempFolder(), 'topup.pdf');
    await t.call('invoices.exportPdf', { invoiceId: topUpInvoice.id, path: target });
    expect(pdfText(target)).toContain('Top-up invoice');
    const draft = await t.call('invoices.create', {
      customerId,
      lines: [{ description: 'x', quantity: '1', unitPrice: '1.00' }],
      requestId: rid(),
    });
    expect((await t.fail('invoices.exportPdf', { invoiceId: draft.id, path: target })).code).toBe(
      'CONFLICT',
    );
  });
});
