/** The site's server: compression, cache headers, a real 404. */
import { describe, expect, inject, it } from 'vitest';
import { documentPath } from '@cchc/content-types';
import { publishedDocuments } from '../support/html';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');

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
