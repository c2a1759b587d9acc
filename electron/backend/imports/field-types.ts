/**
 * What each import field holds, so one reader serves every kind: text on one line or several,
 * an email, a currency code, an amount, a date, a whole number of days, or one of a few words.
 */
import { TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../../../shared/contract/schemas/common.ts';
import {
  BILLING_MODES,
  PAYMENT_TERMS_DAYS_MAX,
} from '../../../shared/contract/schemas/customers.ts';

export type FieldType =
  | { kind: 'text'; lines: 'single' | 'multi'; max: number }
  | { kind: 'email' }
  | { kind: 'currency' }
  | { kind: 'amount' }
  | { kind: 'date' }
  | { kind: 'days'; max: number }
  | { kind: 'choice'; words: readonly string[] };

const SINGLE: FieldType = { kind: 'text', lines: 'single', max: TEXT_SHORT_MAX };
const AMOUNT: FieldType = { kind: 'amount' };
const DATE: FieldType = { kind: 'date' };
const EMAIL: FieldType = { kind: 'email' };

export const LOT_KINDS = ['paid', 'promotional'] as const;

export const FIELD_TYPES: Record<string, FieldType> = {
  externalId: SINGLE,
  name: SINGLE,
  currency: { kind: 'currency' },
  email: EMAIL,
  address: { kind: 'text', lines: 'multi', max: TEXT_LONG_MAX },
  paymentTermsDays: { kind: 'days', max: PAYMENT_TERMS_DAYS_MAX },
  hourlyRate: AMOUNT,
  billingMode: { kind: 'choice', words: BILLING_MODES },
  creditLimit: AMOUNT,
  customerExternalId: SINGLE,
  customerName: SINGLE,
  customerEmail: EMAIL,
  amount: AMOUNT,
  kind: { kind: 'choice', words: LOT_KINDS },
  expiresOn: DATE,
  openedOn: DATE,
  number: SINGLE,
  issuedOn: DATE,
  dueOn: DATE,
  amountDue: AMOUNT,
  occurredOn: DATE,
  description: SINGLE,
};
