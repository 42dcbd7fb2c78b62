/**
 * A planned document as the translations the Document Service would store, worked out in
 * memory for the bulk path: a new documentId, each locale's data as the CMS's write rules leave
 * it (NFC text; a unique slug per type and locale, the Vietnamese one for a title without Latin
 * letters; the shared fields and relations of the original copied into a translation), and the
 * content the history keeps when it is published (`cms/src/history/snapshot.ts`).
 */
import { createRequire } from 'node:module';
import type { Core, UID } from '@strapi/strapi';
import { slugify, typeByName, uidOf, type Field } from '@cchc/content-types';
import { componentFields, fieldsOf, kindOf } from './corpus-cms';
import { resolveRefs, type CorpusSetup, type Data, type DocumentPlan } from './corpus-plan';

const require = createRequire(import.meta.url);
// Strapi makes documentIds with cuid2; so does the bulk path.
const { createId } = require('@paralleldrive/cuid2') as { createId: () => string };

export interface Translation {
  type: string;
  documentId: string;
  locale: string;
  slug: string;
  /** Document Service data of this locale, as stored (slug included). */
  data: Data;
  /** The owning agency's documentId (the audit log files entries under it). */
  agency: string | null;
}

/** What the bulk path reads once before it writes: rows of relation targets and files. */
export interface Lookups {
  /** Row id by `uid|documentId|locale|draft or published`. */
  rows: Map<string, number>;
  /** The name of a term's published translation, by `documentId|locale` (the history copies it). */
  names: Map<string, string>;
  files: Map<number, { url: string; alternativeText: string | null; name: string }>;
  /** Slugs taken, by `type|locale`. */
  slugs: Map<string, Set<string>>;
}

export const rowKey = (uid: string, documentId: string, locale: string, published: boolean) => `${uid}|${documentId}|${locale}|${published ? 'published' : 'draft'}`;

function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

/** `cms/src/documents/slugs.ts`: the title's slug, else another translation's; unique per type and locale. */
function slugFor(lookups: Lookups, type: string, locale: string, title: unknown, otherLocale: string | undefined): string {
  let base = typeof title === 'string' ? slugify(title) : '';
  if (!base && otherLocale) base = otherLocale;
  if (!base) throw new Error(`bulk corpus: a ${type} in ${locale} has no title to make its slug from`);
  const key = `${type}|${locale}`;
  const taken = lookups.slugs.get(key) ?? new Set<string>();
  lookups.slugs.set(key, taken);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The fields a translation shares with the original (Strapi's i18n copies them): not localized, relations included. */
function sharedFields(strapi: Core.Strapi, type: string, data: Data): Data {
  const attributes = strapi.getModel(uidOf(type) as UID.Schema).attributes as Record<string, { type: string; pluginOptions?: { i18n?: { localized?: boolean } } }>;
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => {
      const attribute = attributes[key];
      return attribute && (attribute.type === 'relation' || attribute.pluginOptions?.i18n?.localized === false);
    }),
  );
}

/** The CMS checks an image block against the uploads and rewrites it (documents/rich-text-images.ts): the bulk path does not. */
function refuseImageBlocks(data: Data): Data {
  if (JSON.stringify(data).includes('"type":"image"')) throw new Error('bulk corpus: rich text with image blocks is written through the Document Service only');
  return data;
}

/** The translations of one planned document: Vietnamese, then Khmer if it has one. */
export function translationsOf(strapi: Core.Strapi, doc: DocumentPlan, setup: CorpusSetup, lookups: Lookups): Translation[] {
  const documentId = createId();
  const titleField = typeByName(doc.type).titleField;
  const vi = refuseImageBlocks(nfc(resolveRefs(doc.vi, setup)) as Data);
  const agency = typeof vi.agency === 'string' ? vi.agency : null;
  const viSlug = slugFor(lookups, doc.type, 'vi', vi[titleField], undefined);
  const out: Translation[] = [{ type: doc.type, documentId, locale: 'vi', slug: viSlug, data: { ...vi, slug: viSlug }, agency }];
  if (doc.km) {
    const own = refuseImageBlocks(nfc(resolveRefs(doc.km, setup)) as Data);
    const shared = sharedFields(strapi, doc.type, vi);
    const overlap = Object.keys(own).filter((key) => key in shared);
    if (overlap.length) throw new Error(`bulk corpus: a translation sets shared fields (${overlap.join(', ')}), which the CMS would copy back to the original`);
    const slug = slugFor(lookups, doc.type, 'km', own[titleField], viSlug);
    out.push({ type: doc.type, documentId, locale: 'km', slug, data: { ...shared, ...own, slug }, agency });
  }
  return out;
}

// ---- the history's content of a published translation -----------------------------------

/** `valueOf` of cms/src/history/snapshot.ts, from the data written rather than read back. */
function valueOf(field: Field, raw: unknown, locale: string, lookups: Lookups): unknown {
  switch (kindOf(field)) {
    case 'media': {
      if (raw === undefined || raw === null) return null;
      const file = lookups.files.get(raw as number);
      if (!file) throw new Error(`bulk corpus: file ${String(raw)} was not looked up`);
      return { id: raw, url: file.url, alt: file.alternativeText ?? null, name: file.name };
    }
    case 'relation': {
      const ref = (documentId: string) => {
        const name = lookups.names.get(`${documentId}|${locale}`);
        if (name === undefined) throw new Error(`bulk corpus: no published ${field.relation!.target} ${documentId} in ${locale}`);
        return { documentId, name };
      };
      if (field.relation!.many) return ((raw as string[] | undefined) ?? []).map(ref);
      return raw ? ref(raw as string) : null;
    }
    case 'component':
      return raw ? shapeOf(componentFields(field), raw as Data, locale, lookups) : null;
    case 'components':
      return ((raw as Data[] | undefined) ?? []).map((item) => shapeOf(componentFields(field), item, locale, lookups));
    default: {
      const value = raw ?? field.strapi.default ?? null;
      // Strapi reads a datetime back as an ISO string in UTC.
      return value !== null && field.strapi.type === 'datetime' ? new Date(value as string).toISOString() : value;
    }
  }
}

function shapeOf(fields: Record<string, Field>, data: Data, locale: string, lookups: Lookups): Data {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, valueOf(field, data[key], locale, lookups)]));
}

export function versionContentOf(translation: Translation, lookups: Lookups): Data {
  return shapeOf(Object.fromEntries(fieldsOf(typeByName(translation.type))), translation.data, translation.locale, lookups);
}
