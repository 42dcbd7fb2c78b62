/**
 * Version history of our documents (issue 7): every publish keeps a version (`record.ts`, in
 * the publish's transaction), editors list, compare (`compare.ts`) and restore (`restore.ts`)
 * them through admin routes (`routes.ts`) from a panel of the edit view (cms/src/admin/history/).
 */
import type { Core } from '@strapi/strapi';
import { registerHistoryRoutes } from './routes';

/** At `register`: the routes. */
export function registerHistory(strapi: Core.Strapi): void {
  registerHistoryRoutes(strapi);
}

/** In each write's transaction (an `onRecorded` hook, listed in ../features.ts): a version per publish. */
export { versionRecorder } from './record';
