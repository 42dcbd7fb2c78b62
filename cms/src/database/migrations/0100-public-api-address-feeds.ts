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
    // It checks first, as the baseline's do: a database whose record of migrations was lost must still start.
    // A new schema builder for each question: a knex builder re-runs every call made on it.
    const schema = () => strapi.db.getSchemaConnection(knex);
    if (!(await schema().hasColumn('slug_redirects', 'position'))) await addRedirectPositions(strapi, knex);
    if (await schema().hasTable('withdrawn_translations')) return;
    await createWithdrawnTable(strapi, knex);
    await backfillWithdrawn(strapi, knex as never);
  },
};
