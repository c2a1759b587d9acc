/**
 * The heap flag both hosts set (electron/main/heap.ts) is one this V8 knows: `setFlagsFromString`
 * ignores a flag it does not know, so a renamed flag would silently stop keeping the heap tight.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { HEAP_FLAGS } from '../../electron/main/heap.ts';

it("names a flag listed in this V8's options", () => {
  const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  const name = HEAP_FLAGS.replace(/=.*$/, '');
  expect(listed).toContain(`  ${name} `);
});
