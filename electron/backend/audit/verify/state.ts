/**
 * Rows that change in place (customers, users, the settings, invoices) against the state their
 * hash-chained audit events say they should have. One pass over those events folds, per record,
 * the last value each event's `after` gave each verified field; then one pass per table compares.
 * Only fields some event holds are compared, so an older book verifies as it did. A user or
 * customer no event ever recorded (inserted behind the engine's back) is reported, and so is a
 * record the events name that is gone. The file's first user and the settings row are created
 * at start-up without an event: their starting values are the known defaults.
 */
import type Database from 'better-sqlite3';
import { minor, toMoney } from '../../../../shared/money.ts';
import {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
} from '../../../../shared/statement-template.ts';
import { DEFAULT_ADMIN_ID } from '../../context.ts';
import { parseObject, type Report } from './report.ts';
import { projectCustomer, projectInvoice, projectSettings, projectUser } from './state-rows.ts';

export type Folded = Map<string, Record<string, unknown>>;

/** Which fields of each kind of record are checked; `null` means every field the events hold. */
const VERIFIED: Record<string, readonly string[] | null> = {
  customer: [
    'name',
    'currency',
    'email',
    'address',
    'billingMode',
    'creditLimit',
    'creditLimitBlocked',
    'paymentTermsDays',
    'hourlyRate',
    'autoApplyCredit',
  ],
  user: ['name', 'role', 'hasPin', 'removedAt'],
  settings: null,
  invoice: [
    'customerId',
    'kind',
    'currency',
    'number',
    'issueDate',
    'dueDate',
    'subtotal',
    'tax',
    'total',
    'status',
    'amountDue',
  ],
};

/** A quick test on an event's stored `after` for any field verified for its kind of record. */
const MENTIONS: Record<string, RegExp | undefined> = Object.fromEntries(
  Object.entries(VERIFIED).flatMap(([type, fields]) =>
    fields === null ? [] : [[type, new RegExp(`"(?:${fields.join('|')})":`)]],
  ),
);

/** Settings fields that move without a settings event (numbering) or are only stamps. */
const SETTINGS_UNCHECKED = new Set(['nextInvoiceSeq', 'updatedAt']);

const STARTING: Record<string, Record<string, unknown>> = {
  [`user\u0000${DEFAULT_ADMIN_ID}`]: {
    name: 'admin',
    role: 'admin',
    hasPin: false,
    removedAt: null,
  },
  'settings\u0000settings': {
    businessName: '',
    address: '',
    invoicePrefix: 'INV-',
    defaultPaymentTermsDays: 14,
    taxId: '',
    bankDetails: '',
    statementMessage: '',
    emailSubjectTemplate: DEFAULT_SUBJECT_TEMPLATE,
    emailBodyTemplate: DEFAULT_BODY_TEMPLATE,
    logoSha256: null,
  },
};

export function foldAuditState(sqlite: Database.Database): Folded {
  const folded: Folded = new Map(
    Object.entries(STARTING).map(([key, value]) => [key, { ...value }]),
  );
  const types = Object.keys(VERIFIED);
  const events = sqlite
    .prepare(
      `SELECT entity_type AS entityType, entity_id AS entityId, action, after_json AS afterJson
       FROM audit_events WHERE entity_type IN (${types.map(() => '?').join(', ')})
         AND after_json IS NOT NULL ORDER BY seq`,
    )
    .iterate(...types) as IterableIterator<{
    entityType: string;
    entityId: string;
    action: string;
    afterJson: string;
  }>;
  for (const event of events) {
    // Most customer events are balance movements holding no verified field: skip the parse.
    if (MENTIONS[event.entityType]?.test(event.afterJson) === false) continue;
    const after = parseObject(event.afterJson);
    if (after === null) continue;
    const key = `${event.entityType}\u0000${event.entityId}`;
    const state = folded.get(key) ?? (event.entityType === 'user' ? { removedAt: null } : {});
    const fields = VERIFIED[event.entityType] ?? Object.keys(after);
    for (const field of fields) {
      if (field in after && !SETTINGS_UNCHECKED.has(field)) state[field] = after[field];
    }
    folded.set(key, state);
  }
  owesNothingOnceVoid(folded);
  return folded;
}

/** Void events written before a void invoice reported 0.00 due still name the stored figure. */
function owesNothingOnceVoid(folded: Folded): void {
  for (const [key, state] of folded) {
    if (!key.startsWith('invoice\u0000') || state.status !== 'void') continue;
    if (typeof state.currency === 'string') state.amountDue = toMoney(minor(0), state.currency);
  }
}

export function verifyState(sqlite: Database.Database, report: Report): void {
  const folded = foldAuditState(sqlite);
  const seen = new Set<string>();
  const compare = (type: string, id: string, row: Record<string, unknown>, required: boolean) => {
    const key = `${type}\u0000${id}`;
    seen.add(key);
    report.checked += 1;
    const state = folded.get(key);
    if (state === undefined) {
      if (required) report.add(`${type} ${id}: no audit event records it`);
      return;
    }
    const differing = Object.keys(state).filter(
      (field) => field in row && !isSame(state[field], row[field]),
    );
    if (differing.length > 0) {
      report.add(`${type} ${id}: ${differing.join(', ')} differ from its audit events`);
    }
  };
  for (const row of projectCustomer(sqlite)) compare('customer', row.id, row, true);
  for (const row of projectUser(sqlite)) compare('user', row.id, row, true);
  for (const row of projectSettings(sqlite)) compare('settings', 'settings', row, true);
  for (const row of projectInvoice(sqlite)) compare('invoice', row.id, row, row.status !== 'draft');
  for (const key of folded.keys()) {
    if (!seen.has(key))
      report.add(`${key.replace('\u0000', ' ')}: named by audit events but missing`);
  }
}

/** SQLite keeps flags as 0 and 1 where events hold booleans. */
function isSame(recorded: unknown, stored: unknown): boolean {
  if (typeof recorded === 'boolean' && typeof stored === 'number')
    return recorded === (stored === 1);
  return JSON.stringify(recorded) === JSON.stringify(stored);
}
