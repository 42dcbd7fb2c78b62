/** Who may do what: the editorial roles, agencies of users, and the guard in the Document Service. */
import type { Core } from '@strapi/strapi';
import { registerDocumentGuard } from './document-guard';
import { ensureMemberships } from './memberships';
import { ensureEditorialRoles } from './roles';
import { registerPermissionRoutes } from './routes';

export function registerPermissions(strapi: Core.Strapi): void {
  registerDocumentGuard(strapi);
  registerPermissionRoutes(strapi);
}

export async function startPermissions(strapi: Core.Strapi): Promise<void> {
  await ensureMemberships(strapi);
  await ensureEditorialRoles(strapi);
}
