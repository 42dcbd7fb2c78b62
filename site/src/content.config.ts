/** One collection per type of the content model, each filled from the CMS (see src/loaders/). */
import { defineCollection } from 'astro:content';
import { ALL_TYPES } from '@cchc/content-types';
import { historyLoader } from './loaders/history-loader';
import { strapiLoader } from './loaders/strapi-loader';

export const collections = {
  ...Object.fromEntries(ALL_TYPES.map((type) => [type.name, defineCollection({ loader: strapiLoader(type.name) })])),
  // First published, last major update and change notes of each document (src/lib/history.ts).
  history: defineCollection({ loader: historyLoader() }),
};
