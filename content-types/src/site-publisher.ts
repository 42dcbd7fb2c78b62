/**
 * The protocol between the CMS and the site publisher (the process in site/ that re-renders the
 * pages a change touches and swaps the live site), stated once for both sides:
 * - the CMS POSTs each change of what is live to `<SITE_PUBLISHER_URL>/changes`
 *   (`SiteChanges`: events of the CMS's document event log, up to 100 a message, in order);
 * - the publisher POSTs what became of it to the CMS's `/api/site-publisher/reports`
 *   (`PublicationReports`: live, or failed with a message).
 * Both are signed in the Standard Webhooks format (headers webhook-id, webhook-timestamp,
 * webhook-signature; a shared `whsec_…` secret; a timestamp older than five minutes is refused),
 * with the `standardwebhooks` package on both ends. A message of one change has the webhook-id
 * `event-<id>`, one of several `events-<first>-<last>`; the publisher is idempotent on the
 * events' ids, which tell a redelivery from a new change.
 *
 * And the draft preview: the CMS gives the editor a link to the site's preview route with a
 * short-lived token (HMAC-SHA256, bound to one document, locale and expiry); the site's route
 * hands the token back to the CMS's `/api/site-previews/document`, which checks it and answers
 * the draft.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { z } from 'zod';
import { LOCALES } from './locales';
import { contentTypesWith, typesWith } from './model';

/** On the publisher: where the CMS sends changes. */
export const PUBLISHER_CHANGES_PATH = '/changes';
/** On the CMS: where the publisher sends its reports. */
export const PUBLISHER_REPORTS_PATH = '/api/site-publisher/reports';
/** The largest body of reports the CMS takes (a hundred reports of a line or two fit easily). */
export const PUBLISHER_REPORTS_MAX_BYTES = 64 * 1024;
/**
 * On the CMS: where the publisher asks which lists changed after an event id (signed like a
 * report): so that a full load re-reads what moved while it read (site/publisher/full-load.ts).
 */
export const PUBLISHER_CHANGES_SINCE_PATH = '/api/site-publisher/changes-since';
/** On the CMS: the draft read of the site's preview route (`?token=…`, nothing else). */
export const PREVIEW_DOCUMENT_PATH = '/api/site-previews/document';
/** On the site: the on-demand preview route. */
export const PREVIEW_PATH = '/_preview/';

/** The document events that change what is live; the only ones the publisher is told of. */
export const LIVE_ACTIONS = ['publish', 'unpublish', 'delete'] as const;
export type LiveAction = (typeof LIVE_ACTIONS)[number];

export function isLiveAction(action: string): action is LiveAction {
  return (LIVE_ACTIONS as readonly string[]).includes(action);
}

/**
 * What a notification's `action` may be: a live action, or `update` for a live version that the
 * CMS rewrote on another document's behalf (links restored when their target was published).
 */
export const NOTIFIED_ACTIONS = [...LIVE_ACTIONS, 'update'] as const;

// The publisher hears only of the types the site renders.
const typeNames = typesWith('site').map((t) => t.name) as [string, ...string[]];
const contentTypeNames = contentTypesWith('site').map((t) => t.name) as [string, ...string[]];
const isoTime = z.string().datetime({ offset: true });

/** One change: the CMS's event id (increasing in commit order), what happened, to which translation, when. */
export const siteChangeSchema = z.object({
  id: z.number().int().positive(),
  action: z.enum(NOTIFIED_ACTIONS),
  /** Any of our types: content types and taxonomies (terms have pages too). */
  type: z.enum(typeNames),
  documentId: z.string().min(1).max(64),
  locale: z.enum(LOCALES),
  at: isoTime,
});

export const siteChangesSchema = z.object({ events: z.array(siteChangeSchema).min(1).max(100) });

export type SiteChange = z.infer<typeof siteChangeSchema>;
export type SiteChanges = z.infer<typeof siteChangesSchema>;

export const PUBLICATION_STATES = ['live', 'failed'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** What became of one change: `live` once the swapped site shows it, `failed` with why. */
export const publicationReportSchema = z.object({
  eventId: z.number().int().positive(),
  state: z.enum(PUBLICATION_STATES),
  /** When the publisher reached that state. A later `at` replaces an earlier report. */
  at: isoTime,
  message: z.string().max(2_000).optional(),
  /** Pages re-rendered (or removed) for it. */
  pages: z.number().int().nonnegative().optional(),
});

export const publicationReportsSchema = z.object({ reports: z.array(publicationReportSchema).min(1).max(100) });

export type PublicationReport = z.infer<typeof publicationReportSchema>;
export type PublicationReports = z.infer<typeof publicationReportsSchema>;

/** The publisher's question: the lists changed after `after` (none given: only the position). */
export const changesSinceRequestSchema = z.object({ after: z.number().int().nonnegative().optional() }).strict();
export type ChangesSinceRequest = z.infer<typeof changesSinceRequestSchema>;

/**
 * The answer: the last event id now, and each type and locale with a change of what is live
 * after `after` and up to `position`.
 */
export const changesSinceSchema = z.object({
  position: z.number().int().nonnegative(),
  lists: z.array(z.object({ type: z.enum(typeNames), locale: z.enum(LOCALES) })),
});
export type ChangesSince = z.infer<typeof changesSinceSchema>;

/** A zod failure as one line naming where it is (`reports.0.state: …`). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}

// --- Standard Webhooks signing ---------------------------------------------------------------

export const WEBHOOK_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
export type WebhookHeaders = Record<(typeof WEBHOOK_HEADERS)[number], string>;

/** A secret must be `whsec_` and base64 (what `standardwebhooks` accepts); throws naming what is wrong. */
export function checkWebhookSecret(secret: string, name = 'the secret'): void {
  if (!/^whsec_[A-Za-z0-9+/]{24,}={0,2}$/.test(secret)) {
    throw new Error(`${name} must be "whsec_" followed by base64 of at least 18 bytes (e.g. whsec_$(openssl rand -base64 32))`);
  }
  new Webhook(secret); // decodes it, or throws
}

/** The headers that sign `payload` (the exact body sent) as message `msgId` at `now`. */
export function signWebhook(secret: string, msgId: string, payload: string, now: Date = new Date()): WebhookHeaders {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(msgId, now, payload),
  };
}

export type WebhookCheck = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Checks `payload` (the raw body, exactly as received) against the Standard Webhooks headers:
 * missing headers, a timestamp more than five minutes off, or no matching signature is a reason.
 */
export function verifyWebhook(secret: string, payload: string, headers: Record<string, string | string[] | undefined>): WebhookCheck {
  const picked: Record<string, string> = {};
  for (const name of WEBHOOK_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  try {
    new Webhook(secret).verify(payload, picked, { jsonParse: false });
    return { ok: true, id: picked['webhook-id']! };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    throw error;
  }
}

// --- Preview tokens ---------------------------------------------------------------------------

export const PREVIEW_TOKEN_LIFETIME_MS = 15 * 60_000;

const previewClaimsSchema = z
  .object({
    v: z.literal(1),
    type: z.enum(contentTypeNames),
    documentId: z.string().min(1).max(64),
    locale: z.enum(LOCALES),
    /** Milliseconds since the epoch. */
    exp: z.number().int().positive(),
  })
  .strict();

export interface PreviewClaims {
  type: string;
  documentId: string;
  locale: (typeof LOCALES)[number];
  expiresAt: Date;
}

export type PreviewTokenCheck =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function mac(payload: string, secret: string): Buffer {
  if (!secret) throw new Error('a preview token needs a secret');
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * `<base64url JSON claims>.<base64url HMAC-SHA256 of the first part>`: the site cannot read
 * anything but the one draft, locale and time the CMS signed for. Lives 15 minutes by default.
 */
export function signPreviewToken(
  claims: { type: string; documentId: string; locale: string; expiresAt?: Date },
  secret: string,
  now: Date = new Date(),
): string {
  const body = previewClaimsSchema.parse({
    v: 1,
    type: claims.type,
    documentId: claims.documentId,
    locale: claims.locale,
    exp: (claims.expiresAt ?? new Date(now.getTime() + PREVIEW_TOKEN_LIFETIME_MS)).getTime(),
  });
  const payload = base64url(JSON.stringify(body));
  return `${payload}.${base64url(mac(payload, secret))}`;
}

export function verifyPreviewToken(token: string | undefined | null, secret: string, now: Date = new Date()): PreviewTokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  // The signature is checked before the payload is even parsed.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = previewClaimsSchema.safeParse(parsed);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  if (claims.data.exp <= now.getTime()) return { ok: false, reason: 'expired' };
  const { type, documentId, locale, exp } = claims.data;
  return { ok: true, claims: { type, documentId, locale, expiresAt: new Date(exp) } };
}

/** The site's preview URL for a token: `<site>/_preview/?token=…` (the site may live under a path). */
export function previewUrlOf(siteUrl: string, token: string): string {
  const url = new URL(PREVIEW_PATH.slice(1), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}
