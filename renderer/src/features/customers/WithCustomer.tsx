/**
 * Loads the customer a dialog acts on (usually already cached) and renders the dialog's form once
 * it is there, so amounts are checked and shown in the customer's currency from the first key.
 */
import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Customer } from '../../../../shared/contract/types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';

export type WithCustomerProps = {
  customerId: string;
  title: string;
  onClose: () => void;
  children: (customer: Customer) => ReactNode;
};

export function WithCustomer({ customerId, title, onClose, children }: WithCustomerProps) {
  const customer = useQuery('customers.get', { customerId });
  if (customer.data !== undefined) return <>{children(customer.data)}</>;
  return (
    <Modal opened onClose={onClose} title={title} centered>
      {customer.status === 'error' ? (
        <ErrorAlert error={customer.error} onRetry={customer.refetch} />
      ) : (
        <LoadingState label="Loading the customer" rows={3} />
      )}
    </Modal>
  );
}
