/**
 * Where pages get their content: one snapshot of everything published that the site shows.
 *
 * - The static build (and `astro dev`) reads it from the CMS once per process, at first use.
 * - The publisher (site/publisher/) keeps its own, updated change by change, and hands it to
 *   the on-demand renderer before each render (`useContent`).
 * - A preview renders with the publisher's snapshot plus one draft (`withContent`).
 *
 * Plain TypeScript with erasable syntax and `.ts` imports: the publisher runs it in Node as it is.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  SITE_TYPES, SITE_CONTENT_TYPES, isLocale,
  type DocumentOf, type Locale, type PublicHistory, type RedirectChange, type TypeName, type WithdrawnChange,
} from '@cchc/content-types';
import {
  cmsLocales, fetchAll, fetchPublicHistory, fetchRedirectChanges, fetchWithdrawnChanges, type FeedPositions, type Redirect, type Withdrawn,
} from './cms-client.ts';

export type AnyDocument = DocumentOf<TypeName>;

export interface ContentSnapshot {
  /** Every published document of each type, in every locale. */
  documents: ReadonlyMap<TypeName, readonly AnyDocument[]>;
  /** What readers are told of each document's life, by `historyKey`. */
  histories: ReadonlyMap<string, PublicHistory>;
  /** Old slugs of published translations (their pages answer 301). */
  redirects: readonly Redirect[];
  /** Translations that were published and are not any more (their pages answer 410). */
  withdrawn: readonly Withdrawn[];
  /** How far `redirects` and `withdrawn` have read the CMS's feeds (the publisher reads on from there). */
  positions: FeedPositions;
}

export const historyKey = (type: string, locale: string, documentId: string): string => `${type}/${locale}/${documentId}`;

/** The locales whose content the site shows: the section's locales the CMS has. */
async function locales(): Promise<Locale[]> {
  return (await cmsLocales()).filter(isLocale);
}

/** Everything the site shows, read from the CMS. */
export async function loadContent(): Promise<ContentSnapshot> {
  const localeList = await locales();
  const documents = new Map<TypeName, AnyDocument[]>();
  const histories = new Map<string, PublicHistory>();
  const [, , redirectFeed, withdrawnFeed] = await Promise.all([
    Promise.all(
      SITE_TYPES.map(async (def) => {
        documents.set(def.name, (await fetchAll(def.name)) as AnyDocument[]);
      }),
    ),
    Promise.all(
      SITE_CONTENT_TYPES.flatMap((def) =>
        localeList.map(async (locale) => {
          for (const h of await fetchPublicHistory(def.name, locale)) histories.set(historyKey(def.name, locale, h.documentId), h);
        }),
      ),
    ),
    fetchRedirectChanges(0),
    fetchWithdrawnChanges(0),
  ]);
  return {
    documents,
    histories,
    redirects: withRedirectChanges([], redirectFeed.rows, localeList),
    withdrawn: withWithdrawnChanges([], withdrawnFeed.rows, localeList),
    positions: { redirects: redirectFeed.position, withdrawn: withdrawnFeed.position },
  };
}

const contentTypes = new Set<string>(SITE_CONTENT_TYPES.map((t) => t.name));
/** The site answers old addresses of its content types, in the locales it shows. */
const shown = (row: { type: string; locale: string }, localeList: readonly string[]) => contentTypes.has(row.type) && localeList.includes(row.locale);

/** `list` with the feed's changes applied, oldest first: a redirect set, moved or gone. */
export function withRedirectChanges(list: readonly Redirect[], changes: readonly RedirectChange[], localeList: readonly string[]): Redirect[] {
  const byAddress = new Map(list.map((r) => [`${r.type}/${r.locale}/${r.from}`, r]));
  for (const c of changes) {
    if (!shown(c, localeList)) continue;
    const key = `${c.type}/${c.locale}/${c.from}`;
    if (c.gone) byAddress.delete(key);
    else byAddress.set(key, { type: c.type, locale: c.locale, from: c.from, documentId: c.documentId });
  }
  return sortedRedirects([...byAddress.values()]);
}

/** `list` with the feed's changes applied: a translation gone off the site, or back on it. */
export function withWithdrawnChanges(list: readonly Withdrawn[], changes: readonly WithdrawnChange[], localeList: readonly string[]): Withdrawn[] {
  const byDocument = new Map(list.map((w) => [`${w.type}/${w.locale}/${w.documentId}`, w]));
  for (const c of changes) {
    if (!shown(c, localeList)) continue;
    const key = `${c.type}/${c.locale}/${c.documentId}`;
    // A translation never published under a slug has no address to answer for.
    if (c.withdrawn && c.slug) byDocument.set(key, { type: c.type, locale: c.locale, documentId: c.documentId, slug: c.slug });
    else byDocument.delete(key);
  }
  return sortedWithdrawn([...byDocument.values()]);
}

/** Lists in one order whatever order the requests answered in (pages must not depend on it). */
export function sortedRedirects(list: Redirect[]): Redirect[] {
  return list.sort((a, b) => `${a.type}/${a.locale}/${a.from}`.localeCompare(`${b.type}/${b.locale}/${b.from}`));
}
export function sortedWithdrawn(list: Withdrawn[]): Withdrawn[] {
  return list.sort((a, b) => `${a.type}/${a.locale}/${a.documentId}`.localeCompare(`${b.type}/${b.locale}/${b.documentId}`));
}

// ---- which snapshot a render uses ----------------------------------------------------------

interface Holder {
  current?: Promise<ContentSnapshot>;
  scoped: AsyncLocalStorage<ContentSnapshot>;
}
const KEY = Symbol.for('cchc.site.content');

function holder(): Holder {
  const g = globalThis as typeof globalThis & { [KEY]?: Holder };
  return (g[KEY] ??= { scoped: new AsyncLocalStorage<ContentSnapshot>() });
}

/** The snapshot the page being rendered reads (loaded from the CMS the first time if nobody set one). */
export function content(): Promise<ContentSnapshot> {
  const h = holder();
  const scoped = h.scoped.getStore();
  if (scoped) return Promise.resolve(scoped);
  return (h.current ??= loadContent());
}

/** From now on, renders read `snapshot` (the publisher, after each change). */
export function useContent(snapshot: ContentSnapshot): void {
  holder().current = Promise.resolve(snapshot);
}

/** Runs `work` with `snapshot` as its content (a preview: the live content plus one draft). */
export function withContent<T>(snapshot: ContentSnapshot, work: () => T): T {
  return holder().scoped.run(snapshot, work);
}
