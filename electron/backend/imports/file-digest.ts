/** The SHA-256 of an import file's bytes, in hex: the batch is keyed by it. */
import { createHash } from 'node:crypto';

export function fileSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
