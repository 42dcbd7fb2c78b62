// @ts-check
/**
 * The content security policy of every answer of the site server. The site's pages are static
 * HTML with one stylesheet and no script of their own (the JSON-LD block is data, not run), and
 * every image and file is copied into the site: so only this site's own files may load, nothing
 * may run inline, and no page may be framed by another site. The one exception is the preview
 * of a draft, which the admin panel frames: there the CMS's origin may frame it too.
 */

const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The prefix of the preview route, answered by the publisher (site/publisher/preview.ts). */
export const PREVIEW_PREFIX = '/_preview/';

/**
 * The CMS's public origin: the admin panel that frames previews. The same rule as the
 * publisher's (site/publisher/config.ts: CMS_PUBLIC_URL, else STRAPI_URL).
 * @param {NodeJS.ProcessEnv} env
 */
export function adminOriginOf(env) {
  const url = env.CMS_PUBLIC_URL?.trim() || env.STRAPI_URL?.trim() || 'http://127.0.0.1:1337';
  return new URL(url).origin;
}

/**
 * @param {string} path the request's path
 * @param {string} adminOrigin
 */
export function contentSecurityPolicy(path, adminOrigin) {
  const framedBy = path.startsWith(PREVIEW_PREFIX) ? `'self' ${adminOrigin}` : "'none'";
  return `${BASE}; frame-ancestors ${framedBy}`;
}
