/**
 * The append-only and integrity triggers: each one the migrations define must be in the file as
 * they define it (a problem otherwise), and each time the engine had to put some back is told as
 * a notice naming its audit event.
 */
import type Database from 'better-sqlite3';
import { restoredTriggerEvents } from '../restore-triggers.ts';
import { parseObject, type Report } from './report.ts';

/** `missing`: the triggers absent or changed, as the store found them. */
export function verifyTriggers(
  sqlite: Database.Database,
  missing: readonly string[],
  report: Report,
): void {
  for (const name of missing) {
    report.checked += 1;
    report.add(`trigger ${name}: missing or changed, so history is not protected`);
  }
  for (const event of restoredTriggerEvents(sqlite)) {
    const names = parseObject(event.afterJson)?.triggers;
    const listed = Array.isArray(names) ? names.join(', ') : 'some triggers';
    report.notice(
      `audit event ${event.id} (#${event.seq}): the engine put back ${listed} ` +
        `on opening the file at ${event.at}`,
    );
  }
}
