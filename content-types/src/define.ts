/** The shape of a content type's definition; see types/ for the definitions themselves. */
import { z } from 'zod';
import { objectSchema, type Field, type ObjectOf } from './fields';
import type { Localized } from './locales';

export type Kind = 'content' | 'taxonomy';

export interface ContentTypeDefinition<
  F extends Record<string, Field> = Record<string, Field>,
  N extends string = string,
> {
  /** Strapi singular name; the uid is `api::<name>.<name>`. */
  name: N;
  /** Strapi plural name; the REST collection is `/api/<plural>`. */
  plural: string;
  kind: Kind;
  /** What the type is called, per language (Vietnamese for the admin panel). */
  displayName: Localized;
  pluralName: Localized;
  /** A sentence for editors about what belongs in this type. */
  description: string;
  /** The field that names a document (and from which its slug is made). */
  titleField: 'title' | 'name';
  /** Public URL segment of the type, the same in every language: /tin-bai/<slug>. */
  route: string;
  /** Listings are ordered by this field, newest first. */
  sortField: string;
  fields: F;
}

export function defineContentType<const N extends string, const F extends Record<string, Field>>(
  def: ContentTypeDefinition<F, N>,
) {
  return def;
}

/** Fields every REST document carries besides its own. */
const systemShape = {
  id: z.number(),
  documentId: z.string(),
  locale: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
};

export type DocumentSchema<F extends Record<string, Field>> = z.ZodObject<
  ObjectOf<F>['shape'] & typeof systemShape
>;

/** Validator of one document of this type as the REST API returns it (populated). */
export function documentSchema<F extends Record<string, Field>>(
  def: ContentTypeDefinition<F, string>,
): DocumentSchema<F> {
  return objectSchema(def.fields).extend(systemShape) as DocumentSchema<F>;
}
