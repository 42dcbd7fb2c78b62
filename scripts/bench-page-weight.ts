/**
 * Page weight: bytes transferred for article pages (compressed HTML and CSS, without images and
 * fonts), against the demo content, with the site's own server. Target: at most 40 KB, and no
 * JavaScript needed to read the page. Five articles a language.
 *
 *   npm run bench:page
 *   npm run bench:page -- --smoke   # a corpus of 10 documents instead of the demo (whose seed
 *                                   # alone takes a minute or more), one article a language
 *
 * Needs: `npm install`. It compiles the CMS itself (scripts/lib/prepare.ts), starts it on SQLite,
 * builds the site into a scratch folder and serves it on free ports. Prints
 * `FIGURE page.<what>` lines (scripts/lib/figures.ts).
 */
import '@cchc/runtime/check';
import { request } from 'node:http';
import { parse } from 'node-html-parser';
import { documentPath, type Locale } from '@cchc/content-types';
import { buildAndServeSite } from '../tests/support/site-build';
import { publishedDocuments } from '../tests/support/html';
import { figure } from './lib/figures';
import { prepareBench, smoke } from './lib/prepare';

const ARTICLES_PER_LOCALE = smoke ? 1 : 5;

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
  prepareBench({ postgres: false });
  const { site, stop } = await buildAndServeSite(smoke ? 'corpus:10' : 'demo');
  try {
    const docs = await publishedDocuments(site.cmsUrl);
    console.log('\nArticle page weight (compressed HTML + CSS, brotli; images and fonts excluded)');
    console.log('locale | page | HTML bytes | CSS bytes | total KB | scripts');
    let heaviest = 0;
    let pages = 0;
    let mostScripts = 0;
    for (const locale of ['vi', 'km', 'en'] as Locale[]) {
      const articles = docs.filter((d) => d.type === 'article' && d.locale === locale).slice(0, ARTICLES_PER_LOCALE);
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
        mostScripts = Math.max(mostScripts, scripts);
        pages += 1;
        console.log(`${locale} | ${article.slug.slice(0, 40)} | ${html.bytes} (${html.encoding}) | ${css} | ${total.toFixed(1)} | ${scripts}`);
      }
    }
    if (pages === 0) throw new Error('No article page to weigh: the CMS has no published article');
    console.log(`\nheaviest article page: ${heaviest.toFixed(1)} KB (target ≤ 40 KB)`);
    figure('page.article.heaviest', heaviest, 'KB');
    figure('page.article.most-scripts', mostScripts, 'scripts');
    figure('page.article.measured', pages, 'pages');
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
