import type { Core } from '@strapi/strapi';
import { PUBLIC_API_LIMITS } from '@cchc/content-types';

// Pagination is bounded: no caller gets more than 100 documents a page (the public allow-list
// refuses a larger pageSize; Strapi's own cap is the same number).
const config: Core.Config.Api = {
  rest: {
    defaultLimit: PUBLIC_API_LIMITS.defaultPageSize,
    maxLimit: PUBLIC_API_LIMITS.maxPageSize,
    withCount: true,
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
