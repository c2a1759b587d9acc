/**
 * Statements that are sent, kept and provable (SPEC 11). Exporting a statement PDF keeps a
 * snapshot: the exact bytes and the statement data they were drawn from, their SHA-256, the
 * verification code (from the data hash and the audit chain's head as the data was read), who,
 * when; its audit event holds the hashes and code, so the chain covers it. A snapshot opens as
 * its bytes, never re-rendered. A draft (.eml, the snapshot attached) records "sent".
 */
import fs from 'node:fs';
import type { ChannelInput } from '../../../../shared/contract/channels.ts';
import type { Statement, StatementSnapshot } from '../../../../shared/contract/types.ts';
import { AppError, assert } from '../../../../shared/errors.ts';
import type { Context } from '../../context.ts';
import type { BatchedHandler, BatchRunner, Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { bytesHash, canonicalJson } from '../../statement-proof/canonical-json.ts';
import type { StatementProof } from '../../statement-proof/proof.ts';
import { judgeStatement, type SnapshotRecord } from '../../statement-proof/verdict.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { draftStatement } from './draft.ts';
import { exportFile } from './export-file.ts';
import { readStatement } from './read.ts';
import {
  chainHeadCheck,
  insertSnapshot,
  lastSendings,
  logoBytes,
  snapshotById,
  snapshotFile,
  snapshotsByCode,
  snapshotsOf,
  type SnapshotRow,
} from './repo.ts';

export type SnapshotChannel =
  'statements.snapshots' | 'statements.openSnapshot' | 'statements.verify' | 'statements.draft';

/** `statements.exportPdf`: the statement with its code, written and kept as a snapshot. */
export function exportStatementPdf(
  input: ChannelInput<'statements.exportPdf'>,
  batch: BatchRunner,
) {
  const snapshotId = newId('stmt');
  // What the render made, for the snapshot kept once the file is written.
  let made: { statement: Statement; proof: StatementProof; pdf: Uint8Array } | undefined;
  return exportFile(batch, {
    read: async (ctx) => {
      const statement = await readStatement(ctx, input);
      const logo = await logoBytes(ctx, statement.business.logoSha256);
      return { statement, logo, timeZone: ctx.timeZone, actorId: ctx.actor.id };
    },
    render: async (read, auditHead) => {
      // The PDF code, jsPDF and the statement's marks load on the first export, not at start.
      const { renderStatementPdf } = await import('../../pdf/statement-pdf.ts');
      const { proveStatement } = await import('../../statement-proof/proof.ts');
      const proof = proveStatement(read.statement, auditHead);
      const pdf = await renderStatementPdf(read.statement, {
        auditHead,
        proof,
        logo: read.logo,
        timeZone: read.timeZone,
      });
      const result = {
        pages: pdf.pages,
        from: input.from,
        to: input.to,
        snapshotId,
        code: proof.code,
        pdfSha256: bytesHash(pdf.bytes),
        dataSha256: proof.dataHash,
      };
      made = { statement: read.statement, proof, pdf: pdf.bytes };
      return { bytes: pdf.bytes, result };
    },
    keep: async (ctx, rendered) => {
      assert(made !== undefined, 'a snapshot is kept of a rendered statement');
      const { statement, proof, pdf } = made;
      await insertSnapshot(
        ctx,
        {
          id: snapshotId,
          customerId: input.customerId,
          customerName: statement.customer.name,
          fromOn: input.from,
          toOn: input.to,
          madeAt: ctx.nowAt,
          madeBy: ctx.actor.id,
          pageCount: rendered.result.pages,
          byteCount: pdf.length,
          pdfSha256: rendered.result.pdfSha256,
          dataSha256: proof.dataHash,
          code: proof.code,
          auditHeadSeq: proof.head?.seq ?? null,
          auditHeadHash: proof.head?.hash ?? null,
        },
        { pdf, dataJson: canonicalJson(statement) },
      );
    },
    audit: { action: 'statements.exportPdf', entityType: 'customer', entityId: input.customerId },
    target: input.path,
    overwrite: input.overwrite,
  });
}

/** A snapshot row as the channels answer it, with its newest sending. */
export function toSnapshot(
  row: SnapshotRow,
  sending: { sentAt: string; sentTo: string | null } | undefined,
): StatementSnapshot {
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    from: row.fromOn,
    to: row.toOn,
    madeAt: row.madeAt,
    madeBy: row.madeBy,
    pages: row.pageCount,
    bytes: row.byteCount,
    pdfSha256: row.pdfSha256,
    dataSha256: row.dataSha256,
    code: row.code,
    auditHead:
      row.auditHeadSeq === null || row.auditHeadHash === null
        ? null
        : { seq: row.auditHeadSeq, hash: row.auditHeadHash },
    sentAt: sending?.sentAt ?? null,
    sentTo: sending?.sentTo ?? null,
  };
}

async function withSendings(ctx: Context, rows: SnapshotRow[]): Promise<StatementSnapshot[]> {
  const sendings = await lastSendings(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSnapshot(row, sendings.get(row.id)));
}

const list: Handler<'statements.snapshots'> = async (input, ctx) => {
  const cursor = decodeCursor(input.cursor, ['number'] as const);
  const rows = await snapshotsOf(ctx, {
    customerId: input.customerId,
    beforeSeq: cursor?.[0] ?? null,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await withSendings(ctx, page),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.seq]) : null,
  };
};

/** The snapshot named by `snapshotId`, or NOT_FOUND on that field. */
export async function requireSnapshot(ctx: Context, snapshotId: string): Promise<SnapshotRow> {
  const row = await snapshotById(ctx, snapshotId);
  if (!row) throw new AppError('NOT_FOUND', `No kept statement ${snapshotId}`, 'snapshotId');
  return row;
}

const openSnapshot: BatchedHandler<'statements.openSnapshot'> = {
  batched: (input, batch) =>
    exportFile(batch, {
      read: async (ctx) => {
        const row = await requireSnapshot(ctx, input.snapshotId);
        return { row, file: await snapshotFile(ctx, row.id) };
      },
      render: ({ row, file }) => ({
        bytes: file.pdf,
        result: { pages: row.pageCount, snapshotId: row.id },
      }),
      audit: {
        action: 'statements.openSnapshot',
        entityType: 'statement_snapshot',
        entityId: input.snapshotId,
      },
      target: input.path,
      overwrite: input.overwrite,
    }),
};

/** The file to verify, refused on `path` when missing, too large (by size, unread) or empty. */
function readFileToVerify(path: string, refuseOversizedPdf: (size: number) => void): Buffer {
  let size: number;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppError('NOT_FOUND', 'There is no file at that path', 'path');
  }
  refuseOversizedPdf(size);
  return fs.readFileSync(path);
}

const verify: BatchedHandler<'statements.verify'> = {
  batched: async (input, batch) => {
    // Reading a PDF's marks loads the PDF code (and jsPDF): on the first verification only.
    const { refuseOversizedPdf, readStatementMarks } =
      await import('../../statement-proof/marks.ts');
    const bytes = readFileToVerify(input.path, refuseOversizedPdf);
    const marks = readStatementMarks(bytes);
    return batch(async (ctx) => {
      const records = new Map<string, StatementSnapshot>();
      const judged = await judgeStatement(
        { marks, pdfSha256: bytesHash(bytes) },
        {
          snapshotsByCode: async (code) => {
            const found = await withSendings(ctx, await snapshotsByCode(ctx, code));
            for (const snapshot of found) records.set(snapshot.id, snapshot);
            return found.map(toRecord);
          },
          checkChainHead: (head) => chainHeadCheck(ctx, head),
        },
      );
      const snapshot = judged.verdict === 'unknown' ? null : records.get(judged.snapshot.id);
      return {
        verdict: judged.verdict,
        snapshot: snapshot ?? null,
        code: marks?.code ?? null,
        chain: judged.chain,
        problems: judged.problems,
      };
    });
  },
};

function toRecord(snapshot: StatementSnapshot): SnapshotRecord {
  return snapshot;
}

/** The statement a snapshot was drawn from, as it was kept. */
export function keptStatement(dataJson: string): Statement {
  return JSON.parse(dataJson) as Statement;
}

export const snapshotHandlers: HandlerMap<SnapshotChannel> = {
  'statements.snapshots': list,
  'statements.openSnapshot': openSnapshot,
  'statements.verify': verify,
  'statements.draft': { batched: draftStatement },
};
