/**
 * The build's view of the assets its pages record, and where the pipeline keeps its cache.
 *
 * During `astro build` (and `astro dev`) the site's integration (src/integrations/cms-assets.ts)
 * starts collecting; src/middleware.ts hands it the record of each page it renders, and links
 * made outside any page record land here directly. When the build is done, the integration
 * writes every collected asset (write.ts). Outside those (the on-demand server, the publisher)
 * nothing is collected: whoever renders keeps the page's own record.
 *
 * Kept on globalThis: the integration and the pages are loaded as separate module instances of
 * one process (the config, the prerender bundle, or Vite's dev runner).
 *
 * Plain TypeScript with erasable syntax only; node builtins only.
 */
import { currentPage, recordAsset, type AssetSource, type PageRecord } from '../page-record.ts';
import type { CmsSource } from './originals.ts';

interface State {
  collecting: boolean;
  /** How many page records to keep (`astro dev` renders pages over and over). */
  maxPages: number;
  /** Records of the pages rendered, by site path (filled while they render: read them once rendering is done). */
  pages: Map<string, PageRecord>;
  /** Assets linked while no page record was active. */
  loose: Map<string, AssetSource>;
  /** Set by the integration once Astro's config is known. */
  source?: CmsSource;
}

const KEY = Symbol.for('cchc.site.assets');

function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  return (holder[KEY] ??= { collecting: false, maxPages: Infinity, pages: new Map(), loose: new Map() });
}

/** From now on, keeps the records of rendered pages (the latest `maxPages` of them). */
export function startCollecting(maxPages = Infinity): void {
  state().collecting = true;
  state().maxPages = maxPages;
}

/** Keeps `record` (of the page at `path`, about to render) for the build; nothing unless collecting. */
export function collectPage(path: string, record: PageRecord): void {
  const s = state();
  if (!s.collecting) return;
  s.pages.delete(path);
  s.pages.set(path, record);
  for (const oldest of s.pages.keys()) {
    if (s.pages.size <= s.maxPages) break;
    s.pages.delete(oldest);
  }
}

/** The records of the pages the build rendered, by site path (what the publisher starts from). */
export function collectedPages(): ReadonlyMap<string, PageRecord> {
  return state().pages;
}

/** Keeps an asset linked outside any page record; nothing unless collecting. */
export function collectAsset(path: string, asset: AssetSource): void {
  if (state().collecting) state().loose.set(path, asset);
}

/**
 * Every asset the collected pages link, by site path. Throws if two pages link one path made
 * two ways (two uploads whose names differ only in their extension).
 */
export function collectedAssets(): Map<string, AssetSource> {
  const s = state();
  const all = new Map(s.loose);
  for (const page of s.pages.values()) {
    for (const [path, asset] of page.assets) {
      const known = all.get(path);
      if (known && JSON.stringify(known) !== JSON.stringify(asset)) {
        throw new Error(`${path} is linked as ${JSON.stringify(known)} and as ${JSON.stringify(asset)}`);
      }
      all.set(path, asset);
    }
  }
  return all;
}

/** The asset at `path`, if a collected page links it (the dev server's lookup). */
export function collectedAsset(path: string): AssetSource | undefined {
  const s = state();
  for (const page of [...s.pages.values()].reverse()) {
    const found = page.assets.get(path);
    if (found) return found;
  }
  return s.loose.get(path);
}

/**
 * What a page calls for each asset it links: notes it in the page's record (or, rendered outside
 * any record, in the build's collection) and returns its site path.
 */
export function linkAsset(path: string, asset: AssetSource): string {
  if (currentPage()) recordAsset(path, asset);
  else collectAsset(path, asset);
  return path;
}

/** Where uploads are read from and cached, for this process. */
export function setCmsSource(source: CmsSource): void {
  state().source = source;
}

export function configuredCmsSource(): CmsSource | undefined {
  return state().source;
}
