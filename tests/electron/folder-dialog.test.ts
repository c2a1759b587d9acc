/**
 * Proves `app.chooseExportFolder` on the desktop: the folder dialog opens in Documents and may
 * make a folder; a cancel answers no folder and no paths; otherwise each file asked gets a safe
 * new path in the chosen folder, in order, never a file already there and never twice the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { uniqueFilePaths } from '../../electron/main/file-names.ts';
import { createFolderDialogChooser } from '../../electron/main/folder-dialog.ts';
import { tempDbPath } from '../support/temp-file.ts';

const DOCUMENTS = '/home/vera/Documents';

function givenDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const showOpenDialog = vi.fn(() => Promise.resolve(answer));
  const choose = createFolderDialogChooser({ showOpenDialog, documentsDir: () => DOCUMENTS });
  return { showOpenDialog, choose };
}

const files = [
  { suggestedName: 'Acme statement 2026-03-01 to 2026-03-31', extension: 'pdf' },
  { suggestedName: 'Acme statement 2026-03-01 to 2026-03-31', extension: 'pdf' },
  { suggestedName: '../Zoë: Łódź', extension: 'pdf' },
] as const;

describe('the desktop folder dialog', () => {
  it('opens in Documents, may make a folder, and gives a new safe path per file', async () => {
    const folder = path.dirname(tempDbPath());
    fs.writeFileSync(path.join(folder, 'Acme statement 2026-03-01 to 2026-03-31.pdf'), 'old');
    const { showOpenDialog, choose } = givenDialog({ canceled: false, filePaths: [folder] });
    const chosen = await choose({ title: 'Month-end statements March 2026', files: [...files] });
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Month-end statements March 2026',
      defaultPath: DOCUMENTS,
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(chosen).toEqual({
      folder,
      paths: [
        path.join(folder, 'Acme statement 2026-03-01 to 2026-03-31-2.pdf'),
        path.join(folder, 'Acme statement 2026-03-01 to 2026-03-31-3.pdf'),
        path.join(folder, '_Zoë_ Łódź.pdf'),
      ],
    });
    expect(
      fs.readFileSync(path.join(folder, 'Acme statement 2026-03-01 to 2026-03-31.pdf'), 'utf8'),
    ).toBe('old');
  });

  it('answers no folder and no paths when cancelled', async () => {
    const request = { title: 't', files: [...files] };
    expect(await givenDialog({ canceled: true, filePaths: [] }).choose(request)).toEqual({
      folder: null,
      paths: [],
    });
    expect(await givenDialog({ canceled: false, filePaths: [] }).choose(request)).toEqual({
      folder: null,
      paths: [],
    });
  });
});

describe('uniqueFilePaths', () => {
  it('keeps every path inside the folder, whatever the names say', () => {
    const folder = path.dirname(tempDbPath());
    const paths = uniqueFilePaths(folder, [
      { suggestedName: '../../etc/passwd', extension: 'csv' },
      { suggestedName: 'con', extension: 'pdf' },
      { suggestedName: '   ', extension: 'pdf' },
    ]);
    for (const each of paths) expect(path.dirname(each)).toBe(folder);
    expect(paths.map((each) => path.basename(each))).toEqual([
      '_etc_passwd.csv',
      '_con.pdf',
      'export.pdf',
    ]);
  });
});
