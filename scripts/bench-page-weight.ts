/**
 * Page weight: bytes transferred for article pages (compressed HTML and CSS, without images and
 * fonts), against the demo content, with the site's own server. Target: at most 40 KB, and no
 * JavaScript needed to read the page.
 *
 *   npm run bench:page
 */
import '@cchc/runtime/check';
import { request } from 'node:http';
import { parse } from 'node-html-parser';
import { documentPath, type Locale } from '@cchc/content-types';
import { buildAndServeSite } from '../tests/support/site-build';
import { publishedDocuments } from '../tests/support/html';

function transferred(url: string, encoding: string): Promise<{ bytes: number; encoding: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        chunks.push(c);
      });
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity'), body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function main() {
  const { site, stop } = await buildAndServeSite();
  try {
    const docs = await publishedDocuments(site.cmsUrl);
    console.log('\nArticle page weight (compressed HTML + CSS, brotli; images and fonts excluded)');
    console.log('locale | page | HTML bytes | CSS bytes | total KB | scripts');
    let heaviest = 0;
    for (const locale of ['vi', 'km', 'en'] as Locale[]) {
      const articles = docs.filter((d) => d.type === 'article' && d.locale === locale).slice(0, 5);
      for (const article of articles) {
        const url = `${site.siteUrl}${documentPath('article', locale, article.slug)}`;
        const plain = await (await fetch(url)).text();
        const html = await transferred(url, 'br');
        const root = parse(plain);
        let css = 0;
        for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
          css += (await transferred(new URL(link.getAttribute('href')!, url).toString(), 'br')).bytes;
        }
        const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json').length;
        const total = (html.bytes + css) / 1024;
        heaviest = Math.max(heaviest, total);
        console.log(`${locale} | ${article.slug.slice(0, 40)} | ${html.bytes} (${html.encoding}) | ${css} | ${total.toFixed(1)} | ${scripts}`);
      }
    }
    console.log(`\nheaviest article page: ${heaviest.toFixed(1)} KB (target ≤ 40 KB)`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
