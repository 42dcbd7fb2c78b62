/**
 * Press outlets (the newspaper, the radio/TV station): the table `press_outlets`, ours (not a
 * content type, so neither the content API nor the admin's content manager reaches it), created
 * by a migration. One row per outlet, one live token each: its SHA-256 and visible prefix, never
 * the token. A revoked outlet keeps its row (its name stays in the logs and the usage); its
 * token hash is kept too, so a revoked token is known as such and never matches anything live.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../../database/own-tables';
import type { NewToken } from './token';

export const OUTLETS_TABLE = 'press_outlets';

export interface OutletRecord {
  id: number;
  name: string;
  tokenHash: string;
  tokenPrefix: string;
  origins: string[];
  perMinute: number;
  burst: number;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
  updatedBy: number | null;
  rotatedAt: string | null;
  rotatedBy: number | null;
  revokedAt: string | null;
  revokedBy: number | null;
  lastPullAt: string | null;
}

interface Row {
  id: number | string;
  name: string;
  token_hash: string;
  token_prefix: string;
  origins: string;
  per_minute: number | string;
  burst: number | string;
  created_at: string | Date;
  created_by: number | string | null;
  updated_at: string | Date;
  updated_by: number | string | null;
  rotated_at: string | Date | null;
  rotated_by: number | string | null;
  revoked_at: string | Date | null;
  revoked_by: number | string | null;
  last_pull_at: string | Date | null;
}

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());
const idOrNull = (value: number | string | null): number | null => (value === null ? null : Number(value));

const fromRow = (row: Row): OutletRecord => ({
  id: Number(row.id),
  name: row.name,
  tokenHash: row.token_hash,
  tokenPrefix: row.token_prefix,
  origins: JSON.parse(row.origins) as string[],
  perMinute: Number(row.per_minute),
  burst: Number(row.burst),
  createdAt: iso(row.created_at)!,
  createdBy: idOrNull(row.created_by),
  updatedAt: iso(row.updated_at)!,
  updatedBy: idOrNull(row.updated_by),
  rotatedAt: iso(row.rotated_at),
  rotatedBy: idOrNull(row.rotated_by),
  revokedAt: iso(row.revoked_at),
  revokedBy: idOrNull(row.revoked_by),
  lastPullAt: iso(row.last_pull_at),
});

const outlets = <T>(strapi: Core.Strapi, run: Parameters<typeof onTable<T>>[2]) => onTable<T>(strapi, OUTLETS_TABLE, run);

export async function allOutlets(strapi: Core.Strapi): Promise<OutletRecord[]> {
  const rows = await outlets(strapi, (q) => q.select('*').orderBy('id', 'asc') as PromiseLike<Row[]>);
  return rows.map(fromRow);
}

/** What the door needs: outlets whose token is live. */
export async function liveOutlets(strapi: Core.Strapi): Promise<OutletRecord[]> {
  const rows = await outlets(strapi, (q) => q.select('*').whereNull('revoked_at') as PromiseLike<Row[]>);
  return rows.map(fromRow);
}

export async function findOutlet(strapi: Core.Strapi, id: number): Promise<OutletRecord | null> {
  const row = await outlets(strapi, (q) => q.where({ id }).first() as PromiseLike<Row | undefined>);
  return row ? fromRow(row) : null;
}

/** The outlet of that name, whatever its case (in JS: SQLite's lower() knows ASCII only). */
export async function outletNamed(strapi: Core.Strapi, name: string): Promise<OutletRecord | null> {
  const key = name.toLocaleLowerCase('vi');
  return (await allOutlets(strapi)).find((o) => o.name.toLocaleLowerCase('vi') === key) ?? null;
}

export interface OutletSettings {
  name: string;
  origins: string[];
  perMinute: number;
  burst: number;
}

export async function insertOutlet(strapi: Core.Strapi, settings: OutletSettings, token: NewToken, by: number): Promise<OutletRecord> {
  const now = new Date().toISOString();
  const [inserted] = await outlets(strapi, (q) =>
    q.insert(
      {
        name: settings.name,
        token_hash: token.hash,
        token_prefix: token.prefix,
        origins: JSON.stringify(settings.origins),
        per_minute: settings.perMinute,
        burst: settings.burst,
        created_at: now,
        created_by: by,
        updated_at: now,
        updated_by: by,
      },
      ['id'],
    ) as PromiseLike<({ id: number | string } | number)[]>,
  );
  const id = typeof inserted === 'object' ? Number(inserted!.id) : Number(inserted);
  return (await findOutlet(strapi, id))!;
}

export async function updateOutlet(strapi: Core.Strapi, id: number, settings: OutletSettings, by: number): Promise<void> {
  await outlets(strapi, (q) =>
    q.where({ id }).whereNull('revoked_at').update({
      name: settings.name,
      origins: JSON.stringify(settings.origins),
      per_minute: settings.perMinute,
      burst: settings.burst,
      updated_at: new Date().toISOString(),
      updated_by: by,
    }),
  );
}

/** The new token replaces the old one in the same row: from this commit the old hash matches nothing. */
export async function replaceToken(strapi: Core.Strapi, id: number, token: NewToken, by: number): Promise<void> {
  const now = new Date().toISOString();
  await outlets(strapi, (q) =>
    q.where({ id }).whereNull('revoked_at').update({ token_hash: token.hash, token_prefix: token.prefix, rotated_at: now, rotated_by: by, updated_at: now, updated_by: by }),
  );
}

export async function revokeOutlet(strapi: Core.Strapi, id: number, by: number): Promise<void> {
  const now = new Date().toISOString();
  await outlets(strapi, (q) => q.where({ id }).whereNull('revoked_at').update({ revoked_at: now, revoked_by: by, updated_at: now, updated_by: by }));
}

/** Moves `last_pull_at` forward only (several processes flush their own counts). */
export async function notePull(strapi: Core.Strapi, id: number, at: Date): Promise<void> {
  const time = at.toISOString();
  await outlets(strapi, (q) =>
    q
      .where({ id })
      .andWhere((w) => w.whereNull('last_pull_at').orWhere('last_pull_at', '<', time))
      .update({ last_pull_at: time }),
  );
}
