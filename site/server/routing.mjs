// @ts-check
/**
 * Reads a snapshot's `meta/routing.json` (written by the build and the publisher,
 * src/lib/routing.ts): `redirects` (old path → new path, answered 301) and `gone` (paths
 * answered 410). Anything else throws, naming the problem, so the server keeps the last good
 * routing instead of answering from a broken one.
 */

/** A path of this site: one leading slash (`//host` would send readers to another site). */
const isSitePath = (/** @type {unknown} */ value) => typeof value === 'string' && value.startsWith('/') && !/^\/[/\\]/.test(value);

/**
 * @param {string} text
 * @returns {{ redirects: Record<string, string>, gone: string[] }}
 */
export function parseRouting(text) {
  const data = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('routing.json must hold an object');
  const redirects = data.redirects ?? {};
  const gone = data.gone ?? [];
  if (typeof redirects !== 'object' || redirects === null || Array.isArray(redirects)) throw new Error('"redirects" must be an object of paths');
  for (const [from, to] of Object.entries(redirects)) {
    if (!isSitePath(from) || !isSitePath(to)) throw new Error(`the redirect ${JSON.stringify(from)} → ${JSON.stringify(to)} is not from and to a path of this site`);
  }
  if (!Array.isArray(gone) || !gone.every(isSitePath)) throw new Error('"gone" must be a list of paths of this site');
  return { redirects, gone };
}
