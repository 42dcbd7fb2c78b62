/** Who may do what: the editorial roles, agencies of users, and the guard in the Document Service. */
import type { Core } from '@strapi/strapi';
import { registerDocumentGuard } from './document-guard';
import { ensureEditorialRoles } from './roles';
import { judgeAdminRoutes, reportUnjudgedRoutes } from './route-judge';
import { registerPermissionRoutes } from './routes';

export { asAuthorised } from './document-guard';

/** First of all at register: every admin route added after it is judged (route-judge.ts). */
export function registerRouteJudge(strapi: Core.Strapi): void {
  judgeAdminRoutes(strapi);
}

export function registerPermissions(strapi: Core.Strapi): void {
  registerDocumentGuard(strapi);
  registerPermissionRoutes(strapi);
}

export async function startPermissions(strapi: Core.Strapi): Promise<void> {
  await ensureEditorialRoles(strapi);
  reportUnjudgedRoutes(strapi);
}
