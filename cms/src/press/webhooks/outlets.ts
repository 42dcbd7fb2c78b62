/**
 * The one thing the webhooks read of the outlets (the press API's front door owns the table
 * `press_outlets`, `cms/src/press/access/`): whether an outlet exists, and its name.
 */
import type { Core } from '@strapi/strapi';

export const OUTLETS_TABLE = 'press_outlets';

export async function outletName(strapi: Core.Strapi, outletId: number): Promise<string | null> {
  if (!(await strapi.db.getSchemaConnection().hasTable(OUTLETS_TABLE))) return null;
  const row = (await strapi.db.getConnection(OUTLETS_TABLE).where({ id: outletId }).first('name')) as { name: string } | undefined;
  return row?.name ?? null;
}
