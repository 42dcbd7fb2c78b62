import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    // No calls to Strapi's servers from the admin panel.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
