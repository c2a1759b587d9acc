/**
 * The customer's figures: balance, what is available to spend, the billing mode and limit, the
 * remaining budget in money and hours, replenishment, and the budget in hours when agreed.
 */
import { Card, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Balance, Customer } from '../../../../shared/contract/types.ts';
import { useQuery } from '../../api/useQuery.ts';
import { MoneyText } from '../../components/MoneyText.tsx';
import { isPositiveMoney, sumMoney } from '../../lib/money-display.ts';
import { BILLING_MODE_LABELS } from '../billing/billing-labels.ts';
import { HoursBudgetCard } from './HoursBudgetCard.tsx';

function Figure({
  label,
  children,
  hint,
}: {
  label: string;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <Card padding="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text component="div" size="xl" fw={700} mt={4}>
        {children}
      </Text>
      {hint !== undefined && (
        <Text component="div" size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** What can be spent now, as the engine gives it (never negative); older engines: available. */
function spendable(balance: Balance): string | null {
  return balance.spendableNow === undefined ? balance.available : balance.spendableNow;
}

function availableHint(customer: Customer): string {
  if (customer.billingMode === 'postpaid') return 'Post-paid: no bound';
  if (customer.creditLimitBlocked) return 'Blocked: only a positive balance can be spent';
  return customer.billingMode === 'credit_limit'
    ? 'Balance plus usable limit, never below zero'
    : 'Positive balance, never below zero';
}

export function BalanceSummary({ customer }: { customer: Customer }) {
  const balance = useQuery('balance.get', { customerId: customer.id });
  const data = balance.data;
  const c = customer.currency;
  const loading = <Skeleton height={28} width={120} mt={4} />;
  const replenishment = customer.replenishment;
  return (
    <SimpleGrid cols={2} spacing="md">
      <Figure label="Balance" hint="Positive is credit we owe; negative is debt">
        {data ? <MoneyText amount={data.balance} currency={c} /> : loading}
      </Figure>
      <Figure label="Available credit" hint={availableHint(customer)}>
        {data === undefined ? (
          loading
        ) : spendable(data) === null ? (
          'No limit'
        ) : (
          <MoneyText amount={spendable(data) ?? ''} currency={c} />
        )}
      </Figure>
      <Figure
        label="Billing mode"
        hint={
          customer.creditLimitBlocked ? (
            'Blocked: an overdue balance-due invoice'
          ) : customer.creditLimit !== null ? (
            <>
              Limit <MoneyText amount={customer.creditLimit} currency={c} tone="plain" />
            </>
          ) : (
            'No credit limit'
          )
        }
      >
        <Text inherit c={customer.creditLimitBlocked ? 'red' : undefined}>
          {BILLING_MODE_LABELS[customer.billingMode]}
        </Text>
      </Figure>
      <Figure
        label="Remaining budget"
        hint={
          replenishment.enabled && replenishment.threshold !== null ? (
            <>
              Replenishes below{' '}
              <MoneyText amount={replenishment.threshold} currency={c} tone="plain" /> (
              {replenishment.recurrence})
            </>
          ) : (
            'No replenishment'
          )
        }
      >
        {data ? (
          <>
            <MoneyText
              amount={isPositiveMoney(data.balance) ? data.balance : sumMoney([], c)}
              currency={c}
            />
            {data.hoursRemaining !== null && (
              <Text component="span" size="sm" c="dimmed" fw={500} ml={6}>
                ≈ {data.hoursRemaining} h
              </Text>
            )}
          </>
        ) : (
          loading
        )}
      </Figure>
      {data?.hoursBudget && (
        <HoursBudgetCard
          customerId={customer.id}
          budget={data.hoursBudget}
          isArchived={customer.archivedAt !== null}
        />
      )}
    </SimpleGrid>
  );
}
