/**
 * The workflow's admin routes: a translation's state, history of comments and the actions this
 * user may take now (the side panel); running a transition; the review queue.
 */
import type { Core, UID } from '@strapi/strapi';
import { LOCALES, typeByName, uidOf } from '@cchc/content-types';
import { readDocumentEvents } from '../events';
import { accessOfRequest, badRequest, forbidden, namesOfAdminUsers, optionalText, registerAdminRoutes, type AdminContext } from '../admin-api';
import { mayRead, mayReview } from '../permissions/access';
import { sitePublicationOf } from '../site-publisher';
import { agencyOfDocument } from '../permissions/document-guard';
import { WORKFLOW_TYPES } from './projection';
import { STATE_LABELS, TRANSITION_NAMES, type TransitionInput } from './states';
import { readRecords } from './store';
import { offersFor, run, situationOf, type Target } from './transitions';

const DOCUMENT_ID = /^[a-z0-9]{8,64}$/;
/** The events a side panel lists: the workflow's steps and the publishes and withdrawals. */
const STEPS = new Set(['submit', 'request-changes', 'approve', 'publish', 'unpublish', 'archive', 'restore', 'schedule']);

/** Accepts our type name or its Strapi uid (`api::article.article`, what the admin panel knows). */
function typeParam(value: string | undefined): string {
  const name = value?.startsWith('api::') ? value.slice(5).split('.')[0] : value;
  if (!name || !WORKFLOW_TYPES.has(name)) return badRequest(`"type" phải là một loại nội dung có quy trình biên tập: ${[...WORKFLOW_TYPES].join(', ')}.`);
  return name;
}

function targetOf(ctx: AdminContext): Target {
  const type = typeParam(ctx.params.type);
  const documentId = ctx.params.documentId;
  if (!documentId || !DOCUMENT_ID.test(documentId)) return badRequest('"documentId" không hợp lệ.');
  const locale = ctx.query.locale ?? 'vi';
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) {
    return badRequest(`"locale" phải là một trong ${LOCALES.join(', ')}.`);
  }
  return { type, documentId, locale };
}

function inputOf(body: unknown): TransitionInput {
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) badRequest('Nội dung yêu cầu phải là một đối tượng JSON.');
  const b = (body ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (!['note', 'major', 'changeNote', 'override'].includes(key)) badRequest(`Không nhận tham số "${key}".`);
  }
  if (b.major !== undefined && typeof b.major !== 'boolean') badRequest('"major" phải là true hoặc false.');
  if (b.override !== undefined && typeof b.override !== 'boolean') badRequest('"override" phải là true hoặc false.');
  const input: TransitionInput = {};
  const note = optionalText(b.note, 'note', 2_000);
  const changeNote = optionalText(b.changeNote, 'changeNote', 500);
  if (note) input.note = note;
  if (changeNote) input.changeNote = changeNote;
  if (typeof b.major === 'boolean') input.major = b.major;
  if (b.override === true) input.override = true;
  return input;
}

async function panel(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const access = await accessOfRequest(strapi, ctx);
  const target = targetOf(ctx);
  const s = await situationOf(strapi, target);
  if (!s || !mayRead(access, s.agency)) return forbidden('Bạn không xem được nội dung này.');
  const events = await readDocumentEvents(strapi, target.type, target.documentId, target.locale);
  const steps = events.filter((e) => STEPS.has(e.action));
  const r = s.record;
  const names = await namesOfAdminUsers(strapi, [r.submittedBy, r.lastEditedBy, r.reviewedBy, ...steps.map((e) => (e.actor.kind === 'admin' ? e.actor.id : null))]);
  const who = (id: number | null) => (id === null ? null : { id, name: names.get(id) ?? `#${id}` });
  ctx.body = {
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    live: s.live,
    submittedBy: who(r.submittedBy),
    submittedAt: r.submittedAt,
    lastEditedBy: who(r.lastEditedBy),
    lastEditedAt: r.lastEditedAt,
    reviewedBy: who(r.reviewedBy),
    reviewedAt: r.reviewedAt,
    offers: offersFor(access, s),
    canOverride: access.administrator,
    // Whether the latest publish or withdrawal has reached the public site (null: no publisher).
    sitePublication: await sitePublicationOf(strapi, events),
    steps: steps.map((e) => ({
      id: e.id,
      action: e.action,
      at: e.at,
      by: e.actor.kind === 'admin' ? who(e.actor.id) : { id: null, name: e.actor.kind === 'system' ? `Hệ thống (${e.actor.reason})` : 'API' },
      note: e.note ?? null,
      override: e.override === true,
      major: e.publish?.major ?? null,
      changeNote: e.publish?.changeNote ?? null,
    })),
  };
}

async function transition(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const access = await accessOfRequest(strapi, ctx);
  const target = targetOf(ctx);
  const name = ctx.params.transition;
  if (!(TRANSITION_NAMES as readonly string[]).includes(name)) badRequest(`Thao tác phải là một trong ${TRANSITION_NAMES.join(', ')}.`);
  const agency = await agencyOfDocument(strapi, uidOf(target.type), target.documentId);
  if (!mayRead(access, agency)) forbidden('Bạn không xem được nội dung này.');
  await run(strapi, access, name, target, inputOf(ctx.request.body));
  await panel(strapi, ctx);
}

async function queue(strapi: Core.Strapi, ctx: AdminContext): Promise<void> {
  const access = await accessOfRequest(strapi, ctx);
  if (!mayReview(access)) forbidden('Hàng chờ duyệt dành cho biên tập viên.');
  const records = await readRecords(strapi, { states: ['submitted', 'approved'] });
  const names = await namesOfAdminUsers(strapi, records.map((r) => r.submittedBy));
  const items = [];
  for (const r of records) {
    const title = typeByName(r.type).titleField;
    const row = (await strapi.db.query(uidOf(r.type) as UID.Schema).findOne({
      where: { documentId: r.documentId, locale: r.locale, publishedAt: null },
      select: [title],
      populate: { agency: { select: ['name', 'documentId'] } },
    })) as (Record<string, unknown> & { agency?: { name: string; documentId: string } | null }) | null;
    if (!row) continue;
    items.push({
      type: r.type,
      uid: uidOf(r.type),
      documentId: r.documentId,
      locale: r.locale,
      title: String(row[title] ?? ''),
      agency: row.agency ? { documentId: row.agency.documentId, name: row.agency.name } : null,
      state: r.state,
      stateLabel: STATE_LABELS[r.state],
      submittedBy: r.submittedBy === null ? null : { id: r.submittedBy, name: names.get(r.submittedBy) ?? `#${r.submittedBy}` },
      since: r.submittedAt ?? r.updatedAt,
    });
  }
  ctx.body = { items };
}

export function registerWorkflowRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, '/cchc-workflow', [
    { method: 'GET', path: '/queue', handler: (ctx) => queue(strapi, ctx) },
    { method: 'GET', path: '/documents/:type/:documentId', handler: (ctx) => panel(strapi, ctx) },
    { method: 'POST', path: '/documents/:type/:documentId/transitions/:transition', handler: (ctx) => transition(strapi, ctx) },
  ]);
}
