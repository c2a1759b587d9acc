/**
 * The header of a statement or invoice with the business's identity from Settings (SPEC 11): the
 * logo top left (PNG or JPEG, fitted into a box keeping its proportions), beside it the business
 * name, address and tax id, and the document's title and subtitle top right. Takes plain data;
 * the layouts adopt it when the settings exist.
 */
import type { jsPDF } from 'jspdf';
import type { LogoMediaType } from '../../../shared/contract/schemas/statement-identity.ts';
import { MARGIN, PAGE_WIDTH, write } from './document.ts';

export type BusinessIdentity = {
  name: string;
  address: string;
  taxId: string;
  logo: { bytes: Uint8Array; mediaType: LogoMediaType } | null;
};

export const LOGO_BOX = { width: 110, height: 48 } as const;
const LINE = 12;

/** Draws the header; returns where the content below it may start. */
export function drawIdentityHeader(
  doc: jsPDF,
  identity: BusinessIdentity,
  heading: { title: string; subtitle: string },
): number {
  const logo = identity.logo === null ? null : drawLogo(doc, identity.logo);
  const x = logo === null ? MARGIN : MARGIN + logo.width + 14;
  write(doc, identity.name || 'Balancebook', { x, y: MARGIN + 10, style: 'bold', size: 15 });
  const lines = [
    ...identity.address.split('\n'),
    identity.taxId === '' ? '' : `Tax ID ${identity.taxId}`,
  ].filter((line) => line.trim() !== '');
  lines.forEach((line, index) => {
    write(doc, line, { x, y: MARGIN + 26 + index * LINE, size: 9 });
  });
  const right = PAGE_WIDTH - MARGIN;
  write(doc, heading.title, { x: right, y: MARGIN + 10, style: 'bold', size: 13, align: 'right' });
  write(doc, heading.subtitle, { x: right, y: MARGIN + 26, size: 9, align: 'right' });
  return Math.max(MARGIN + 40 + lines.length * LINE, MARGIN + (logo?.height ?? 0) + 12);
}

/** The logo fitted into LOGO_BOX at the top left; returns the size it was drawn at. */
function drawLogo(
  doc: jsPDF,
  logo: NonNullable<BusinessIdentity['logo']>,
): { width: number; height: number } {
  const format = logo.mediaType === 'image/png' ? 'PNG' : 'JPEG';
  const { width, height } = doc.getImageProperties(logo.bytes);
  const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
  const drawn = { width: width * scale, height: height * scale };
  doc.addImage(logo.bytes, format, MARGIN, MARGIN, drawn.width, drawn.height);
  return drawn;
}
