/**
 * Data access for pages: every question a page asks of the content goes through here, so that
 * one page, one listing or one feed can be rendered on its own. Documents come from the
 * content store (filled by src/loaders/), are typed by the content model, and are indexed once
 * per build.
 */
import { getCollection } from 'astro:content';
import {
  CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, TAXONOMIES, contentTypeByName, documentDate, documentPath,
  isLocale, typeByName,
  type ContentTypeName, type DocumentDate, type DocumentOf, type Event, type Field, type Locale, type Ref,
  type TaxonomyName, type TrainingMaterial, type TypeName,
} from '@cchc/content-types';
import { provinceDay } from './dates';
import type { Alternates } from './paths';

/** A content document with its type, for lists that mix the four content types. */
export type ContentItem = { [N in ContentTypeName]: { type: N; doc: DocumentOf<N> } }[ContentTypeName];
export type AnyDocument = DocumentOf<TypeName>;

interface Index<N extends TypeName> {
  /** Per locale, in listing order. */
  byLocale: Map<Locale, DocumentOf<N>[]>;
  /** documentId → locale → document: a document's translations. */
  byId: Map<string, Map<Locale, DocumentOf<N>>>;
}

const indexes = new Map<TypeName, Promise<Index<TypeName>>>();

function field(doc: AnyDocument, key: string): unknown {
  return (doc as Record<string, unknown>)[key];
}

/** The name or title of a document. */
export function titleOf(type: TypeName, doc: AnyDocument): string {
  return String(field(doc, typeByName(type).titleField) ?? '');
}

function comparator(type: TypeName, locale: Locale) {
  const def = typeByName(type);
  // Content: newest first by its declared date, the order of every list of documents.
  if (def.kind === 'content') {
    return (a: AnyDocument, b: AnyDocument) => newestFirst({ type, doc: a } as ContentItem, { type, doc: b } as ContentItem);
  }
  // Taxonomies: in their own order (display order, name or code).
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  return (a: AnyDocument, b: AnyDocument) => {
    const x = field(a, def.sortField);
    const y = field(b, def.sortField);
    const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return byValue || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.documentId.localeCompare(b.documentId);
  };
}

async function indexOf<N extends TypeName>(type: N): Promise<Index<N>> {
  let index = indexes.get(type);
  if (!index) {
    index = getCollection(type).then((entries) => {
      const byLocale = new Map<Locale, AnyDocument[]>(LOCALES.map((l) => [l, []]));
      const byId = new Map<string, Map<Locale, AnyDocument>>();
      for (const { data } of entries) {
        // Stored as a string by the loader (see src/loaders/strapi-loader.ts); validated there.
        const doc = JSON.parse((data as { json: string }).json) as AnyDocument;
        if (!isLocale(doc.locale)) continue;
        byLocale.get(doc.locale)!.push(doc);
        if (!byId.has(doc.documentId)) byId.set(doc.documentId, new Map());
        byId.get(doc.documentId)!.set(doc.locale, doc);
      }
      for (const [locale, docs] of byLocale) docs.sort(comparator(type, locale));
      return { byLocale, byId };
    });
    indexes.set(type, index);
  }
  return index as unknown as Promise<Index<N>>;
}

/** Every document of a type in one language, in listing order. */
export async function documentsOf<N extends TypeName>(type: N, locale: Locale): Promise<DocumentOf<N>[]> {
  return (await indexOf(type)).byLocale.get(locale) ?? [];
}

/** The translations of one document, by locale. */
export async function translationsOf<N extends TypeName>(type: N, documentId: string): Promise<Map<Locale, DocumentOf<N>>> {
  return (await indexOf(type)).byId.get(documentId) ?? new Map();
}

export async function findDocument<N extends TypeName>(type: N, documentId: string, locale: Locale): Promise<DocumentOf<N> | undefined> {
  return (await translationsOf(type, documentId)).get(locale);
}

const slugIndexes = new WeakMap<AnyDocument[], Map<string, AnyDocument>>();

/** The document of a type in one language whose slug this is (slugs are unique per type and language). */
export async function documentBySlug<N extends TypeName>(type: N, locale: Locale, slug: string): Promise<DocumentOf<N> | undefined> {
  const docs: AnyDocument[] = (await indexOf(type)).byLocale.get(locale) ?? [];
  let bySlug = slugIndexes.get(docs);
  if (!bySlug) {
    bySlug = new Map(docs.map((doc) => [doc.slug, doc]));
    slugIndexes.set(docs, bySlug);
  }
  return bySlug.get(slug) as DocumentOf<N> | undefined;
}

/** Paths of a document's real translations (same documentId), for the language switcher and hreflang. */
export async function alternatesOf(type: TypeName, documentId: string): Promise<Alternates> {
  const out: Alternates = {};
  for (const [locale, doc] of await translationsOf(type, documentId)) out[locale] = documentPath(type, locale, doc.slug);
  return out;
}

// ---- references --------------------------------------------------------------------------------

export interface ResolvedRef {
  name: string;
  href?: string;
  /** Set when the name is in another language than the page. */
  lang?: Locale;
}

/**
 * A related term or document as a link in the page's language: its translation if it has one,
 * otherwise the version the CMS linked (marked with its language), or its Vietnamese version.
 */
export async function resolveRef(target: TypeName, ref: Ref, locale: Locale): Promise<ResolvedRef> {
  const translations = await translationsOf(target, ref.documentId);
  const fallback = isLocale(ref.locale) ? ref.locale : DEFAULT_LOCALE;
  for (const candidate of [locale, fallback, DEFAULT_LOCALE, ...LOCALES]) {
    const doc = translations.get(candidate);
    if (doc) {
      return {
        name: titleOf(target, doc),
        href: documentPath(target, candidate, doc.slug),
        ...(candidate !== locale ? { lang: candidate } : {}),
      };
    }
  }
  // Not published (any more): the name without a link.
  return { name: ref.name ?? ref.title ?? ref.slug, ...(fallback !== locale ? { lang: fallback } : {}) };
}

export async function resolveRefs(target: TypeName, refs: Ref[] | null | undefined, locale: Locale): Promise<ResolvedRef[]> {
  return Promise.all((refs ?? []).map((ref) => resolveRef(target, ref, locale)));
}

/** Relation fields of a type, with their target: `[['agency', 'agency'], ['reformAreas', 'reform-area'], …]`. */
export function relationFieldsOf(type: TypeName): [key: string, target: TypeName, many: boolean][] {
  return Object.entries(typeByName(type).fields as Record<string, Field>)
    .filter(([, f]) => f.relation)
    .map(([key, f]) => [key, f.relation!.target as TypeName, f.relation!.many]);
}

/**
 * The tagging fields: relations to a taxonomy that every content type has (agency, reform
 * areas, topics, audiences, localities), as opposed to type-specific ones (co-organisers).
 */
export function tagFields(): [key: string, target: TaxonomyName, many: boolean][] {
  const taxonomyNames = new Set<string>(TAXONOMIES.map((t) => t.name));
  const [first, ...others] = CONTENT_TYPES.map((t) => relationFieldsOf(t.name));
  return (first ?? []).filter(
    ([key, target]) => taxonomyNames.has(target) && others.every((fields) => fields.some(([k]) => k === key)),
  ) as [string, TaxonomyName, boolean][];
}

export function refsIn(doc: AnyDocument, key: string): Ref[] {
  const value = field(doc, key);
  if (Array.isArray(value)) return value as Ref[];
  return value ? [value as Ref] : [];
}

// ---- what is tagged with a term ----------------------------------------------------------------

/** A content document's date as its type declares it (`displayDate`): what its card shows. */
export function itemDate(item: ContentItem): DocumentDate {
  return documentDate(contentTypeByName(item.type), item.doc);
}

/**
 * The order of every list of documents, of one type or mixed: newest first by the declared
 * date, then the latest published, then one fixed order (type, documentId) whatever the
 * snapshot's order.
 */
function newestFirst(a: ContentItem, b: ContentItem): number {
  const x = itemDate(a).value;
  const y = itemDate(b).value;
  return (x < y ? 1 : x > y ? -1 : 0)
    || (b.doc.publishedAt ?? '').localeCompare(a.doc.publishedAt ?? '')
    || a.type.localeCompare(b.type)
    || a.doc.documentId.localeCompare(b.doc.documentId);
}

const tagged = new Map<TaxonomyName, Promise<Map<string, Map<Locale, ContentItem[]>>>>();

/** termId → locale → content that refers to the term in any relation field, newest first. */
function taggedIndex(termType: TaxonomyName) {
  let index = tagged.get(termType);
  if (!index) {
    index = (async () => {
      const out = new Map<string, Map<Locale, ContentItem[]>>();
      for (const def of CONTENT_TYPES) {
        const keys = relationFieldsOf(def.name).filter(([, target]) => target === termType).map(([key]) => key);
        if (!keys.length) continue;
        for (const locale of LOCALES) {
          for (const doc of await documentsOf(def.name, locale)) {
            const ids = new Set(keys.flatMap((key) => refsIn(doc, key).map((r) => r.documentId)));
            for (const id of ids) {
              if (!out.has(id)) out.set(id, new Map());
              const perLocale = out.get(id)!;
              if (!perLocale.has(locale)) perLocale.set(locale, []);
              perLocale.get(locale)!.push({ type: def.name, doc } as ContentItem);
            }
          }
        }
      }
      for (const perLocale of out.values()) {
        for (const items of perLocale.values()) items.sort(newestFirst);
      }
      return out;
    })();
    tagged.set(termType, index);
  }
  return index;
}

/** Content in one language that is tagged with (or otherwise related to) a taxonomy term. */
export async function contentTaggedWith(termType: TaxonomyName, termId: string, locale: Locale): Promise<ContentItem[]> {
  return (await taggedIndex(termType)).get(termId)?.get(locale) ?? [];
}

// ---- events and materials ----------------------------------------------------------------------

/** Whether an event has not ended yet, by the calendar day in the province. */
export function isUpcoming(event: Event, now: Date): boolean {
  return provinceDay(event.endsAt ?? event.startsAt) >= provinceDay(now);
}

/** Events from today on, soonest first (the build's "today", in Asia/Ho_Chi_Minh). */
export async function upcomingEvents(locale: Locale, now = new Date()): Promise<Event[]> {
  const events = (await documentsOf('event', locale)).filter((e) => isUpcoming(e, now));
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Training materials used in an event (training course). */
export async function materialsOfEvent(eventId: string, locale: Locale): Promise<TrainingMaterial[]> {
  return (await documentsOf('training-material', locale)).filter((m) => m.trainingEvent?.documentId === eventId);
}

/** The latest documents of a content type, for the home page. */
export async function latest<N extends ContentTypeName>(type: N, locale: Locale, count: number): Promise<DocumentOf<N>[]> {
  return (await documentsOf(type, locale)).slice(0, count);
}

/** The agencies with these codes (in this order), linked in the page's language where translated. */
export async function agenciesByCode(codes: string[], locale: Locale): Promise<ResolvedRef[]> {
  const all = await documentsOf('agency', DEFAULT_LOCALE);
  const found = codes.map((code) => all.find((a) => a.code === code)).filter((a) => a !== undefined);
  return Promise.all(
    found.map((a) => resolveRef('agency', { documentId: a.documentId, slug: a.slug, locale: DEFAULT_LOCALE, name: a.name }, locale)),
  );
}
