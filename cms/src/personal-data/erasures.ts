/**
 * The record of erasures (table `personal_data_erasures`, ours): when, by whom, why, and how many
 * documents of each type were erased. Never the person's data, nor a hash of it (a hash of a
 * phone number is still personal data: it can be matched). Rows are kept as proof that a request
 * was carried out.
 */
import type { Core } from '@strapi/strapi';
import type { Actor } from '../events';
import { onTable } from '../database/own-tables';
import type { ErasureReason } from './reasons';

export const ERASURES_TABLE = 'personal_data_erasures';

export type { ErasureReason } from './reasons';

export interface Erasure {
  id: number;
  at: string;
  /** Why: a ground the administrator chose, or `retention` (`reasons.ts`). */
  reason: ErasureReason;
  actor: Actor;
  /** Documents erased, by type: `{ "question": 2 }`. */
  erased: Record<string, number>;
}

export async function recordErasure(strapi: Core.Strapi, reason: ErasureReason, actor: Actor, erased: Record<string, number>): Promise<Erasure> {
  const at = new Date();
  const [row] = await onTable(strapi, ERASURES_TABLE, (q) =>
    q.insert({ at, reason, actor: JSON.stringify(actor), erased: JSON.stringify(erased) }).returning(['id']),
  );
  const id = typeof row === 'object' ? Number((row as { id: number }).id) : Number(row);
  return { id, at: at.toISOString(), reason, actor, erased };
}

export async function listErasures(strapi: Core.Strapi, limit = 100): Promise<Erasure[]> {
  const rows = (await onTable(strapi, ERASURES_TABLE, (q) => q.select('*').orderBy('id', 'desc').limit(limit))) as {
    id: number;
    at: string | Date;
    reason: ErasureReason;
    actor: string;
    erased: string;
  }[];
  return rows.map((r) => ({ id: Number(r.id), at: new Date(r.at).toISOString(), reason: r.reason, actor: JSON.parse(r.actor), erased: JSON.parse(r.erased) }));
}
