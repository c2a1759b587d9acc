/**
 * Proves the statement's email draft: read back with a MIME reader independent of the composer,
 * it goes to the customer (or to no one, said in the result), with the subject and body filled
 * from the templates, the PDF attached byte for byte, the caller's date and Message-ID, the same
 * bytes every time; and templates with unknown placeholders or past their limits are refused.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  composeStatementDraft,
  type StatementDraftInput,
} from '../../electron/backend/statement-mail/eml-draft.ts';
import { draftValues } from '../../electron/backend/statement-mail/draft-values.ts';
import { netLine } from '../../electron/backend/statement-summary/net-line.ts';
import { AppError } from '../../shared/errors.ts';
import {
  BODY_TEMPLATE_MAX,
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
  SUBJECT_TEMPLATE_MAX,
} from '../../shared/statement-template.ts';
import { decodeWords, fileName, readMime } from './mime-reader.ts';

/** A PDF-like file holding every byte value, so any re-encoding would show. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.3\n'), randomBytes(70_000)]);

const INPUT: StatementDraftInput = {
  to: 'zoe@example.com',
  template: { subject: DEFAULT_SUBJECT_TEMPLATE, body: DEFAULT_BODY_TEMPLATE },
  values: {
    customerName: 'Zoë Łódź 東京',
    businessName: 'Acme Ltd',
    period: '1 Mar 2026 to 31 Mar 2026',
    amount: '250.00',
    currency: 'EUR',
    netLine: 'Amount to pay EUR 250.00',
    code: '7K2M-Q9XD-4HRT',
  },
  attachment: { fileName: 'Statement Zoë 2026-03.pdf', bytes: PDF },
  date: '2026-04-01T09:00:00.000Z',
  messageId: '<snapshot-1@balancebook.invalid>',
};

async function refusal(input: StatementDraftInput) {
  try {
    await composeStatementDraft(input);
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe('composeStatementDraft', () => {
  it('attaches the PDF byte for byte, to the customer, with the filled subject and body', async () => {
    const draft = await composeStatementDraft(INPUT);
    const mail = readMime(draft.eml);
    expect(mail.headers.get('to')).toBe('zoe@example.com');
    expect(decodeWords(mail.headers.get('subject') ?? '')).toBe(
      'Statement 1 Mar 2026 to 31 Mar 2026 from Acme Ltd',
    );
    expect(draft.subject).toBe('Statement 1 Mar 2026 to 31 Mar 2026 from Acme Ltd');
    const [text, pdf] = mail.parts;
    expect(text?.body.toString('utf8')).toContain('Dear Zoë Łódź 東京,');
    expect(text?.body.toString('utf8')).toContain('Amount to pay EUR 250.00');
    expect(text?.body.toString('utf8')).toContain('verification code 7K2M-Q9XD-4HRT');
    expect(pdf?.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(pdf && fileName(pdf)).toBe('Statement Zoë 2026-03.pdf');
    expect(pdf?.body.equals(PDF)).toBe(true);
    expect(draft).toMatchObject({ recipient: 'zoe@example.com', notice: null });
  });

  it('dates the draft and names it as the caller says, and is the same bytes every time', async () => {
    const draft = await composeStatementDraft(INPUT);
    const mail = readMime(draft.eml);
    expect(mail.headers.get('date')).toBe('Wed, 01 Apr 2026 09:00:00 +0000');
    expect(mail.headers.get('message-id')).toBe('<snapshot-1@balancebook.invalid>');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect((await composeStatementDraft(INPUT)).eml.equals(draft.eml)).toBe(true);
  });

  it('makes a draft without a recipient for a customer without email, and says so', async () => {
    for (const to of [null, '  ']) {
      const draft = await composeStatementDraft({ ...INPUT, to });
      expect(readMime(draft.eml).headers.has('to')).toBe(false);
      expect(draft.recipient).toBeNull();
      expect(draft.notice).not.toBeNull();
    }
  });

  it('refuses an unknown placeholder on its template, naming it', async () => {
    const body = await refusal({
      ...INPUT,
      template: { ...INPUT.template, body: 'Hi {custmerName}' },
    });
    expect(body).toMatchObject({ code: 'VALIDATION', field: 'template.body' });
    expect(body.message).toContain('{custmerName}');
    const subject = await refusal({
      ...INPUT,
      template: { ...INPUT.template, subject: '{Period}' },
    });
    expect(subject).toMatchObject({ code: 'VALIDATION', field: 'template.subject' });
  });

  it('takes each template at its length limit and refuses one character more', async () => {
    const atSubject = { ...INPUT.template, subject: 'x'.repeat(SUBJECT_TEMPLATE_MAX) };
    await expect(composeStatementDraft({ ...INPUT, template: atSubject })).resolves.toMatchObject({
      subject: 'x'.repeat(SUBJECT_TEMPLATE_MAX),
    });
    const longSubject = { ...INPUT.template, subject: 'x'.repeat(SUBJECT_TEMPLATE_MAX + 1) };
    expect(await refusal({ ...INPUT, template: longSubject })).toMatchObject({
      field: 'template.subject',
    });
    const atBody = { ...INPUT.template, body: 'x'.repeat(BODY_TEMPLATE_MAX) };
    await expect(composeStatementDraft({ ...INPUT, template: atBody })).resolves.toMatchObject({
      recipient: 'zoe@example.com',
    });
    const longBody = { ...INPUT.template, body: 'x'.repeat(BODY_TEMPLATE_MAX + 1) };
    expect(await refusal({ ...INPUT, template: longBody })).toMatchObject({
      field: 'template.body',
    });
  });

  it('keeps the subject on one line: a break in the template is refused, in a value a space', async () => {
    const broken = { ...INPUT.template, subject: 'Statement\n{period}' };
    expect(await refusal({ ...INPUT, template: broken })).toMatchObject({
      field: 'template.subject',
    });
    const values = { ...INPUT.values, customerName: 'Acme\r\nBcc: x@evil.test' };
    const template = { ...INPUT.template, subject: 'For {customerName}' };
    const mail = readMime((await composeStatementDraft({ ...INPUT, values, template })).eml);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(decodeWords(mail.headers.get('subject') ?? '')).toBe('For Acme Bcc: x@evil.test');
  });

  it('prints no control character or direction mark a value brings into the body', async () => {
    const values = { ...INPUT.values, customerName: 'Zoë\u202Efdp.exe\u0000Ltd' };
    const mail = readMime((await composeStatementDraft({ ...INPUT, values })).eml);
    expect(mail.parts[0]?.body.toString('utf8')).toContain('Dear Zoëfdp.exe Ltd,');
  });
});

describe('draftValues', () => {
  it('fills the placeholders with the period, net line and amount as the PDF prints them', () => {
    const line = netLine({
      currency: 'EUR',
      closingBalance: '-1250.00',
      openReceivables: [{ kind: 'balance_due', amountDue: '1250.00' }],
    });
    const values = draftValues({
      customerName: 'Zoë',
      businessName: 'Acme Ltd',
      from: '2026-03-01',
      to: '2026-03-31',
      currency: 'EUR',
      line,
      code: '7K2M-Q9XD-4HRT',
    });
    expect(values).toEqual({
      customerName: 'Zoë',
      businessName: 'Acme Ltd',
      period: '1 Mar 2026 to 31 Mar 2026',
      amount: '1,250.00',
      currency: 'EUR',
      netLine: 'Amount to pay EUR 1,250.00',
      code: '7K2M-Q9XD-4HRT',
    });
  });
});
