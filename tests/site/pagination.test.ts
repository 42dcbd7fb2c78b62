/**
 * Paging from the oldest end (site/src/lib/pagination.ts): every item is on exactly one page,
 * the front page holds the newest 20–39, and a new document changes no numbered page's items
 * and, but for the top one, no numbered page's pager.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, numberedPages, pageItems, pager, pagesOf } from '../../site/src/lib/pagination';

/** A list of `total` items, newest first: item i was the i-th published (so 1 is the oldest). */
const list = (total: number) => Array.from({ length: total }, (_, i) => total - i);

describe('pages counted from the oldest', () => {
  it('puts every item on exactly one page, in order, and 20–39 on the front page', () => {
    for (let total = 0; total <= 5 * PAGE_SIZE + 3; total++) {
      const items = list(total);
      const pages = pagesOf(total).map((page) => pageItems(items, page)!);
      // Newest first: the front page, then the numbered pages from the highest down.
      expect([pages[0]!, ...pages.slice(1).reverse()].flat(), `${total}`).toEqual(items);
      const front = pages[0]!.length;
      if (total < 2 * PAGE_SIZE) expect(front).toBe(total);
      else expect(front).toBe(PAGE_SIZE + (total % PAGE_SIZE));
      for (const page of pages.slice(1)) expect(page).toHaveLength(PAGE_SIZE);
    }
  });

  it('keeps page n the same items, oldest on page 1, whatever is published after them', () => {
    expect(pageItems(list(45), 1)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (let total = 0; total < 6 * PAGE_SIZE; total++) {
      for (let page = 1; page <= numberedPages(total); page++) {
        expect(pageItems(list(total + 1), page), `${total} + 1, page ${page}`).toEqual(pageItems(list(total), page));
      }
    }
  });

  it('has no page 0, no page past the last, and no numbered page under 40 items', () => {
    expect(pageItems(list(39), 1)).toBeUndefined();
    expect(pageItems(list(60), 0)).toBeUndefined();
    expect(pageItems(list(60), 3)).toBeUndefined();
    expect(pageItems(list(60), 2)).toHaveLength(PAGE_SIZE);
  });
});

describe('the pager', () => {
  it('is not shown on a list of one page', () => {
    expect(pager(undefined, 0)).toEqual([]);
  });

  it('of a numbered page depends only on whether a newer numbered page exists', () => {
    for (let page = 1; page <= 8; page++) {
      const below = pager(page, page + 1);
      for (let numbered = page + 2; numbered <= 12; numbered++) expect(pager(page, numbered), `page ${page} of ${numbered}`).toEqual(below);
    }
  });

  it('links newest, newer, the neighbours, older and oldest, in reading order', () => {
    const text = (page: number | undefined, numbered: number) =>
      pager(page, numbered).map((l) => `${l.kind === 'number' ? l.page : l.kind}${l.current ? '*' : ''}${l.rel ? `(${l.rel})` : ''}`);
    expect(text(undefined, 5)).toEqual(['newest*', '5', 'older(next)', 'oldest']);
    expect(text(3, 5)).toEqual(['newest', 'newer(prev)', '4', '3*', '2', 'older(next)', 'oldest']);
    expect(text(2, 5)).toEqual(['newest', 'newer(prev)', '3', '2*', '1', 'older(next)']);
    expect(text(4, 5)).toEqual(['newest', 'newer(prev)', '5', '4*', '3', 'older(next)', 'oldest']);
    // The top numbered page: "newer" is the front page.
    expect(text(5, 5)).toEqual(['newer(prev)', '5*', '4', 'older(next)', 'oldest']);
    expect(text(1, 5)).toEqual(['newest', 'newer(prev)', '2', '1*']);
    expect(text(undefined, 1)).toEqual(['newest*', '1', 'older(next)']);
    expect(pager(5, 5).find((l) => l.kind === 'newer')?.page).toBeUndefined();
  });
});
