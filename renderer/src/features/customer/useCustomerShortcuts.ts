/** Letter keys on the customer page: T top up, C charge, A adjust, R refund, I invoice, P payment, E edit, S statement. */
import { useMemo } from 'react';
import { openDialog, type CustomerDialogKind } from '../../app/dialog-store.ts';
import { navigate } from '../../app/route-store.ts';
import { useShortcuts } from '../../app/useShortcuts.ts';
import { useCan } from '../session/useCan.ts';

const KEYS: Readonly<Record<string, CustomerDialogKind | 'recordPayment'>> = {
  t: 'topUp',
  c: 'charge',
  a: 'adjust',
  r: 'refund',
  i: 'newInvoice',
  p: 'recordPayment',
  e: 'editCustomer',
};

export function useCustomerShortcuts(customerId: string): void {
  const canWrite = useCan('balance.topUp');
  const map = useMemo(() => {
    const entries: [string, () => void][] = [
      [
        's',
        () => {
          navigate({ page: 'customer', customerId, tab: 'statement' });
        },
      ],
    ];
    if (canWrite) {
      for (const [key, kind] of Object.entries(KEYS)) {
        entries.push([
          key,
          () => {
            openDialog({ kind, customerId });
          },
        ]);
      }
    }
    return Object.fromEntries(entries);
  }, [canWrite, customerId]);
  useShortcuts(map);
}
