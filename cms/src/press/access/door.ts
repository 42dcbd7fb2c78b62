/**
 * The press API's front door: a global Koa middleware placed first (config/middlewares.ts),
 * which answers every request under /api/press itself, so that a feed page or an item read
 * costs a map lookup, a token bucket and the read's kept answer, not Strapi's whole chain
 * (security headers, CORS, body parsing, session, router, policies). It does, in order:
 *   1. the route, from the allow-list in ../routes.ts (else 404);
 *   2. the method: OPTIONS is a preflight (no token), GET and HEAD are reads, anything else 405;
 *   3. the token, `Authorization: Bearer cchc_press_…` (else 401 with WWW-Authenticate);
 *   4. the outlet's rate limit (429 with Retry-After), the origin (403 outside the outlet's
 *      list), the query string's length (400);
 *   5. the read, then 304 when the client's validators still hold;
 * and logs the request with the outlet's name and counts it (usage.ts).
 * A press token is not a Strapi API token: Strapi's own routes know nothing of it.
 */
import type { Core } from '@strapi/strapi';
import { PRESS_API_PATH } from '@cchc/content-types';
import { answerRateLimited } from '../../shared/error-envelope';
import { PUBLIC_CALLER, pressError, type PressAnswer, type PressOutlet } from '../answer';
import type { PressRoute } from '../routes';
import { notModified } from './conditional';
import { ALLOWED_METHODS, allowOrigin, answerPreflight } from './cors';
import type { OutletLimits } from './limits';
import type { LiveOutlet, OutletRegistry } from './registry';
import { logRequest } from './request-log';
import type { PressRouter } from './router';
import type { AccessSettings } from './settings';
import { bearerToken } from './token';
import type { UsageCounter } from './usage';

type Context = Parameters<Core.MiddlewareHandler>[0];

export interface Door {
  router: PressRouter;
  registry: OutletRegistry;
  limits: OutletLimits;
  /** Public routes, per address (the public API's limit, config/rate-limit.ts). */
  publicLimit: (ip: string) => number;
  usage: UsageCounter;
  settings: AccessSettings;
  /** PUBLIC_CMS_URL, when set: links never follow a request's Host header then. */
  publicUrl: string;
}

const PREFIX = PRESS_API_PATH.toLowerCase();
const JSON_TYPE = 'application/json; charset=utf-8';
const PRIVATE_CACHE = 'private, no-cache';

/** Whether the path is the press API's (any case: Strapi's router would match it case-insensitively). */
function isPressPath(path: string): boolean {
  if (path.length < PREFIX.length || path.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return false;
  return path.length === PREFIX.length || path[PREFIX.length] === '/';
}

/** The headers every press answer carries (helmet's, which the door skips, reduced to what JSON needs). */
function baseHeaders(ctx: Context): void {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  ctx.set('Referrer-Policy', 'no-referrer');
}

function send(ctx: Context, answer: PressAnswer): void {
  ctx.status = answer.status;
  ctx.type = answer.contentType ?? JSON_TYPE;
  ctx.body = answer.body;
}

export function pressDoor(strapi: Core.Strapi, door: Door): Core.MiddlewareHandler {
  const refuse = (ctx: Context, status: number, name: string, message: string, details?: Record<string, unknown>) => send(ctx, pressError(status, name, message, details));

  const unauthorized = (ctx: Context, presented: boolean) => {
    // RFC 6750 §3: no error code when no credentials were sent.
    ctx.set('WWW-Authenticate', presented ? 'Bearer realm="press", error="invalid_token"' : 'Bearer realm="press"');
    refuse(ctx, 401, 'UnauthorizedError', presented ? 'This token is not valid (revoked, replaced or mistyped)' : 'A press token is required: Authorization: Bearer cchc_press_…');
  };

  async function serve(ctx: Context, route: PressRoute, params: Record<string, string>): Promise<LiveOutlet | undefined> {
    const origin = ctx.request.headers.origin;
    let outlet: LiveOutlet | undefined;
    let caller: PressOutlet = PUBLIC_CALLER;
    if (route.public) {
      if (origin) allowOrigin((n, v) => ctx.set(n, v), '*');
      const wait = door.publicLimit(ctx.ip);
      if (wait > 0) return void answerRateLimited(ctx, wait, refuse);
    } else {
      ctx.set('Vary', 'Authorization, Origin');
      const header = ctx.request.headers.authorization;
      const token = bearerToken(header);
      outlet = token === undefined ? undefined : await door.registry.find(token);
      if (!outlet) {
        // Let an outlet's page read why it was refused.
        if (origin && door.registry.allowsOrigin(origin)) allowOrigin((n, v) => ctx.set(n, v), origin);
        return void unauthorized(ctx, header !== undefined);
      }
      if (origin !== undefined && !outlet.origins.has(origin)) {
        refuse(ctx, 403, 'ForbiddenError', `Origin ${origin} is not allowed for this outlet`);
        return outlet;
      }
      if (origin !== undefined) allowOrigin((n, v) => ctx.set(n, v), origin);
      const wait = door.limits.take(outlet);
      if (wait > 0) {
        answerRateLimited(ctx, wait, refuse);
        return outlet;
      }
      caller = { id: outlet.id, name: outlet.name, tokenPrefix: outlet.tokenPrefix };
    }
    if (ctx.querystring.length > door.settings.maxQueryLength) {
      refuse(ctx, 400, 'ValidationError', `The query string is longer than ${door.settings.maxQueryLength} characters`, { parameter: 'query' });
      return outlet;
    }

    const answer = await route.read(strapi, {
      params,
      query: new URLSearchParams(ctx.querystring),
      outlet: caller,
      apiUrl: door.publicUrl || ctx.origin,
    });
    ctx.set('Cache-Control', route.public ? 'no-cache' : PRIVATE_CACHE);
    if (answer.etag) ctx.set('ETag', answer.etag);
    if (answer.lastModified) ctx.set('Last-Modified', answer.lastModified.toUTCString());
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    const headers = ctx.request.headers;
    if (answer.status === 200 && notModified(headers['if-none-match'], headers['if-modified-since'], answer)) {
      ctx.status = 304;
      return outlet;
    }
    send(ctx, answer);
    return outlet;
  }

  return async (ctx, next) => {
    if (!isPressPath(ctx.path)) return next();
    const started = performance.now();
    baseHeaders(ctx);
    const match = door.router.match(ctx.path);
    let outlet: LiveOutlet | undefined;
    try {
      if (!match) refuse(ctx, 404, 'NotFoundError', 'Not Found');
      else if (ctx.method === 'OPTIONS') preflight(ctx, match.route);
      else if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
        ctx.set('Allow', ALLOWED_METHODS);
        refuse(ctx, 405, 'MethodNotAllowedError', `${ctx.method} is not allowed: the press API only reads`);
      } else outlet = await serve(ctx, match.route, match.params);
    } catch (error) {
      strapi.log.error(`[press] ${ctx.method} ${ctx.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      ctx.remove('ETag');
      ctx.remove('Last-Modified');
      refuse(ctx, 500, 'InternalServerError', 'Internal Server Error');
    }
    const bytes = ctx.method === 'HEAD' || ctx.status === 304 ? 0 : (ctx.response.length ?? 0);
    if (outlet) door.usage.count(outlet.id, bytes, ctx.status < 400);
    logRequest(strapi, { method: ctx.method, url: ctx.url, status: ctx.status, bytes, ms: performance.now() - started, outlet });
  };

  function preflight(ctx: Context, route: PressRoute): void {
    ctx.set('Allow', ALLOWED_METHODS);
    const origin = ctx.request.headers.origin;
    if (origin === undefined) {
      ctx.status = 204;
      return;
    }
    ctx.set('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    const known = route.public || door.registry.allowsOrigin(origin);
    const set = (name: string, value: string) => ctx.set(name, value);
    if (known && answerPreflight(set, origin, ctx.request.headers['access-control-request-method'] as string | undefined)) ctx.status = 204;
    else refuse(ctx, 403, 'ForbiddenError', `Origin ${origin} may not call the press API`);
  }
}
