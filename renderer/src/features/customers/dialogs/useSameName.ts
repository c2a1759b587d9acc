/**
 * Another customer with the name being typed (accents and case folded as search folds them),
 * archived ones included: the new and edit dialogs warn, they do not refuse.
 */
import { useDebouncedValue } from '@mantine/hooks';
import type { CustomerSummary } from '../../../../../shared/contract/types.ts';
import { foldText } from '../../../../../shared/text-fold.ts';
import { useQuery } from '../../../api/useQuery.ts';

const SAME_NAME_LOOKUP_LIMIT = 20;

/** Another customer whose name folds to the same key, leaving out `exceptId` (the one edited). */
export function useSameName(name: string, exceptId?: string): CustomerSummary | undefined {
  const [typed] = useDebouncedValue(name.trim(), 200);
  const matches = useQuery(
    'customers.list',
    { search: typed, includeArchived: true, limit: SAME_NAME_LOOKUP_LIMIT },
    { enabled: typed !== '' },
  );
  if (typed === '' || typed !== name.trim()) return undefined;
  const key = foldText(typed);
  return matches.data?.items.find(
    (customer) => customer.id !== exceptId && foldText(customer.name) === key,
  );
}

/** The warning under the name, or nothing. */
export function sameNameNotice(customer: CustomerSummary | undefined): string | undefined {
  if (customer === undefined) return undefined;
  const archived = customer.archivedAt === null ? '' : ' (archived)';
  return `A customer named ${customer.name} already exists${archived}: check it is not the same one`;
}
