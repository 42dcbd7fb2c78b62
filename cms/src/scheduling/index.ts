/**
 * Scheduled publish and unpublish that fire exactly once (see firing.ts and README.md).
 * `registerScheduling` (register) adds the scheduler to the Strapi instance and the admin
 * routes (its table is a migration, `../database/migrations/`); `startScheduling` (the last step of bootstrap) starts
 * the loop, whose first pass catches up; `stopScheduling` (destroy) waits for a fire under way.
 * The scheduler is a service of the instance, not a module singleton: the tests boot several
 * instances in one process.
 */
import type { Core } from '@strapi/strapi';
import { Scheduler, type SchedulerOptions } from './firing';
import { schedulingRoutes } from './routes';

const SERVICE = 'document-scheduler';

/** config/scheduling.ts sets these; they stand when it is absent. */
const DEFAULTS: SchedulerOptions = { pollMs: 15_000, retryMs: 60_000, maxAttempts: 5, testPauseFile: '' };

export function registerScheduling(strapi: Core.Strapi): void {
  const options = { ...DEFAULTS, ...strapi.config.get<Partial<SchedulerOptions>>('scheduling', {}) };
  strapi.add(SERVICE, new Scheduler(strapi, options));
  strapi.server.routes(schedulingRoutes(strapi));
}

export function startScheduling(strapi: Core.Strapi): void {
  strapi.get<Scheduler>(SERVICE).start();
}

export async function stopScheduling(strapi: Core.Strapi): Promise<void> {
  await strapi.get<Scheduler>(SERVICE).stop();
}
