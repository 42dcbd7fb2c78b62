/**
 * What the request being served tells an entry written during it: the caller's address and,
 * for a login, the e-mail tried (never the password). Strapi keeps the koa context in
 * `strapi.requestContext`; outside a request both are absent.
 */
import type { Core } from '@strapi/strapi';

interface RequestLike {
  request?: { ip?: string; body?: unknown };
}

function current(strapi: Core.Strapi): RequestLike | undefined {
  return strapi.requestContext.get() as RequestLike | undefined;
}

/**
 * The reader's address: koa's `ctx.request.ip`, the socket's, or behind a proxy (IS_PROXIED) the
 * X-Forwarded-For entry our own proxy appended, PROXY_HOPS from the right (src/proxy/trust.ts).
 */
export function requestIp(strapi: Core.Strapi): string | null {
  return current(strapi)?.request?.ip || null;
}

/** The `email` of the request body, if it is a string; nothing else of the body is read. */
export function requestEmail(strapi: Core.Strapi): string | null {
  const body = current(strapi)?.request?.body;
  const email = body && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' && email.trim() ? email.trim().slice(0, 255) : null;
}
