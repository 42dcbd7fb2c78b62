/**
 * Restoring a version writes its content as the new draft of that document and locale: the
 * published version is not touched and nothing in the history is overwritten (the restored
 * draft becomes a new version only when it is published again). It goes through the Document
 * Service `update` as the requesting admin user, so that every rule of a draft write applies
 * (ours in cms/src/documents/, the workflow's: a restored draft is an edit to review again),
 * recorded as one `restore` event.
 *
 * A relation whose target no longer exists in that locale, or a media file since deleted from
 * the library, is left out; the caller is told which.
 */
import type { Core, UID } from '@strapi/strapi';
import { typeByName, uidOf, type Field } from '@cchc/content-types';
import { recordedAs } from '../events';
import { componentFields, fieldsOf, kindOf } from './fields';
import type { MediaRef, RelationRef } from './snapshot';
import type { VersionContent } from './versions';

export interface Dropped {
  /** The field's label, with the component's before it (`Ảnh đại diện › Tệp ảnh`). */
  field: string;
  /** The related document's or the file's name, as the version kept it. */
  name: string;
}

interface Context {
  strapi: Core.Strapi;
  locale: string;
  dropped: Dropped[];
}

async function relationExists({ strapi, locale }: Context, target: string, documentId: string): Promise<boolean> {
  return (await strapi.db.query(uidOf(target) as UID.Schema).count({ where: { documentId, locale, publishedAt: null } })) > 0;
}

async function mediaExists({ strapi }: Context, id: number): Promise<boolean> {
  return (await strapi.db.query('plugin::upload.file').count({ where: { id } })) > 0;
}

async function inputOf(ctx: Context, label: string, field: Field, value: unknown): Promise<unknown> {
  switch (kindOf(field)) {
    case 'media': {
      const media = value as MediaRef | null;
      if (!media) return null;
      if (await mediaExists(ctx, media.id)) return media.id;
      ctx.dropped.push({ field: label, name: media.name });
      return null;
    }
    case 'relation': {
      const { target, many } = field.relation!;
      const refs = (many ? (value as RelationRef[] | null) ?? [] : value ? [value as RelationRef] : []) as RelationRef[];
      const kept: string[] = [];
      for (const ref of refs) {
        if (await relationExists(ctx, target, ref.documentId)) kept.push(ref.documentId);
        else ctx.dropped.push({ field: label, name: ref.name });
      }
      return many ? kept : (kept[0] ?? null);
    }
    case 'component':
      return value ? inputsOf(ctx, label, componentFields(field), value as VersionContent) : null;
    case 'components': {
      const items: VersionContent[] = [];
      for (const item of (value as VersionContent[] | null) ?? []) items.push(await inputsOf(ctx, label, componentFields(field), item));
      return items;
    }
    default:
      return value;
  }
}

async function inputsOf(ctx: Context, parent: string | null, fields: Record<string, Field>, content: VersionContent): Promise<VersionContent> {
  const data: VersionContent = {};
  for (const [key, field] of Object.entries(fields)) {
    const label = parent ? `${parent} › ${field.label}` : field.label;
    data[key] = await inputOf(ctx, label, field, content[key]);
  }
  return data;
}

/** The draft data that restores `content`, and what of it could not be restored. */
export async function draftDataOf(strapi: Core.Strapi, type: string, locale: string, content: VersionContent): Promise<{ data: VersionContent; dropped: Dropped[] }> {
  const ctx: Context = { strapi, locale, dropped: [] };
  const data = await inputsOf(ctx, null, Object.fromEntries(fieldsOf(typeByName(type))), content);
  return { data, dropped: ctx.dropped };
}

/** Writes `data` as the draft, as one `restore` event by the current (request's) user. */
export function writeDraft(strapi: Core.Strapi, type: string, documentId: string, locale: string, data: VersionContent): Promise<unknown> {
  return recordedAs('restore', () => strapi.documents(uidOf(type) as UID.ContentType).update({ documentId, locale, data } as never));
}
