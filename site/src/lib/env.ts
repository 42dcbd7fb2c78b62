/**
 * Everything the build and the server read from the environment, with the local defaults.
 * Read from process.env (not import.meta.env) so that the Astro config, the content loader and
 * the pages see the same values.
 */

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function readUrl(name: string, fallback: string): string {
  const value = process.env[name]?.trim() || fallback;
  try {
    return trimSlash(new URL(value).toString());
  } catch {
    throw new Error(`${name} must be an absolute URL such as ${fallback}, got "${value}"`);
  }
}

/** Where the build reads content: the CMS's REST API (STRAPI_URL). */
export function strapiUrl(): string {
  return readUrl('STRAPI_URL', 'http://127.0.0.1:1337');
}

/** Optional read-only API token of the CMS (STRAPI_TOKEN), sent as a Bearer token. */
export function strapiToken(): string | undefined {
  return process.env.STRAPI_TOKEN?.trim() || undefined;
}

/** The public address of this site (PUBLIC_SITE_URL): canonical links, sitemap, Open Graph. */
export function siteUrl(): string {
  return readUrl('PUBLIC_SITE_URL', 'http://127.0.0.1:4321');
}
