/**
 * Child processes of the benchmark, started with the same Node and the same warning flags as this
 * one, their heap sized as the hosts size it (host-heap.ts): probes that answer with one line of JSON (`rss-probe.ts`, the PDF export) and the
 * measuring runs (their output shown as it goes).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { heapFlagsForChildren } from './host-heap.ts';
import type { ProbeResult } from './rss-probe.ts';

const PROBE = path.join(import.meta.dirname, 'rss-probe.ts');

export type ProbeMode = 'engine' | 'engine-cjs' | 'engine-bundle' | 'raw';

/** The engine as shipped (bench/lib/bundle.ts), for the `engine-bundle` probe. */
export type Bundle = { path: string; migrationsFolder: string };

function nodeFlags(): string[] {
  const warnings = process.execArgv.filter((flag) => flag.startsWith('--disable-warning'));
  return [...warnings, ...heapFlagsForChildren()];
}

export function runProbe(
  mode: ProbeMode,
  dbPath: string,
  customerId: string,
  fixedNow: string,
  bundle?: Bundle,
): ProbeResult {
  const shipped = bundle ? [bundle.path, bundle.migrationsFolder] : [];
  return runJsonChild(PROBE, [mode, dbPath, customerId, fixedNow, ...shipped]) as ProbeResult;
}

/** Runs `script` in a new process and parses the last line it prints as JSON. */
export function runJsonChild(script: string, args: readonly string[]): unknown {
  const output = execFileSync(process.execPath, [...nodeFlags(), script, ...args], {
    encoding: 'utf8',
  });
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as unknown;
}

/** Runs `script` with `args` in a new process sharing this one's terminal; its exit code. */
export function runScript(script: string, args: readonly string[]): number {
  const result = spawnSync(process.execPath, [...nodeFlags(), script, ...args], {
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
