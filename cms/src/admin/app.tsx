import type { StrapiApp } from '@strapi/strapi/admin';
import { defaultToVietnamese } from './default-language';
import { vi } from './translations';

export default {
  config: {
    // Editors work in Vietnamese; English stays selectable in each user's profile.
    locales: ['vi', 'en'],
    // Strapi's own `vi` is incomplete: ours fills it in (see ./translations).
    translations: { vi },
    // No calls to Strapi's servers from the admin panel.
    notifications: { releases: false },
    tutorials: false,
  },
  // `register` runs before Strapi reads the stored language and renders the first screen.
  register(_app: StrapiApp) {
    defaultToVietnamese();
  },
  bootstrap(_app: StrapiApp) {},
};
