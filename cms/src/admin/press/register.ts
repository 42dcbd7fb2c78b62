/**
 * The press outlets page's place in the admin (with its sub-pages, PressPages.tsx): a link in
 * Settings, shown to who holds
 * `api::press-outlets.manage` (only the Super Admin: src/press/access/permission.ts; the
 * routes check the role themselves).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { message } from './messages';

export const PRESS_OUTLETS_PATH = 'cchc-press-outlets';

export function registerPressOutletsPage(app: StrapiApp): void {
  app.addSettingsLink('global', {
    id: 'cchc-press-outlets',
    to: PRESS_OUTLETS_PATH,
    intlLabel: message('nav.label'),
    permissions: [{ action: 'api::press-outlets.manage', subject: null }],
    Component: () => import('./PressPages'),
  });
}
