/** Hash chains: each row's hash covers its own fields and the hash of the row before it. */
import { createHash, randomUUID } from 'node:crypto';

export function chainHash(prevHash: string, fields: readonly unknown[]): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(JSON.stringify(fields))
    .digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID()}`;
}
