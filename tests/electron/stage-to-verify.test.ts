/**
 * Proves the shell's door for a statement to verify (SPEC 11): the page hands over a file's bytes
 * (`app.stageFileToVerify`), only once signed in; the shell keeps them in its staging folder and
 * grants that one path once, so `statements.verify` reads those bytes, a second call with the
 * same path is refused, and a path the shell never handed out is refused untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { createGate, SIGN_IN_FIRST } from '../../electron/main/gate.ts';
import { createSession } from '../../electron/main/session.ts';
import { createFileStager } from '../../electron/main/staging.ts';
import { fakeClock } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

function givenGate() {
  const folder = path.dirname(tempDbPath());
  const backend = createBackend({ dbPath: ':memory:', now: fakeClock().now, timeZone: 'UTC' });
  const gate = createGate({
    engine: backend,
    session: createSession(),
    chooseSavePath: () => Promise.resolve({ path: null }),
    chooseExportFolder: () => Promise.resolve({ folder: null, paths: [] }),
    stageFile: createFileStager(path.join(folder, 'staging')),
  });
  return { gate, folder };
}

const NOT_OURS = Buffer.from('%PDF-1.7\n% a PDF we never made\n').toString('base64');

describe('app.stageFileToVerify', () => {
  it('stages the bytes once signed in, and grants the path for one verification', async () => {
    const { gate, folder } = givenGate();
    expect(await gate.invoke('app.stageFileToVerify', { base64: NOT_OURS })).toEqual(SIGN_IN_FIRST);
    await gate.invoke('app.signIn', { userId: 'admin' });
    const staged = await gate.invoke('app.stageFileToVerify', { base64: NOT_OURS });
    if (!staged.ok) throw new Error(staged.error.message);
    const stagedPath = (staged.data as { path: string }).path;
    expect(stagedPath.startsWith(path.join(folder, 'staging'))).toBe(true);
    expect(fs.readFileSync(stagedPath).toString('base64')).toBe(NOT_OURS);
    const answer = await gate.invoke('statements.verify', { path: stagedPath });
    expect(answer).toMatchObject({ ok: true, data: { verdict: 'unknown' } });
    const again = await gate.invoke('statements.verify', { path: stagedPath });
    expect(again).toMatchObject({ ok: false, error: { field: 'path' } });
    const elsewhere = await gate.invoke('statements.verify', { path: '/etc/passwd' });
    expect(elsewhere).toMatchObject({ ok: false, error: { field: 'path' } });
  });
});
