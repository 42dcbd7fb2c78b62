/**
 * Files from the CMS that readers download or play (attachments, audio, video) are copied into
 * the built site under /files/, so that pages load nothing from another host and the CMS need
 * not be reachable by the public. Rendering a page registers the files it links; the
 * cms-files integration copies them when the build is done. Images go through astro:assets.
 */
import { strapiUrl } from './env';

export const FILES_PATH = '/files/';

/**
 * Shared by the pages and the integration (one process during `astro build`): whether files are
 * being collected (set when the build starts), and name in /files/ → where to download it.
 */
interface State {
  collecting: boolean;
  files: Map<string, string>;
}
const KEY = Symbol.for('cchc.site.cmsFiles');

function state(): State {
  const store = globalThis as typeof globalThis & { [KEY]?: State };
  return (store[KEY] ??= { collecting: false, files: new Map() });
}

export function startCollecting(): void {
  state().collecting = true;
}

export function registeredFiles(): Map<string, string> {
  return state().files;
}

function sourceOf(url: string): string {
  return /^https?:\/\//i.test(url) ? url : new URL(url, `${strapiUrl()}/`).toString();
}

/**
 * The address of a CMS file on this site. Strapi names uploads uniquely (name plus hash), so the
 * last path segment is kept. Outside a build (`astro dev`, on-demand routes) nothing is copied:
 * the CMS's own address is used.
 */
export function publicFileUrl(url: string): string {
  const source = sourceOf(url);
  if (!state().collecting) return source;
  const name = decodeURIComponent(new URL(source).pathname.split('/').pop() ?? '');
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Unexpected CMS file name in ${url}`);
  state().files.set(name, source);
  return `${FILES_PATH}${name}`;
}
