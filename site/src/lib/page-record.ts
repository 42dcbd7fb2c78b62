/**
 * What one page read while it was rendered: the content queries it asked (with a fingerprint
 * of each answer) and the files it links (images, downloads). The publisher keeps this record
 * per page, so that after a change it re-renders exactly the pages whose answers changed, and
 * keeps exactly the files some page still links.
 *
 * The record is found through one AsyncLocalStorage kept on globalThis: the site's code is
 * bundled twice (the static build, the on-demand renderer) and the publisher loads it a third
 * time as plain TypeScript, and all of them must see the same page being rendered.
 *
 * Plain TypeScript with erasable syntax only and no Astro imports: Node runs it as it is.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

/** The formats the site encodes images to (src/lib/assets/names.ts says with which settings). */
export type ImageFormat = 'avif' | 'webp' | 'jpg' | 'png';

/**
 * How a file the page links is made: copied from the CMS, or an image variant encoded from one.
 * `source` is the upload's URL as the CMS gives it (`/uploads/x_1a2b3c.jpg`, or absolute for a
 * remote upload provider); whoever makes the file resolves it against the CMS's address.
 */
export type AssetSource = FileAsset | ImageAsset;

export interface FileAsset {
  kind: 'file';
  source: string;
}

export interface ImageAsset {
  kind: 'image';
  source: string;
  /** Width of the variant; without a height, the height follows the original's proportions. */
  width: number;
  /** With `fit: 'cover'`: the exact size, cropped around the centre. */
  height?: number;
  format: ImageFormat;
  fit?: 'cover';
  /** Encoder quality, if not the format's default (src/lib/assets/names.ts). */
  quality?: number;
}

export interface PageRecord {
  /** Query key (`doc:article:<documentId>`, `list:article:vi`, …) → fingerprint of its answer. */
  reads: Map<string, string>;
  /** Site path of each file the page links (`/_img/…`, `/files/…`) → how it is made. */
  assets: Map<string, AssetSource>;
}

const KEY = Symbol.for('cchc.site.pageRecord');

function storage(): AsyncLocalStorage<PageRecord> {
  const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<PageRecord> };
  return (holder[KEY] ??= new AsyncLocalStorage<PageRecord>());
}

export function newPageRecord(): PageRecord {
  return { reads: new Map(), assets: new Map() };
}

/** Runs `render` with `record` as the page being rendered. */
export function recordingPage<T>(record: PageRecord, render: () => T): T {
  return storage().run(record, render);
}

/** The page being rendered now, if any (none in `astro dev` tooling or outside a render). */
export function currentPage(): PageRecord | undefined {
  return storage().getStore();
}

/** A short, stable fingerprint of any JSON value. */
export function fingerprint(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? 'undefined').digest('base64url').slice(0, 16);
}

/** Notes that the page read `key` and got `answer` (fingerprinted). Returns the answer. */
export function recordRead<T>(key: string, answer: T, fingerprintOf: (answer: T) => string = fingerprint): T {
  const page = currentPage();
  if (page && !page.reads.has(key)) page.reads.set(key, fingerprintOf(answer));
  return answer;
}

/** Notes that the page links the file at `path`, made as `source` says. */
export function recordAsset(path: string, source: AssetSource): void {
  currentPage()?.assets.set(path, source);
}
