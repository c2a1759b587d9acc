/** Input schemas of the `users.*`, `settings.*` and `audit.*` channels. */
import { z } from 'zod';
import { PAYMENT_TERMS_DAYS_MAX } from './customers.ts';
import { cursor, id, limit, longText, requestId, requiredName, shortText } from './common.ts';

export const ROLES = ['admin', 'accountant', 'viewer'] as const;

const pin = z.string().regex(/^\d{4,12}$/, 'must be 4 to 12 digits');

export const usersCreate = z.object({
  name: requiredName,
  role: z.enum(ROLES),
  pin: pin.optional(),
  requestId,
});

/** An admin sets a new PIN for someone (who forgot theirs), or removes it with null. */
export const usersSetPin = z.object({ userId: id, pin: pin.nullable(), requestId });

export const usersList = z.object({}).optional();

/** Checks who is signing in at start-up; the main process keeps the result, never the renderer. */
export const usersSignIn = z.object({ userId: id, pin: z.string().max(12).optional() });

export const settingsGet = z.object({}).optional();

export const settingsUpdate = z.object({
  businessName: shortText.optional(),
  address: longText.optional(),
  invoicePrefix: z
    .string()
    .max(20)
    .regex(/^[A-Za-z0-9_\-/.]*$/, 'may hold only letters, digits and - _ / .')
    .optional(),
  defaultPaymentTermsDays: z.number().int().min(0).max(PAYMENT_TERMS_DAYS_MAX).optional(),
  requestId,
});

export const auditList = z.object({
  entityType: shortText.optional(),
  entityId: id.optional(),
  actorId: id.optional(),
  limit,
  cursor,
});

export const auditVerify = z.object({}).optional();

export const reportsDashboard = z.object({}).optional();
