/**
 * Personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): erasing one person's data everywhere,
 * erasing what is older than its type's retention, and the record that it was done. Which types
 * hold personal data, which fields, and for how long is declared in content-types/
 * (`capabilities.personalData`). See README.md and docs/adr/009.
 */
import type { Core } from '@strapi/strapi';
import { registerErasurePermission } from './permission';
import { RETENTION_SERVICE, RetentionJob, type RetentionOptions } from './retention';
import { registerPersonalDataRoutes } from './routes';

export { eraseSubject, findSubject } from './erase';
export { listErasures, type Erasure } from './erasures';
export { RETENTION_SERVICE, type RetentionJob, type RetentionPass } from './retention';

/** config/personal-data.ts sets these; they stand when it is absent. */
const DEFAULTS: RetentionOptions = { pollMs: 60 * 60 * 1000, batch: 200 };

/** At register: the administrator's routes and permission, and this process's retention job. */
export async function registerPersonalData(strapi: Core.Strapi): Promise<void> {
  registerPersonalDataRoutes(strapi);
  await registerErasurePermission(strapi);
  const options = { ...DEFAULTS, ...strapi.config.get<Partial<RetentionOptions>>('personal-data', {}) };
  strapi.add(RETENTION_SERVICE, new RetentionJob(strapi, options));
}

/** Starts the retention loop; its first pass erases what came past retention while the CMS was down. */
export function startRetention(strapi: Core.Strapi): void {
  strapi.get<RetentionJob>(RETENTION_SERVICE).start();
}

/** Waits for a pass under way. */
export async function stopRetention(strapi: Core.Strapi): Promise<void> {
  await strapi.get<RetentionJob>(RETENTION_SERVICE).stop();
}
