/**
 * Proves that a logo is read whole when it is chosen: a real PNG and JPEG give their size, while
 * one that only starts like an image (truncated, damaged) is refused with VALIDATION on
 * `logo.base64`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDocument, toBytes } from '../../electron/backend/pdf/document.ts';
import { readLogo } from '../../electron/backend/pdf/logo.ts';
import { AppError } from '../../shared/errors.ts';
import { tempDbPath } from '../support/temp-file.ts';

const PNG = fs.readFileSync('resources/icons/128x128.png');

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('not refused');
}

describe('readLogo', () => {
  it('reads a PNG and a JPEG with their size', () => {
    expect(readLogo(PNG.toString('base64'))).toMatchObject({
      mediaType: 'image/png',
      width: 128,
      height: 128,
    });
    const file = tempDbPath('logo.png');
    fs.writeFileSync(file, PNG);
    const prefix = path.join(path.dirname(file), 'logo');
    execFileSync('pdftoppm', ['-jpeg', '-r', '10', '-singlefile', makePdf(file), prefix]);
    const jpeg = fs.readFileSync(`${prefix}.jpg`);
    expect(readLogo(jpeg.toString('base64'))).toMatchObject({ mediaType: 'image/jpeg' });
  });

  it('refuses a PNG cut short and bytes that only start like a JPEG, on logo.base64', () => {
    const truncated = PNG.subarray(0, 40).toString('base64');
    expect(refusal(() => readLogo(truncated))).toEqual({
      code: 'VALIDATION',
      field: 'logo.base64',
    });
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(64, 1)]);
    expect(refusal(() => readLogo(fake.toString('base64')))).toEqual({
      code: 'VALIDATION',
      field: 'logo.base64',
    });
  });
});

/** A one-page PDF written by jsPDF, for pdftoppm to turn into a JPEG. */
function makePdf(beside: string): string {
  const pdf = `${beside}.pdf`;
  fs.writeFileSync(pdf, toBytes(newDocument('Page')));
  return pdf;
}
