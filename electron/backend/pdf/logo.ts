/**
 * A logo from Settings as the PDFs draw it. The settings schema knows a PNG or JPEG by its first
 * bytes; this reads the whole image the way jsPDF will, so a truncated or damaged file is refused
 * when it is chosen (VALIDATION on `logo.base64`), never later by every statement that prints it.
 */
import { jsPDF } from 'jspdf';
import {
  logoMediaType,
  type LogoMediaType,
} from '../../../shared/contract/schemas/statement-identity.ts';
import { AppError } from '../../../shared/errors.ts';

export type Logo = { bytes: Uint8Array; mediaType: LogoMediaType; width: number; height: number };

const FIELD = 'logo.base64';

export function readLogo(base64: string): Logo {
  const mediaType = logoMediaType(base64);
  if (mediaType === null)
    throw new AppError('VALIDATION', 'The logo must be a PNG or JPEG image', FIELD);
  const bytes = Buffer.from(base64, 'base64');
  const format = mediaType === 'image/png' ? 'PNG' : 'JPEG';
  let size: { width: number; height: number };
  try {
    const doc = new jsPDF({ unit: 'pt', format: 'a4' });
    doc.addImage(bytes, format, 0, 0, 10, 10);
    size = doc.getImageProperties(bytes);
  } catch {
    throw new AppError(
      'VALIDATION',
      'The logo cannot be read as an image: it may be damaged',
      FIELD,
    );
  }
  if (!(size.width > 0 && size.height > 0)) {
    throw new AppError('VALIDATION', 'The logo has no width or height', FIELD);
  }
  return { bytes, mediaType, width: size.width, height: size.height };
}
