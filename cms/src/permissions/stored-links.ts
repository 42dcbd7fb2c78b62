/**
 * What the database holds, for one document, of the relations that decide who owns it and what
 * it shows: its owning agency and its links to other content documents (an event's report
 * article, a training material's event), read from the drafts of every locale. The document
 * guard reads this before and after an author's write, inside the write's transaction, so that
 * it judges what the write stored rather than the shape of the relation input (Strapi accepts
 * many: ids, documentIds, objects, connect, set, disconnect, positions, locales).
 *
 * It reads the join tables themselves, not a populated relation: on create Strapi stores every
 * target named for a to-one relation (`connect: [a, b]` leaves two link rows), and a populate
 * would show only one of them.
 */
import type { Core, UID } from '@strapi/strapi';
import { MODEL_TYPES, typeByName, uidOf, type Field } from '@cchc/content-types';
import { onTable } from '../database/own-tables';

const CONTENT_NAMES = new Set<string>(MODEL_TYPES.filter((t) => t.kind === 'content').map((t) => t.name));

export interface StoredLinks {
  /** The owning agencies of the draft rows (null for a row that has none). */
  owners: Set<string | null>;
  /** A draft row with more than one owning agency (a to-one relation given several targets). */
  severalOwners: boolean;
  /** The linked content documents, as `uid documentId`. */
  targets: Set<string>;
}

export const NO_LINKS: StoredLinks = { owners: new Set(), severalOwners: false, targets: new Set() };

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** The relation fields of a content type that point to content documents, with their target uid. */
function contentLinks(typeName: string): [field: string, targetUid: string][] {
  return Object.entries(typeByName(typeName).fields as Record<string, Field>)
    .filter(([, f]) => f.relation && CONTENT_NAMES.has(f.relation.target))
    .map(([key, f]) => [key, uidOf(f.relation!.target)]);
}

/** For each of `rowIds`, the documentIds its `field` links to (every link row). */
async function linked(strapi: Core.Strapi, uid: string, field: string, targetUid: string, rowIds: number[]): Promise<Map<number, string[]>> {
  const attribute = (strapi.db.metadata.get(uid as UID.Schema).attributes as Record<string, { joinTable?: JoinTable }>)[field];
  const joinTable = attribute?.joinTable;
  if (!joinTable) throw new Error(`[permissions] ${uid}.${field} has no join table`);
  const links = (await onTable(strapi, joinTable.name, (q) =>
    q.select(`${joinTable.joinColumn.name} as source`, `${joinTable.inverseJoinColumn.name} as target`).whereIn(joinTable.joinColumn.name, rowIds),
  )) as { source: number; target: number }[];
  const targetIds = [...new Set(links.map((l) => Number(l.target)))];
  const targets = targetIds.length
    ? ((await strapi.db.query(targetUid as UID.Schema).findMany({ where: { id: { $in: targetIds } }, select: ['id', 'documentId'] })) as { id: number; documentId: string }[])
    : [];
  const documentOf = new Map(targets.map((t) => [Number(t.id), t.documentId]));
  const bySource = new Map<number, string[]>(rowIds.map((id) => [id, []]));
  for (const link of links) bySource.get(Number(link.source))?.push(documentOf.get(Number(link.target)) ?? '');
  return bySource;
}

export async function storedLinks(strapi: Core.Strapi, uid: string, typeName: string, documentId: string): Promise<StoredLinks> {
  const ownerField = (typeByName(typeName) as { ownerField?: string }).ownerField ?? 'agency';
  // `strapi.db.query` and `onTable` join the transaction open around the caller: this sees the write's own rows.
  const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId, publishedAt: null }, select: ['id'] })) as { id: number }[];
  const rowIds = rows.map((r) => Number(r.id));
  const stored: StoredLinks = { owners: new Set(), severalOwners: false, targets: new Set() };
  if (!rowIds.length) return stored;
  for (const owners of (await linked(strapi, uid, ownerField, uidOf('agency'), rowIds)).values()) {
    if (!owners.length) stored.owners.add(null);
    if (owners.length > 1) stored.severalOwners = true;
    for (const owner of owners) stored.owners.add(owner);
  }
  for (const [field, targetUid] of contentLinks(typeName)) {
    for (const targets of (await linked(strapi, uid, field, targetUid, rowIds)).values()) {
      for (const target of targets) stored.targets.add(`${targetUid} ${target}`);
    }
  }
  return stored;
}
