/**
 * Proves the verdict on a statement PDF: exactly a snapshot's bytes is `sent` with who, when and
 * to whom; our code with other bytes is `altered`; no code, or a code never issued, is `unknown`;
 * and the audit head the code names is checked, so a cut or rewritten chain is reported.
 */
import { describe, expect, it } from 'vitest';
import type { ChainHead, ChainHeadCheck } from '../../electron/backend/audit/chain-head.ts';
import { statementCode } from '../../electron/backend/statement-proof/code.ts';
import type { StatementMarks } from '../../electron/backend/statement-proof/marks.ts';
import {
  judgeStatement,
  type SnapshotRecord,
} from '../../electron/backend/statement-proof/verdict.ts';

const DATA = 'd'.repeat(64);
const HEAD = { seq: 12, hash: 'e'.repeat(64) };
const CODE = statementCode(DATA, HEAD);
const MARKS: StatementMarks = { code: CODE, dataHash: DATA, head: HEAD, isConsistent: true };

const SNAPSHOT: SnapshotRecord = {
  id: 'snap-1',
  customerId: 'cust-1',
  customerName: 'Zoë Łódź',
  from: '2026-03-01',
  to: '2026-03-31',
  madeAt: '2026-04-01T09:00:00.000Z',
  madeBy: 'user-1',
  sentTo: 'zoe@example.com',
  pdfSha256: '1'.repeat(64),
  dataSha256: DATA,
  code: CODE,
  auditHead: HEAD,
};

function book(chain: ChainHeadCheck = 'present') {
  const asked: ChainHead[] = [];
  return {
    asked,
    lookups: {
      snapshotsByCode: (code: string) => (code === CODE ? [SNAPSHOT] : []),
      checkChainHead: (head: ChainHead) => {
        asked.push(head);
        return Promise.resolve(chain);
      },
    },
  };
}

describe('judgeStatement', () => {
  it('answers sent, with whom, when and by whom, for the snapshot bytes exactly', async () => {
    const { lookups, asked } = book();
    const result = await judgeStatement({ marks: MARKS, pdfSha256: SNAPSHOT.pdfSha256 }, lookups);
    expect(result).toEqual({ verdict: 'sent', snapshot: SNAPSHOT, chain: 'present', problems: [] });
    expect(asked).toEqual([HEAD]);
  });

  it('answers altered when the code is ours and the bytes differ', async () => {
    const result = await judgeStatement(
      { marks: MARKS, pdfSha256: '2'.repeat(64) },
      book().lookups,
    );
    expect(result).toMatchObject({ verdict: 'altered', snapshot: { id: 'snap-1' } });
  });

  it('answers altered when the marks were edited but the code is still ours', async () => {
    const marks = { ...MARKS, head: { ...HEAD, seq: 1 }, isConsistent: false };
    const { lookups, asked } = book();
    const result = await judgeStatement({ marks, pdfSha256: '2'.repeat(64) }, lookups);
    expect(result.verdict).toBe('altered');
    expect(asked).toEqual([HEAD]);
  });

  it('answers unknown for a PDF without marks and for a code never issued', async () => {
    const none = await judgeStatement({ marks: null, pdfSha256: '3'.repeat(64) }, book().lookups);
    expect(none).toMatchObject({ verdict: 'unknown', reason: 'no-marks', chain: 'not-named' });
    const foreign = { ...MARKS, code: '0000-0000-0000', isConsistent: false };
    const { lookups, asked } = book();
    const result = await judgeStatement({ marks: foreign, pdfSha256: '3'.repeat(64) }, lookups);
    expect(result).toMatchObject({ verdict: 'unknown', reason: 'not-issued', chain: 'not-named' });
    expect(asked).toEqual([]);
  });

  it('catches a cut chain: sent, but the head the code names is missing', async () => {
    const result = await judgeStatement(
      { marks: MARKS, pdfSha256: SNAPSHOT.pdfSha256 },
      book('missing').lookups,
    );
    expect(result).toMatchObject({ verdict: 'sent', chain: 'missing' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('event 12');
  });

  it('catches a rewritten chain, and a cut one even when the snapshot row is gone', async () => {
    const rewritten = await judgeStatement(
      { marks: MARKS, pdfSha256: SNAPSHOT.pdfSha256 },
      book('different').lookups,
    );
    expect(rewritten).toMatchObject({ chain: 'different' });
    expect(rewritten.problems).toHaveLength(1);
    const gone = {
      snapshotsByCode: () => [],
      checkChainHead: () => 'missing' as const,
    };
    const orphan = await judgeStatement({ marks: MARKS, pdfSha256: '4'.repeat(64) }, gone);
    expect(orphan).toMatchObject({ verdict: 'unknown', reason: 'not-issued', chain: 'missing' });
  });

  it('prefers the exact snapshot when two share a code', async () => {
    const twin = { ...SNAPSHOT, id: 'snap-0', pdfSha256: '5'.repeat(64) };
    const lookups = { ...book().lookups, snapshotsByCode: () => [twin, SNAPSHOT] };
    const result = await judgeStatement({ marks: MARKS, pdfSha256: SNAPSHOT.pdfSha256 }, lookups);
    expect(result).toMatchObject({ verdict: 'sent', snapshot: { id: 'snap-1' } });
  });
});
