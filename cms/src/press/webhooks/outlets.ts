/**
 * The one thing the webhooks read of the outlets (the front door's table, `access/outlets.ts`):
 * whether an outlet may be sent content. A revoked outlet's endpoints keep their queue but get
 * nothing, as its token reads nothing.
 */
import type { Core } from '@strapi/strapi';
import { findOutlet } from '../access/outlets';

export type OutletStanding = { name: string; live: boolean } | null;

export async function outletStanding(strapi: Core.Strapi, outletId: number): Promise<OutletStanding> {
  const outlet = await findOutlet(strapi, outletId);
  return outlet ? { name: outlet.name, live: outlet.revokedAt === null } : null;
}
