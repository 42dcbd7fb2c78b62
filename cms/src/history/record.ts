/**
 * Every publish keeps a version. This runs as a hook of the event point, inside the publish's
 * own transaction, right after its events are appended (`onRecorded`), rather than as a
 * listener of the events: a listener runs after commit, by which time a second publish of the
 * same document (a millisecond later) may have replaced the published content, and the first
 * version would be recorded with the second's content. In the transaction, the published row
 * is exactly what this publish is about to make live, and the version commits, or rolls back,
 * with it. Each version is keyed by its publish event's id, so recording twice keeps one.
 */
import type { Core } from '@strapi/strapi';
import { typeNamesWith } from '@cchc/content-types';
import type { Actor, DocumentEvent, RecordedHook } from '../events';
import { snapshotOf } from './snapshot';
import { insertVersions, type NewVersion, type VersionAuthor } from './versions';

/** The author's name as it is at publish time, copied so that the history stays readable. */
async function authorOf(strapi: Core.Strapi, actor: Actor): Promise<VersionAuthor> {
  if (actor.kind === 'system') return { kind: 'system', id: null, name: actor.reason };
  if (actor.kind === 'api-token') {
    const token = (await strapi.db.query('admin::api-token').findOne({ where: { id: actor.id }, select: ['name'] })) as { name?: string } | null;
    return { kind: 'api-token', id: actor.id, name: token?.name ?? `#${actor.id}` };
  }
  const user = (await strapi.db
    .query('admin::user')
    .findOne({ where: { id: actor.id }, select: ['firstname', 'lastname', 'username', 'email'] })) as Record<string, string | null> | null;
  const full = [user?.firstname, user?.lastname].filter(Boolean).join(' ');
  return { kind: 'admin', id: actor.id, name: full || user?.username || user?.email || `#${actor.id}` };
}

async function versionOf(strapi: Core.Strapi, event: DocumentEvent): Promise<NewVersion> {
  const content = await snapshotOf(strapi, event.type, event.documentId, event.locale);
  // A publish whose content cannot be read would leave a gap in the history: refuse it instead.
  if (!content) throw new Error(`history: no published ${event.type} ${event.documentId} (${event.locale}) to keep for event ${event.id}`);
  return {
    eventId: event.id,
    type: event.type,
    documentId: event.documentId,
    locale: event.locale,
    author: await authorOf(strapi, event.actor),
    publishedAt: event.at,
    major: event.publish?.major ?? false,
    changeNote: event.publish?.changeNote ?? null,
    content,
  };
}

/** Only the types that declare versions: never one with personal data (versions are kept forever). */
const VERSIONED = typeNamesWith('versioned');

export const versionRecorder: RecordedHook = async (events, trx, strapi) => {
  const versions: NewVersion[] = [];
  for (const event of events) {
    if (event.action === 'publish' && VERSIONED.has(event.type)) versions.push(await versionOf(strapi, event));
  }
  await insertVersions(strapi, trx, versions);
};
