/**
 * Our migrations, in id order: the one list (a new table or column is one more line here, see
 * README.md). Numbers by branch while issue 17 is built (docs/contracts/issue-17.md):
 * 0001–0099 the platform and today's tables (the baseline), 0100–0199 publish cost,
 * 0200–0299 site serving, 0300–0399 the lead.
 */
import type { Core } from '@strapi/strapi';
import type { Migration } from './migration';
import { runMigrations } from './runner';
import { migration as eventsLog } from './0001-events-log';
import { migration as eventsCursors } from './0002-events-cursors';
import { migration as auditLog } from './0003-audit-log';
import { migration as historyVersions } from './0004-history-versions';
import { migration as workflowStates } from './0005-workflow-states';
import { migration as slugRedirects } from './0006-documents-slug-redirects';
import { migration as schedules } from './0007-scheduling-schedules';
import { migration as publications } from './0008-site-publisher-publications';
import { migration as memberships } from './0009-permissions-memberships';
import { migration as pressOutlets } from './0010-press-outlets';
import { migration as pressUsage } from './0011-press-usage';
import { migration as pressChanges } from './0012-press-changes';
import { migration as pressWebhooks } from './0013-press-webhooks';
import { migration as listenerLeases } from './0014-events-listener-leases';
import { migration as addressFeeds } from './0100-public-api-address-feeds';
import { migration as siteNotifications } from './0200-site-publisher-notifications';
import { migration as personalDataErasures } from './0300-personal-data-erasures';

export type { Knex, Migration } from './migration';
export { MIGRATIONS_TABLE, runMigrations } from './runner';

export const MIGRATIONS: Migration[] = [
  eventsLog,
  eventsCursors,
  auditLog,
  historyVersions,
  workflowStates,
  slugRedirects,
  schedules,
  publications,
  memberships,
  pressOutlets,
  pressUsage,
  pressChanges,
  pressWebhooks,
  listenerLeases,
  addressFeeds,
  siteNotifications,
  personalDataErasures,
];

/**
 * At register: the migrations run right after Strapi's schema sync, before any bootstrap (the
 * admin's creates the first roles, and the audit log records that), so that every table of
 * ours exists before anything of ours runs.
 */
export function registerMigrations(strapi: Core.Strapi, migrations: readonly Migration[]): void {
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await runMigrations(strapi, migrations);
  });
}
