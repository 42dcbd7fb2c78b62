/**
 * The services of the workflow's transitions: one call per transition, which says in
 * Vietnamese why it cannot run (`check`) before anyone tries, and runs it (`run`) with the same
 * check repeated inside its transaction, on the locked record, so that nothing that changed in
 * between slips through. A transition records one event; the projection moves the record.
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { recordWrite, remarked, type Transaction } from '../events';
import type { Access } from '../permissions/access';
import { Refusal } from '../permissions/refusal';
import { agencyOfDocument, asWorkflowStep } from '../permissions/document-guard';
import { WORKFLOW_TYPES } from './projection';
import { recordBefore, refusalOf, TRANSITIONS, transitionNamed, type Situation, type Transition, type TransitionInput } from './states';
import { readRecord } from './store';

export interface Target {
  type: string;
  documentId: string;
  locale: string;
}

/** A transition that cannot run now, with the reason in Vietnamese. */
export class WorkflowRefusal extends Refusal {}

async function rowsOf(strapi: Core.Strapi, target: Target) {
  return (await strapi.db
    .query(uidOf(target.type) as UID.Schema)
    .findMany({ where: { documentId: target.documentId, locale: target.locale }, select: ['id', 'publishedAt'] })) as {
    publishedAt: string | null;
  }[];
}

/**
 * Where the translation stands; null when it does not exist. Given the transaction a
 * transition runs in, its record stays locked until that commits.
 */
export async function situationOf(strapi: Core.Strapi, target: Target, trx?: Transaction): Promise<Situation | null> {
  if (!WORKFLOW_TYPES.has(target.type)) return null;
  const rows = await rowsOf(strapi, target);
  if (!rows.length) return null;
  const live = rows.some((r) => r.publishedAt);
  const record = (await readRecord(strapi, target, trx, true)) ?? recordBefore(target.type, target.documentId, target.locale, live);
  return { ...target, agency: await agencyOfDocument(strapi, uidOf(target.type), target.documentId), record, live };
}

export interface Offer {
  name: Transition['name'];
  label: string;
  /** Null when this user may take it now (given what it needs); else why not. */
  refusal: string | null;
  /** Refused only by the four-eyes rule, which this user (an administrator) may set aside. */
  overridable: boolean;
}

/**
 * Every transition with whether this user may take it now: the side panel's buttons. What a
 * transition needs (a note, major or minor) is asked by the panel, so it is taken as given.
 */
export function offersFor(access: Access, s: Situation): Offer[] {
  const given = { note: '…', major: false };
  return TRANSITIONS.map((t) => {
    const refusal = refusalOf(t, access, s, given);
    const overridable = refusal !== null && refusalOf(t, access, s, { ...given, override: true }) === null;
    return { name: t.name, label: t.label, refusal, overridable };
  });
}

export async function check(strapi: Core.Strapi, access: Access, name: string, target: Target, input: TransitionInput = {}): Promise<string | null> {
  const transition = transitionNamed(name);
  if (!transition) return `Không có thao tác "${name}".`;
  const s = await situationOf(strapi, target);
  if (!s) return 'Không tìm thấy nội dung này.';
  return refusalOf(transition, access, s, input);
}

/** Runs a transition for `access` (the request's user) or throws a WorkflowRefusal saying why not. */
export async function run(strapi: Core.Strapi, access: Access, name: string, target: Target, input: TransitionInput = {}): Promise<void> {
  const transition = transitionNamed(name);
  if (!transition) throw new WorkflowRefusal(`Không có thao tác "${name}".`);
  await strapi.db.transaction(async ({ trx }: { trx: Transaction }) => {
    const s = await situationOf(strapi, target, trx);
    if (!s) throw new WorkflowRefusal('Không tìm thấy nội dung này.');
    const refusal = refusalOf(transition, access, s, input);
    if (refusal) throw new WorkflowRefusal(refusal);
    const remark = { note: input.note?.trim() || undefined, override: input.override === true || undefined };
    const docs = strapi.documents(uidOf(target.type) as UID.ContentType);
    const where = { documentId: target.documentId, locale: target.locale };
    switch (transition.name) {
      case 'publish': {
        const note = s.live ? { major: input.major === true, changeNote: input.major ? input.changeNote?.trim() : undefined } : { major: true };
        await asWorkflowStep(() => remarked(remark, () => docs.publish({ ...where, ...note } as never)));
        return;
      }
      case 'unpublish':
        await asWorkflowStep(() => remarked(remark, () => docs.unpublish(where as never)));
        return;
      case 'archive':
        // Off the site first (if it is live), quietly: an archive gives readers no reason.
        if (s.live) await asWorkflowStep(() => docs.unpublish(where as never));
        await recordWrite(strapi, { action: 'archive', type: target.type, ...where, ...remark });
        return;
      default:
        await recordWrite(strapi, { action: transition.records, type: target.type, ...where, ...remark });
    }
  });
}
