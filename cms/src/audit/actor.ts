/**
 * Who an entry is by, with what makes it readable for years: an admin user's e-mail and name,
 * an API token's name, the system task's reason, looked up once, when the entry is written.
 */
import type { Core } from '@strapi/strapi';
import type { Actor } from '../events';
import type { AuditActor } from './entry';

interface UserRow {
  email?: string | null;
  firstname?: string | null;
  lastname?: string | null;
}

const fullName = (user: UserRow) => [user.firstname, user.lastname].filter(Boolean).join(' ') || null;

/** An admin user as an entry's actor, from what the caller already has or from the database. */
export async function adminActor(strapi: Core.Strapi, id: number, known?: UserRow): Promise<AuditActor> {
  const user =
    known?.email !== undefined
      ? known
      : ((await strapi.db.query('admin::user').findOne({ where: { id }, select: ['email', 'firstname', 'lastname'] })) as UserRow | null);
  return { kind: 'admin', id, email: user?.email ?? null, name: user ? fullName(user) : null };
}

export async function auditActorOf(strapi: Core.Strapi, actor: Actor): Promise<AuditActor> {
  if (actor.kind === 'admin') return adminActor(strapi, actor.id);
  if (actor.kind === 'api-token') {
    const token = (await strapi.db.query('admin::api-token').findOne({ where: { id: actor.id }, select: ['name'] })) as { name?: string } | null;
    return { kind: 'api-token', id: actor.id, email: null, name: token?.name ?? null };
  }
  return { kind: 'system', id: null, email: null, name: actor.reason };
}
