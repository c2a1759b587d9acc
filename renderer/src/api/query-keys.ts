/**
 * Cache keys and groups. A key is the channel plus the input with sorted keys; a query belongs to
 * the customer or invoice its input names, else to `global`; a mutation touches what the registry's
 * rule for its channel says, and `global` (lists across customers, the dashboard, the audit log).
 */
import type { AnyChannel, AnyInput, AnyOutput } from '../../../electron/preload/api.d.ts';
import type { ChannelInput } from '../../../shared/contract/channels.ts';
import { staleAfter, type StaleChannel } from '../../../shared/contract/stale-after.ts';

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

/**
 * What a successful call makes stale, from the registry's rule for its channel
 * (`shared/contract/stale-after.ts`): its customers, its invoices and `global`, or every entry.
 */
export function groupsTouchedBy<C extends StaleChannel>(
  channel: C,
  input: AnyInput<C>,
  output: AnyOutput<C>,
): string[] | 'all' {
  // For an engine channel AnyInput is ChannelInput; the compiler cannot see that through a
  // generic channel, so it is said once here.
  const stale = staleAfter[channel](input as ChannelInput<C>, output);
  if (stale === 'everything') return 'all';
  return [
    GLOBAL_GROUP,
    ...stale.customerIds.map(customerGroup),
    ...stale.invoiceIds.map(invoiceGroup),
  ];
}
