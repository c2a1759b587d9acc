/**
 * Column headers as people see them: no word of a header broken across two lines (a column
 * measured too narrow for its header shows "PROMOTIONA / L").
 */
import { expect, type Page } from '@playwright/test';

/** The little of the DOM the check reads (the tests compile without the DOM's types). */
type Rects = { length: number };
type Range = {
  setStart(node: Text, offset: number): void;
  setEnd(node: Text, offset: number): void;
  getClientRects(): Rects;
};
type Text = { textContent: string | null };
type Walker = { nextNode(): Text | null };
type Document = {
  querySelectorAll(selector: string): Iterable<unknown>;
  createRange(): Range;
  createTreeWalker(root: unknown, whatToShow: number): Walker;
};

/** Runs in the page: each header word drawn on more than one line. */
function findBrokenWords(): string[] {
  const { document } = globalThis as unknown as { document: Document };
  const showText = 4;
  const broken: string[] = [];
  for (const header of document.querySelectorAll('[role="columnheader"]')) {
    const walker = document.createTreeWalker(header, showText);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

export async function expectNoBrokenHeaderWords(page: Page, where: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(findBrokenWords), { message: `header words broken on ${where}` })
    .toEqual([]);
}
