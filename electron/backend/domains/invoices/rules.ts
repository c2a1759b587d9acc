/**
 * Pure invoice rules (SPEC 3): pricing lines, the state machine, and how a payment or a credit
 * note divides between what the invoice still needs and the customer's balance. Amounts are
 * minor units; no I/O.
 */
import type { InvoiceStatus } from '../../../../shared/contract/types.ts';
import { AppError, assert } from '../../../../shared/errors.ts';
import { INVOICE_TOTAL_MINOR_MAX } from '../../../../shared/money-limits.ts';
import {
  addMinor,
  smallerMinor,
  multiplyToMinor,
  parseMoney,
  percentOfMinor,
  refuseBeyond,
  subtractMinor,
  sumExact,
  sumMinor,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../../shared/money.ts';

export type LineInput = {
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate?: string | null;
};

export type PricedLine = {
  position: number;
  description: string;
  quantity: string;
  unitPriceMinor: MinorUnits;
  taxRate: string | null;
  amountMinor: MinorUnits;
  taxMinor: MinorUnits;
};

export type Totals = { subtotalMinor: MinorUnits; taxMinor: MinorUnits; totalMinor: MinorUnits };

/**
 * Each line rounded half-up to the minor unit on its own; totals are sums of rounded lines. A
 * line is at most the limit of one operation (on its quantity), the total at most an invoice's
 * limit (on `lines`); the totals are summed exactly before they are checked.
 */
export function priceLines(
  lines: readonly LineInput[],
  currency: string,
): { lines: PricedLine[] } & Totals {
  const priced = lines.map((line, position) => {
    const unitPriceMinor = parseMoney(line.unitPrice, currency, `lines.${position}.unitPrice`);
    const amountMinor = multiplyToMinor(line.quantity, unitPriceMinor, {
      currency,
      field: `lines.${position}.quantity`,
    });
    const taxRate = line.taxRate ?? null;
    const taxMinor = taxRate === null ? ZERO_MINOR : percentOfMinor(amountMinor, taxRate);
    return {
      position,
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor,
      taxRate,
      amountMinor,
      taxMinor,
    };
  });
  const total = sumExact(priced.flatMap((line) => [line.amountMinor, line.taxMinor]));
  const subject = 'The invoice total';
  refuseBeyond(total, { maxMinor: INVOICE_TOTAL_MINOR_MAX, currency, field: 'lines', subject });
  // Checked exactly above, so these sums are safe integers.
  const subtotalMinor = sumMinor(priced.map((line) => line.amountMinor));
  const taxMinor = sumMinor(priced.map((line) => line.taxMinor));
  const totalMinor = addMinor(subtotalMinor, taxMinor);
  if (totalMinor <= 0) {
    throw new AppError('VALIDATION', 'The invoice total must be greater than zero', 'lines');
  }
  return { lines: priced, subtotalMinor, taxMinor, totalMinor };
}

export type Transition = 'edit' | 'issue' | 'void' | 'markUncollectible' | 'creditNote' | 'pay';

const ALLOWED: Record<Transition, readonly InvoiceStatus[]> = {
  edit: ['draft'],
  issue: ['draft'],
  void: ['open'],
  markUncollectible: ['open'],
  creditNote: ['open', 'paid', 'uncollectible'],
  pay: ['open', 'uncollectible'],
};

/** Refuses, with the current state named, every transition the state machine does not allow. */
export function requireTransition(status: InvoiceStatus, transition: Transition): void {
  if (!ALLOWED[transition].includes(status)) {
    throw new AppError(
      'CONFLICT',
      `Cannot ${transitionWords[transition]} ${statusWords(status)} invoice`,
    );
  }
}

/** "an uncollectible invoice", "a void invoice": the article the status's word takes. */
function statusWords(status: string): string {
  return `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status}`;
}

const transitionWords: Record<Transition, string> = {
  edit: 'edit',
  issue: 'issue',
  void: 'void',
  markUncollectible: 'write off',
  creditNote: 'credit',
  pay: 'record a payment against',
};

export type Settlement = {
  totalMinor: MinorUnits;
  creditAppliedMinor: MinorUnits;
  amountPaidMinor: MinorUnits;
  creditNotedMinor: MinorUnits;
};

/** The invariant every invoice keeps: due = total less credit applied, paid and credit notes. */
export function amountDueOf(invoice: Settlement): MinorUnits {
  const settled = sumMinor([
    invoice.creditAppliedMinor,
    invoice.amountPaidMinor,
    invoice.creditNotedMinor,
  ]);
  return subtractMinor(invoice.totalMinor, settled);
}

/** A payment covers what is due; the rest goes to the balance. */
export function splitPayment(
  amountDueMinor: MinorUnits,
  amountMinor: MinorUnits,
): { appliedMinor: MinorUnits; excessMinor: MinorUnits } {
  const appliedMinor = smallerMinor(amountDueMinor, amountMinor);
  return { appliedMinor, excessMinor: subtractMinor(amountMinor, appliedMinor) };
}

export type CreditNoteSplit = {
  reducedDueMinor: MinorUnits;
  /** Settlement the credit note replaces (credit applied first, then payments): it becomes balance. */
  displacedCreditMinor: MinorUnits;
  displacedPaidMinor: MinorUnits;
  toBalanceMinor: MinorUnits;
};

/**
 * A credit note first reduces what is due; the rest replaces part of what already settled the
 * invoice, and that part is credited to the balance. So the invariant holds for every invoice.
 */
export function splitCreditNote(invoice: Settlement, amountMinor: MinorUnits): CreditNoteSplit {
  const creditable = subtractMinor(invoice.totalMinor, invoice.creditNotedMinor);
  if (amountMinor > creditable) {
    throw new AppError(
      'EXCEEDS_OUTSTANDING',
      'A credit note cannot exceed the total less earlier credit notes',
      'amount',
    );
  }
  const dueMinor = amountDueOf(invoice);
  const reducedDueMinor = smallerMinor(dueMinor, amountMinor);
  const rest = subtractMinor(amountMinor, reducedDueMinor);
  const displacedCreditMinor = smallerMinor(rest, invoice.creditAppliedMinor);
  const displacedPaidMinor = subtractMinor(rest, displacedCreditMinor);
  assert(displacedPaidMinor <= invoice.amountPaidMinor, 'a credit note displaces what settled');
  return { reducedDueMinor, displacedCreditMinor, displacedPaidMinor, toBalanceMinor: rest };
}

export function statusAfterSettlement(status: InvoiceStatus, dueMinor: MinorUnits): InvoiceStatus {
  return dueMinor === 0 && (status === 'open' || status === 'uncollectible') ? 'paid' : status;
}
