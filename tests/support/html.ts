/** Reading the built site: its pages as parsed HTML, and the CMS's published documents. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ALL_TYPES, LOCALES, type Locale } from '@cchc/content-types';

export interface Page {
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

/** Every HTML page of the build, by URL path (`/tin-bai/x/`). */
export function readPages(clientDir: string): Page[] {
  const pages: Page[] = [];
  for (const entry of readdirSync(clientDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(clientDir, file).replace(/\\/g, '/');
    const path = `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
    const html = readFileSync(file, 'utf8');
    pages.push({ path, file, html, root: parse(html) });
  }
  return pages;
}

export function clientDirOf(outDir: string): string {
  const client = join(outDir, 'client');
  return existsSync(client) ? client : outDir;
}

export interface PublishedDoc {
  type: string;
  locale: Locale;
  documentId: string;
  slug: string;
}

/** Every published document of every type and locale, as the public API lists them. */
export async function publishedDocuments(cmsUrl: string): Promise<PublishedDoc[]> {
  const docs: PublishedDoc[] = [];
  for (const type of ALL_TYPES) {
    for (const locale of LOCALES) {
      for (let page = 1; ; page++) {
        const res = await fetch(
          `${cmsUrl}/api/${type.plural}?locale=${locale}&fields[0]=slug&pagination[page]=${page}&pagination[pageSize]=100`,
        );
        const body = (await res.json()) as { data: { documentId: string; slug: string }[]; meta: { pagination: { pageCount: number } } };
        docs.push(...body.data.map((d) => ({ type: type.name, locale, documentId: d.documentId, slug: d.slug })));
        if (page >= body.meta.pagination.pageCount) break;
      }
    }
  }
  return docs;
}
