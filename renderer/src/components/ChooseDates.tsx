/**
 * What a view waiting for its dates shows while they are being picked (a range's first day chosen,
 * its last not yet): a sentence saying what to choose, never a loading state its query, off until
 * the dates are complete, would never end.
 */
import { IconCalendar } from '@tabler/icons-react';
import { EmptyState } from './EmptyState.tsx';

const icon = <IconCalendar size={22} stroke={1.5} />;

export function ChoosePeriod() {
  return (
    <EmptyState
      title="Choose the period"
      description="Pick the period's first and last day; one day may be both."
      icon={icon}
    />
  );
}

export function ChooseDate() {
  return (
    <EmptyState title="Choose a date" description="Pick the day the report is as at." icon={icon} />
  );
}
