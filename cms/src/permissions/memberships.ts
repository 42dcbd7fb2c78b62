/**
 * Which agencies each admin user belongs to: set by the administrator, never by the user, and
 * the only source of an author's agency. A table of our own (Strapi's admin user type cannot
 * take a relation to our agency type), keyed by the admin user's id and the agency's
 * documentId, which stays the same across the agency's translations and versions.
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { onTable } from '../database/own-tables';

export const MEMBERSHIPS_TABLE = 'admin_user_agencies';

export async function agenciesOfUser(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows = await onTable(strapi, MEMBERSHIPS_TABLE, (q) =>
    q.where({ user_id: userId }).orderBy('agency_document_id') as PromiseLike<{ agency_document_id: string }[]>,
  );
  return rows.map((r) => r.agency_document_id);
}

/** The users of some agencies (who may manage each other's files). */
export async function usersOfAgencies(strapi: Core.Strapi, agencies: string[]): Promise<number[]> {
  if (!agencies.length) return [];
  const rows = await onTable(strapi, MEMBERSHIPS_TABLE, (q) =>
    q.whereIn('agency_document_id', agencies).distinct('user_id') as PromiseLike<{ user_id: number }[]>,
  );
  return rows.map((r) => Number(r.user_id));
}

export class UnknownAgencyError extends Error {}

/** Replaces a user's agencies; every one must be an existing agency. */
export async function setAgenciesOfUser(strapi: Core.Strapi, userId: number, agencies: string[]): Promise<void> {
  const wanted = [...new Set(agencies)];
  if (wanted.length) {
    const found = (await strapi.db
      .query(uidOf('agency') as UID.Schema)
      .findMany({ where: { documentId: { $in: wanted } }, select: ['documentId'] })) as { documentId: string }[];
    const known = new Set(found.map((a) => a.documentId));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) throw new UnknownAgencyError(`Không có cơ quan ${unknown.join(', ')}`);
  }
  await strapi.db.transaction(async ({ trx }) => {
    await onTable(strapi, MEMBERSHIPS_TABLE, (q) => q.where({ user_id: userId }).delete(), trx);
    if (wanted.length) {
      await onTable(strapi, MEMBERSHIPS_TABLE, (q) => q.insert(wanted.map((agency) => ({ user_id: userId, agency_document_id: agency }))), trx);
    }
  });
}

/** Every membership, for the administrator's screen. */
export async function allMemberships(strapi: Core.Strapi): Promise<Map<number, string[]>> {
  const rows = (await onTable(strapi, MEMBERSHIPS_TABLE, (q) => q.select('user_id', 'agency_document_id'))) as {
    user_id: number;
    agency_document_id: string;
  }[];
  const byUser = new Map<number, string[]>();
  for (const row of rows) byUser.set(Number(row.user_id), [...(byUser.get(Number(row.user_id)) ?? []), row.agency_document_id]);
  return byUser;
}
