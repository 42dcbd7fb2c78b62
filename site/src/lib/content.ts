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
  SITE_CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, SITE_TAXONOMIES, contentTypeByName, documentDate, documentPath,
  isLocale, typeByName,
  type ContentTypeName, type DocumentDate, type DocumentOf, type Event, type Field, type Locale, type PublicHistory, type Ref,
  type TaxonomyName, type TrainingMaterial, type TypeName,
} from '@cchc/content-types';
import { content, historyKey, type AnyDocument, type ContentSnapshot } from './content-source.ts';
import { provinceDay } from './dates.ts';
import { numberedPages, pageItems } from './pagination.ts';
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
type Args = (string | number | boolean | null | string[])[];

/**
 * What changed between two snapshots, for the publisher (site/publisher/changes.ts): so that it
 * asks again only the questions that change can touch, and a publish costs what the change
 * costs, not what the site weighs.
 */
export interface ContentChange {
  /** `type/documentId` of every document whose content or change notes changed, appeared or went. */
  documents: ReadonlySet<string>;
  /** `type/locale` of every list in which a document changed, appeared or went. */
  lists: ReadonlySet<string>;
}

/** Whether a change can touch a question's answer, from its arguments. */
type TouchedBy<A extends Args> = (change: ContentChange, ...args: A) => boolean;

const questions = new Map<string, { ask: Question; touchedBy: (change: ContentChange, ...args: never[]) => boolean }>();

/**
 * Declares an exported question: `name` and its arguments become the key it is noted under;
 * `touchedBy` says which changes can alter its answer (left out: every change, and the clock).
 */
function query<A extends Args, R>(name: string, ask: (...args: A) => Promise<R>, touchedBy?: TouchedBy<A>): (...args: A) => Promise<R> {
  questions.set(name, { ask: ask as unknown as Question, touchedBy: (touchedBy ?? (() => true)) as unknown as (change: ContentChange, ...args: never[]) => boolean });
  return async (...args: A) => recordRead(`${name}:${JSON.stringify(args)}`, await ask(...args), answerPrint);
}

const parsedKeys = new Map<string, { name: string; args: never[] }>();

/** A noted key read back (kept: the publisher reads the same keys at every publish). */
function parseKey(key: string): { name: string; args: never[] } {
  let parsed = parsedKeys.get(key);
  if (!parsed) {
    const colon = key.indexOf(':');
    parsed = { name: key.slice(0, colon), args: JSON.parse(key.slice(colon + 1)) as never[] };
    parsedKeys.set(key, parsed);
  }
  return parsed;
}

/**
 * The fingerprint of the answer that the question noted as `key` gives now (against the
 * snapshot in use), or undefined when no such question exists any more (code changed).
 */
export async function answerAgain(key: string): Promise<string | undefined> {
  const { name, args } = parseKey(key);
  const question = questions.get(name);
  return question ? answerPrint(await question.ask(...args)) : undefined;
}

/** Whether `change` can have changed the answer of the question noted as `key` (cheap: no content read). */
export function touchedBy(key: string, change: ContentChange): boolean {
  const { name, args } = parseKey(key);
  const question = questions.get(name);
  return !question || question.touchedBy(change, ...args);
}

// The usual dependencies of a question: one document, one list, or any content in a language.
const ofDocument = (change: ContentChange, type: string, documentId: string) => change.documents.has(`${type}/${documentId}`);
const ofList = (change: ContentChange, type: string, locale: string) => change.lists.has(`${type}/${locale}`);
const ofContentIn = (change: ContentChange, locale: string) => SITE_CONTENT_TYPES.some((t) => ofList(change, t.name, locale));

// ---- indexes, one set per snapshot --------------------------------------------------------------

interface Index<N extends TypeName> {
  /** Per locale, in listing order. */
  byLocale: Map<Locale, DocumentOf<N>[]>;
  /** documentId → locale → document: a document's translations. */
  byId: Map<string, Map<Locale, DocumentOf<N>>>;
}

interface Indexes {
  tagged: Map<TaxonomyName, Map<string, Map<Locale, ContentItem[]>>>;
}
/**
 * A type's index is kept with its list of documents: a new snapshot that changed one type
 * shares the others' lists with the old one, and so their indexes.
 */
const typeIndexes = new WeakMap<readonly AnyDocument[], Index<TypeName>>();
const indexesOf = new WeakMap<ContentSnapshot, Indexes>();

async function indexes(): Promise<{ snapshot: ContentSnapshot; built: Indexes }> {
  const snapshot = await content();
  let built = indexesOf.get(snapshot);
  if (!built) {
    built = { tagged: new Map() };
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

const NO_DOCUMENTS: readonly AnyDocument[] = [];

async function indexOf<N extends TypeName>(type: N): Promise<Index<N>> {
  const list = (await content()).documents.get(type) ?? NO_DOCUMENTS;
  let index = typeIndexes.get(list);
  if (!index) {
    const byLocale = new Map<Locale, AnyDocument[]>(LOCALES.map((l) => [l, []]));
    const byId = new Map<string, Map<Locale, AnyDocument>>();
    for (const doc of list) {
      if (!isLocale(doc.locale)) continue;
      byLocale.get(doc.locale)!.push(doc);
      if (!byId.has(doc.documentId)) byId.set(doc.documentId, new Map());
      byId.get(doc.documentId)!.set(doc.locale, doc);
    }
    for (const [locale, docs] of byLocale) docs.sort(comparator(type, locale));
    index = { byLocale, byId };
    typeIndexes.set(list, index);
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
export const documentsOf = query('documents', allOf, ofList) as <N extends TypeName>(type: N, locale: Locale) => Promise<DocumentOf<N>[]>;

/** The translations of one document, by locale. */
export const translationsOf = query('translations', translations, ofDocument) as <N extends TypeName>(type: N, documentId: string) => Promise<Map<Locale, DocumentOf<N>>>;

const slugIndexes = new WeakMap<readonly AnyDocument[], Map<string, AnyDocument>>();

/** The document of a type in one language whose slug this is (slugs are unique per type and language). */
export const documentBySlug = query('slug', async (type: TypeName, locale: Locale, slug: string) => {
  const docs = await allOf(type, locale);
  let bySlug = slugIndexes.get(docs);
  if (!bySlug) {
    bySlug = new Map(docs.map((doc) => [doc.slug, doc]));
    slugIndexes.set(docs, bySlug);
  }
  return bySlug.get(slug);
}, ofList) as <N extends TypeName>(type: N, locale: Locale, slug: string) => Promise<DocumentOf<N> | undefined>;

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
  let fields = relationFields.get(type);
  if (!fields) {
    fields = Object.entries(typeByName(type).fields as Record<string, Field>)
      .filter(([, f]) => f.relation)
      .map(([key, f]) => [key, f.relation!.target as TypeName, f.relation!.many]);
    relationFields.set(type, fields);
  }
  return fields;
}
/** The content model does not change while the site runs: each type's list is made once. */
const relationFields = new Map<TypeName, [key: string, target: TypeName, many: boolean][]>();

/**
 * The tagging fields: relations to a taxonomy that every content type has (agency, reform
 * areas, topics, audiences, localities), as opposed to type-specific ones (co-organisers).
 */
export function tagFields(): [key: string, target: TaxonomyName, many: boolean][] {
  if (!tagFieldList) {
    const taxonomyNames = new Set<string>(SITE_TAXONOMIES.map((t) => t.name));
    const [first, ...others] = SITE_CONTENT_TYPES.map((t) => relationFieldsOf(t.name));
    tagFieldList = (first ?? []).filter(
      ([key, target]) => taxonomyNames.has(target) && others.every((fields) => fields.some(([k]) => k === key)),
    ) as [string, TaxonomyName, boolean][];
  }
  return tagFieldList;
}
let tagFieldList: [key: string, target: TaxonomyName, many: boolean][] | undefined;

export function refsIn(doc: AnyDocument, key: string): Ref[] {
  const value = field(doc, key);
  if (Array.isArray(value)) return value as Ref[];
  return value ? [value as Ref] : [];
}

// ---- what is tagged with a term ----------------------------------------------------------------

const itemDates = new WeakMap<object, DocumentDate>();

/** A content document's date as its type declares it (`displayDate`): what its card shows. */
export function itemDate(item: ContentItem): DocumentDate {
  // Asked at every comparison of a sort: computed once per document.
  let date = itemDates.get(item.doc);
  if (!date) {
    date = documentDate(contentTypeByName(item.type), item.doc);
    itemDates.set(item.doc, date);
  }
  return date;
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

/** termId → locale → content that refers to the term in any relation field, newest first. */
async function taggedIndex(termType: TaxonomyName): Promise<Map<string, Map<Locale, ContentItem[]>>> {
  const { built } = await indexes();
  let index = built.tagged.get(termType);
  if (!index) {
    index = new Map();
    for (const def of SITE_CONTENT_TYPES) {
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
    for (const perLocale of index.values()) for (const items of perLocale.values()) items.sort(newestFirst);
    built.tagged.set(termType, index);
  }
  return index;
}

async function tagged(termType: TaxonomyName, termId: string, locale: Locale): Promise<ContentItem[]> {
  return (await taggedIndex(termType)).get(termId)?.get(locale) ?? [];
}

/** Content in one language that is tagged with (or otherwise related to) a taxonomy term. */
export const contentTaggedWith = query('tagged', tagged, (change, _termType, _termId, locale) => ofContentIn(change, locale));

/** How much content in one language is filed under a term. */
export const taggedCount = query(
  'tagged-count',
  async (termType: TaxonomyName, termId: string, locale: Locale) => (await tagged(termType, termId, locale)).length,
  (change, _termType, _termId, locale) => ofContentIn(change, locale),
);

// ---- pages of a list --------------------------------------------------------------------------

/** One page of a list (src/lib/pagination.ts): its items and what its pager and heading need. */
export interface ListPage<T> {
  items: T[];
  /** Numbered pages, as the pager needs it (see `pageOfList`). */
  numbered: number;
  /** How many items the list has: on the front page only. */
  total: number | undefined;
}

/**
 * The answer is exactly what the page shows, so that the page is rendered again only when that
 * changes: a numbered page's pager depends on the count of numbered pages only through whether
 * a newer numbered page exists, so it is given the smallest count that says the same.
 */
function pageOfList<T>(all: readonly T[], page: number | null): ListPage<T> | undefined {
  const items = pageItems(all, page ?? undefined);
  if (!items) return undefined;
  const numbered = numberedPages(all.length);
  if (page === null) return { items, numbered, total: all.length };
  return { items, numbered: page < numbered ? page + 1 : page, total: undefined };
}

/** One page of a content type's listing (`null`: the front page); undefined when there is no such page. */
export const listingPage = query('listing', async (type: ContentTypeName, locale: Locale, page: number | null) => pageOfList(await allOf(type, locale), page), ofList) as
  <N extends ContentTypeName>(type: N, locale: Locale, page: number | null) => Promise<ListPage<DocumentOf<N>> | undefined>;

/** One page of what is filed under a term (`null`: the front page); undefined when there is no such page. */
export const termPage = query(
  'term-page',
  async (termType: TaxonomyName, termId: string, locale: Locale, page: number | null) => pageOfList(await tagged(termType, termId, locale), page),
  (change, _termType, _termId, locale) => ofContentIn(change, locale),
);

// ---- what readers are told of a document's life --------------------------------------------------

/** First published, last major update and change notes of one translation (from the CMS's events). */
export const historyOf = query('history', async (type: ContentTypeName, documentId: string, locale: Locale): Promise<PublicHistory | undefined> => {
  return (await content()).histories.get(historyKey(type, locale, documentId));
}, ofDocument);

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
}, (change, _eventId, locale) => ofList(change, 'training-material', locale));

/** The latest documents of a content type, for the home page. */
export const latest = query('latest', async (type: ContentTypeName, locale: Locale, count: number) => {
  return (await allOf(type, locale)).slice(0, count);
}, ofList) as <N extends ContentTypeName>(type: N, locale: Locale, count: number) => Promise<DocumentOf<N>[]>;

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
}, (change, _codes, locale) => ofList(change, 'agency', DEFAULT_LOCALE) || ofList(change, 'agency', locale));

// ---- feeds ---------------------------------------------------------------------------------------

/** The newest content of every type in one language, in the order of every list: the language's feed. */
export const latestContent = query('latest-content', async (locale: Locale, count: number): Promise<ContentItem[]> => {
  const all: ContentItem[] = [];
  for (const def of SITE_CONTENT_TYPES) for (const doc of await allOf(def.name, locale)) all.push({ type: def.name, doc } as ContentItem);
  return all.sort(newestFirst).slice(0, count);
}, (change, locale) => ofContentIn(change, locale));

/** The newest content filed under a term: a reform area's feed. */
export const latestTagged = query(
  'latest-tagged',
  async (termType: TaxonomyName, termId: string, locale: Locale, count: number) => (await tagged(termType, termId, locale)).slice(0, count),
  (change, _termType, _termId, locale) => ofContentIn(change, locale),
);

/** The newest radio items (articles of the kind `audio` with their broadcast): the podcast. */
export const latestRadio = query('latest-radio', async (locale: Locale, count: number) => {
  return (await allOf('article', locale)).filter((a) => a.kind === 'audio' && a.audio).slice(0, count);
}, (change, locale) => ofList(change, 'article', locale));
