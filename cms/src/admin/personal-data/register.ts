/**
 * The erasure screen's place in the admin: a link in Settings, shown only to who holds
 * `api::personal-data.erase` (only the Super Admin: src/personal-data/permission.ts). The page
 * itself asks for the same permission before it shows or loads anything (a route is reachable
 * by its address whatever the menu shows), and the routes ask for the Super Admin role.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { ERASURE_ACTION } from '../../personal-data/permission';
import { message } from './messages';

export const ERASURE_PATH = 'cchc-personal-data';

export const ERASURE_PERMISSIONS = [{ action: ERASURE_ACTION, subject: null }];

export function registerErasurePage(app: StrapiApp): void {
  app.addSettingsLink('global', {
    id: 'cchc-personal-data',
    to: ERASURE_PATH,
    intlLabel: message('nav.label'),
    permissions: ERASURE_PERMISSIONS,
    Component: () => import('./ErasurePage'),
  });
}
