/**
 * Proves restore refuses damage it cannot see past: a real backup of a small book made through the
 * engine gets one byte changed at a time, at FLIPS_PER_PAGE seeded positions in every page of the
 * file, and each damaged copy goes through restore's validation. With the record the app writes
 * beside every backup, no damaged copy is accepted at all (its checksum differs). Without it (a
 * file copied by hand), the file's own checks must refuse every change to the hash-chained
 * tables; copies accepted with identical content (a change in free space) are fine. Prints flips,
 * refused, accepted-identical and accepted-changed, and the tables the last ones changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createRandom } from '../../bench/lib/random.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import { validateBackup } from '../../electron/backup/validate.ts';
import { canonicalDump, differingTables, givenSmallBook } from './book.ts';
import { TIME_ZONE } from './ledger.ts';
import { tempDbPath } from '../support/temp-file.ts';

/** Positions changed in each page: 512 flips over the book's 64 pages (BIT_FLIPS raises it). */
export const FLIPS_PER_PAGE = Number(process.env.BIT_FLIPS ?? 8);
const SEED = Number(process.env.BIT_FLIP_SEED ?? 0x5eed_b00c);

type Flip = { position: number; mask: number };

/**
 * FLIPS_PER_PAGE positions in each page, most of them where a b-tree page keeps live bytes (its
 * header and cell pointers, and its cell content area) so that few land in free space.
 */
function flipsFor(bytes: Buffer, pageBytes: number): Flip[] {
  const random = createRandom(SEED);
  const within = (from: number, to: number) =>
    from + Math.floor(random.next() * Math.max(1, to - from));
  const flips: Flip[] = [];
  for (let start = 0; start < bytes.length; start += pageBytes) {
    const live = liveRegions(bytes.subarray(start, start + pageBytes), start === 0 ? 100 : 0);
    for (let index = 0; index < FLIPS_PER_PAGE; index += 1) {
      const [from, to] = live[index % live.length] ?? [0, pageBytes];
      flips.push({ position: start + within(from, to), mask: 1 + Math.floor(random.next() * 255) });
    }
  }
  return flips;
}

const LEAF_TYPES = new Set([10, 13]);
const INTERIOR_TYPES = new Set([2, 5]);

/** [from, to) ranges in a page: header and cell pointers, cell content (x3), the whole page. */
function liveRegions(page: Buffer, headerAt: number): [number, number][] {
  const whole: [number, number] = [0, page.length];
  const type = page[headerAt] ?? 0;
  if (!LEAF_TYPES.has(type) && !INTERIOR_TYPES.has(type)) return [whole];
  const cells = page.readUInt16BE(headerAt + 3);
  const contentAt = page.readUInt16BE(headerAt + 5) || 65_536;
  const headerEnd = headerAt + (LEAF_TYPES.has(type) ? 8 : 12) + 2 * cells;
  const content: [number, number] = [Math.min(contentAt, page.length), page.length];
  return [[headerAt, headerEnd], content, content, content, whole];
}

type Outcome = Flip & { tables: string[] | null };
type Dump = ReturnType<typeof canonicalDump>;

/** The validated copy's content, or null when validation refused the file. */
async function validated(candidate: string, now: () => Date): Promise<Dump | null> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-flip-'));
  try {
    const verdict = await validateBackup({
      candidate,
      workDir,
      migrationsFolder: DEFAULT_MIGRATIONS_FOLDER,
      now,
      timeZone: TIME_ZONE,
    }).catch(() => null);
    return verdict?.ok === true ? canonicalDump(verdict.data) : null;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** A backup of a small book; `withRecord` false leaves out its record, as for a copied file. */
async function givenBackupOfSmallBook(withRecord: boolean) {
  const dbPath = tempDbPath();
  const book = await givenSmallBook(dbPath);
  const backupsDir = path.join(path.dirname(dbPath), 'backups');
  const backup = await backupNow({ dbPath, backupsDir, now: book.clock.now, timeZone: TIME_ZONE });
  book.backend.close();
  if (!withRecord) fs.rmSync(`${backup}.json`);
  return { backup, now: book.clock.now, folder: path.dirname(dbPath) };
}

/** Tables changed by each flip that validation accepted: null when refused, [] if identical. */
async function flipEach(backup: string, folder: string, now: () => Date): Promise<Outcome[]> {
  const original = await validated(backup, now);
  if (original === null) throw new Error('the undamaged backup was refused');
  const bytes = fs.readFileSync(backup);
  const candidate = path.join(folder, 'flipped.sqlite');
  // The damaged copy keeps the backup's record beside it, when the backup has one.
  if (fs.existsSync(`${backup}.json`)) fs.copyFileSync(`${backup}.json`, `${candidate}.json`);
  const outcomes: Outcome[] = [];
  for (const flip of flipsFor(bytes, bytes.readUInt16BE(16))) {
    const damaged = Buffer.from(bytes);
    damaged[flip.position] = (damaged[flip.position] ?? 0) ^ flip.mask;
    fs.writeFileSync(candidate, damaged);
    const dump = await validated(candidate, now);
    outcomes.push({ ...flip, tables: dump === null ? null : differingTables(original, dump) });
  }
  return outcomes;
}

/** Prints the figures; returns each changed table with the positions whose flip changed it. */
function tally(outcomes: Outcome[], pages: number): Record<string, string> {
  const refused = outcomes.filter((outcome) => outcome.tables === null).length;
  const identical = outcomes.filter((outcome) => outcome.tables?.length === 0).length;
  const changed = outcomes.length - refused - identical;
  process.stdout.write(
    `[bit-flip] ${pages} pages, ${outcomes.length} flips: ${refused} refused, ` +
      `${identical} accepted-identical, ${changed} accepted-changed\n`,
  );
  const byTable = new Map<string, number[]>();
  for (const { tables, position } of outcomes) {
    for (const table of tables ?? []) byTable.set(table, [...(byTable.get(table) ?? []), position]);
  }
  return Object.fromEntries(
    [...byTable].map(([table, at]) => [table, `${at.length} at ${at.join(', ')}`]),
  );
}

/** Tables whose every column the book's own hash chains and audit records cover. */
const CHAINED_TABLES = ['audit_events', 'grant_allocations', 'grants', 'ledger_entries'];

it('restores no backup this app made with any byte changed (its record keeps the checksum)', async () => {
  const { backup, now, folder } = await givenBackupOfSmallBook(true);
  const outcomes = await flipEach(backup, folder, now);
  const bytes = fs.readFileSync(backup);
  const pages = bytes.length / bytes.readUInt16BE(16);
  expect(outcomes.length).toBe(pages * FLIPS_PER_PAGE);
  tally(outcomes, pages);
  expect(outcomes.filter((outcome) => outcome.tables !== null)).toEqual([]);
}, 300_000);

it("without its record, the file's own checks accept no change in a hash-chained table", async () => {
  const { backup, now, folder } = await givenBackupOfSmallBook(false);
  const outcomes = await flipEach(backup, folder, now);
  const bytes = fs.readFileSync(backup);
  const pages = bytes.length / bytes.readUInt16BE(16);
  expect(outcomes.length).toBe(pages * FLIPS_PER_PAGE);
  const changed = tally(outcomes, pages);
  const chained = Object.keys(changed).filter((table) => CHAINED_TABLES.includes(table));
  expect(chained, JSON.stringify(changed)).toEqual([]);
}, 300_000);
