import type { StrapiApp } from '@strapi/strapi/admin';
import { registerAuditPage } from './audit/register';
import { defaultToVietnamese } from './default-language';
import { registerPressOutletsPage } from './press/register';
import { registerHistory } from './history';
import { registerErasurePage } from './personal-data/register';
import { registerScheduling } from './scheduling';
import { en, vi } from './translations';
import { ADMIN_LOCALES } from './translations/define';
import { bootstrapWorkflowAdmin, registerWorkflowAdmin } from './workflow/register';

const CTB_PATH = 'plugins/content-type-builder';

/**
 * In production the Content-Type Builder can only show the model (its server part refuses every
 * change while autoReload is off), and the model lives in content-types/ anyway. Strapi keeps it
 * in every build and cannot disable it (an internal plugin), so the production build
 * (`strapi build` runs with NODE_ENV=production; `strapi develop` does not) drops its menu link
 * and its page.
 */
function withoutContentTypeBuilder(app: StrapiApp): void {
  if (process.env.NODE_ENV !== 'production') return;
  const { menu, routes } = app.router;
  const link = menu.findIndex((item) => item.to === CTB_PATH);
  if (link >= 0) menu.splice(link, 1);
  const route = routes.findIndex((item) => item.path === `${CTB_PATH}/*`);
  if (route >= 0) routes.splice(route, 1);
}

export default {
  config: {
    // Editors work in Vietnamese; English stays selectable in each user's profile.
    locales: [...ADMIN_LOCALES],
    // Strapi's own `vi` is incomplete: ours fills it in, with our own screens' strings (see ./translations).
    translations: { vi, en },
    // No calls to Strapi's servers from the admin panel.
    notifications: { releases: false },
    tutorials: false,
  },
  // `register` runs after the plugins registered theirs (the menu links exist) and before
  // Strapi reads the stored language and renders the first screen.
  register(app: StrapiApp) {
    defaultToVietnamese();
    withoutContentTypeBuilder(app);
    registerWorkflowAdmin(app);
    registerAuditPage(app);
    registerPressOutletsPage(app);
    registerErasurePage(app);
  },
  // The content manager's APIs (side panels) are there once every plugin has registered.
  bootstrap(app: StrapiApp) {
    bootstrapWorkflowAdmin(app);
    registerScheduling(app);
    registerHistory(app);
  },
};
