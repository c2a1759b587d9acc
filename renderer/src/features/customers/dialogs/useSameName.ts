/**
 * Another customer with the name being typed (accents and case folded as search folds them),
 * archived ones included: the new-customer dialog warns, it does not refuse.
 */
import { useDebouncedValue } from '@mantine/hooks';
import type { CustomerSummary } from '../../../../../shared/contract/types.ts';
import { foldText } from '../../../../../shared/text-fold.ts';
import { useQuery } from '../../../api/useQuery.ts';

const SAME_NAME_LOOKUP_LIMIT = 20;

export function useSameName(name: string): CustomerSummary | undefined {
  const [typed] = useDebouncedValue(name.trim(), 200);
  const matches = useQuery(
    'customers.list',
    { search: typed, includeArchived: true, limit: SAME_NAME_LOOKUP_LIMIT },
    { enabled: typed !== '' },
  );
  if (typed === '' || typed !== name.trim()) return undefined;
  const key = foldText(typed);
  return matches.data?.items.find((customer) => foldText(customer.name) === key);
}
