/**
 * Pure decisions about spending a balance (SPEC 4): what a billing mode lets a debit take, and
 * the error, with the shortfall, when it does not. No I/O; amounts in minor units.
 */
import type { BillingMode, GrantKind } from '../../../../shared/contract/types.ts';
import type { ErrorCode } from '../../../../shared/errors.ts';
import {
  addMinor,
  largerMinor,
  subtractMinor,
  sumMinor,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../../shared/money.ts';

export type SpendingState = {
  billingMode: BillingMode;
  balanceMinor: MinorUnits;
  creditLimitMinor: MinorUnits | null;
  creditLimitBlocked: boolean;
};

/** Balance plus the usable credit limit; null when the mode sets no bound (post-paid). */
export function availableMinor(state: SpendingState): MinorUnits | null {
  if (state.billingMode === 'postpaid') return null;
  if (state.billingMode === 'credit_limit' && !state.creditLimitBlocked) {
    return addMinor(state.balanceMinor, state.creditLimitMinor ?? ZERO_MINOR);
  }
  return state.balanceMinor;
}

/** What a debit may take now: available, never below zero; null when post-paid. */
export function spendableNowMinor(state: SpendingState): MinorUnits | null {
  const available = availableMinor(state);
  return available === null ? null : largerMinor(available, ZERO_MINOR);
}

/** A refund pays money out, so it may take only credit that was paid for (SPEC 2). */
export const REFUNDABLE_GRANT_KINDS = ['paid'] as const satisfies readonly GrantKind[];

/** What a refund may take now: the remaining paid credit of the open grants. */
export function refundableMinor(
  grants: readonly { kind: GrantKind; remainingMinor: MinorUnits }[],
): MinorUnits {
  const refundable = grants.filter((grant) =>
    REFUNDABLE_GRANT_KINDS.some((kind) => kind === grant.kind),
  );
  return sumMinor(refundable.map((grant) => grant.remainingMinor));
}

export type SpendRefusal = { code: ErrorCode; shortfallMinor: MinorUnits };

/** Whether a debit of `amountMinor` fits the mode; a refusal is for the whole amount. */
export function refuseSpending(state: SpendingState, amountMinor: MinorUnits): SpendRefusal | null {
  const spendable = spendableNowMinor(state);
  if (spendable === null) return null;
  if (amountMinor <= spendable) return null;
  const shortfallMinor = subtractMinor(amountMinor, spendable);
  if (state.billingMode === 'credit_limit') {
    const code = state.creditLimitBlocked ? 'CREDIT_LIMIT_BLOCKED' : 'CREDIT_LIMIT_EXCEEDED';
    return { code, shortfallMinor };
  }
  return { code: 'INSUFFICIENT_BALANCE', shortfallMinor };
}
