/**
 * Least privilege for the public: read (find, findOne) on the section's own types, nothing
 * else. Anything granted to the Public role beyond that by hand is removed, so a mistake in the
 * admin panel cannot open writes or the upload library to the world.
 */
import type { Core } from '@strapi/strapi';
import { publicReadActions } from '../public-api/actions';

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  if (!role) throw new Error('The users-permissions Public role is missing');

  const wanted = new Set(publicReadActions());
  const existing = (role.permissions ?? []) as { id: number; action: string }[];
  const permissionQuery = strapi.db.query('plugin::users-permissions.permission');

  const extra = existing.filter((p) => !wanted.has(p.action));
  for (const permission of extra) await permissionQuery.delete({ where: { id: permission.id } });
  if (extra.length) {
    // On a new database these are users-permissions' sign-up and login routes, which we don't use.
    strapi.log.info(`[setup] Public role limited to reading: removed ${extra.map((p) => p.action).join(', ')}`);
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissionQuery.create({ data: { action, role: role.id } });
  }
}
