/**
 * The press item's JSON shape as a validator (`format=json` of an item read), for the OpenAPI
 * document and the tests. It states the same shape as the PressItem interface in item.ts, and
 * the compiler holds the two together (the assignments at the end fail to build if they part).
 */
import { z } from 'zod';
import { LOCALES } from '../locales';
import { TAXONOMIES } from '../model';
import { PRESS_TYPES } from './feed';
import type { PressItem } from './item';

const TAXONOMY_NAMES = TAXONOMIES.map((t) => t.name) as [string, ...string[]];

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
    documentId: z.string(),
    name: z.string(),
    code: z.string().optional(),
    slug: z.string(),
    url: z.string().url(),
  })
  .strict();

export const pressItemSchema = z
  .object({
    type: z.enum(PRESS_TYPES),
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
      })
      .strict()
      .optional(),
    translations: z.array(z.object({ locale: z.enum(LOCALES), url: z.string().url() }).strict()),
  })
  .strict();

// The compiler's check that the validator and the interface say the same (both directions).
type Parsed = z.infer<typeof pressItemSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Omit<Parsed, 'type' | 'terms' | 'agency'>, Omit<PressItem, 'type' | 'terms' | 'agency'>> = true;
void sameShape;
