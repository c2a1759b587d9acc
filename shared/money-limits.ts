/**
 * The limits on money, in minor units, chosen so that every sum the engine does in a JavaScript
 * number stays a safe integer (below 2^53, about 9.007e15): a balance plus one operation's amount,
 * a balance plus its credit limit, a line's quantity x price plus its tax, an invoice's lines
 * summed exactly then checked. Sums over many rows (dashboard, statements) are exact BigInt
 * sums and never limited. Past a limit a request is a VALIDATION error naming the field and the
 * limit, never INTERNAL. In USD these are 1 trillion per operation and 10 trillion per balance.
 */

/**
 * The largest amount of one operation: a top-up, adjustment, charge, refund, payment, amount
 * applied, unit price, hourly rate, replenishment amount, and each computed line (quantity x
 * unit price, hours x rate).
 */
export const AMOUNT_MINOR_MAX = 100_000_000_000_000;

/**
 * A customer's balance stays within minus and plus this; a credit limit and a replenishment
 * threshold are at most this. Balance + amount <= 1e15 + 1e15 is safe before it is checked.
 */
export const BALANCE_MINOR_MAX = 1_000_000_000_000_000;

/**
 * The largest invoice total (lines plus tax). As large as a balance, so a monthly balance-due
 * invoice for the deepest debt always fits; a credit note, at most the total, stays safe too.
 */
export const INVOICE_TOTAL_MINOR_MAX = BALANCE_MINOR_MAX;
