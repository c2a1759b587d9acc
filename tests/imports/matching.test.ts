/**
 * Proves the two matchers: headers to fields (case, accents and punctuation ignored, synonyms,
 * one header per field) and rows to existing customers (external id, else name and email
 * folded, else a name only one customer has; never a guess between several).
 */
import { describe, expect, it } from 'vitest';
import { indexCustomers, matchCustomer } from '../../electron/backend/imports/customer-match.ts';
import { headerKey, suggestMapping } from '../../electron/backend/imports/header-match.ts';
import { givenCustomer } from './given.ts';

describe('suggestMapping', () => {
  it('folds case, accents and punctuation', () => {
    expect(headerKey(' Währung ')).toBe('wahrung');
    expect(headerKey('Expires_On')).toBe('expireson');
    expect(headerKey('E-MAIL')).toBe('email');
  });

  it('keeps the first synonym found for a field', () => {
    expect(suggestMapping('customers', ['Client', 'Customer', 'Currency'])).toEqual({
      name: 'Customer',
      currency: 'Currency',
    });
  });

  it('matches field names first, then synonyms', () => {
    expect(suggestMapping('customers', ['Client', 'Währung', 'E-mail', 'Terms'])).toEqual({
      name: 'Client',
      currency: 'Währung',
      email: 'E-mail',
      paymentTermsDays: 'Terms',
    });
    expect(
      suggestMapping('open_invoices', [
        'Customer',
        'Currency',
        'Invoice No',
        'Date',
        'Due',
        'Amount',
      ]),
    ).toEqual({
      customerName: 'Customer',
      currency: 'Currency',
      number: 'Invoice No',
      issuedOn: 'Date',
      dueOn: 'Due',
      amountDue: 'Amount',
    });
    expect(suggestMapping('opening_lots', ['customer', 'amount', 'expiry date', 'date'])).toEqual({
      customerName: 'customer',
      amount: 'amount',
      expiresOn: 'expiry date',
      openedOn: 'date',
    });
  });
});

describe('matchCustomer', () => {
  const index = indexCustomers([
    givenCustomer({ id: 'a', externalId: 'X-1', name: 'Kraków Design', email: 'hi@krakow.test' }),
    givenCustomer({ id: 'b', name: 'Kraków Design', email: 'other@krakow.test' }),
    givenCustomer({ id: 'c', name: 'Solo', email: '' }),
  ]);

  it('matches by external id before anything else', () => {
    const match = matchCustomer(index, { externalId: 'X-1', name: 'Renamed', email: null });
    expect(match).toMatchObject({ kind: 'found', by: 'external_id', customer: { id: 'a' } });
  });

  it('matches by name and email folded', () => {
    const match = matchCustomer(index, {
      externalId: null,
      name: 'KRAKOW design',
      email: 'Other@Krakow.test',
    });
    expect(match).toMatchObject({ kind: 'found', by: 'name_and_email', customer: { id: 'b' } });
  });

  it('matches a name alone only when one customer has it', () => {
    expect(matchCustomer(index, { externalId: null, name: 'solo', email: null })).toMatchObject({
      kind: 'found',
      by: 'name',
      customer: { id: 'c' },
    });
    expect(matchCustomer(index, { externalId: null, name: 'Krakow Design', email: null })).toEqual({
      kind: 'several',
      count: 2,
    });
  });

  it('finds none for another email, an unknown id, or a customer with another id', () => {
    const none = { kind: 'none' };
    expect(matchCustomer(index, { externalId: null, name: 'Solo', email: 'x@y.test' })).toEqual(
      none,
    );
    expect(matchCustomer(index, { externalId: 'X-9', name: null, email: null })).toEqual(none);
    expect(
      matchCustomer(index, { externalId: 'X-9', name: 'Kraków Design', email: 'hi@krakow.test' }),
    ).toEqual(none);
    expect(matchCustomer(index, { externalId: 'X-9', name: 'Solo', email: null })).toMatchObject({
      kind: 'found',
      customer: { id: 'c' },
    });
  });
});
