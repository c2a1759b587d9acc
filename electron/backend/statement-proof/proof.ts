/**
 * The two ends the channels call, so they stay thin: `proveStatement` when a statement is exported
 * (its data hash, the head it was made at, its code: what the PDF and the snapshot carry), and
 * `verifyStatementFile` when a file comes back (its marks read, its bytes hashed, the verdict).
 */
import type { ChainHead } from '../audit/chain-head.ts';
import { bytesHash, dataHash } from './canonical-json.ts';
import { statementCode } from './code.ts';
import { readStatementMarks } from './marks.ts';
import { judgeStatement, type StatementLookups, type StatementVerdict } from './verdict.ts';

export type StatementProof = { code: string; dataHash: string; head: ChainHead | null };

/** `head` is the chain's head as the statement's data was read, before its own audit event. */
export function proveStatement(data: unknown, head: ChainHead | null): StatementProof {
  const hash = dataHash(data);
  return { code: statementCode(hash, head), dataHash: hash, head };
}

/** Refuses what `readStatementMarks` refuses (VALIDATION on `path`); otherwise a verdict. */
export async function verifyStatementFile(
  bytes: Uint8Array,
  lookups: StatementLookups,
): Promise<StatementVerdict> {
  const marks = readStatementMarks(bytes);
  return judgeStatement({ marks, pdfSha256: bytesHash(bytes) }, lookups);
}
