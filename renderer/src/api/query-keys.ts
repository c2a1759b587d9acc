/**
 * Cache keys and groups. A key is the channel plus the input with sorted keys; a query belongs to
 * the customer or invoice its input names, else to `global`; a mutation touches its customer, its
 * invoice and `global` (lists across customers, the dashboard, the audit log).
 */
import type { AnyChannel } from '../../../electron/preload/api.d.ts';

export const GLOBAL_GROUP = 'global';

/** JSON with object keys sorted, so equal inputs give equal keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((name) => [name, record[name]]),
    );
  });
}

export function queryKey(channel: AnyChannel, inputJson: string): string {
  return `${channel} ${inputJson}`;
}

function stringField(value: unknown, name: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' ? field : undefined;
}

function nested(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

export function customerGroup(customerId: string): string {
  return `customer:${customerId}`;
}

export function invoiceGroup(invoiceId: string): string {
  return `invoice:${invoiceId}`;
}

/** Groups of a query from its input. */
export function groupsOfInput(input: unknown): string[] {
  const groups: string[] = [];
  const customerId = stringField(input, 'customerId');
  const invoiceId = stringField(input, 'invoiceId');
  if (customerId !== undefined) groups.push(customerGroup(customerId));
  if (invoiceId !== undefined) groups.push(invoiceGroup(invoiceId));
  return groups.length > 0 ? groups : [GLOBAL_GROUP];
}

/** Groups learnt from loaded data: an invoice belongs to its customer too. */
export function groupsOfData(data: unknown): string[] {
  const customerId = stringField(data, 'customerId');
  return customerId === undefined ? [] : [customerGroup(customerId)];
}

/** What a successful mutation makes stale. */
export function groupsTouchedBy(
  channel: AnyChannel,
  input: unknown,
  output: unknown,
): string[] | 'all' {
  if (channel === 'jobs.runDue' || channel === 'settings.update') return 'all';
  const groups = new Set<string>([GLOBAL_GROUP]);
  const sources = [input, output, nested(output, 'invoice'), nested(output, 'balance')];
  for (const source of sources) {
    const customerId = stringField(source, 'customerId');
    if (customerId !== undefined) groups.add(customerGroup(customerId));
  }
  const invoiceId = stringField(input, 'invoiceId') ?? stringField(nested(output, 'invoice'), 'id');
  if (invoiceId !== undefined) groups.add(invoiceGroup(invoiceId));
  if (channel.startsWith('invoices.')) {
    const id = stringField(output, 'id');
    if (id !== undefined) groups.add(invoiceGroup(id));
  }
  return [...groups];
}
