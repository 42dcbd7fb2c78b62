/**
 * What a person sees, in headless Chromium: home, a listing and a detail page in Vietnamese and
 * Khmer, and a paged term page, render with the site's own fonts (Khmer glyphs, not boxes),
 * pass axe-core with no serious or critical violation, read fully with JavaScript off, fit a
 * 320 px screen, and load nothing from another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../site/built-site';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { documentPath, homePath, listingPath, type Locale } from '@cchc/content-types';
import { publishedDocuments } from '../support/html';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string;
const { siteUrl, cmsUrl } = await builtSite();

let browser: Browser;
const pagesToCheck: { locale: Locale; kind: string; path: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const docs = await publishedDocuments(cmsUrl);
  for (const locale of ['vi', 'km'] as const) {
    const article = docs.find((d) => d.type === 'article' && d.locale === locale && docs.some((o) => o.documentId === d.documentId && o.locale !== locale));
    if (!article) throw new Error(`no translated article in ${locale}`);
    pagesToCheck.push(
      { locale, kind: 'home', path: homePath(locale) },
      { locale, kind: 'listing', path: listingPath('article', locale) },
      { locale, kind: 'detail', path: documentPath('article', locale, article.slug) },
    );
  }
  // A term's front page with numbered pages, and its page 1 (the oldest): the pager.
  const sitemap = await (await fetch(`${siteUrl}/sitemap-0.xml`)).text();
  const numbered = [...sitemap.matchAll(/<loc>([^<]*\/trang\/1\/)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .find((p) => !/^\/(km|en)\//.test(p));
  if (!numbered) throw new Error('no numbered page in the sitemap');
  pagesToCheck.push(
    { locale: 'vi', kind: 'paged front page', path: numbered.replace(/trang\/1\/$/, '') },
    { locale: 'vi', kind: 'numbered page', path: numbered },
  );
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  // What the site's content security policy refused: the pages must need nothing it forbids.
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) foreign.push(`refused by the policy: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== new URL(siteUrl).host) foreign.push(request.url());
  });
  const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, context, status: response?.status(), foreign };
}

/** The fonts Chromium actually used to draw the text of an element (DevTools protocol). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

describe('pages in a real browser', () => {
  it('render, pass axe-core and load nothing from another host', async () => {
    for (const { locale, kind, path } of pagesToCheck) {
      const { page, context, status, foreign } = await open(path);
      try {
        expect(status, path).toBe(200);
        expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
        // Evaluated by the DevTools protocol: an inline script tag would be refused by the site's
        // content security policy (site/server/policy.mjs), as any injected script should be.
        await page.evaluate(AXE_SOURCE);
        const results = (await page.evaluate(async () =>
          (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          }),
        )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
        expect(serious, `${locale} ${kind} ${path}`).toEqual([]);
        expect(foreign, path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('draws Khmer with the site\'s own Khmer font, not boxes', async () => {
    const khmer = pagesToCheck.filter((p) => p.locale === 'km');
    for (const { path } of khmer) {
      const { page, context } = await open(path);
      try {
        await page.evaluate(() => document.fonts.ready);
        const fonts = await renderedFonts(page, 'main h1');
        const khmerFont = fonts.find((f) => /khmer/i.test(f.familyName));
        expect(khmerFont, `${path}: ${JSON.stringify(fonts)}`).toBeDefined();
        expect(khmerFont!.isCustomFont, `${path}: the font must be the site's web font`).toBe(true);
        expect(khmerFont!.glyphCount).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    }
  });

  it('reads fully with JavaScript off', async () => {
    for (const { path } of pagesToCheck) {
      const { page, context, status } = await open(path, { javaScriptEnabled: false });
      try {
        expect(status).toBe(200);
        expect((await page.textContent('main h1'))?.trim(), path).toBeTruthy();
        const text = (await page.textContent('main')) ?? '';
        expect(text.trim().length, path).toBeGreaterThan(200);
        // Every image is visible without script (no lazy-loading trick that needs JS).
        const broken = await page.$$eval('main img', (imgs) => imgs.filter((i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).length);
        expect(broken, path).toBe(0);
      } finally {
        await context.close();
      }
    }
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    for (const { path } of pagesToCheck) {
      const { page, context } = await open(path, { width: 320 });
      try {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    }
  });
});
