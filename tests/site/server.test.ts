/** The site's server: compression, cache headers, a real 404, its content security policy. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './built-site';
import { documentPath } from '@cchc/content-types';
import { clientDirOf, publishedDocuments, readPages } from '../support/html';
import { SITE_DIR } from '../support/paths';
import { stopProcess } from '../support/processes';
import { freePort } from '../support/site-build';

const { siteUrl, cmsUrl, outDir } = await builtSite();

describe('the site server', () => {
  it('compresses pages and lets browsers revalidate them', async () => {
    const article = (await publishedDocuments(cmsUrl)).find((d) => d.type === 'article' && d.locale === 'vi')!;
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${siteUrl}${documentPath('article', 'vi', article.slug)}`, { headers: { 'Accept-Encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      // Revalidated at every visit (ETag, 304): a publish is seen at once.
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      expect(res.headers.get('etag')).toBeTruthy();
    }
  });

  it('caches hashed assets for a year', async () => {
    const html = await (await fetch(`${siteUrl}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeTruthy();
    const res = await fetch(`${siteUrl}${css}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
    expect(res.headers.get('content-encoding')).toBe('br');
  });

  it('caches image variants for a year (named by upload and encoder settings)', async () => {
    const article = (await publishedDocuments(cmsUrl)).find((d) => d.type === 'article' && d.locale === 'vi')!;
    const html = await (await fetch(`${siteUrl}${documentPath('article', 'vi', article.slug)}`)).text();
    const image = /srcset="(\/_img\/[^" ]+\.avif)/.exec(html)?.[1];
    expect(image).toBeTruthy();
    const res = await fetch(`${siteUrl}${image}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/avif');
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('answers an unknown address with the 404 page in the right language', async () => {
    const vi = await fetch(`${siteUrl}/khong-co-trang-nay/`);
    expect(vi.status).toBe(404);
    expect(await vi.text()).toMatch(/<html[^>]+lang="vi"/);
  });
});

/** The value of one directive of a content security policy ('' when absent). */
function directive(policy: string | null, name: string): string {
  const found = (policy ?? '').split(';').map((part) => part.trim()).find((part) => part.split(/\s+/)[0] === name);
  return found ? found.slice(name.length).trim() : '';
}

describe("the site's content security policy", () => {
  // A server of the same build that knows the CMS's public origin (the admin panel that frames
  // previews) and whose publisher is not running: the preview route answers 503 itself.
  const adminOrigin = 'https://cms.cchc.example.gov.vn';
  let server: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(SITE_DIR, 'server', 'serve.mjs')], {
      cwd: SITE_DIR,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_DIST_DIR: outDir, CMS_PUBLIC_URL: `${adminOrigin}/`, PUBLISHER_URL: `http://127.0.0.1:${await freePort()}` },
      stdio: 'inherit',
    });
    for (let tries = 0; ; tries++) {
      const up = await fetch(`${url}/`).then(() => true, () => false);
      if (up) break;
      if (tries > 100) throw new Error('the site server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => stopProcess(server));

  it('lets only the site itself load anything, and no other site frame a page', async () => {
    const article = (await publishedDocuments(cmsUrl)).find((d) => d.type === 'article' && d.locale === 'vi')!;
    const html = await (await fetch(`${url}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    // Pages, a stylesheet, a 404, a refused method: every answer of the server.
    const answers = await Promise.all([
      fetch(`${url}/`),
      fetch(`${url}${documentPath('article', 'vi', article.slug)}`),
      fetch(`${url}${css}`),
      fetch(`${url}/khong-co-trang-nay/`),
      fetch(`${url}/`, { method: 'POST' }),
    ]);
    for (const res of answers) {
      const policy = res.headers.get('content-security-policy');
      expect(directive(policy, 'default-src'), res.url).toBe("'self'");
      expect(directive(policy, 'script-src'), res.url).toBe("'self'");
      expect(directive(policy, 'style-src'), res.url).toBe("'self'");
      expect(directive(policy, 'object-src'), res.url).toBe("'none'");
      expect(directive(policy, 'base-uri'), res.url).toBe("'self'");
      expect(directive(policy, 'frame-ancestors'), res.url).toBe("'none'");
      expect(res.headers.get('x-frame-options'), res.url).toBe('DENY');
    }
  });

  it('lets the admin panel, and only it, frame a preview', async () => {
    for (const path of ['/_preview/?token=x', '/_preview/']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(503);
      const policy = res.headers.get('content-security-policy');
      expect(directive(policy, 'frame-ancestors')).toBe(`'self' ${adminOrigin}`);
      expect(directive(policy, 'script-src')).toBe("'self'");
      expect(res.headers.get('x-frame-options')).toBeNull();
    }
    // A path that only looks like the preview route is an ordinary page.
    for (const path of ['/_preview', '/_previewx/', '/en/_preview/']) {
      const res = await fetch(`${url}${path}`);
      expect(directive(res.headers.get('content-security-policy'), 'frame-ancestors'), path).toBe("'none'");
    }
  });

  it('fits every built page: no inline script or style, nothing from another host', () => {
    const pages = readPages(clientDirOf(outDir));
    expect(pages.length).toBeGreaterThan(20);
    const offending: string[] = [];
    for (const page of pages) {
      for (const script of page.root.querySelectorAll('script')) {
        // A JSON-LD block is data: the browser does not run it, and script-src does not judge it.
        if (!script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json') offending.push(`${page.path}: inline script`);
      }
      if (page.root.querySelector('style')) offending.push(`${page.path}: <style>`);
      for (const element of page.root.querySelectorAll('*')) {
        for (const name of Object.keys(element.attributes)) {
          if (name === 'style' || /^on/i.test(name)) offending.push(`${page.path}: ${name}= on <${element.tagName.toLowerCase()}>`);
        }
      }
      for (const element of page.root.querySelectorAll('script[src], link[rel~=stylesheet], img, source, video, audio, iframe, object, embed')) {
        for (const name of ['src', 'href', 'srcset']) {
          const value = element.getAttribute(name);
          if (value && /(^|[\s,])(https?:)?\/\//i.test(value)) offending.push(`${page.path}: ${name}="${value}"`);
        }
      }
    }
    expect(offending.slice(0, 20)).toEqual([]);
  });
});
