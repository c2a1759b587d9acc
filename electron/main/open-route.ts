/**
 * Sends the window to one of the renderer's routes (a `#/…` address on the page it shows), for
 * menu items that start something in the page, such as the whole-book export. Only the part
 * after `#` changes, so the page stays loaded and its hash router takes the route; no channel
 * from main to the page is needed.
 */
export type RoutableContents = { getURL(): string; loadURL(url: string): Promise<void> };

export function openRoute(contents: RoutableContents, route: string): Promise<void> {
  const [page = ''] = contents.getURL().split('#', 1);
  return contents.loadURL(`${page}${route}`);
}
