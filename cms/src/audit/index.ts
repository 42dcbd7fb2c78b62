/**
 * The permanent audit log (see README.md): who did what to which document,
 * user, role or token, and when; append-only in the database, kept for years.
 *  - document events: `document-recorder.ts`, a hook of the event point in each write's transaction;
 *  - logins and user and role changes: Strapi's eventHub (`admin-events.ts`);
 *  - permissions and API tokens, which emit nothing: wrapped admin services (`service-hooks.ts`);
 *  - the administrator's search and CSV export: `routes.ts`, the page in `src/admin/audit/`.
 */
import type { Core } from '@strapi/strapi';
import { subscribeAdminEvents } from './admin-events';
import { registerAuditPermission } from './permission';
import { registerAuditRoutes } from './routes';
import { hookAdminServices } from './service-hooks';

export async function registerAuditLog(strapi: Core.Strapi): Promise<void> {
  subscribeAdminEvents(strapi);
  hookAdminServices(strapi);
  registerAuditRoutes(strapi);
  await registerAuditPermission(strapi);
}
