/**
 * Least privilege for the public: read (find, findOne) on the section's own types, nothing
 * else. Anything granted to the Public role beyond that by hand is removed, so a mistake in the
 * admin panel cannot open writes or the upload library to the world.
 */
import type { Core } from '@strapi/strapi';
import { ALL_TYPES, uidOf } from '@cchc/content-types';

const READ_ACTIONS = ['find', 'findOne'] as const;

export function publicReadActions(): string[] {
  return ALL_TYPES.flatMap((t) => READ_ACTIONS.map((a) => `${uidOf(t.name)}.${a}`));
}

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  if (!role) throw new Error('The users-permissions Public role is missing');

  const wanted = new Set(publicReadActions());
  const existing = (role.permissions ?? []) as { id: number; action: string }[];
  const permissionQuery = strapi.db.query('plugin::users-permissions.permission');

  for (const permission of existing) {
    if (!wanted.has(permission.action)) {
      await permissionQuery.delete({ where: { id: permission.id } });
      strapi.log.warn(`[setup] removed public permission ${permission.action}`);
    }
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissionQuery.create({ data: { action, role: role.id } });
  }
}
