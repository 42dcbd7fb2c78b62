/**
 * The documents gone from the public site: of one content type and locale, every document that
 * was published in that locale at some time and is not now, read off the event log (the last
 * publish, unpublish or delete of each says whether it is live) and the history's versions (the
 * slug of its last publish). Served as `GET /api/withdrawn` (document-history.ts) for the site's
 * 410 answers.
 */
import type { Core } from '@strapi/strapi';
import { LIVE_ACTIONS, type WithdrawnDocument } from '@cchc/content-types';
import { onTable, type TableQuery } from '../database/own-tables';
import { EVENTS_TABLE } from '../events/log';
import { contentsOfPublishes } from '../history/versions';

interface OffRow {
  document_id: string;
}

interface EventRow {
  id: number | string;
  document_id: string;
  action: string;
  note: string | null;
  at: string | Date;
}

export interface WithdrawnPage {
  data: WithdrawnDocument[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export async function readWithdrawn(strapi: Core.Strapi, type: string, locale: string, page: number, pageSize: number): Promise<WithdrawnPage> {
  const off = (finish: (query: TableQuery) => TableQuery) =>
    onTable(strapi, EVENTS_TABLE, (events) => {
      // Per document of this type and locale: its last change of what is live, if it ever was
      // live (a subquery of the same table: a copy of the query onTable hands over)...
      const last = events
        .clone()
        .where({ type, locale })
        .whereIn('action', [...LIVE_ACTIONS])
        .groupBy('document_id')
        .select('document_id')
        .max({ last_id: 'id' })
        .havingRaw("SUM(CASE WHEN action = 'publish' THEN 1 ELSE 0 END) > 0");
      // ...that is not a publish: it is off the site now.
      return finish(events.from(`${EVENTS_TABLE} as e`).join(last.as('l'), 'e.id', 'l.last_id').whereNot('e.action', 'publish'));
    });
  const counted = (await off((q) => q.count({ n: '*' }).first())) as { n: number | string } | undefined;
  const total = Number(counted?.n ?? 0);
  const rows = (await off((q) =>
    q
      .select('e.document_id')
      .orderBy('e.id', 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  )) as OffRow[];

  const ids = rows.map((r) => r.document_id);
  const events = ids.length
    ? ((await onTable(strapi, EVENTS_TABLE, (q) =>
        q
          .where({ type, locale })
          .whereIn('document_id', ids)
          .whereIn('action', [...LIVE_ACTIONS])
          .orderBy('id', 'asc')
          .select('id', 'document_id', 'action', 'note', 'at'),
      )) as EventRow[])
    : [];
  const byDocument = new Map<string, EventRow[]>();
  for (const e of events) byDocument.set(e.document_id, [...(byDocument.get(e.document_id) ?? []), e]);
  const lastPublish = new Map<string, EventRow>();
  for (const [id, list] of byDocument) lastPublish.set(id, list.filter((e) => e.action === 'publish').pop()!);
  const contents = await contentsOfPublishes(strapi, [...lastPublish.values()].map((e) => Number(e.id)));

  const data = ids.map((documentId): WithdrawnDocument => {
    const list = byDocument.get(documentId)!;
    const published = lastPublish.get(documentId)!;
    const after = list.filter((e) => Number(e.id) > Number(published.id));
    const wentOff = after[0]!;
    const slug = contents.get(Number(published.id))?.slug;
    return {
      documentId,
      type,
      locale,
      slug: typeof slug === 'string' ? slug : null,
      lastPublishedAt: new Date(published.at).toISOString(),
      withdrawnAt: new Date(wentOff.at).toISOString(),
      how: after.some((e) => e.action === 'delete') ? 'deleted' : 'unpublished',
      reason: wentOff.action === 'unpublish' && wentOff.note ? wentOff.note : null,
    };
  });
  return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
}
