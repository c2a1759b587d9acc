/**
 * Proves the application icon electron-builder packs: every icon electron-builder.yml names is in
 * the build resources folder, each Linux PNG is the size its name says, the Windows .ico holds
 * 16 to 256, the macOS .icns is well formed with 16 to 1024, and every file was rendered from the
 * SVG as it is now (resources/icons/source.sha256, written by scripts/make-icons.sh).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter.js';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESOURCES = path.join(ROOT, 'resources');
const BUILDER_CONFIG = path.join(ROOT, 'electron-builder.yml');
const HASHES = path.join(RESOURCES, 'icons/source.sha256');

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** The icns element types scripts/make-icons.sh writes, with the size each one holds. */
const ICNS_TYPES = new Map([
  ['is32', 16],
  ['il32', 32],
  ['ih32', 48],
  ['it32', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `<key>: <value>` lines of the YAML file, under their top-level section (`''` at the top). */
function readSettings(yaml: string): Map<string, string> {
  const settings = new Map<string, string>();
  let section = '';
  for (const line of yaml.split('\n')) {
    const top = /^(\w+):\s*(\S*)$/.exec(line);
    if (top !== null) {
      section = top[1] ?? '';
      if (top[2] !== '') settings.set(section, top[2] ?? '');
      continue;
    }
    const nested = /^ {2}(\w+): (\S+)$/.exec(line);
    if (nested !== null) settings.set(`${section}.${nested[1] ?? ''}`, nested[2] ?? '');
  }
  return settings;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The ICONDIR entries of a .ico: their sizes (0 meaning 256) and where their images lie. */
function icoEntries(bytes: Buffer): { size: number; image: Buffer }[] {
  expect(bytes.readUInt16LE(0), 'reserved').toBe(0);
  expect(bytes.readUInt16LE(2), 'type 1, an icon').toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const width = bytes.readUInt8(entry) || 256;
    const height = bytes.readUInt8(entry + 1) || 256;
    expect(height).toBe(width);
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(bytes.length);
    return { size: width, image: bytes.subarray(offset, offset + length) };
  });
}

/** The element types of an .icns, after checking its magic and that its lengths add up. */
function icnsTypes(bytes: Buffer): string[] {
  expect(bytes.toString('latin1', 0, 4), 'icns magic').toBe('icns');
  expect(bytes.readUInt32BE(4), 'declared length').toBe(bytes.length);
  const types: string[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    types.push(bytes.toString('latin1', offset, offset + 4));
    offset += length;
  }
  expect(offset, 'elements end where the file ends').toBe(bytes.length);
  return types;
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** source.sha256 as `relative path -> hash` (sha256sum's `<hash>  <path>` lines). */
function readHashes(): Map<string, string> {
  const lines = fs.readFileSync(HASHES, 'utf8').trim().split('\n');
  return new Map(
    lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      expect(match, line).not.toBeNull();
      return [match?.[2] ?? '', match?.[1] ?? ''];
    }),
  );
}

describe('the application icon', () => {
  const settings = readSettings(fs.readFileSync(BUILDER_CONFIG, 'utf8'));

  it('is named for each platform and found in the build resources folder', () => {
    expect(settings.get('directories.buildResources')).toBe('resources');
    const named = ['linux.icon', 'win.icon', 'mac.icon'].map((key) => settings.get(key));
    expect(named).toEqual(['icons', 'icon.ico', 'icon.icns']);
    for (const icon of named)
      expect(fs.existsSync(path.join(RESOURCES, icon ?? '')), icon).toBe(true);
  });

  it("is what electron-builder's own resolver picks, not its default Electron icon", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
    const wanted = [
      {
        key: 'linux.icon',
        format: 'set',
        files: LINUX_SIZES.map((size) => `icons/${size}x${size}.png`),
      },
      { key: 'win.icon', format: 'ico', files: ['icon.ico'] },
      { key: 'mac.icon', format: 'icns', files: ['icon.icns'] },
    ] as const;
    try {
      for (const { key, format, files } of wanted) {
        const sources = [settings.get(key) ?? ''];
        const roots = [RESOURCES, ROOT];
        const result = await convertIcon({ sources, fallbackSources: [], roots, format, outDir });
        expect(result.isFallback, key).toBe(false);
        const picked = result.icons.map((icon) => path.relative(RESOURCES, icon.file));
        expect(picked, key).toEqual(files);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('gives Linux a PNG of each size, as big as its name says', () => {
    for (const size of LINUX_SIZES) {
      const file = path.join(RESOURCES, `icons/${size}x${size}.png`);
      expect(pngSize(fs.readFileSync(file)), file).toEqual({ width: size, height: size });
    }
  });

  it('gives Windows an .ico holding 16 to 256, the 256 a PNG of that size', () => {
    const entries = icoEntries(fs.readFileSync(path.join(RESOURCES, 'icon.ico')));
    expect(entries.map((entry) => entry.size)).toEqual(ICO_SIZES);
    const largest = entries.at(-1)?.image ?? Buffer.alloc(0);
    expect(pngSize(largest)).toEqual({ width: 256, height: 256 });
  });

  it('gives macOS an .icns holding 16 to 1024', () => {
    const types = icnsTypes(fs.readFileSync(path.join(RESOURCES, 'icon.icns')));
    const sizes = types.flatMap((type) => ICNS_TYPES.get(type) ?? []);
    expect(sizes).toEqual([...ICNS_TYPES.values()]);
  });

  it('was rendered from the SVG as it is now, every file unchanged since', () => {
    const hashes = readHashes();
    const produced = [
      'icon.svg',
      ...fs
        .readdirSync(path.join(RESOURCES, 'icons'))
        .filter((name) => name.endsWith('.png'))
        .map((name) => `icons/${name}`),
      'icon.ico',
      'icon.icns',
    ];
    expect([...hashes.keys()].sort()).toEqual(produced.sort());
    for (const file of produced)
      expect(sha256(path.join(RESOURCES, file)), file).toBe(hashes.get(file));
  });

  it('is drawn with shapes only: no text, fonts or outside images', () => {
    const svg = fs.readFileSync(path.join(RESOURCES, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<text|<image|font|href=/i);
  });
});
