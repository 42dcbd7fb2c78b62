/**
 * Data access for pages: every question a page asks of the content goes through here, so that
 * one page, one listing or one feed can be rendered on its own. Documents come from the content
 * snapshot (src/lib/content-source.ts), are typed by the content model, and are indexed once per
 * snapshot.
 *
 * Every exported question is a `query`: it notes in the page's record (src/lib/page-record.ts)
 * what it was asked and a fingerprint of its answer. After a change the publisher asks each
 * noted question again against the new snapshot (`answerAgain`); a page is re-rendered exactly
 * when one of its answers changed. So a page must learn about content only through these
 * queries, and a query must not call another exported (recorded) one: it would record more
 * than the page depends on.
 *
 * Plain TypeScript (erasable syntax, `.ts` imports, no `astro:*`): the publisher runs it in Node.
 */
import {
  CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, TAXONOMIES, documentPath, isLocale, typeByName,
  type ContentTypeName, type DocumentOf, type Event, type Field, type Locale, type PublicHistory, type Ref,
  type TaxonomyName, type TrainingMaterial, type TypeName,
} from '@cchc/content-types';
import { content, historyKey, type AnyDocument, type ContentSnapshot } from './content-source.ts';
import { provinceDay } from './dates.ts';
import { fingerprint, recordRead } from './page-record.ts';
import type { Alternates } from './paths.ts';

export type { AnyDocument } from './content-source.ts';

/** A content document with its type, for lists that mix the four content types. */
export type ContentItem = { [N in ContentTypeName]: { type: N; doc: DocumentOf<N> } }[ContentTypeName];

// ---- queries: what a page asked, and what it got ------------------------------------------------

/** Each document's fingerprint, computed once per document object of a snapshot. */
const documentPrints = new WeakMap<object, string>();

/**
 * A fingerprint of an answer: documents inside it count by their own fingerprint (their whole
 * content as the CMS sent it), everything else by value.
 */
export function answerPrint(answer: unknown): string {
  return fingerprint(
    JSON.parse(
      JSON.stringify(answer ?? null, (_key, value: unknown) => {
        if (value && typeof value === 'object' && 'documentId' in value && 'locale' in value && 'updatedAt' in value) {
          let print = documentPrints.get(value);
          if (print === undefined) {
            print = fingerprint(value);
            documentPrints.set(value, print);
          }
          return `doc:${print}`;
        }
        return value instanceof Map ? [...value] : value;
      }),
    ),
  );
}

type Question = (...args: never[]) => Promise<unknown>;
const questions = new Map<string, Question>();

/** Declares an exported question: `name` and its arguments become the key it is noted under. */
function query<A extends (string | number | boolean | null | string[])[], R>(name: string, ask: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  questions.set(name, ask as unknown as Question);
  return async (...args: A) => recordRead(`${name}:${JSON.stringify(args)}`, await ask(...args), answerPrint);
}

/**
 * The fingerprint of the answer that the question noted as `key` gives now (against the
 * snapshot in use), or undefined when no such question exists any more (code changed).
 */
export async function answerAgain(key: string): Promise<string | undefined> {
  const colon = key.indexOf(':');
  const ask = questions.get(key.slice(0, colon));
  if (!ask) return undefined;
  const args = JSON.parse(key.slice(colon + 1)) as never[];
  return answerPrint(await ask(...args));
}

// ---- indexes, one set per snapshot --------------------------------------------------------------

interface Index<N extends TypeName> {
  /** Per locale, in listing order. */
  byLocale: Map<Locale, DocumentOf<N>[]>;
  /** documentId → locale → document: a document's translations. */
  byId: Map<string, Map<Locale, DocumentOf<N>>>;
}

interface Indexes {
  types: Map<TypeName, Index<TypeName>>;
  tagged: Map<TaxonomyName, Map<string, Map<Locale, ContentItem[]>>>;
}
const indexesOf = new WeakMap<ContentSnapshot, Indexes>();

async function indexes(): Promise<{ snapshot: ContentSnapshot; built: Indexes }> {
  const snapshot = await content();
  let built = indexesOf.get(snapshot);
  if (!built) {
    built = { types: new Map(), tagged: new Map() };
    indexesOf.set(snapshot, built);
  }
  return { snapshot, built };
}

function field(doc: AnyDocument, key: string): unknown {
  return (doc as Record<string, unknown>)[key];
}

/** The name or title of a document. */
export function titleOf(type: TypeName, doc: AnyDocument): string {
  return String(field(doc, typeByName(type).titleField) ?? '');
}

/** The value a listing sorts on (the type's `sortField`; an article without a date: its publication). */
function sortValue(type: TypeName, doc: AnyDocument): string | number {
  const value = field(doc, typeByName(type).sortField);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return doc.publishedAt ?? doc.createdAt;
}

function comparator(type: TypeName, locale: Locale) {
  const def = typeByName(type);
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  // Content: newest first. Taxonomies: in their own order (display order, name or code).
  const direction = def.kind === 'content' ? -1 : 1;
  return (a: AnyDocument, b: AnyDocument) => {
    const x = sortValue(type, a);
    const y = sortValue(type, b);
    const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return direction * byValue || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.documentId.localeCompare(b.documentId);
  };
}

async function indexOf<N extends TypeName>(type: N): Promise<Index<N>> {
  const { snapshot, built } = await indexes();
  let index = built.types.get(type);
  if (!index) {
    const byLocale = new Map<Locale, AnyDocument[]>(LOCALES.map((l) => [l, []]));
    const byId = new Map<string, Map<Locale, AnyDocument>>();
    for (const doc of snapshot.documents.get(type) ?? []) {
      if (!isLocale(doc.locale)) continue;
      byLocale.get(doc.locale)!.push(doc);
      if (!byId.has(doc.documentId)) byId.set(doc.documentId, new Map());
      byId.get(doc.documentId)!.set(doc.locale, doc);
    }
    for (const [locale, docs] of byLocale) docs.sort(comparator(type, locale));
    index = { byLocale, byId };
    built.types.set(type, index);
  }
  return index as unknown as Index<N>;
}

async function allOf<N extends TypeName>(type: N, locale: Locale): Promise<DocumentOf<N>[]> {
  return (await indexOf(type)).byLocale.get(locale) ?? [];
}

async function translations<N extends TypeName>(type: N, documentId: string): Promise<Map<Locale, DocumentOf<N>>> {
  return (await indexOf(type)).byId.get(documentId) ?? new Map();
}

/** Every document of a type in one language, in listing order. */
export const documentsOf = query('documents', allOf) as <N extends TypeName>(type: N, locale: Locale) => Promise<DocumentOf<N>[]>;

/** The translations of one document, by locale. */
export const translationsOf = query('translations', translations) as <N extends TypeName>(type: N, documentId: string) => Promise<Map<Locale, DocumentOf<N>>>;

export async function findDocument<N extends TypeName>(type: N, documentId: string, locale: Locale): Promise<DocumentOf<N> | undefined> {
  return (await translationsOf(type, documentId)).get(locale);
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
  const found = await translationsOf(target, ref.documentId);
  const fallback = isLocale(ref.locale) ? ref.locale : DEFAULT_LOCALE;
  for (const candidate of [locale, fallback, DEFAULT_LOCALE, ...LOCALES]) {
    const doc = found.get(candidate);
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

/** The date a mixed list sorts on: an article's date, an event's start, a material's version. */
export function itemDate(item: ContentItem): string {
  switch (item.type) {
    case 'article':
      return item.doc.date ?? item.doc.publishedAt ?? item.doc.createdAt;
    case 'event':
      return item.doc.startsAt;
    case 'training-material':
      return item.doc.versionDate;
    case 'good-practice':
      return item.doc.publishedAt ?? item.doc.createdAt;
  }
}

/** Newest first; the same date in one fixed order (type, then documentId), whatever the snapshot's order. */
function byItemDate(a: ContentItem, b: ContentItem): number {
  return itemDate(b).localeCompare(itemDate(a)) || a.type.localeCompare(b.type) || a.doc.documentId.localeCompare(b.doc.documentId);
}

/** termId → locale → content that refers to the term in any relation field, newest first. */
async function taggedIndex(termType: TaxonomyName): Promise<Map<string, Map<Locale, ContentItem[]>>> {
  const { built } = await indexes();
  let index = built.tagged.get(termType);
  if (!index) {
    index = new Map();
    for (const def of CONTENT_TYPES) {
      const keys = relationFieldsOf(def.name).filter(([, target]) => target === termType).map(([key]) => key);
      if (!keys.length) continue;
      for (const locale of LOCALES) {
        for (const doc of await allOf(def.name, locale)) {
          const ids = new Set(keys.flatMap((key) => refsIn(doc, key).map((r) => r.documentId)));
          for (const id of ids) {
            if (!index.has(id)) index.set(id, new Map());
            const perLocale = index.get(id)!;
            if (!perLocale.has(locale)) perLocale.set(locale, []);
            perLocale.get(locale)!.push({ type: def.name, doc } as ContentItem);
          }
        }
      }
    }
    for (const perLocale of index.values()) for (const items of perLocale.values()) items.sort(byItemDate);
    built.tagged.set(termType, index);
  }
  return index;
}

async function tagged(termType: TaxonomyName, termId: string, locale: Locale): Promise<ContentItem[]> {
  return (await taggedIndex(termType)).get(termId)?.get(locale) ?? [];
}

/** Content in one language that is tagged with (or otherwise related to) a taxonomy term. */
export const contentTaggedWith = query('tagged', tagged);

// ---- what readers are told of a document's life --------------------------------------------------

/** First published, last major update and change notes of one translation (from the CMS's events). */
export const historyOf = query('history', async (type: ContentTypeName, documentId: string, locale: Locale): Promise<PublicHistory | undefined> => {
  return (await content()).histories.get(historyKey(type, locale, documentId));
});

// ---- events and materials ----------------------------------------------------------------------

/** Whether an event has not ended yet, by the calendar day in the province. */
export function isUpcoming(event: Event, now: Date): boolean {
  return provinceDay(event.endsAt ?? event.startsAt) >= provinceDay(now);
}

/**
 * Events from today on, soonest first ("today" in Asia/Ho_Chi_Minh, when the page is rendered:
 * the publisher asks again after midnight).
 */
export const upcomingEvents = query('upcoming', async (locale: Locale): Promise<Event[]> => {
  const now = new Date();
  const events = (await allOf('event', locale)).filter((e) => isUpcoming(e, now));
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.documentId.localeCompare(b.documentId));
});

/** Training materials used in an event (training course). */
export const materialsOfEvent = query('materials', async (eventId: string, locale: Locale): Promise<TrainingMaterial[]> => {
  return (await allOf('training-material', locale)).filter((m) => m.trainingEvent?.documentId === eventId);
});

/** The latest documents of a content type, for the home page. */
export const latest = query('latest', async (type: ContentTypeName, locale: Locale, count: number) => {
  return (await allOf(type, locale)).slice(0, count);
}) as <N extends ContentTypeName>(type: N, locale: Locale, count: number) => Promise<DocumentOf<N>[]>;

/** The agencies with these codes (in this order), linked in the page's language where translated. */
export const agenciesByCode = query('agencies', async (codes: string[], locale: Locale): Promise<ResolvedRef[]> => {
  const all = await allOf('agency', DEFAULT_LOCALE);
  const found = codes.map((code) => all.find((a) => a.code === code)).filter((a) => a !== undefined);
  const resolved: ResolvedRef[] = [];
  for (const a of found) {
    const byLocale = await translations('agency', a.documentId);
    const doc = byLocale.get(locale) ?? a;
    resolved.push({
      name: doc.name,
      href: documentPath('agency', doc.locale as Locale, doc.slug),
      ...(doc.locale !== locale ? { lang: doc.locale as Locale } : {}),
    });
  }
  return resolved;
});
