/**
 * Records something done in a request (or at start-up) that is not a document event: a login,
 * a user, role or token change. The actor is the request's user or token (or the system task);
 * the address is the request's. Written at once, outside any transaction of the caller's.
 */
import type { Core } from '@strapi/strapi';
import { currentActor } from '../events/actor';
import { auditActorOf } from './actor';
import type { AuditActor, NewAuditEntry } from './entry';
import { appendEntry } from './store';
import { requestIp } from './request';

type Happening = Pick<NewAuditEntry, 'action' | 'subject' | 'details'> & { actor?: AuditActor };

export async function recordNow(strapi: Core.Strapi, happening: Happening): Promise<void> {
  const actor = happening.actor ?? (await auditActorOf(strapi, currentActor(strapi)));
  await appendEntry(strapi, { ...happening, actor, at: new Date(), ip: requestIp(strapi) });
}

/**
 * For hooks inside Strapi's own code paths: an audit entry that cannot be written is logged
 * loudly, and the administrator's action (already done) is not turned into an error.
 */
export async function recordSafely(strapi: Core.Strapi, happening: Happening): Promise<void> {
  try {
    await recordNow(strapi, happening);
  } catch (error) {
    strapi.log.error(`[audit] could not record ${happening.action}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
