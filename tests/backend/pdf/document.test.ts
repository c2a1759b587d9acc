/** Proves the PDF frame's memory saver: finished pages are joined into one string and print the same. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compactFinishedPages,
  newDocument,
  toBytes,
  write,
} from '../../../electron/backend/pdf/document.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

type Pages = { pages: (string[] | undefined)[] };

describe('compactFinishedPages', () => {
  it('joins each finished page into one string, leaves the current one, and prints the same', () => {
    const doc = newDocument('Pages');
    write(doc, 'First page Łódź', { x: 40, y: 60 });
    write(doc, 'Still the first', { x: 40, y: 80 });
    doc.addPage();
    write(doc, 'Second page Москва', { x: 40, y: 60 });
    const { pages } = doc.internal as unknown as Pages;
    const before = { first: pages[1]?.join('\n'), second: pages[2]?.length ?? 0 };
    expect(pages[1]?.length).toBeGreaterThan(1);

    compactFinishedPages(doc);
    expect(pages[1]).toEqual([before.first]);
    expect(pages[2]?.length).toBe(before.second);

    doc.setPage(1);
    write(doc, 'Footer on page one', { x: 40, y: 800 });
    const file = path.join(path.dirname(tempDbPath()), 'pages.pdf');
    fs.writeFileSync(file, toBytes(doc));
    const [first = '', second = ''] = pdfText(file).split('\f');
    expect(first).toContain('First page Łódź');
    expect(first).toContain('Still the first');
    expect(first).toContain('Footer on page one');
    expect(second).toContain('Second page Москва');
  });
});
