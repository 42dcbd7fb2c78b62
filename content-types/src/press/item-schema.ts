/**
 * The press item's JSON shape as a validator (`format=json` of an item read), for the OpenAPI
 * document and the tests. It states the same shape as the PressItem interface in item.ts, and
 * the compiler holds the two together (the assignments at the end fail to build if they part).
 */
import { z } from 'zod';
import { LOCALES } from '../locales';
import { TAXONOMIES, contentTypesWith, type ContentTypeName, type TaxonomyName } from '../model';
import type { PressItem } from './item';

const TAXONOMY_NAMES = TAXONOMIES.map((t) => t.name) as [TaxonomyName, ...TaxonomyName[]];
const CONTENT_TYPE_NAMES = contentTypesWith('press').map((t) => t.name) as [ContentTypeName, ...ContentTypeName[]];

const renditionSchema = z
  .object({
    name: z.string(),
    href: z.string().url(),
    contentType: z.string(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    size: z.number().int().optional(),
  })
  .strict();

const mediaSchema = z
  .object({
    role: z.enum(['cover', 'gallery', 'audio', 'video', 'attachment']),
    uploadId: z.string(),
    medium: z.enum(['image', 'audio', 'video', 'file']),
    href: z.string().url(),
    contentType: z.string(),
    size: z.number().int(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    duration: z.number().optional(),
    alt: z.string().optional(),
    caption: z.string().optional(),
    credit: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    renditions: z.array(renditionSchema),
  })
  .strict();

const termSchema = z
  .object({
    taxonomy: z.enum(TAXONOMY_NAMES),
    field: z.string().optional(),
    documentId: z.string(),
    name: z.string(),
    code: z.string().optional(),
    slug: z.string(),
    url: z.string().url(),
  })
  .strict();

export const pressItemSchema = z
  .object({
    type: z.enum(CONTENT_TYPE_NAMES),
    documentId: z.string(),
    locale: z.enum(LOCALES),
    uri: z.string(),
    url: z.string().url(),
    title: z.string(),
    summary: z.string(),
    bodyHtml: z.string(),
    bodyText: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    byline: z.string().optional(),
    agency: termSchema.optional(),
    terms: z.array(termSchema),
    date: z.string(),
    firstPublishedAt: z.string(),
    publishedAt: z.string().optional(),
    version: z.number().int().positive().optional(),
    updatedAt: z.string(),
    changeNotes: z.array(z.object({ at: z.string(), note: z.string() }).strict()),
    media: z.array(mediaSchema),
    event: z
      .object({
        startsAt: z.string(),
        endsAt: z.string().optional(),
        venue: z.string().optional(),
        onlineUrl: z.string().optional(),
        registrationUrl: z.string().optional(),
        status: z.string(),
        registration: z.string().optional(),
      })
      .strict()
      .optional(),
    translations: z.array(z.object({ locale: z.enum(LOCALES), url: z.string().url() }).strict()),
    related: z
      .array(
        z
          .object({
            field: z.string(),
            type: z.enum(CONTENT_TYPE_NAMES),
            documentId: z.string(),
            locale: z.enum(LOCALES),
            title: z.string(),
            url: z.string().url(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

// The compiler's check that the validator and the interface are the same type, nested objects
// and optional fields included: a field added to one and not the other fails the build.
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Deep<T> = T extends readonly (infer E)[] ? Deep<E>[] : T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
const sameShape: Identical<Deep<z.infer<typeof pressItemSchema>>, Deep<PressItem>> = true;
void sameShape;
