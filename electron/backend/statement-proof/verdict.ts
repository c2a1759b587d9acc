/**
 * The verdict on a statement PDF, as a pure decision over lookups passed in: `sent` when its bytes
 * are exactly those of a snapshot with its code, `altered` when the code is one of ours but the
 * bytes differ, `unknown` when it carries no code of ours. Beside the verdict, the audit chain's
 * head the code names is checked against the book: a head no longer in the chain (its newest
 * events deleted) or with another hash (rewritten) is reported, whatever the verdict.
 */
import type { ChainHead, ChainHeadCheck } from '../audit/chain-head.ts';
import type { StatementMarks } from './marks.ts';

/** A kept statement as the snapshot table will hold it (the fields a verdict reports). */
export type SnapshotRecord = {
  id: string;
  customerId: string;
  customerName: string;
  from: string;
  to: string;
  /** When the statement was exported, and by whom (a user id). */
  madeAt: string;
  madeBy: string;
  /** The address its email draft went to; null when only exported or drafted without one. */
  sentTo: string | null;
  pdfSha256: string;
  dataSha256: string;
  code: string;
  auditHead: ChainHead | null;
};

export type StatementLookups = {
  /** Every snapshot with this code (two would be a collision; each is weighed). */
  snapshotsByCode: (code: string) => SnapshotRecord[] | Promise<SnapshotRecord[]>;
  checkChainHead: (head: ChainHead) => ChainHeadCheck | Promise<ChainHeadCheck>;
};

/** `not-named`: nothing to check (no trustworthy head, or a book that had no events yet). */
export type HeadCheck = ChainHeadCheck | 'not-named';

export type UnknownReason = 'no-marks' | 'not-issued';

export type StatementVerdict =
  | { verdict: 'sent'; snapshot: SnapshotRecord; chain: HeadCheck; problems: string[] }
  | { verdict: 'altered'; snapshot: SnapshotRecord; chain: HeadCheck; problems: string[] }
  | { verdict: 'unknown'; reason: UnknownReason; chain: HeadCheck; problems: string[] };

export async function judgeStatement(
  input: { marks: StatementMarks | null; pdfSha256: string },
  lookups: StatementLookups,
): Promise<StatementVerdict> {
  const { marks, pdfSha256 } = input;
  if (marks === null) {
    return { verdict: 'unknown', reason: 'no-marks', chain: 'not-named', problems: [] };
  }
  const snapshots = await lookups.snapshotsByCode(marks.code);
  const exact = snapshots.find((snapshot) => snapshot.pdfSha256 === pdfSha256);
  const snapshot = exact ?? snapshots[0];
  // The snapshot's own head when there is one; else the file's, only if its code proves it.
  const head = snapshot !== undefined ? snapshot.auditHead : marks.isConsistent ? marks.head : null;
  const chain: HeadCheck = head === null ? 'not-named' : await lookups.checkChainHead(head);
  const problems = head === null ? [] : chainProblems(head, chain);
  if (snapshot === undefined) return { verdict: 'unknown', reason: 'not-issued', chain, problems };
  const verdict = exact !== undefined ? 'sent' : 'altered';
  return { verdict, snapshot, chain, problems };
}

function chainProblems(head: ChainHead, chain: HeadCheck): string[] {
  if (chain === 'missing') {
    return [
      `The audit trail no longer holds event ${head.seq}, which this statement's code names: its newest events were removed`,
    ];
  }
  if (chain === 'different') {
    return [
      `Audit event ${head.seq}, which this statement's code names, has changed since: the audit trail was rewritten`,
    ];
  }
  return [];
}
