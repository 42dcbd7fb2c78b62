/**
 * What every start does before serving, in order (each step idempotent), and every stop. On
 * PostgreSQL the first steps run one process at a time (../database/start-lock.ts).
 */
import type { Core } from '@strapi/strapi';
import { ensureAdministrator } from './admin-user';
import { applyEditorLabels } from './editor-labels';
import { ensureLocales } from './locales';
import { ensurePublicPermissions } from './public-permissions';
import { startEventPoint, stopEventPoint } from '../events';
import { startPermissions } from '../permissions';
import { releaseStartLock } from '../database/start-lock';
import { startPress, stopPress } from '../press';
import { startScheduling, stopScheduling } from '../scheduling';
import { startSitePublisher } from '../site-publisher';
import { seedEditorialDemoIfLocal, seedIfEmpty } from '../seed';
import { startUploadDurations } from '../uploads/duration';

export async function setUp(strapi: Core.Strapi): Promise<void> {
  // First: it refuses to start an admin panel anyone could claim.
  await ensureAdministrator(strapi);
  // Our tables exist already (the migrations ran after Strapi's schema sync). Delivery begins:
  // the seed below writes our documents.
  await startEventPoint(strapi);
  await startSitePublisher(strapi);
  await startPermissions(strapi);
  await ensureLocales(strapi);
  await ensurePublicPermissions(strapi);
  await applyEditorLabels(strapi);
  // Before the seed uploads its recordings.
  await startUploadDurations(strapi);
  await seedIfEmpty(strapi);
  await seedEditorialDemoIfLocal(strapi);
  // The steps above ran one process at a time (../database/start-lock.ts); the loops below run in every process.
  await releaseStartLock(strapi);
  // Last: their first passes fire what came due, and send what was queued, while the CMS was down.
  await startPress(strapi);
  startScheduling(strapi);
}

/** In reverse: no fire under way, no webhook being sent (and the press usage written), then no delivery under way. */
export async function tearDown(strapi: Core.Strapi): Promise<void> {
  // Still held if the start failed.
  await releaseStartLock(strapi);
  await stopScheduling(strapi);
  await stopPress(strapi);
  await stopEventPoint(strapi);
}
