/**
 * The addresses the site answers without a page of their own, derived from the content:
 * a changed slug's old address answers 301 to the new one; a withdrawn or deleted document's
 * address answers 410 (site/server/ reads this from the build's meta/routing.json).
 * The static build and the publisher both write it from here, so they cannot disagree.
 *
 * Plain TypeScript with `.ts` imports: the publisher runs it in Node.
 */
import { documentPath, isLocale, type TypeName } from '@cchc/content-types';
import { content } from './content-source.ts';
import { translationsOf } from './content.ts';

export interface Routing {
  /** Old path → current path. */
  redirects: Record<string, string>;
  /** Paths of documents that are no longer published, sorted. */
  gone: string[];
}

export async function routingOf(): Promise<Routing> {
  const snapshot = await content();
  const live = new Set<string>();
  for (const [type, docs] of snapshot.documents) for (const d of docs) if (isLocale(d.locale)) live.add(documentPath(type, d.locale, d.slug));

  const redirects: Record<string, string> = {};
  const gone = new Set<string>();
  for (const r of snapshot.redirects) {
    if (!isLocale(r.locale)) continue;
    const from = documentPath(r.type, r.locale, r.from);
    if (live.has(from)) continue; // another document has that address now
    const current = (await translationsOf(r.type as TypeName, r.documentId)).get(r.locale);
    const to = current ? documentPath(r.type, r.locale, current.slug) : undefined;
    // Never an address to itself (a slug taken back): that page is served, not redirected.
    if (to && to !== from) redirects[from] = to;
    else if (!to) gone.add(from);
  }
  for (const w of snapshot.withdrawn) {
    if (!isLocale(w.locale)) continue;
    const path = documentPath(w.type, w.locale, w.slug);
    if (!live.has(path) && !(path in redirects)) gone.add(path);
  }
  return { redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b))), gone: [...gone].sort() };
}
