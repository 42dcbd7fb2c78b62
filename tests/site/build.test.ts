/**
 * The real site built against the CMS seeded with the demo content: every published document
 * has its page in each locale that has it, images are described and sized, nothing is loaded
 * from another host, and the language switcher links real translations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './built-site';
import { CONTENT_TYPES, LOCALES, TAXONOMIES, documentPath, homePath, listingPath, type Locale } from '@cchc/content-types';
import { clientDirOf, publishedDocuments, readPages, type Page, type PublishedDoc } from '../support/html';

const { cmsUrl, siteUrl, outDir } = await builtSite();
let pages: Map<string, Page>;
let docs: PublishedDoc[];

beforeAll(async () => {
  pages = new Map(readPages(clientDirOf(outDir)).map((p) => [p.path, p]));
  docs = await publishedDocuments(cmsUrl);
});

function page(path: string): Page {
  const found = pages.get(path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
}

describe('the built site', () => {
  it('has a page for every published document in every locale that has it', () => {
    expect(docs.length).toBeGreaterThan(100);
    const missing = docs.map((d) => documentPath(d.type, d.locale, d.slug)).filter((p) => !pages.has(p));
    expect(missing).toEqual([]);
  });

  it('has the home page, the about page and each listing in every locale with content', () => {
    for (const locale of LOCALES) {
      expect(pages.has(homePath(locale)), `home ${locale}`).toBe(true);
      for (const type of CONTENT_TYPES) {
        if (docs.some((d) => d.type === type.name && d.locale === locale)) {
          expect(pages.has(listingPath(type.name, locale)), `${type.name} listing ${locale}`).toBe(true);
        }
      }
    }
    expect([...pages.keys()].some((p) => p.startsWith('/404'))).toBe(true);
  });

  it('paginates listings and term pages from the oldest, the front page holding the newest 20–39', () => {
    const cards = (path: string) => page(path).root.querySelectorAll('main .card').length;
    /** A list of `total` items: its numbered pages exist (no more), hold 20 each, and the front page the rest. */
    const checkList = (total: number, pathOf: (n?: number) => string) => {
      const numbered = Math.max(0, Math.floor(total / 20) - 1);
      for (let n = 1; n <= numbered; n++) expect(cards(pathOf(n)), pathOf(n)).toBe(20);
      expect(pages.has(pathOf(numbered + 1)), pathOf(numbered + 1)).toBe(false);
      expect(cards(pathOf()), pathOf()).toBe(total - numbered * 20);
      return numbered;
    };
    const articlesVi = docs.filter((d) => d.type === 'article' && d.locale === 'vi').length;
    // The demo's 41 articles, less the draft and the two the editorial demo took off the site.
    expect(articlesVi).toBeGreaterThanOrEqual(38);
    checkList(articlesVi, (n) => listingPath('article', 'vi', n));
    // Term pages: the front page says how much is filed under the term; the numbered pages do not.
    let numberedTermPages = 0;
    for (const term of docs.filter((d) => TAXONOMIES.some((t) => t.name === d.type))) {
      const front = page(documentPath(term.type, term.locale, term.slug));
      const total = Number(/\d+/.exec(front.root.querySelector('#term-content .count')?.textContent ?? '')?.[0]);
      expect(total, front.path).toBeGreaterThanOrEqual(0);
      const numbered = checkList(total, (n) => (n === undefined ? front.path : `${front.path}trang/${n}/`));
      for (let n = 1; n <= numbered; n++) expect(page(`${front.path}trang/${n}/`).root.querySelector('#term-content .count'), `${front.path}trang/${n}/`).toBeNull();
      numberedTermPages += numbered;
    }
    expect(numberedTermPages).toBeGreaterThan(0);
  });

  it('links from a numbered page the newest, newer, older and oldest pages and its neighbours, never saying how many there are', () => {
    const numbered = [...pages.values()].filter((p) => /\/trang\/\d+\/$/.test(p.path));
    expect(numbered.length).toBeGreaterThan(0);
    for (const p of numbered) {
      const n = Number(/(\d+)\/$/.exec(p.path)![1]);
      const front = p.path.replace(/trang\/\d+\/$/, '');
      const nav = p.root.querySelector('nav.pagination');
      expect(nav?.getAttribute('aria-label'), p.path).toBeTruthy();
      const links = nav!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      expect(nav!.querySelector('a[aria-current="page"]')?.getAttribute('href'), p.path).toBe(p.path);
      const newer = nav!.querySelector('a[rel="prev"]')!.getAttribute('href');
      expect([front, `${front}trang/${n + 1}/`], p.path).toContain(newer);
      expect(links, p.path).toContain(front);
      if (n > 1) expect(nav!.querySelector('a[rel="next"]')?.getAttribute('href'), p.path).toBe(`${front}trang/${n - 1}/`);
      if (n > 2) expect(links, p.path).toContain(`${front}trang/1/`);
      // Nothing further than the next page up: no last page number, no "page n of m".
      for (const href of links) {
        const m = /trang\/(\d+)\/$/.exec(href);
        if (m) expect(Number(m[1]), `${p.path} -> ${href}`).toBeLessThanOrEqual(n + 1);
      }
      expect(nav!.textContent, p.path).not.toMatch(/\//);
    }
  });

  it("tells readers of a document's major updates and their notes, and says nothing of minor ones", async () => {
    const histories = (await (await fetch(`${cmsUrl}/api/change-notes?type=article&locale=vi&pageSize=100`)).json()) as {
      data: { documentId: string; lastMajorUpdateAt: string | null; changeNotes: { note: string }[] }[];
    };
    const updated = histories.data.filter((h) => h.lastMajorUpdateAt);
    // The editorial demo's article published three times, the last a major update.
    expect(updated.map((h) => h.changeNotes.map((n) => n.note))).toEqual([['Bổ sung kết quả năm 2026.']]);
    const doc = docs.find((d) => d.type === 'article' && d.locale === 'vi' && d.documentId === updated[0]!.documentId)!;
    const history = page(documentPath('article', 'vi', doc.slug)).root.querySelector('.document-history');
    expect(history?.querySelector('h2')?.textContent).toBe('Các lần cập nhật');
    expect(history?.querySelectorAll('li')).toHaveLength(2);
    expect(history?.textContent).toContain('Bổ sung kết quả năm 2026.');
    expect(history?.textContent).toContain('Đăng lần đầu');
    const modified = page(documentPath('article', 'vi', doc.slug)).root.querySelector('meta[property="article:modified_time"]');
    expect(modified?.getAttribute('content')).toBe(updated[0]!.lastMajorUpdateAt);
    // Every other article page (first publish or minor fixes only) has no history section.
    const quiet = docs.filter((d) => d.type === 'article' && d.locale === 'vi' && d.documentId !== doc.documentId);
    expect(quiet.filter((d) => page(documentPath('article', 'vi', d.slug)).root.querySelector('.document-history'))).toEqual([]);
  });

  it('sets lang on every page to the page language', () => {
    for (const p of pages.values()) {
      const expected: Locale = p.path.startsWith('/km/') ? 'km' : p.path.startsWith('/en/') ? 'en' : 'vi';
      expect(p.root.querySelector('html')?.getAttribute('lang'), p.path).toBe(expected);
    }
  });

  it('keeps the words of neighbouring inline elements apart in the text readers copy, print and search', () => {
    // Metadata lines are runs of inline elements ("Sự kiện", "Hội nghị", "25/06/2025"): with
    // nothing between two of them their words run together in the page's text.
    const joined: string[] = [];
    let checked = 0;
    for (const p of pages.values()) {
      for (const line of p.root.querySelectorAll('.card-meta, .document-meta, figcaption, .brand, .term-list li')) {
        let previous: string | undefined;
        let gap = '';
        for (const node of line.childNodes) {
          if (node.nodeType === 3) {
            gap += node.rawText;
            continue;
          }
          const text = node.textContent.trim();
          if (!text) continue;
          if (previous !== undefined) {
            checked++;
            if (!/\s/.test(gap)) joined.push(`${p.path}: "${previous}" + "${text}"`);
          }
          previous = text;
          gap = '';
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(joined.slice(0, 10)).toEqual([]);
  });

  it('gives every image alt text and dimensions', () => {
    let images = 0;
    for (const p of pages.values()) {
      for (const img of p.root.querySelectorAll('img')) {
        images++;
        const where = `${p.path} ${img.getAttribute('src')}`;
        expect(img.hasAttribute('alt'), where).toBe(true);
        expect(Number(img.getAttribute('width')), where).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), where).toBeGreaterThan(0);
      }
      // Content images (those in the CMS) carry real descriptions, never an empty alt.
      for (const img of p.root.querySelectorAll('main img')) {
        if (img.getAttribute('role') !== 'presentation') expect(img.getAttribute('alt')?.trim(), `${p.path} ${img.getAttribute('src')}`).toBeTruthy();
      }
    }
    expect(images).toBeGreaterThan(50);
  });

  it('loads nothing from another host', () => {
    const own = new URL(siteUrl).host;
    const offenders: string[] = [];
    const check = (p: Page, url: string | undefined) => {
      if (!url) return;
      for (const candidate of url.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')) {
        if (/^(https?:)?\/\//.test(candidate) && new URL(candidate, siteUrl).host !== own) offenders.push(`${p.path}: ${candidate}`);
      }
    };
    for (const p of pages.values()) {
      for (const el of p.root.querySelectorAll('img, source, script, iframe, video, audio, track, embed, object')) {
        check(p, el.getAttribute('src'));
        check(p, el.getAttribute('srcset'));
        check(p, el.getAttribute('data'));
      }
      for (const link of p.root.querySelectorAll('link')) {
        const rel = link.getAttribute('rel') ?? '';
        if (!/alternate|canonical/.test(rel)) check(p, link.getAttribute('href'));
        else expect(new URL(link.getAttribute('href') ?? '', siteUrl).host, `${p.path} ${rel}`).toBe(own);
      }
      for (const match of p.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/g)) check(p, match[1]);
      for (const meta of p.root.querySelectorAll('meta[property^="og:"]')) {
        const content = meta.getAttribute('content') ?? '';
        if (/^https?:\/\//.test(content)) expect(new URL(content).host, `${p.path} ${meta.getAttribute('property')}`).toBe(own);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('links each document to its real translations, and to nothing else', () => {
    const byDocument = new Map<string, PublishedDoc[]>();
    for (const d of docs) byDocument.set(`${d.type}:${d.documentId}`, [...(byDocument.get(`${d.type}:${d.documentId}`) ?? []), d]);
    let translated = 0;
    for (const versions of byDocument.values()) {
      for (const d of versions) {
        const p = page(documentPath(d.type, d.locale, d.slug));
        const alternates = p.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .filter((l) => l.getAttribute('hreflang') !== 'x-default')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, siteUrl).pathname]);
        const expected = versions.map((v) => [v.locale, documentPath(v.type, v.locale, v.slug)]);
        expect(alternates.sort(), p.path).toEqual(expected.sort());
        // The switcher: a link per existing translation, with its language, and no link to a
        // translation that does not exist.
        const switcherLinks = p.root
          .querySelectorAll('[data-language-switcher] a[hreflang]')
          .map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
        for (const v of versions) {
          if (v.locale === d.locale) continue;
          expect(switcherLinks, p.path).toContainEqual([v.locale, documentPath(v.type, v.locale, v.slug)]);
        }
        for (const [, href] of switcherLinks) expect(pages.has(new URL(href!, siteUrl).pathname), `${p.path} -> ${href}`).toBe(true);
        if (versions.length > 1) translated++;
      }
    }
    expect(translated).toBeGreaterThan(20);
  });

  it('gives every document page Open Graph tags and a canonical URL', () => {
    for (const d of docs.filter((x) => CONTENT_TYPES.some((t) => t.name === x.type))) {
      const p = page(documentPath(d.type, d.locale, d.slug));
      const og = (property: string) => p.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(og('og:title'), p.path).toBeTruthy();
      expect(og('og:description'), p.path).toBeTruthy();
      expect(og('og:url'), p.path).toBe(new URL(p.path, siteUrl).toString());
      expect(p.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), p.path).toBe(new URL(p.path, siteUrl).toString());
    }
  });

  it('describes articles, events and agencies with schema.org JSON-LD', () => {
    const types = (d: PublishedDoc) =>
      page(documentPath(d.type, d.locale, d.slug))
        .root.querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent) as { '@type': string | string[] })
        .flatMap((j) => j['@type']);
    const first = (type: string) => docs.find((d) => d.type === type && d.locale === 'vi')!;
    expect(types(first('article'))).toContain('NewsArticle');
    expect(types(first('event'))).toContain('Event');
    expect(types(first('agency'))).toContain('GovernmentOrganization');
  });

  it('publishes a sitemap of every page but the 404 and 410 pages, with absolute URLs', async () => {
    const index = await fetch(`${siteUrl}/sitemap-index.xml`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/xml/);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const files = locs(await index.text());
    expect(files).toEqual([new URL('/sitemap-0.xml', siteUrl).toString()]);
    const urls = (await Promise.all(files.map(async (f) => locs(await (await fetch(f)).text())))).flat();
    for (const url of urls) expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
    // Not the pages that answer for missing (404) and withdrawn (410) addresses.
    const answers = (p: string) => p === '/404/' || /^(\/km|\/en)?\/410\/$/.test(p);
    expect(urls.map((u) => new URL(u).pathname).sort()).toEqual([...pages.keys()].filter((p) => !answers(p)).sort());
    const first = docs.find((d) => d.type === 'article' && d.locale === 'km')!;
    expect(urls).toContain(new URL(documentPath('article', 'km', first.slug), siteUrl).toString());
    expect(await (await fetch(`${siteUrl}/robots.txt`)).text()).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  });
});
