/**
 * Where each listener is in the event log: the id of the last event it handled, kept in the
 * database so that a restart resumes (and a new listener starts) from there. A failing
 * listener's count and last error are kept beside it for whoever looks into it.
 */
import type { Core } from '@strapi/strapi';
import { onTable } from '../database/own-tables';

export const CURSORS_TABLE = 'document_event_cursors';

export async function readCursor(strapi: Core.Strapi, listener: string): Promise<number> {
  const row = (await onTable(strapi, CURSORS_TABLE, (q) => q.where({ listener }).first('position'))) as
    | { position: number | string }
    | undefined;
  return row ? Number(row.position) : 0;
}

async function save(strapi: Core.Strapi, listener: string, values: { position: number; failures: number; last_error: string | null }) {
  await onTable(strapi, CURSORS_TABLE, (q) =>
    q
      .insert({ listener, ...values, updated_at: new Date().toISOString() })
      .onConflict('listener')
      .merge(),
  );
}

export function saveProgress(strapi: Core.Strapi, listener: string, position: number): Promise<void> {
  return save(strapi, listener, { position, failures: 0, last_error: null });
}

export function saveFailure(strapi: Core.Strapi, listener: string, position: number, failures: number, error: string): Promise<void> {
  return save(strapi, listener, { position, failures, last_error: error });
}
