/**
 * The site's old addresses as feeds (issue 17, "a publish costs what it changes"): positions on
 * `slug_redirects`, and the projection `withdrawn_translations`, filled from the event log.
 * Why: docs/adr/010-publish-cost.md.
 */
import { addRedirectPositions } from '../../documents/slug-redirects';
import { backfillWithdrawn, createWithdrawnTable } from '../../public-api/withdrawn';
import type { Migration } from './migration';

export const migration: Migration = {
  id: '0100-public-api-address-feeds',
  async up(knex, strapi) {
    await addRedirectPositions(strapi, knex);
    await createWithdrawnTable(strapi, knex);
    // Its queries go through onTable, which joins the migration's transaction.
    await backfillWithdrawn(strapi);
  },
};
