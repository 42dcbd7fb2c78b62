/** The shape of a content type's definition; see types/ for the definitions themselves. */
import { z } from 'zod';
import { objectSchema, type Field, type ObjectOf } from './fields';
import type { Localized } from './locales';
import type { Capabilities } from './capabilities';

export type Kind = 'content' | 'taxonomy';

/**
 * The date a content document is known by: shown on its card, and the order of every list of
 * documents (a type's listing and the lists that mix types, such as a term's page), newest first.
 */
export interface DisplayDate<K extends string = string> {
  /** The field that holds it: an instant, a calendar date or a year. */
  field: K;
  /** When the field is empty (it is optional): the document's publication. */
  fallback?: 'publishedAt';
  /** What readers see: the calendar date, the date and the hour, or the year alone. */
  shows: 'date' | 'date-time' | 'year';
  /**
   * What the date is of: the content's own making (an article's date, a material's issue) or
   * what the content tells of (an event's start, the year a practice began). Syndication gives
   * only the first as the content's creation (ninjs `contentCreated`).
   */
  of: 'content' | 'subject';
}

/**
 * For a type of things that happen at a time and a place (events): the fields that say when and
 * where, for calendars and the press (iCalendar, ninjs event details).
 */
export interface Happening<K extends string = string> {
  startsAt: K;
  endsAt?: K;
  /** The place, as text ("Hội trường UBND tỉnh, 18 Trần Hưng Đạo"). */
  venue?: K;
  /** Where to join online (a meeting room, a live stream). */
  onlineUrl?: K;
  /** How to register, as text, and the link to a registration form. */
  registration?: K;
  registrationUrl?: K;
}

interface TypeDefinition<F extends Record<string, Field>, N extends string> {
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
  /** Who reads it, and what the platform does with it (capabilities.ts). */
  capabilities: Capabilities;
  fields: F;
}

/** A type of documents that readers read (articles, events, …). */
export interface ContentDefinition<
  F extends Record<string, Field> = Record<string, Field>,
  N extends string = string,
> extends TypeDefinition<F, N> {
  kind: 'content';
  /** The choice that says what kind of thing a document is (news, workshop, …), shown on its card. */
  kindField: keyof F & string;
  /** Its date, shown on its card; every list of documents is ordered by it, newest first. */
  displayDate: DisplayDate<keyof F & string>;
  /**
   * A choice shown on cards as a badge whenever it is not its usual value (an event that is
   * postponed, cancelled or held, not one that is simply scheduled).
   */
  statusField?: { field: keyof F & string; usual: string };
  /** The short text that presents a document (on cards, in feeds, as the press's description). */
  summaryField: keyof F & string;
  /** The relation to the agency that owns the document (and answers for it). */
  ownerField: keyof F & string;
  /** The field naming who wrote it, as readers see it ("Minh Anh – Sở Nội vụ"), where the type has one. */
  bylineField?: keyof F & string;
  /** Things that happen (events): which fields say when and where. */
  happening?: Happening<keyof F & string>;
}

/** A taxonomy: terms that documents are filed under (reform areas, agencies, …). */
export interface TaxonomyDefinition<
  F extends Record<string, Field> = Record<string, Field>,
  N extends string = string,
> extends TypeDefinition<F, N> {
  kind: 'taxonomy';
  /** Terms are listed in the order of this field (display order, name or code). */
  sortField: keyof F & string;
}

export type ContentTypeDefinition<
  F extends Record<string, Field> = Record<string, Field>,
  N extends string = string,
> = ContentDefinition<F, N> | TaxonomyDefinition<F, N>;

export function defineContentType<const N extends string, const F extends Record<string, Field>>(
  def: ContentDefinition<F, N>,
): ContentDefinition<F, N>;
export function defineContentType<const N extends string, const F extends Record<string, Field>>(
  def: TaxonomyDefinition<F, N>,
): TaxonomyDefinition<F, N>;
export function defineContentType(def: ContentTypeDefinition) {
  return def;
}

/** A document's date as its type declares it: the value and how it is shown. */
export interface DocumentDate {
  /**
   * An ISO instant, an ISO calendar date or a four-digit year: as strings these compare in time
   * order (a year as its very beginning), so lists of mixed types sort on them directly.
   */
  value: string;
  shows: DisplayDate['shows'];
}

/** The declared date of a document of a content type (see `displayDate`). */
export function documentDate(
  def: ContentDefinition,
  doc: { publishedAt?: string | null; createdAt: string },
): DocumentDate {
  const { field, fallback, shows } = def.displayDate;
  const own = (doc as Record<string, unknown>)[field];
  if (typeof own === 'number' || (typeof own === 'string' && own !== '')) return { value: String(own), shows };
  if (fallback === 'publishedAt') return { value: doc.publishedAt ?? doc.createdAt, shows };
  // A required field is never empty in a published document; say so rather than invent a date.
  throw new Error(`A ${def.name} without its ${field}`);
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
