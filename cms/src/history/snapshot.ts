/**
 * The content of a published version, as kept in the history: every field of the definition,
 * media as { id, url, alt, name }, relations as { documentId, name } (the target's name as it
 * was), components with their fields the same way and without their row ids (which change on
 * every save and mean nothing to an editor).
 */
import type { Core, UID } from '@strapi/strapi';
import { populateOf, typeByName, uidOf, type Field } from '@cchc/content-types';
import { componentFields, fieldsOf, kindOf } from './fields';
import type { VersionContent } from './versions';

export interface MediaRef {
  id: number;
  url: string;
  alt: string | null;
  name: string;
}

export interface RelationRef {
  documentId: string;
  name: string;
}

type Raw = Record<string, unknown> | null | undefined;

function mediaOf(raw: Raw): MediaRef | null {
  if (!raw) return null;
  return { id: Number(raw.id), url: String(raw.url), alt: (raw.alternativeText as string | null) ?? null, name: String(raw.name) };
}

function relationOf(raw: Raw, target: string): RelationRef | null {
  if (!raw) return null;
  const titleField = typeByName(target).titleField;
  return { documentId: String(raw.documentId), name: String(raw[titleField] ?? '') };
}

function valueOf(field: Field, raw: unknown): unknown {
  switch (kindOf(field)) {
    case 'media':
      return mediaOf(raw as Raw);
    case 'relation': {
      const { target, many } = field.relation!;
      if (many) return ((raw as Raw[] | null) ?? []).map((r) => relationOf(r, target)!);
      return relationOf(raw as Raw, target);
    }
    case 'component':
      return raw ? shapeOf(componentFields(field), raw as Record<string, unknown>) : null;
    case 'components':
      return ((raw as Record<string, unknown>[] | null) ?? []).map((item) => shapeOf(componentFields(field), item));
    default:
      return raw ?? null;
  }
}

function shapeOf(fields: Record<string, Field>, raw: Record<string, unknown>): VersionContent {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, valueOf(field, raw[key])]));
}

/**
 * The published content of one locale of a document, read now: called in the publish's own
 * transaction, it is what that publish made live. Null if that locale is not published.
 */
export async function snapshotOf(strapi: Core.Strapi, type: string, documentId: string, locale: string): Promise<VersionContent | null> {
  const def = typeByName(type);
  const doc = (await strapi.documents(uidOf(type) as UID.ContentType).findOne({
    documentId,
    locale,
    status: 'published',
    populate: populateOf(type),
  } as never)) as Record<string, unknown> | null;
  if (!doc) return null;
  return shapeOf(Object.fromEntries(fieldsOf(def)), doc);
}
