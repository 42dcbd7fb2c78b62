/**
 * Version history of our documents (issue 7): every publish keeps a version (`record.ts`, in
 * the publish's transaction), editors list, compare (`compare.ts`) and restore (`restore.ts`)
 * them through admin routes (`routes.ts`) from a panel of the edit view (cms/src/admin/history/).
 */
import type { Core } from '@strapi/strapi';
import { onRecorded } from '../events';
import { versionRecorder } from './record';
import { registerHistoryRoutes } from './routes';

/** At `register`, after the event point: the version recorder, its table at start, the routes. */
export function registerHistory(strapi: Core.Strapi): void {
  onRecorded(strapi, versionRecorder(strapi));
  registerHistoryRoutes(strapi);
}
