/** Input schemas of the `users.*`, `settings.*` and `audit.*` channels. */
import { z } from 'zod';
import { statementIdentity } from './statement-identity.ts';
import { PAYMENT_TERMS_DAYS_MAX } from './customers.ts';
import { journalAccounts } from './reports.ts';
import {
  cursor,
  date,
  id,
  limit,
  longText,
  reason,
  requestId,
  requiredName,
  shortText,
} from './common.ts';

export const ROLES = ['admin', 'accountant', 'viewer'] as const;

const pin = z.string().regex(/^\d{4,12}$/, 'must be 4 to 12 digits');

export const usersCreate = z.strictObject({
  name: requiredName,
  role: z.enum(ROLES),
  pin: pin.optional(),
  requestId,
});

/** An admin sets a new PIN for someone (who forgot theirs), or removes it with null. */
export const usersSetPin = z.strictObject({ userId: id, pin: pin.nullable(), requestId });

/** An admin renames someone or changes their role; the file always keeps an admin. */
export const usersUpdate = z
  .strictObject({
    userId: id,
    name: requiredName.optional(),
    role: z.enum(ROLES).optional(),
    requestId,
  })
  .refine((input) => input.name !== undefined || input.role !== undefined, {
    message: 'give a new name or a new role',
    path: ['name'],
  });

/**
 * An admin removes someone who should no longer sign in or act (they left the firm). Their
 * history keeps their name; a reason is required.
 */
export const usersRemove = z.strictObject({ userId: id, reason, requestId });

export const usersList = z.strictObject({}).optional();

/** Everyone who ever had access, removed people included: for names in the audit log. */
export const usersListAll = z.strictObject({}).optional();

/** Checks who is signing in at start-up; the main process keeps the result, never the renderer. */
export const usersSignIn = z.strictObject({ userId: id, pin: z.string().max(12).optional() });

export const settingsGet = z.strictObject({}).optional();

export const settingsUpdate = z.strictObject({
  businessName: shortText.optional(),
  address: longText.optional(),
  invoicePrefix: z
    .string()
    .max(20)
    .regex(/^[A-Za-z0-9_\-/.]*$/, 'may hold only letters, digits and - _ / .')
    .optional(),
  defaultPaymentTermsDays: z.number().int().min(0).max(PAYMENT_TERMS_DAYS_MAX).optional(),
  /** Only the accounts given change; an empty name unsets one. */
  journalAccounts: journalAccounts.optional(),
  /** Entries dated on or before it are refused (SPEC 12); null opens every period again. */
  closingDate: date.nullable().optional(),
  // The identity on statements and invoices (SPEC 11): logo, tax id, bank details, message, email.
  ...statementIdentity.omit({ address: true }).shape,
  requestId,
});

export const auditList = z.strictObject({
  entityType: shortText.optional(),
  entityId: id.optional(),
  actorId: id.optional(),
  limit,
  cursor,
});

/** Heads of the audit chain recorded outside the file (a backup's metadata); see audit/chain-head.ts. */
export const KNOWN_HEADS_MAX = 100;

const chainHead = z.strictObject({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
});

export const auditVerify = z
  .strictObject({ knownHeads: z.array(chainHead).max(KNOWN_HEADS_MAX).optional() })
  .optional();

export const reportsDashboard = z.strictObject({}).optional();
