/**
 * What every start does before serving, and every stop: the entries of the composition root
 * (../features.ts) in list order, and in reverse to stop. Each start step is idempotent. On
 * PostgreSQL the first-start steps run one process at a time (../database/start-lock.ts).
 */
import type { Core } from '@strapi/strapi';
import { FEATURES } from '../features';

export async function setUp(strapi: Core.Strapi): Promise<void> {
  for (const feature of FEATURES) {
    if (!feature.start) continue;
    try {
      await feature.start(strapi);
    } catch (error) {
      strapi.log.error(`[start] "${feature.name}" failed`);
      throw error;
    }
  }
}

/** In reverse: each stop runs even if one before it failed (the first error is thrown at the end). */
export async function tearDown(strapi: Core.Strapi): Promise<void> {
  let failure: unknown;
  for (const feature of [...FEATURES].reverse()) {
    try {
      await feature.stop?.(strapi);
    } catch (error) {
      strapi.log.error(`[stop] "${feature.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
      failure ??= error;
    }
  }
  if (failure) throw failure;
}
