/**
 * Runs Electronegativity (Doyensec) over the built application in out/ and fails on any finding
 * of medium severity or above. Offline-safe: the check that downloads Electron's release list is
 * skipped (the Electron version is pinned in package.json), and the tool's attempt to fetch
 * translations, which fails here, is allowed to fail.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ELECTRON_VERSION = '45.4.1';
const INPUT = path.join(import.meta.dirname, '..', 'out');

type Level = { value: number; name?: string };
type Issue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
};
type Run = (options: object, forCli: boolean) => Promise<{ issues: Issue[]; errors: unknown[] }>;

// The translations download fails offline, and its HTTP client (got) then throws from a timer.
process.on('uncaughtException', (error) => {
  const stack = String(error.stack);
  if (stack.includes('p-cancelable') || stack.includes('node_modules/got/')) return;
  process.stderr.write(`${String(error.stack)}\n`);
  process.exit(2);
});

if (!fs.existsSync(path.join(INPUT, 'main', 'index.js'))) {
  process.stderr.write('Build the application first (npm run build).\n');
  process.exit(2);
}
const run = require('@doyensec/electronegativity') as Run;
const { severity } = require('@doyensec/electronegativity/dist/finder') as {
  severity: Record<string, Level>;
};
const result = await run(
  {
    input: INPUT,
    electronVersionOverride: ELECTRON_VERSION,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    isRelative: true,
    isVerbose: false,
    parserPlugins: [],
  },
  false,
);
const medium = severity.MEDIUM?.value ?? 2;
const findings = result.issues.filter((issue) => issue.severity.value >= medium);
for (const issue of findings) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  process.stdout.write(
    `${issue.id} (${issue.severity.name ?? issue.severity.value}) ${where}\n  ${issue.description}\n`,
  );
}
const lower = result.issues.length - findings.length;
process.stdout.write(
  `Electronegativity: ${findings.length} findings of medium severity or above, ${lower} below\n`,
);
// Exit now: the tool's pending download would otherwise keep the process alive and noisy.
process.exit(findings.length > 0 ? 1 : 0);
