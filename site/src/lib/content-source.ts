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
  type ContentTypeName, type DocumentOf, type Locale, type PublicHistory, type TypeName,
} from '@cchc/content-types';
import { cmsLocales, fetchAll, fetchPublicHistory, fetchRedirects, fetchWithdrawn, type Redirect, type Withdrawn } from './cms-client.ts';

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
}

export const historyKey = (type: string, locale: string, documentId: string): string => `${type}/${locale}/${documentId}`;

/** The locales whose content the site shows: the section's locales the CMS has. */
async function locales(): Promise<Locale[]> {
  return (await cmsLocales()).filter(isLocale);
}

/** The history, redirects and withdrawn translations of one content type in one locale. */
export async function fetchLifeOf(type: ContentTypeName, locale: Locale) {
  const [histories, redirects, withdrawn] = await Promise.all([
    fetchPublicHistory(type, locale),
    fetchRedirects(type, locale),
    fetchWithdrawn(type, locale),
  ]);
  return { histories, redirects, withdrawn };
}

/** Everything the site shows, read from the CMS. */
export async function loadContent(): Promise<ContentSnapshot> {
  const localeList = await locales();
  const documents = new Map<TypeName, AnyDocument[]>();
  const histories = new Map<string, PublicHistory>();
  const redirects: Redirect[] = [];
  const withdrawn: Withdrawn[] = [];
  await Promise.all([
    ...SITE_TYPES.map(async (def) => {
      documents.set(def.name, (await fetchAll(def.name)) as AnyDocument[]);
    }),
    ...SITE_CONTENT_TYPES.flatMap((def) =>
      localeList.map(async (locale) => {
        const life = await fetchLifeOf(def.name, locale);
        for (const h of life.histories) histories.set(historyKey(def.name, locale, h.documentId), h);
        redirects.push(...life.redirects);
        withdrawn.push(...life.withdrawn);
      }),
    ),
  ]);
  return { documents, histories, redirects: sortedRedirects(redirects), withdrawn: sortedWithdrawn(withdrawn) };
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
