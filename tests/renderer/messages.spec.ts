/**
 * Proves that messages say what happened (issue #13): deducting two time entries sums up both and
 * names the top-up invoice it caused; a blocked customer's available credit is 0, never negative;
 * a top-up request past its due date is not on the dashboard’s overdue list; issuing an invoice
 * says what the balance settled and the top-up invoice that followed.
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice, givenTopUp, rid } from './support/given.ts';

test('deducting time names every entry’s total and the top-up invoice it issued', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Ørsted Atelier',
    currency: 'EUR',
    hourlyRate: '100.00',
  });
  await givenTopUp(app.engine, customerId, '600.00');
  await app.open(`#/customers/${customerId}/time`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.setReplenishment({ threshold: '200', amount: '500' });
  await customer.addTime({ hours: '2.8', description: 'Logo sketches' });
  await customer.addTime({ hours: '1.8', description: 'Client call' });
  await customer.deductTime(['Logo sketches', 'Client call']);

  const shell = new AppShell(page);
  const done = shell.notification('2 time entries deducted: -€460.00');
  await expect(done).toContainText(
    'The balance is now €140.00; Top-up invoice INV-0001 issued for €500.00.',
  );
});

test('a blocked customer in debt has 0.00 available, not a negative amount', async ({
  page,
  app,
}) => {
  await app.setNow('2026-01-05T10:00:00Z');
  const customerId = await givenCustomer(app.engine, {
    name: 'Kraków Press',
    paymentTermsDays: 10,
  });
  await app.engine.call('customers.setBillingMode', {
    customerId,
    mode: 'credit_limit',
    creditLimit: '500.00',
    reason: 'Agreed terms',
    requestId: rid('mode'),
  });
  await app.engine.call('balance.charge', {
    customerId,
    amount: '300.00',
    description: 'Print run',
    requestId: rid('charge'),
  });
  await app.setNow('2026-02-01T10:00:00Z');
  await app.engine.call('jobs.runDue', {});
  await app.setNow('2026-02-20T10:00:00Z');
  await app.engine.call('jobs.runDue', {});
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.expectBalance('-$300.00');
  await customer.expectAvailable('$0.00');
  await expect(customer.figure('Available credit')).not.toContainText('-');
  await expect(customer.figure('Available credit')).toContainText('Blocked');
});

test('a top-up request past its due date is not an overdue invoice on the dashboard', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Lisboa Loja', paymentTermsDays: 5 });
  const draft = await app.engine.call('invoices.create', {
    customerId,
    kind: 'top_up',
    lines: [{ description: 'Prepaid budget', quantity: '1', unitPrice: '400.00' }],
    requestId: rid('top-up-request'),
  });
  await app.engine.call('invoices.issue', { invoiceId: draft.id, requestId: rid('issue') });
  await givenIssuedInvoice(app.engine, customerId, '75.00', 'Late work');
  await app.setNow('2026-03-20T10:00:00Z');
  await app.open('#/');
  await new StartScreen(page).signIn('admin');
  const overdue = page.getByRole('table', { name: 'Overdue invoices' });
  await expect(overdue.getByRole('row')).toHaveCount(2);
  await expect(overdue).toContainText('$75.00');
  await expect(overdue).not.toContainText('$400.00');
});

test('issuing an invoice says what the balance settled and the top-up invoice it caused', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Tallinn Tekst', currency: 'EUR' });
  await givenTopUp(app.engine, customerId, '300.00');
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.setReplenishment({ threshold: '100', amount: '400' });
  await customer.newInvoice([{ description: 'Translation', unitPrice: '250' }]);

  const done = new AppShell(page).notification('Invoice INV-0001 issued');
  await expect(done).toContainText(
    '€250.00 settled from the balance; €0.00 due; Top-up invoice INV-0002 issued for €400.00.',
  );
});
