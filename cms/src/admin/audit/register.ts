/**
 * The audit page's place in the admin: a link in the Settings menu, in a section of its own,
 * shown only to who holds `api::audit-log.read` (only the Super Admin, see
 * src/audit/permission.ts; the server checks the role itself).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { message } from './messages';

export const AUDIT_PATH = 'cchc-audit';

export function registerAuditPage(app: StrapiApp): void {
  app.addSettingsLink(
    { id: 'cchc-oversight', intlLabel: message('section.label') },
    {
      id: 'cchc-audit-log',
      to: AUDIT_PATH,
      intlLabel: message('nav.label'),
      permissions: [{ action: 'api::audit-log.read', subject: null }],
      Component: () => import('./AuditPage'),
    },
  );
}
