/**
 * Conditional GET (RFC 9110 §13): whether the client's copy is still current, from the read's
 * validators. `If-None-Match` wins over `If-Modified-Since` when both are sent; tags compare
 * weakly (a `W/` prefix is ignored), as §13.1.2 asks for GET and HEAD.
 */
export interface Validators {
  etag?: string;
  lastModified?: Date;
}

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

export function notModified(ifNoneMatch: string | undefined, ifModifiedSince: string | undefined, { etag, lastModified }: Validators): boolean {
  if (ifNoneMatch !== undefined) {
    if (!etag) return false;
    if (ifNoneMatch.trim() === '*') return true;
    const current = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => opaque(tag.trim()) === current);
  }
  if (ifModifiedSince !== undefined && lastModified) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}
