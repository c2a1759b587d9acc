/**
 * The real web bridge (electron/web/server.ts) for browser journeys that need it rather than the
 * test bridge: run under plain Node as `node web-bridge-process.ts <dataDir> <port> <startAt>`,
 * it opens the ledger in dataDir on a clock fixed at startAt, serves the built renderer on
 * 127.0.0.1:<port>, prints the start line, and closes cleanly on SIGTERM.
 */
import path from 'node:path';
import { launch } from '../../../electron/web/start.ts';

const [dataDir = '', port = '0', startAt = ''] = process.argv.slice(2);
const fixedAt = new Date(startAt);

const launched = await launch({
  argv: [
    '--port',
    port,
    '--renderer-dir',
    path.resolve(import.meta.dirname, '../../../out/renderer'),
  ],
  env: { BALANCEBOOK_DATA_DIR: dataDir },
  platform: process.platform,
  homeDir: dataDir,
  print: (line) => process.stdout.write(`${line}\n`),
  now: () => fixedAt,
  timeZone: 'Europe/Brussels',
});
if (launched.ok) {
  const bridge = launched.data;
  process.once('SIGTERM', () => {
    void bridge.close();
  });
} else {
  process.stderr.write(`${launched.error.message}\n`);
  process.exitCode = 1;
}
