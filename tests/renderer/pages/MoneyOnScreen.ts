/**
 * Money as people see it on any page: every amount MoneyText draws (`[data-money]`), checked for
 * being shown whole: not cut by the window or by any box that clips it sideways, never
 * ellipsised, and with nothing hidden inside its own box.
 */
import { expect, type Page } from '@playwright/test';

export type CutAmount = { text: string; why: string };

/** The little of the DOM the check reads (the tests compile without the DOM's types). */
type Box = { left: number; right: number; width: number; height: number };
type Element = {
  getBoundingClientRect(): Box;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  parentElement: Element | null;
  tagName: string;
  className: string;
};
type Style = { textOverflow: string; display: string; overflowX: string };
type Window = {
  document: { querySelectorAll(selector: string): Iterable<Element> };
  getComputedStyle: (element: Element) => Style;
  innerWidth: number;
};

/** Runs in the page: lists each visible amount that is not shown whole, and why. */
function findCutAmounts(): CutAmount[] {
  const { document, getComputedStyle, innerWidth } = globalThis as unknown as Window;
  const cut: CutAmount[] = [];
  const slack = 0.5;
  for (const element of document.querySelectorAll('[data-money]')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const text = element.textContent ?? '';
    const style = getComputedStyle(element);
    if (text.includes('…') || style.textOverflow === 'ellipsis')
      cut.push({ text, why: 'ellipsis' });
    if (element.scrollWidth > element.clientWidth + 1 && style.display !== 'inline') {
      cut.push({ text, why: `own box ${element.clientWidth}px < ${element.scrollWidth}px` });
    }
    if (box.left < -slack || box.right > innerWidth + slack)
      cut.push({ text, why: 'outside the window' });
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - slack || box.right > clip.right + slack) {
        cut.push({ text, why: `clipped by ${parent.tagName}.${parent.className}` });
        break;
      }
    }
  }
  return cut;
}

export class MoneyOnScreen {
  constructor(private readonly page: Page) {}

  /** How many amounts are drawn now (to know the check looked at something). */
  async count(): Promise<number> {
    return this.page.locator('[data-money]').count();
  }

  /** Polls until every amount is whole (a drawer slides in first), or fails naming the cut ones. */
  async expectAllWhole(where: string): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(findCutAmounts), { message: `amounts cut on ${where}` })
      .toEqual([]);
  }
}
