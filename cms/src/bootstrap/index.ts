/** What every start does before serving, in order. Each step is idempotent. */
import type { Core } from '@strapi/strapi';
import { ensureAdministrator } from './admin-user';
import { applyEditorLabels } from './editor-labels';
import { ensureLocales } from './locales';
import { ensurePublicPermissions } from './public-permissions';
import { startEventPoint } from '../events';
import { startPermissions } from '../permissions';
import { startWorkflow } from '../workflow';
import { seedEditorialDemoIfLocal, seedIfEmpty } from '../seed';

export async function setUp(strapi: Core.Strapi): Promise<void> {
  // First: it refuses to start an admin panel anyone could claim.
  await ensureAdministrator(strapi);
  // Then the event log, which must exist before anything writes our documents.
  await startEventPoint(strapi);
  await startWorkflow(strapi);
  await startPermissions(strapi);
  await ensureLocales(strapi);
  await ensurePublicPermissions(strapi);
  await applyEditorLabels(strapi);
  await seedIfEmpty(strapi);
  await seedEditorialDemoIfLocal(strapi);
}
