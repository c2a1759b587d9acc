/**
 * What makes a statement PDF provable (SPEC 11): its verification code printed at the foot of
 * every page, for people, and the marks (audit head, data hash, code) in its keywords, for
 * `readStatementMarks` to read back from the bytes.
 */
import type { jsPDF } from 'jspdf';
import { statementKeywords } from '../statement-proof/marks.ts';
import type { StatementProof } from '../statement-proof/proof.ts';
import { FONT, PAGE_HEIGHT, PAGE_WIDTH } from './document.ts';

/** Sets the keywords and prints the code centred in every page's footer; call when laid out. */
export function drawProof(doc: jsPDF, proof: StatementProof): void {
  doc.setProperties({ keywords: statementKeywords(proof) });
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(110);
    doc.text(`Verification code ${proof.code}`, PAGE_WIDTH / 2, PAGE_HEIGHT - 20, {
      align: 'center',
    });
    doc.setTextColor(0);
  }
}
