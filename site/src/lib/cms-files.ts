/**
 * Files from the CMS that readers download or play (attachments, audio, video) are copied into
 * the built site under /files/, so that pages load nothing from another host and the CMS need
 * not be reachable by the public. Rendering a page registers the files it links; the
 * cms-files integration copies them when the build is done. Images go through astro:assets.
 */
import { strapiUrl } from './env';

export const FILES_PATH = '/files/';

/** name in /files/ → where the build downloads it. Shared by the pages and the integration. */
type Registry = Map<string, string>;
const KEY = Symbol.for('cchc.site.cmsFiles');

export function registeredFiles(): Registry {
  const store = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (store[KEY] ??= new Map());
}

function sourceOf(url: string): string {
  return /^https?:\/\//i.test(url) ? url : new URL(url, `${strapiUrl()}/`).toString();
}

/**
 * The address of a CMS file on this site. Strapi names uploads uniquely (name plus hash), so the
 * last path segment is kept. In `astro dev` nothing is copied: the CMS's own address is used.
 */
export function publicFileUrl(url: string): string {
  const source = sourceOf(url);
  if (import.meta.env.DEV) return source;
  const name = decodeURIComponent(new URL(source).pathname.split('/').pop() ?? '');
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Unexpected CMS file name in ${url}`);
  registeredFiles().set(name, source);
  return `${FILES_PATH}${name}`;
}
