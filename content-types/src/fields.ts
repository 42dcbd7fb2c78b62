/**
 * Field builders: each field is declared once with its Vietnamese label and hint for editors,
 * whether it is translated per locale, and how it is validated. From one declaration come
 * the Strapi attribute (`strapi`) and the validator of the REST output the site reads (`zod`).
 */
import { z } from 'zod';
import { blocksSchema } from './blocks';
import { SLUG_PATTERN } from './slug';
import type { Localized } from './locales';

/** Words shown to editors in the admin panel (Vietnamese; the editors work in Vietnamese). */
export interface EditorText {
  /** Field label, e.g. "Tiêu đề". */
  label: string;
  /** A short hint of what goes in the field. */
  hint: string;
}

interface Options extends EditorText {
  required?: boolean;
}

export interface Field<Z extends z.ZodTypeAny = z.ZodTypeAny> extends EditorText {
  /** Translated per locale (text) or shared by all translations of a document (structure). */
  localized: boolean;
  /** The Strapi attribute, without i18n options (added by the schema builder). */
  strapi: Record<string, unknown>;
  /** Validates this field in the REST output. */
  zod: Z;
  /** For relations: the target type and which of its fields the site needs. */
  relation?: { target: string; many: boolean };
  /** For media and components: how to populate it. */
  populate?: true | { populate: Record<string, true> };
  /**
   * Rich text that is one of several sections of a document (a good practice's problem and
   * solution): the heading readers see above it, per language.
   */
  section?: Localized;
}

function optional<Z extends z.ZodTypeAny>(schema: Z, required: boolean | undefined) {
  return (required ? schema : schema.nullable().optional()) as unknown as Z;
}

type Maybe<Z extends z.ZodTypeAny, R extends boolean | undefined> = R extends true
  ? Z
  : z.ZodOptional<z.ZodNullable<Z>>;

function field<Z extends z.ZodTypeAny>(
  o: Options,
  localized: boolean,
  strapi: Record<string, unknown>,
  zod: Z,
  extra: Omit<Partial<Field>, 'zod'> = {},
): Field<Z> {
  return {
    label: o.label,
    hint: o.hint,
    localized,
    strapi: o.required ? { ...strapi, required: true } : strapi,
    zod: optional(zod, o.required),
    ...extra,
  };
}

// ---- text (translated) -------------------------------------------------------------------

export function shortText<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; maxLength?: number },
) {
  const max = o.maxLength ?? 255;
  return field(o, true, { type: 'string', maxLength: max }, z.string().max(max)) as unknown as Field<
    Maybe<z.ZodString, R>
  >;
}

export function longText<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; maxLength?: number },
) {
  const max = o.maxLength ?? 2000;
  return field(o, true, { type: 'text', maxLength: max }, z.string().max(max)) as unknown as Field<
    Maybe<z.ZodString, R>
  >;
}

/** Rich text as Strapi blocks (structured JSON, never raw HTML). */
export function richText<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; section?: Localized },
) {
  return field(o, true, { type: 'blocks' }, blocksSchema, o.section ? { section: o.section } : {}) as unknown as Field<
    Maybe<typeof blocksSchema, R>
  >;
}

/** Whether a field is rich text (Strapi blocks). */
export function isRichText(f: Field): boolean {
  return f.strapi.type === 'blocks';
}

/** URL slug generated from another field; unique per content type and locale; editable. */
export function slug(o: EditorText & { from: string }) {
  return field(
    { ...o, required: true },
    true,
    { type: 'uid', targetField: o.from },
    z.string().regex(SLUG_PATTERN),
  ) as unknown as Field<z.ZodString>;
}

// ---- structure (shared by all translations) ------------------------------------------------

export function code<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; unique?: boolean },
) {
  return field(
    o,
    false,
    { type: 'string', maxLength: 64, unique: o.unique ?? false, regex: '^[A-Za-z0-9._-]+$' },
    z.string().max(64),
  ) as unknown as Field<Maybe<z.ZodString, R>>;
}

export function url<R extends boolean | undefined = undefined>(o: Options & { required?: R }) {
  // Only http(s): a javascript: or data: link is refused at the boundary.
  return field(
    o,
    false,
    { type: 'string', maxLength: 2048, regex: '^https?://[^\\s]+$' },
    z.string().url().max(2048),
  ) as unknown as Field<Maybe<z.ZodString, R>>;
}

export function email<R extends boolean | undefined = undefined>(o: Options & { required?: R }) {
  return field(o, false, { type: 'email' }, z.string().email()) as unknown as Field<Maybe<z.ZodString, R>>;
}

export function phone<R extends boolean | undefined = undefined>(o: Options & { required?: R }) {
  return field(
    o,
    false,
    { type: 'string', maxLength: 32, regex: '^[0-9 +().-]{6,32}$' },
    z.string().max(32),
  ) as unknown as Field<Maybe<z.ZodString, R>>;
}

export function integer<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; min?: number; max?: number },
) {
  const strapi: Record<string, unknown> = { type: 'integer' };
  let zod = z.number().int();
  if (o.min !== undefined) {
    strapi.min = o.min;
    zod = zod.min(o.min);
  }
  if (o.max !== undefined) {
    strapi.max = o.max;
    zod = zod.max(o.max);
  }
  return field(o, false, strapi, zod) as unknown as Field<Maybe<z.ZodNumber, R>>;
}

export function boolean(o: EditorText & { default: boolean }) {
  return field(
    { ...o, required: true },
    false,
    { type: 'boolean', default: o.default },
    z.boolean(),
  ) as unknown as Field<z.ZodBoolean>;
}

/** A calendar date (no time), ISO `yyyy-mm-dd`. */
export function date<R extends boolean | undefined = undefined>(o: Options & { required?: R }) {
  return field(o, false, { type: 'date' }, z.string().regex(/^\d{4}-\d{2}-\d{2}$/)) as unknown as Field<
    Maybe<z.ZodString, R>
  >;
}

/** An instant, stored in UTC; shown in Asia/Ho_Chi_Minh. */
export function dateTime<R extends boolean | undefined = undefined>(
  o: Options & { required?: R },
) {
  return field(o, false, { type: 'datetime' }, z.string().datetime({ offset: true })) as unknown as Field<
    Maybe<z.ZodString, R>
  >;
}

/** A closed list of values, with their names in each language for the site. */
export function choice<const V extends readonly [string, ...string[]]>(
  o: EditorText & { values: V; labels: Record<V[number], Localized>; default: V[number] },
) {
  return {
    ...field(
      { ...o, required: true },
      false,
      { type: 'enumeration', enum: [...o.values], default: o.default },
      z.enum(o.values),
    ),
    values: o.values,
    valueLabels: o.labels,
  } as unknown as Field<z.ZodEnum<z.Writeable<V>>> & { values: V; valueLabels: Record<V[number], Localized> };
}

// ---- media ---------------------------------------------------------------------------------

/** One of the smaller copies Strapi makes of an uploaded image (`thumbnail`, `small`, …). */
export const mediaFormatSchema = z.object({
  url: z.string(),
  mime: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  /** kB, as Strapi counts them (bytes / 1000, two decimals). */
  size: z.number().nullable().optional(),
  sizeInBytes: z.number().nullable().optional(),
});
export type MediaFormat = z.infer<typeof mediaFormatSchema>;

export const mediaSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  url: z.string(),
  mime: z.string(),
  ext: z.string().nullable().optional(),
  /** kB, as Strapi counts them (bytes / 1000, two decimals). */
  size: z.number(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  /** An image's smaller copies, by name. */
  formats: z.record(mediaFormatSchema).nullable().optional(),
  /** Seconds, for audio and video: measured by the CMS when the file is uploaded. */
  duration: z.number().nullable().optional(),
});
export type Media = z.infer<typeof mediaSchema>;

type MediaKind = 'images' | 'files' | 'videos' | 'audios';

export function media<R extends boolean | undefined = undefined>(
  o: Options & { required?: R; allowed: MediaKind[]; localized?: boolean },
) {
  return field(
    o,
    o.localized ?? false,
    { type: 'media', multiple: false, allowedTypes: o.allowed },
    mediaSchema,
    { populate: true },
  ) as unknown as Field<Maybe<typeof mediaSchema, R>>;
}

// ---- components ----------------------------------------------------------------------------

export interface ComponentDefinition<F extends Record<string, Field> = Record<string, Field>> {
  /** Strapi uid, `category.name`. */
  uid: string;
  displayName: string;
  description: string;
  icon: string;
  fields: F;
}

export type ObjectOf<F extends Record<string, Field>> = z.ZodObject<{ [K in keyof F]: F[K]['zod'] }>;

export function objectSchema<F extends Record<string, Field>>(fields: F): ObjectOf<F> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod]));
  return z.object(shape) as ObjectOf<F>;
}

function componentPopulate(def: ComponentDefinition): Field['populate'] {
  const media = Object.entries(def.fields).filter(([, f]) => f.populate === true);
  return media.length ? { populate: Object.fromEntries(media.map(([k]) => [k, true])) } : true;
}

/** One embedded component (e.g. a cover image with its alt text). Translated as a whole. */
export function component<F extends Record<string, Field>, R extends boolean | undefined = undefined>(
  def: ComponentDefinition<F>,
  o: Options & { required?: R },
) {
  return field(
    o,
    true,
    { type: 'component', component: def.uid, repeatable: false },
    objectSchema(def.fields),
    { populate: componentPopulate(def) },
  ) as unknown as Field<Maybe<ObjectOf<F>, R>>;
}

/** A list of embedded components (gallery, attachments, measured results). */
export function components<F extends Record<string, Field>>(
  def: ComponentDefinition<F>,
  o: Options & { min?: number; max?: number },
) {
  const strapi: Record<string, unknown> = { type: 'component', component: def.uid, repeatable: true };
  if (o.min !== undefined) strapi.min = o.min;
  if (o.max !== undefined) strapi.max = o.max;
  return field({ ...o, required: false }, true, strapi, z.array(objectSchema(def.fields)), {
    populate: componentPopulate(def),
  }) as unknown as Field<z.ZodOptional<z.ZodNullable<z.ZodArray<ObjectOf<F>>>>>;
}

// ---- relations -----------------------------------------------------------------------------

/** What the site gets of a related taxonomy term or document. */
export const refSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale: z.string().nullable().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  code: z.string().nullable().optional(),
});
export type Ref = z.infer<typeof refSchema>;

/**
 * Relations are shared structure, but Strapi 5 keeps them per locale: the CMS copies them to
 * the other translations of a document (see cms/src/documents/shared-relations.ts).
 */
export function relationToOne<R extends boolean | undefined = undefined>(
  target: string,
  o: Options & { required?: R },
) {
  return field(
    o,
    false,
    { type: 'relation', relation: 'manyToOne', target: `api::${target}.${target}` },
    refSchema,
    { relation: { target, many: false } },
  ) as unknown as Field<Maybe<typeof refSchema, R>>;
}

export function relationToMany(target: string, o: EditorText) {
  return field(
    o,
    false,
    { type: 'relation', relation: 'manyToMany', target: `api::${target}.${target}` },
    z.array(refSchema),
    { relation: { target, many: true } },
  ) as unknown as Field<z.ZodOptional<z.ZodNullable<z.ZodArray<typeof refSchema>>>>;
}
