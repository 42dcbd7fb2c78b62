/** What every start does before serving, in order (each step idempotent), and every stop. */
import type { Core } from '@strapi/strapi';
import { ensureAdministrator } from './admin-user';
import { applyEditorLabels } from './editor-labels';
import { ensureLocales } from './locales';
import { ensurePublicPermissions } from './public-permissions';
import { ensureRedirects } from '../documents/slug-redirects';
import { runAddressFeedsOnce } from '../database/migrations/0100-public-api-address-feeds';
import { startEventPoint, stopEventPoint } from '../events';
import { startPermissions } from '../permissions';
import { startPersonalData } from '../personal-data';
import { preparePress, startPress, stopPress } from '../press';
import { prepareScheduling, startScheduling, stopScheduling } from '../scheduling';
import { startSitePublisher, stopSitePublisher } from '../site-publisher';
import { startWorkflow } from '../workflow';
import { seedEditorialDemoIfLocal, seedIfEmpty } from '../seed';
import { startUploadDurations } from '../uploads/duration';

export async function setUp(strapi: Core.Strapi): Promise<void> {
  // First: it refuses to start an admin panel anyone could claim.
  await ensureAdministrator(strapi);
  // The press change feed's and webhooks' tables, which its listener writes as soon as the
  // event point delivers.
  await preparePress(strapi);
  // Then the event log and our other tables, which must exist before anything writes our
  // documents (the seed below writes, and its editorial desk schedules a publish).
  await startEventPoint(strapi);
  await startWorkflow(strapi);
  await ensureRedirects(strapi);
  await runAddressFeedsOnce(strapi); // until the migration runner lands
  await prepareScheduling(strapi);
  await startSitePublisher(strapi);
  await startPermissions(strapi);
  await startPersonalData(strapi);
  await ensureLocales(strapi);
  await ensurePublicPermissions(strapi);
  await applyEditorLabels(strapi);
  // Before the seed uploads its recordings.
  await startUploadDurations(strapi);
  await seedIfEmpty(strapi);
  await seedEditorialDemoIfLocal(strapi);
  // Last: their first passes fire what came due, and send what was queued, while the CMS was down.
  await startPress(strapi);
  startScheduling(strapi);
}

/** In reverse: no fire under way, no webhook or change being sent (and the press usage written), then no delivery under way. */
export async function tearDown(strapi: Core.Strapi): Promise<void> {
  await stopScheduling(strapi);
  await stopPress(strapi);
  await stopSitePublisher();
  await stopEventPoint(strapi);
}
