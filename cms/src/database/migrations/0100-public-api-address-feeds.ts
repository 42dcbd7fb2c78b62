/**
 * The site's old addresses as feeds (issue 17, "a publish costs what it changes"): positions on
 * `slug_redirects`, and the projection `withdrawn_translations`, filled from the event log.
 * Why: docs/adr/008-publish-cost.md.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { addRedirectPositions } from '../../documents/slug-redirects';
import { backfillWithdrawn, createWithdrawnTable } from '../../public-api/withdrawn';

/** The shape of `./migration`'s `Migration` (docs/contracts/issue-17.md); the import replaces it at the merge. */
interface Migration {
  id: string;
  up(knex: Knex, strapi: Core.Strapi): Promise<void>;
}

export const migration: Migration = {
  id: '0100-public-api-address-feeds',
  async up(_knex, strapi) {
    await addRedirectPositions(strapi);
    await createWithdrawnTable(strapi);
    await backfillWithdrawn(strapi);
  },
};

/**
 * Until the migration runner lands: runs the migration once, at start, when its table is missing
 * (the lead removes this with its call in ../../bootstrap/index.ts at the merge).
 */
export async function runAddressFeedsOnce(strapi: Core.Strapi): Promise<void> {
  if (await strapi.db.getSchemaConnection().hasTable('withdrawn_translations')) return;
  // The knex the runner will hand over; `up` itself queries through onTable and the schema builder.
  // eslint-disable-next-line no-restricted-syntax
  await migration.up(strapi.db.connection, strapi);
}
