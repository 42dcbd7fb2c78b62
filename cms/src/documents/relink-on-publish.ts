/**
 * Strapi 5 drops a relation from a published document to a target that was still a draft when
 * the document was published (known issue): an event published before its report article never
 * shows the report. When a target is published, this restores such links in the published
 * versions of the documents whose drafts point to it, as long as that draft has not changed
 * since it was published (otherwise the next publish of that document carries the link).
 */
import type { Core, UID } from '@strapi/strapi';
import { MODEL_TYPES, uidOf, type Field } from '@cchc/content-types';
import { recordWrite } from '../events';

interface Incoming {
  sourceType: string;
  field: string;
  many: boolean;
}

/** Which (type, field) pairs point at `target`, from the definition. */
export function incomingRelations(target: string): Incoming[] {
  return MODEL_TYPES.flatMap((def) =>
    Object.entries(def.fields as Record<string, Field>)
      .filter(([, f]) => f.relation?.target === target)
      .map(([field, f]) => ({ sourceType: def.name, field, many: f.relation!.many })),
  );
}

type Entry = { id: number; documentId: string; locale: string; updatedAt: string; publishedAt: string | null };

export async function relinkPublishedSources(
  strapi: Core.Strapi,
  targetType: string,
  documentId: string,
  locale: string,
): Promise<number> {
  const targetQuery = strapi.db.query(uidOf(targetType) as UID.Schema);
  const publishedTarget = (await targetQuery.findOne({
    where: { documentId, locale, publishedAt: { $notNull: true } },
    select: ['id'],
  })) as { id: number } | null;
  if (!publishedTarget) return 0;

  let relinked = 0;
  for (const { sourceType, field, many } of incomingRelations(targetType)) {
    const sources = strapi.db.query(uidOf(sourceType) as UID.Schema);
    const drafts = (await sources.findMany({
      where: { locale, publishedAt: null, [field]: { documentId } },
      select: ['id', 'documentId', 'locale', 'updatedAt'],
    })) as Entry[];
    for (const draft of drafts) {
      const published = (await sources.findOne({
        where: { documentId: draft.documentId, locale, publishedAt: { $notNull: true } },
        select: ['id', 'publishedAt', 'updatedAt'],
        populate: { [field]: { select: ['id'] } },
      })) as (Entry & Record<string, unknown>) | null;
      if (!published || new Date(draft.updatedAt) > new Date(published.publishedAt!)) continue;
      const current = published[field];
      const linked = Array.isArray(current)
        ? current.some((r) => (r as { id: number }).id === publishedTarget.id)
        : (current as { id: number } | null)?.id === publishedTarget.id;
      if (linked) continue;
      // A direct write to the published version (the Document Service cannot write one without
      // republishing the draft): recorded by hand, in the publish's transaction.
      await sources.update({
        where: { id: published.id },
        data: { [field]: many ? { connect: [publishedTarget.id] } : publishedTarget.id },
      });
      await recordWrite(strapi, { action: 'update', type: sourceType, documentId: draft.documentId, locale, cause: 'relink-on-publish' });
      relinked++;
    }
  }
  return relinked;
}
