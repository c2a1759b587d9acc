/** A customer's name in a report: opens their statement ending on the report's date. */
import { Anchor } from '@mantine/core';
import { openStatementAt, routeHash } from '../../app/route-store.ts';

export function CustomerLink({ id, name, on }: { id: string; name: string; on: string }) {
  return (
    <Anchor
      href={routeHash({ page: 'customer', customerId: id, tab: 'statement', statementTo: on })}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        openStatementAt(id, on);
      }}
    >
      {name}
    </Anchor>
  );
}
