/**
 * `POST /api/site-publisher/reports`: what the site publisher made of the changes it was sent.
 * A Content API route without Strapi's auth (the publisher has no Strapi user or token): the
 * Standard Webhooks signature by SITE_PUBLISHER_SECRET is its authentication, checked on the
 * raw body exactly as received (`strapi::body` keeps it; `global::small-bodies` bounds it before
 * it is read: config/middlewares.ts). It reads no
 * document, so the public allow-list and the published-only lock have nothing to do here.
 */
import type { Core } from '@strapi/strapi';
import { describeIssues, LIVE_ACTIONS, PUBLISHER_REPORTS_MAX_BYTES, publicationReportsSchema, verifyWebhook } from '@cchc/content-types';
import { answerError } from '../shared/error-envelope';
import { onTable } from '../database/own-tables';
import { EVENTS_TABLE } from '../events/log';
import { settingsOf } from './settings';
import { storeReports } from './table';

/** Where koa-body keeps the raw body when `includeUnparsed` is on. */
const UNPARSED = Symbol.for('unparsedBody');

export interface RouteContext {
  query: Record<string, unknown>;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  state: { auth?: unknown };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/**
 * The JSON body of a message signed by the publisher (SITE_PUBLISHER_SECRET), checked on the raw
 * bytes; undefined when refused (the answer is set).
 */
export function signedBody(strapi: Core.Strapi, ctx: RouteContext): unknown {
  const { secret } = settingsOf(strapi);
  if (!secret) return answerError(ctx, 503, 'ServiceUnavailableError', 'No site publisher is configured here (SITE_PUBLISHER_SECRET)');
  if (Object.keys(ctx.query).length) return answerError(ctx, 400, 'ValidationError', `Unknown parameter "${Object.keys(ctx.query)[0]}"`);
  const raw = (ctx.request.body as Record<symbol, unknown> | undefined)?.[UNPARSED];
  if (typeof raw !== 'string') return answerError(ctx, 400, 'ValidationError', 'The body must be JSON (Content-Type: application/json)');
  if (Buffer.byteLength(raw) > PUBLISHER_REPORTS_MAX_BYTES) return answerError(ctx, 413, 'PayloadTooLargeError', `The body is larger than ${PUBLISHER_REPORTS_MAX_BYTES} bytes`);

  const signed = verifyWebhook(secret, raw, ctx.request.headers);
  if (!signed.ok) return answerError(ctx, 401, 'UnauthorizedError', `Signature refused: ${signed.reason}`);
  try {
    return JSON.parse(raw);
  } catch {
    return answerError(ctx, 400, 'ValidationError', 'The body is not JSON');
  }
}

export async function receiveReports(strapi: Core.Strapi, ctx: RouteContext): Promise<void> {
  const json = signedBody(strapi, ctx);
  if (json === undefined) return;
  const parsed = publicationReportsSchema.safeParse(json);
  if (!parsed.success) return answerError(ctx, 400, 'ValidationError', describeIssues(parsed.error));
  const { reports } = parsed.data;

  // A report is of a change this CMS sent: an event that changed what is live.
  const ids = [...new Set(reports.map((r) => r.eventId))];
  const known = await onTable(strapi, EVENTS_TABLE, (q) => q.whereIn('id', ids).whereIn('action', [...LIVE_ACTIONS]).select('id') as PromiseLike<{ id: number | string }[]>);
  const knownIds = new Set(known.map((row) => Number(row.id)));
  const unknown = reports.findIndex((r) => !knownIds.has(r.eventId));
  if (unknown >= 0) {
    return answerError(ctx, 400, 'ValidationError', `reports.${unknown}.eventId: ${reports[unknown]!.eventId} is not a change this CMS sent`);
  }

  await storeReports(strapi, reports);
  ctx.status = 200;
  ctx.body = { data: { stored: reports.length } };
}
