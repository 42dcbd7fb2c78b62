/**
 * Listings and term pages, paginated from the oldest end, so that a new document changes the
 * front page and not every page after it.
 *
 * Items come in listing order, newest first. Full pages of PAGE_SIZE are counted from the
 * OLDEST item: page 1 (`/tin-bai/trang/1/`) holds the oldest 20, page 2 the next 20, and so on.
 * The newest full page and what is left over (0–19 newer items) make the front page
 * (`/tin-bai/`), which shows the newest 20–39 items (all of them when there are fewer than 40).
 * A numbered page thus keeps its number and its items while new documents arrive; only when
 * the front page would reach 40 does it hand its oldest 20 on as a new numbered page.
 * (Removing or re-dating a document still moves the items newer than it, as in any paging.)
 *
 * No page says how many items or pages there are: the pager links the newest page, the newer
 * and the older page, the oldest page and the numbers next to its own (see `pager`). So a
 * numbered page's HTML depends on its number and on one fact only, whether a newer numbered
 * page exists: adding a document changes the front page, and once every 20 documents the new
 * numbered page and the one below it.
 *
 * Plain TypeScript, no Astro imports (tests run it as it is).
 */

/** Listings show this many items a page: a light page on a slow phone, few pages to click through. */
export const PAGE_SIZE = 20;

/** How many numbered pages (`trang/1/` … `trang/n/`) a list of `total` items has besides its front page. */
export function numberedPages(total: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(total / size) - 1);
}

/**
 * The items on one page, `page` being a number or undefined for the front page; undefined
 * when the list has no such page.
 */
export function pageItems<T>(items: readonly T[], page: number | undefined, size = PAGE_SIZE): T[] | undefined {
  const numbered = numberedPages(items.length, size);
  if (page === undefined) return items.slice(0, items.length - numbered * size);
  if (!Number.isInteger(page) || page < 1 || page > numbered) return undefined;
  const end = items.length - (page - 1) * size;
  return items.slice(end - size, end);
}

/** The pages of a list of `total` items: the front page (undefined), then 1 … n. */
export function pagesOf(total: number, size = PAGE_SIZE): (number | undefined)[] {
  return [undefined, ...Array.from({ length: numberedPages(total, size) }, (_, i) => i + 1)];
}

export interface PagerLink {
  kind: 'newest' | 'newer' | 'number' | 'older' | 'oldest';
  /** The page linked: a number, or undefined for the front page. */
  page: number | undefined;
  /** The page being shown. */
  current: boolean;
  /** The neighbours in reading order (newest first): the newer page is `prev`, the older `next`. */
  rel?: 'prev' | 'next';
}

/**
 * The pager of one page, newest to oldest: the newest page, the newer page, the numbers
 * `around` the current one, the older page and the oldest (each named link left out where it
 * would repeat the one next to it). Nothing when there is one page. For numbered page k it
 * depends on `numbered` only through whether k < numbered.
 */
export function pager(page: number | undefined, numbered: number, around = 1): PagerLink[] {
  if (numbered === 0) return [];
  const links: PagerLink[] = [];
  const newer = page === undefined ? null : page < numbered ? page + 1 : undefined;
  // The front page says "newest" as where the reader is; the top numbered page's "newer" is it.
  if (newer !== undefined) links.push({ kind: 'newest', page: undefined, current: page === undefined });
  if (newer !== null) links.push({ kind: 'newer', page: newer, current: false, rel: 'prev' });
  const top = page === undefined ? numbered : Math.min(page + around, numbered);
  const bottom = Math.max(1, (page ?? numbered + 1) - around);
  for (let n = top; n >= bottom; n--) links.push({ kind: 'number', page: n, current: n === page });
  const older = page === undefined ? numbered : page - 1;
  if (older >= 1) links.push({ kind: 'older', page: older, current: false, rel: 'next' });
  if (older > 1) links.push({ kind: 'oldest', page: 1, current: false });
  return links;
}
