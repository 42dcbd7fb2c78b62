/**
 * What the database holds, for one document, of the relations that decide who owns it and what
 * it shows: its owning agency and its links to other content documents (an event's report
 * article, a training material's event), read from the drafts of every locale. The document
 * guard reads this before and after an author's write, inside the write's transaction, so that
 * it judges what the write stored rather than the shape of the relation input (Strapi accepts
 * many: ids, documentIds, objects, connect, set, disconnect, positions, locales).
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, typeByName, uidOf, type Field } from '@cchc/content-types';

const CONTENT_NAMES = new Set<string>(CONTENT_TYPES.map((t) => t.name));

export interface StoredLinks {
  /** The owning agency of each draft row (null where a row has none). */
  owners: Set<string | null>;
  /** The linked content documents, as `uid documentId`. */
  targets: Set<string>;
}

export const NO_LINKS: StoredLinks = { owners: new Set(), targets: new Set() };

/** The relation fields of a content type that point to content documents, with their target uid. */
function contentLinks(typeName: string): [field: string, targetUid: string][] {
  return Object.entries(typeByName(typeName).fields as Record<string, Field>)
    .filter(([, f]) => f.relation && CONTENT_NAMES.has(f.relation.target))
    .map(([key, f]) => [key, uidOf(f.relation!.target)]);
}

type Ref = { documentId: string } | null | undefined;

export async function storedLinks(strapi: Core.Strapi, uid: string, typeName: string, documentId: string): Promise<StoredLinks> {
  const ownerField = (typeByName(typeName) as { ownerField?: string }).ownerField ?? 'agency';
  const links = contentLinks(typeName);
  const populate = Object.fromEntries([ownerField, ...links.map(([key]) => key)].map((key) => [key, { select: ['documentId'] }]));
  // `strapi.db.query` joins the transaction open around the caller, so this sees the write's own rows.
  const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId, publishedAt: null }, populate })) as Record<string, Ref | Ref[]>[];
  const stored: StoredLinks = { owners: new Set(), targets: new Set() };
  for (const row of rows) {
    stored.owners.add((row[ownerField] as Ref)?.documentId ?? null);
    for (const [key, targetUid] of links) {
      for (const ref of ([] as Ref[]).concat(row[key] ?? [])) if (ref) stored.targets.add(`${targetUid} ${ref.documentId}`);
    }
  }
  return stored;
}
