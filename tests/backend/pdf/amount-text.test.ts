/**
 * Proves the wording rules of issue #15 that are easy to miss: no "-0.00" on a document or a
 * screen, and a refused transition names the status with its article ("an uncollectible invoice").
 */
import { describe, expect, it } from 'vitest';
import { amountText } from '../../../electron/backend/pdf/document.ts';
import { requireTransition } from '../../../electron/backend/domains/invoices/rules.ts';
import { formatMoneyForPeople } from '../../../shared/money.ts';

describe('zero amounts', () => {
  it('print without a sign on documents and screens, and negatives keep theirs', () => {
    expect(amountText('-0.00', 'USD')).toBe('0.00');
    expect(amountText('-0', 'JPY')).toBe('0');
    expect(amountText('-1.50', 'USD')).toBe('-1.50');
    expect(formatMoneyForPeople('-0.00', 'USD', 'en-US')).toBe('$0.00');
    expect(formatMoneyForPeople('-2.00', 'USD', 'en-US')).toBe('-$2.00');
  });
});

describe('refused transitions', () => {
  it('say "an uncollectible invoice" and "a paid invoice"', () => {
    expect(() => {
      requireTransition('uncollectible', 'void');
    }).toThrow('Cannot void an uncollectible invoice');
    expect(() => {
      requireTransition('paid', 'issue');
    }).toThrow('Cannot issue a paid invoice');
  });
});
