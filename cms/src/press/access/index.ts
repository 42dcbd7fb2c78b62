/**
 * The press API's front door (see ../README.md, "The front door"): outlets and
 * their tokens (`outlets.ts`, `token.ts`), held in memory (`registry.ts`), each with its rate
 * limit (`limits.ts`) and CORS origins (`origins.ts`, `cors.ts`); the door itself (`door.ts`),
 * which serves the routes of ../routes.ts; the request log and usage (`request-log.ts`,
 * `usage.ts`); the administrator's routes (`admin-routes.ts`).
 */
import type { Core } from '@strapi/strapi';
import { PRESS_ROUTES } from '../routes';
import { addressLimitOf, type RateLimitSettings } from '../../middlewares/rate-limit';
import { Loop } from '../../shared/loop';
import { registerOutletRoutes } from './admin-routes';
import { pressDoor, type Door } from './door';
import { OutletLimits } from './limits';
import { registerOutletPermission } from './permission';
import { OutletRegistry } from './registry';
import { PressRouter } from './router';
import { flushRequestLog } from './request-log';
import { accessSettingsOf } from './settings';
import { UsageCounter } from './usage';

interface Running extends Door {
  usageFlush: Loop;
}

const doors = new WeakMap<Core.Strapi, Running>();

/** At register: the door (its middleware is made after this), its tables after Strapi's schema sync, the admin routes. */
export async function registerPressAccess(strapi: Core.Strapi): Promise<void> {
  const settings = accessSettingsOf(strapi);
  const usage = new UsageCounter(strapi);
  const registry = new OutletRegistry(strapi, settings);
  doors.set(strapi, {
    router: new PressRouter(PRESS_ROUTES),
    registry,
    limits: new OutletLimits(),
    // Public press routes are limited per address like the public API (config/rate-limit.ts).
    publicLimit: addressLimitOf(strapi.config.get('rate-limit') as RateLimitSettings),
    usage,
    settings,
    publicUrl: String(strapi.config.get('server.url') ?? '').replace(/\/+$/, ''),
    // flush() logs its own failures.
    usageFlush: new Loop(settings.usageFlushMs, () => usage.flush(), () => undefined),
  });
  registerOutletRoutes(strapi, registry, usage);
  await registerOutletPermission(strapi);
}

/** The global middleware `global::press-api` (config/middlewares.ts, first). */
export function pressDoorMiddleware(strapi: Core.Strapi): Core.MiddlewareHandler {
  const door = doors.get(strapi);
  if (!door) throw new Error('[press] registerPressAccess was not called at register');
  return pressDoor(strapi, door);
}

/** At bootstrap: the outlets in memory, and the usage flushed every few seconds. */
export async function startPressAccess(strapi: Core.Strapi): Promise<void> {
  const door = doors.get(strapi)!;
  await door.registry.start();
  // Nothing is counted yet: the first flush is one period away.
  door.usageFlush.start({ firstPass: false });
}

/** At destroy: what was counted is written before the database closes. */
export async function stopPressAccess(strapi: Core.Strapi): Promise<void> {
  const door = doors.get(strapi);
  if (!door) return;
  await door.usageFlush.stop();
  flushRequestLog(strapi);
  await door.registry.stop();
  await door.usage.flush();
}

/** Writes the usage counted so far (tests; the admin list does it itself). */
export const flushPressUsage = (strapi: Core.Strapi): Promise<void> => doors.get(strapi)?.usage.flush() ?? Promise.resolve();
