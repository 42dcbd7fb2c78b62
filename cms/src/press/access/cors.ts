/**
 * CORS for the press API. An outlet's pages may call from the origins the administrator listed
 * for it: its token's answers carry `Access-Control-Allow-Origin` for those only, and a request
 * from any other origin is refused (403), so a token copied into another site's page reads
 * nothing there. A preflight carries no token, so it is allowed for an origin of any outlet;
 * the request that follows is then judged by its own token. Public routes allow every origin.
 * Bearer tokens, not cookies: no `Allow-Credentials`.
 */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const PREFLIGHT_METHODS = new Set(['GET', 'HEAD']);
const ALLOWED_HEADERS = 'Authorization, If-None-Match, If-Modified-Since';
const EXPOSED_HEADERS = 'ETag, Last-Modified, Link, Retry-After, WWW-Authenticate';
/** Browsers cap it lower anyway (Chromium: 2 hours). */
const PREFLIGHT_MAX_AGE = '600';

type SetHeader = (name: string, value: string) => void;

export function allowOrigin(set: SetHeader, origin: string): void {
  set('Access-Control-Allow-Origin', origin);
  set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/** The headers of an accepted preflight, or false when it is refused. */
export function answerPreflight(set: SetHeader, origin: string, requestedMethod: string | undefined): boolean {
  if (!requestedMethod || !PREFLIGHT_METHODS.has(requestedMethod.toUpperCase())) return false;
  set('Access-Control-Allow-Origin', origin);
  set('Access-Control-Allow-Methods', 'GET, HEAD');
  set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE);
  return true;
}
