/**
 * Proves the packaged build's Electron fuses: electron-builder.yml sets each one the security
 * checklist asks for, under the names app-builder-lib's own schema knows (a misspelt key would be
 * ignored silently by the packager, so it fails here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDER_CONFIG = path.join(ROOT, 'electron-builder.yml');
const BUILDER_SCHEMA = path.join(ROOT, 'node_modules/app-builder-lib/scheme.json');

const WANTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  enableCookieEncryption: true,
};

/** The `electronFuses:` block of the YAML file: its indented `key: true|false` lines. */
function readFuses(yaml: string): Record<string, unknown> {
  const lines = yaml.split('\n');
  const start = lines.indexOf('electronFuses:');
  expect(start, 'electronFuses: at the top level').toBeGreaterThanOrEqual(0);
  const fuses: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+): (\S+)$/.exec(line);
    if (match === null) break;
    const [, name = '', value = ''] = match;
    fuses[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return fuses;
}

type Schema = { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };

describe('the packaged build', () => {
  it('flips the fuses of the Electron security checklist', () => {
    const fuses = readFuses(fs.readFileSync(BUILDER_CONFIG, 'utf8'));
    expect(fuses).toEqual(WANTED_FUSES);
  });

  it('names each fuse as app-builder-lib knows it', () => {
    const schema = JSON.parse(fs.readFileSync(BUILDER_SCHEMA, 'utf8')) as Schema;
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(WANTED_FUSES)));
  });
});
