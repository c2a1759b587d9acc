/**
 * Proves `app.chooseSavePath` on the desktop opens the save dialog in Documents on a sanitised
 * name with the export's filter, answers null on cancel and adds a missing extension (a path the
 * dialog asked about may replace a file, one it was never asked about may not), and that
 * suggested names become one safe file name in any script, never a path, numbered when taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FILE_NAME_MAX, safeFileName, uniqueFilePath } from '../../electron/main/file-names.ts';
import { createSaveDialogChooser } from '../../electron/main/save-dialog.ts';
import { tempDbPath } from '../support/temp-file.ts';

const DOCUMENTS = '/home/vera/Documents';

function givenDialog(answer: { canceled: boolean; filePath?: string }) {
  const showSaveDialog = vi.fn(() => Promise.resolve(answer));
  const choose = createSaveDialogChooser({ showSaveDialog, documentsDir: () => DOCUMENTS });
  return { showSaveDialog, choose };
}

describe('the desktop save dialog', () => {
  it('opens in Documents on the suggested name, filtered to the extension', async () => {
    const { showSaveDialog, choose } = givenDialog({ canceled: false, filePath: '/x/a.pdf' });
    const request = {
      title: 'Save statement',
      suggestedName: 'Acme: March/April',
      extension: 'pdf',
    } as const;
    expect(await choose(request)).toEqual({ path: '/x/a.pdf', overwrite: true });
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Save statement',
      defaultPath: path.join(DOCUMENTS, 'Acme_ March_April.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation'],
    });
  });

  it('answers null when cancelled, adds a missing extension and then may not replace', async () => {
    const request = { title: 't', suggestedName: 'rows', extension: 'csv' } as const;
    expect(await givenDialog({ canceled: true, filePath: '' }).choose(request)).toEqual({
      path: null,
    });
    expect(await givenDialog({ canceled: false, filePath: '/x/rows' }).choose(request)).toEqual({
      path: '/x/rows.csv',
      overwrite: false,
    });
    expect(await givenDialog({ canceled: false, filePath: '/x/R.CSV' }).choose(request)).toEqual({
      path: '/x/R.CSV',
      overwrite: true,
    });
  });
});

describe('safe file names', () => {
  it.each([
    ['Zoë Łódź 東京 statement', 'pdf', 'Zoë Łódź 東京 statement.pdf'],
    ['../../etc/passwd', 'csv', '_etc_passwd.csv'],
    ['..\\..\\boot.ini', 'csv', '_boot.ini.csv'],
    ['report.PDF', 'pdf', 'report.pdf'],
    ['  tabs\tand\nlines  ', 'pdf', 'tabs_and_lines.pdf'],
    ['...', 'pdf', 'export.pdf'],
    ['/', 'pdf', 'export.pdf'],
    ['CON', 'csv', '_CON.csv'],
    ['a\u0000b\u202ec', 'pdf', 'a_b_c.pdf'],
  ])('%j (.%s) becomes %j', (suggested, extension, expected) => {
    expect(safeFileName({ suggestedName: suggested, extension })).toBe(expected);
  });

  it(`keeps at most ${FILE_NAME_MAX} characters before the extension`, () => {
    expect(safeFileName({ suggestedName: 'ж'.repeat(FILE_NAME_MAX + 50), extension: 'pdf' })).toBe(
      `${'ж'.repeat(FILE_NAME_MAX)}.pdf`,
    );
  });

  it('numbers a name that is taken', () => {
    const folder = path.dirname(tempDbPath());
    expect(uniqueFilePath({ folder, fileName: 'a.pdf' })).toBe(path.join(folder, 'a.pdf'));
    fs.writeFileSync(path.join(folder, 'a.pdf'), '');
    fs.writeFileSync(path.join(folder, 'a-2.pdf'), '');
    expect(uniqueFilePath({ folder, fileName: 'a.pdf' })).toBe(path.join(folder, 'a-3.pdf'));
  });
});
