/** A customer's name as a link to their page, loaded (and cached) by id. */
import { Anchor, Skeleton } from '@mantine/core';
import { openCustomer, routeHash } from '../../app/route-store.ts';
import { useQuery } from '../../api/useQuery.ts';

export function CustomerName({ customerId }: { customerId: string }) {
  const customer = useQuery('customers.get', { customerId });
  if (customer.data === undefined) return <Skeleton height={14} width={120} />;
  return (
    <Anchor
      href={routeHash({ page: 'customer', customerId, tab: 'history' })}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        openCustomer(customerId);
      }}
    >
      {customer.data.name}
    </Anchor>
  );
}
