import type { Core } from '@strapi/strapi';

// Pagination is bounded: no caller gets more than 100 documents a page.
const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
