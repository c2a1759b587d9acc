/** Reads PDFs the way a person's viewer would: text through pdftotext, fonts through pdffonts, pages
 * through pdftoppm. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export type PdfWord = { text: string; xMin: number; xMax: number; yMin: number };

/** Every word of the first page with its box in points, through `pdftotext -bbox`. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'],
    {
      encoding: 'utf8',
    },
  );
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  return [...html.matchAll(pattern)].map((match) => ({
    text: match[4] ?? '',
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
  }));
}

/** The fonts a PDF uses, as pdffonts lists them: name and whether the file embeds it. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      return { name, embedded: rest.at(-5) === 'yes' };
    });
}

/** Renders the first page to PNG and returns its path; throws if the file does not open. */
export function renderFirstPage(file: string, resolution = 60): string {
  const prefix = path.join(path.dirname(file), `${path.basename(file, '.pdf')}-page`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    prefix,
  ]);
  const png = `${prefix}.png`;
  if (!fs.existsSync(png)) throw new Error(`pdftoppm made no image of ${file}`);
  return png;
}

/** The PDF's Keywords entry, through pdfinfo. */
export function pdfKeywords(file: string): string {
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return /^Keywords:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? '';
}
