/**
 * Settings that give statements and invoices the business's identity (SPEC 11): logo, address,
 * tax id, bank details, a statement message and the email template. Not registered on a channel
 * yet: `settings.update` takes them when the tables come. The logo travels as base64 (the same
 * through IPC and the browser bridge, no file grant needed) and is a PNG or JPEG by its first
 * bytes, whatever its name says, of at most 1 MiB.
 */
import { z } from 'zod';
import {
  BODY_TEMPLATE_MAX,
  SUBJECT_TEMPLATE_MAX,
  templateProblem,
} from '../../statement-template.ts';
import { textProblem, type TextLines } from '../../text.ts';

export const LOGO_BYTES_MAX = 1024 * 1024;
/** The base64 of the largest logo: four characters for every three bytes. */
const LOGO_BASE64_MAX = Math.ceil(LOGO_BYTES_MAX / 3) * 4;
export const ADDRESS_MAX = 500;
export const TAX_ID_MAX = 50;
export const BANK_DETAILS_MAX = 500;
export const STATEMENT_MESSAGE_MAX = 1000;
/** Lines an address or bank details may have: what the PDF header has room for. */
export const IDENTITY_LINES_MAX = 6;

export type LogoMediaType = 'image/png' | 'image/jpeg';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The image type by its first bytes (from the first 16 base64 characters), or null. */
export function logoMediaType(base64: string): LogoMediaType | null {
  const head = Array.from(atob(base64.slice(0, 16)), (character) => character.charCodeAt(0));
  const starts = (magic: number[]) => magic.every((byte, index) => head[index] === byte);
  if (starts(PNG_MAGIC)) return 'image/png';
  if (starts(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/** Bytes the base64 decodes to, from its length and padding alone. */
export function base64ByteCount(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export const logo = z.strictObject({
  base64: z
    .string()
    .min(1, 'is required')
    .max(LOGO_BASE64_MAX + 4, 'may be at most 1 MB')
    .superRefine((base64, context) => {
      const problem = logoProblem(base64);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
});

function logoProblem(base64: string): string | null {
  if (base64 === '') return null; // refused by min(1) already
  if (!BASE64.test(base64)) return 'must be base64';
  if (base64ByteCount(base64) > LOGO_BYTES_MAX) return 'may be at most 1 MB';
  if (logoMediaType(base64) === null) return 'must be a PNG or JPEG image';
  return null;
}

function text(max: number, lines: TextLines, linesMax = 1) {
  return z
    .string()
    .trim()
    .max(max)
    .superRefine((value, context) => {
      const problem = textProblem(value, lines);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
      else if (value.split('\n').length > linesMax) {
        context.addIssue({ code: 'custom', message: `may have at most ${linesMax} lines` });
      }
    });
}

function template(max: number, lines: TextLines) {
  return text(max, lines, lines === 'single' ? 1 : Number.MAX_SAFE_INTEGER).superRefine(
    (value, context) => {
      const problem = templateProblem(value);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem.message });
    },
  );
}

/** Each field optional: an update names what it changes; a null logo removes the logo. */
export const statementIdentity = z.strictObject({
  logo: logo.nullable().optional(),
  address: text(ADDRESS_MAX, 'multi', IDENTITY_LINES_MAX).optional(),
  taxId: text(TAX_ID_MAX, 'single').optional(),
  bankDetails: text(BANK_DETAILS_MAX, 'multi', IDENTITY_LINES_MAX).optional(),
  statementMessage: text(STATEMENT_MESSAGE_MAX, 'multi', 20).optional(),
  emailSubjectTemplate: template(SUBJECT_TEMPLATE_MAX, 'single').optional(),
  emailBodyTemplate: template(BODY_TEMPLATE_MAX, 'multi').optional(),
});

export type StatementIdentityInput = z.input<typeof statementIdentity>;
export type StatementIdentity = z.output<typeof statementIdentity>;
