/**
 * Proves the shell's door for a statement to verify (SPEC 11): the page hands over a file's bytes
 * (`app.stageFileToVerify`), only once signed in; the shell keeps them in its staging folder and
 * grants that one path once, so `statements.verify` reads those bytes, a second call with the
 * same path is refused, and a path the shell never handed out is refused untouched; a draft made
 * through the shell is opened in the mail program.
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
  const opened: string[] = [];
  const backend = createBackend({ dbPath: ':memory:', now: fakeClock().now, timeZone: 'UTC' });
  const gate = createGate({
    engine: backend,
    session: createSession(),
    chooseSavePath: () => Promise.resolve({ path: path.join(folder, 'draft.eml') }),
    chooseExportFolder: () => Promise.resolve({ folder: null, paths: [] }),
    stageFile: createFileStager(path.join(folder, 'staging')),
    openDraft: (draft) => opened.push(draft),
  });
  return { gate, folder, backend, opened };
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

describe('statements.draft through the shell', () => {
  it('opens the draft just written in the mail program', async () => {
    const { gate, folder, backend, opened } = givenGate();
    await gate.invoke('app.signIn', { userId: 'admin' });
    const customer = await backend.invoke('customers.create', {
      name: 'Acme',
      currency: 'EUR',
      requestId: 'c1',
    });
    if (!customer.ok) throw new Error(customer.error.message);
    const pdf = await backend.invoke('statements.exportPdf', {
      customerId: customer.data.id,
      from: '2026-02-01',
      to: '2026-02-28',
      path: path.join(folder, 'february.pdf'),
    });
    if (!pdf.ok) throw new Error(pdf.error.message);
    const chosen = await gate.invoke('app.chooseSavePath', {
      title: 'Save the email draft',
      suggestedName: 'February',
      extension: 'eml',
    });
    const draftPath = (chosen as { data: { path: string } }).data.path;
    const drafted = await gate.invoke('statements.draft', {
      snapshotId: pdf.data.snapshotId,
      path: draftPath,
    });
    expect(drafted.ok).toBe(true);
    expect(opened).toEqual([draftPath]);
  });
});
