/**
 * A second look at an amount far above what this customer usually moves (shared/unusual-amount):
 * a warning under the amount with a box to tick, and the dialog's submit held until it is ticked.
 * Ticking holds only for the amount it was ticked for. The engine never refuses on this ground.
 */
import { Alert, Checkbox } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import {
  RECENT_ENTRIES_COUNT,
  UNUSUAL_FACTOR,
  unusualAmount,
  type Unusual,
} from '../../../../../shared/unusual-amount.ts';
import { useQuery } from '../../../api/useQuery.ts';
import { MoneyText } from '../../../components/MoneyText.tsx';

export type UnusualAmountGate = {
  unusual: Unusual | null;
  isConfirmed: boolean;
  isAsked: boolean;
  confirm: (isConfirmed: boolean) => void;
  /** Runs `submit` unless the amount is unusual and not yet confirmed. */
  guard: (
    submit: (event?: React.SubmitEvent<HTMLFormElement>) => void,
  ) => (event?: React.SubmitEvent<HTMLFormElement>) => void;
};

export function useUnusualAmount(
  customerId: string,
  currency: string,
  amount: string,
): UnusualAmountGate {
  const history = useQuery('balance.history', { customerId, limit: RECENT_ENTRIES_COUNT });
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [isAsked, setAsked] = useState(false);
  const recentAmounts = history.data?.items.map((entry) => entry.amount);
  const unusual =
    recentAmounts === undefined ? null : unusualAmount({ amount, currency, recentAmounts });
  const isConfirmed = confirmedFor === amount;
  return {
    unusual,
    isConfirmed,
    isAsked,
    confirm: (checked) => {
      setConfirmedFor(checked ? amount : null);
    },
    guard: (submit) => (event) => {
      if (unusual !== null && !isConfirmed) {
        event?.preventDefault();
        setAsked(true);
        return;
      }
      submit(event);
    },
  };
}

export function UnusualAmountCheck({
  gate,
  currency,
}: {
  gate: UnusualAmountGate;
  currency: string;
}) {
  const { unusual } = gate;
  if (unusual === null) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="Check the amount"
    >
      {unusual.reason === 'recent' ? (
        <>
          It is more than {UNUSUAL_FACTOR} times the largest of this customer’s recent credits (
          <MoneyText amount={unusual.largest} currency={currency} />
          ).
        </>
      ) : (
        <>
          It is more than <MoneyText amount={unusual.limit} currency={currency} />, and this
          customer has no credit yet.
        </>
      )}
      <Checkbox
        mt="sm"
        label="Yes, the amount is right"
        checked={gate.isConfirmed}
        error={
          gate.isAsked && !gate.isConfirmed
            ? 'Tick to confirm this amount, or correct it'
            : undefined
        }
        onChange={(event) => {
          gate.confirm(event.currentTarget.checked);
        }}
      />
    </Alert>
  );
}
