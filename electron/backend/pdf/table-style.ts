/** How the statement's tables look and flow: one style for all, so slices of one table match. */
import type { jsPDF } from 'jspdf';
import { compactFinishedPages, FONT, MARGIN, pickCellFont } from './document.ts';

export const TABLE_FONT_SIZE = 8;
export const CELL_PADDING = 3;

export const TABLE_STYLE = {
  styles: {
    font: FONT,
    fontSize: TABLE_FONT_SIZE,
    cellPadding: CELL_PADDING,
    overflow: 'linebreak' as const,
  },
  headStyles: {
    font: FONT,
    fontStyle: 'bold' as const,
    fillColor: [235, 238, 242] as [number, number, number],
    textColor: 20,
  },
  showHead: 'everyPage' as const,
  margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: 40 },
  theme: 'grid' as const,
  didParseCell: pickCellFont,
  didDrawPage: (data: { doc: jsPDF }) => {
    compactFinishedPages(data.doc);
  },
};
