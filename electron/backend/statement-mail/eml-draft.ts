/**
 * The email draft of a statement (SPEC 11): an .eml file, composed by nodemailer's message
 * composer, to the customer's address (or to no one, said in the result), with the subject and
 * body filled from the templates in Settings and the statement PDF attached byte for byte. The
 * date, the Message-ID and hence the MIME boundaries come from the caller, so the same draft is
 * the same bytes: nothing here reads the clock or draws random numbers. `X-Unsent: 1` asks the
 * mail program to open it as a message to send.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AppError, assert } from '../../../shared/errors.ts';
import {
  BODY_TEMPLATE_MAX,
  fillTemplate,
  parseTemplate,
  SUBJECT_TEMPLATE_MAX,
  TEMPLATE_PLACEHOLDERS,
  type TemplateValues,
} from '../../../shared/statement-template.ts';
import { printable, textProblem, type TextLines } from '../../../shared/text.ts';

export type StatementDraftInput = {
  /** The customer's email address; null or empty makes a draft without a recipient. */
  to: string | null;
  template: { subject: string; body: string };
  values: TemplateValues;
  attachment: { fileName: string; bytes: Uint8Array };
  /** An ISO instant from the engine's clock. */
  date: string;
  /** `<something@host>`, unique per draft (the snapshot's id makes one). */
  messageId: string;
};

export type StatementDraft = {
  eml: Buffer;
  recipient: string | null;
  /** Why the draft has no recipient, for the person to read; null when it has one. */
  notice: string | null;
  subject: string;
};

const MESSAGE_ID = /^<[^<>@\s]+@[^<>@\s]+>$/;

export async function composeStatementDraft(input: StatementDraftInput): Promise<StatementDraft> {
  const subject = fill(input.template.subject, input.values, 'subject');
  const body = fill(input.template.body, input.values, 'body');
  assert(MESSAGE_ID.test(input.messageId), 'a Message-ID is <local@host>');
  assert(!Number.isNaN(Date.parse(input.date)), 'a draft is dated by an ISO instant');
  const recipient = input.to === null || input.to.trim() === '' ? null : input.to.trim();
  const composer = new MailComposer({
    ...(recipient === null ? {} : { to: recipient }),
    subject,
    text: body,
    date: new Date(input.date),
    messageId: input.messageId,
    headers: { 'X-Unsent': '1' },
    attachments: [
      {
        filename: printable(input.attachment.fileName),
        content: Buffer.from(input.attachment.bytes),
        contentType: 'application/pdf',
      },
    ],
    baseBoundary: createHash('sha256').update(input.messageId).digest('hex').slice(0, 16),
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const eml = await composer.compile().build();
  const notice =
    recipient === null
      ? 'The customer has no email address: the draft has no recipient, add one before sending'
      : null;
  return { eml, recipient, notice, subject };
}

const LIMITS = { subject: SUBJECT_TEMPLATE_MAX, body: BODY_TEMPLATE_MAX } as const;

/** The template checked (length, characters, placeholders) and filled; refusals on its field. */
function fill(template: string, values: TemplateValues, part: 'subject' | 'body'): string {
  const field = `template.${part}`;
  const lines: TextLines = part === 'subject' ? 'single' : 'multi';
  const subject = `The email ${part} template`;
  if (template.length > LIMITS[part]) {
    throw new AppError('VALIDATION', `${subject} can be at most ${LIMITS[part]} characters`, field);
  }
  const textIssue = textProblem(template, lines);
  if (textIssue !== null) throw new AppError('VALIDATION', `${subject} ${textIssue}`, field);
  const pieces = parseTemplate(template);
  if (!Array.isArray(pieces))
    throw new AppError('VALIDATION', `${subject} ${pieces.message}`, field);
  const safe: TemplateValues = { ...values };
  for (const name of TEMPLATE_PLACEHOLDERS) safe[name] = printable(values[name], lines);
  return fillTemplate(pieces, safe);
}
