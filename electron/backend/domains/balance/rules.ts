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

/** What of an entry decides whether it may be reversed, as its row holds it. */
export type ReversalSubject = {
  type: string;
  invoiceId: string | null;
  paymentId: string | null;
  creditNoteId: string | null;
  timeEntryId: string | null;
  reversesEntryId: string | null;
};

/**
 * Why an entry can never be reversed, or null when it may be (SPEC 12): a reversal is not
 * reversed again; an entry a document owns is undone through that document; an expiry follows
 * its lot's date and is no mistake to undo.
 */
export function reversalBar(entry: ReversalSubject): string | null {
  if (entry.reversesEntryId !== null) {
    return 'This entry is itself a reversal: record a new entry to undo its effect';
  }
  if (entry.invoiceId !== null) {
    return 'This entry belongs to an invoice: void the invoice (or credit it) to undo it';
  }
  if (entry.paymentId !== null) {
    return 'This entry belongs to a payment, which follows its own rules: it cannot be reversed';
  }
  if (entry.creditNoteId !== null) {
    return 'This entry belongs to a credit note, which is final: it cannot be reversed';
  }
  if (entry.timeEntryId !== null) {
    return 'This entry belongs to a time entry: it cannot be reversed here';
  }
  if (entry.type === 'expiration') {
    return 'An expiry follows its lot’s date: it cannot be reversed';
  }
  return null;
}
