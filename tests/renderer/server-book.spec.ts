/**
 * Proves a team on one book in the browser (issue #19): from the start screen of one web bridge a
 * person opens a server book (TLS turned off for the local test server, after the form refused a
 * malformed string as it was typed), signs in as that book's admin and tops up a customer; a
 * second browser session, served by a second web bridge process, opens the same server book from
 * its own start screen and sees the top-up.
 */
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { startCluster, type Cluster } from '../support/postgres-cluster.ts';
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { ServerBookChooser } from './pages/ServerBookChooser.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';

let cluster: Cluster | undefined;
const bridges: RealBridge[] = [];

test.afterAll(async () => {
  for (const bridge of bridges.splice(0)) await bridge.stop();
  cluster?.stop();
});

async function newTeamDatabase(clusterUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  await client.query('CREATE DATABASE teambook');
  await client.end();
  const url = new URL(clusterUrl);
  url.pathname = '/teambook';
  return url.toString();
}

test('two browser sessions work on one server book: a top-up made in one shows in the other', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  cluster = await startCluster();
  const databaseUrl = await newTeamDatabase(cluster.url);
  const first = await startBridgeForTest((name) => testInfo.outputPath(`first-${name}`), START_AT);
  bridges.push(first.bridge);

  await page.goto(first.bridge.url);
  const chooser = new ServerBookChooser(page);
  await chooser.expectBook('The book on this computer');
  await chooser.reveal();
  await chooser.form.getByLabel('Connection string').fill('postgres://host-only');
  await expect(chooser.connectionError()).toHaveText(/must name the database/);
  await chooser.open(databaseUrl, { tls: false });
  await chooser.expectBook(/^Server book balancebook@127\.0\.0\.1:\d+\/teambook$/);

  const start = new StartScreen(page);
  await start.signIn('admin');
  const shell = new AppShell(page);
  await shell.expectSignedInAs('admin', 'Admin');
  await first.bridge.invoke('customers.create', {
    name: 'Nordlicht GmbH',
    currency: 'EUR',
    requestId: 'server-book-customer',
  });
  await shell.goTo('Customers');
  await new CustomersPage(page).open('Nordlicht GmbH');
  await new CustomerPage(page).topUp({ amount: '25' });
  await new CustomerPage(page).expectBalance('€25.00');

  const second = await startBridgeForTest(
    (name) => testInfo.outputPath(`second-${name}`),
    START_AT,
  );
  bridges.push(second.bridge);
  const other = await (await browser.newContext()).newPage();
  await other.goto(second.bridge.url);
  await new ServerBookChooser(other).open(databaseUrl, { tls: false });
  await new StartScreen(other).signIn('admin');
  const otherShell = new AppShell(other);
  await otherShell.goTo('Customers');
  await new CustomersPage(other).open('Nordlicht GmbH');
  await new CustomerPage(other).expectBalance('€25.00');
});
