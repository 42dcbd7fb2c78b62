/**
 * Relations are structure, shared by all translations of a document (the definition marks them
 * not localised), but Strapi 5 stores them per locale. This keeps the drafts of every locale in
 * step: a write that sets relations copies them to the document's other locales, and a new
 * translation starts with the relations of an existing one. A target that has no version in a
 * locale (an untranslated taxonomy term) is left out there rather than failing the save.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, typeByName, uidOf, type Field } from '@cchc/content-types';
import { causedBy } from '../events';

const syncing = new AsyncLocalStorage<true>();

export function isSyncing(): boolean {
  return syncing.getStore() === true;
}

type RelationField = [key: string, relation: NonNullable<Field['relation']>];

export function relationFields(typeName: string): RelationField[] {
  return Object.entries(typeByName(typeName).fields as Record<string, Field>)
    .filter(([, f]) => f.relation)
    .map(([key, f]) => [key, f.relation!]);
}

type Row = Record<string, unknown> & { documentId: string; locale: string };

async function draftOf(strapi: Core.Strapi, typeName: string, documentId: string, locale: string) {
  const populate = Object.fromEntries(relationFields(typeName).map(([key]) => [key, { select: ['documentId'] }]));
  return (await strapi.db
    .query(uidOf(typeName) as UID.Schema)
    .findOne({ where: { documentId, locale, publishedAt: null }, populate })) as Row | null;
}

async function draftLocales(strapi: Core.Strapi, typeName: string, documentId: string): Promise<string[]> {
  const rows = (await strapi.db
    .query(uidOf(typeName) as UID.Schema)
    .findMany({ where: { documentId, publishedAt: null }, select: ['locale'] })) as { locale: string }[];
  return rows.map((r) => r.locale);
}

function targetIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((v) => (v as { documentId: string }).documentId);
}

/** Relation data for `locale`, keeping only targets that exist in that locale. */
async function relationDataFor(strapi: Core.Strapi, typeName: string, source: Row, locale: string) {
  const data: Record<string, unknown> = {};
  for (const [key, relation] of relationFields(typeName)) {
    const wanted = targetIds(source[key]);
    const found = wanted.length
      ? ((await strapi.db
          .query(uidOf(relation.target) as UID.Schema)
          .findMany({ where: { documentId: { $in: wanted }, locale }, select: ['documentId'] })) as {
          documentId: string;
        }[])
      : [];
    const present = new Set(found.map((f) => f.documentId));
    const kept = wanted.filter((id) => present.has(id)).map((documentId) => ({ documentId, locale }));
    data[key] = relation.many ? { set: kept } : kept[0] ? { set: [kept[0]] } : null;
  }
  return data;
}

async function copyRelations(strapi: Core.Strapi, typeName: string, source: Row, toLocale: string) {
  const data = await relationDataFor(strapi, typeName, source, toLocale);
  // Still a Document Service write, so the event point records it, as caused by the copy.
  await syncing.run(true, () =>
    causedBy('shared-relations', () =>
      strapi.documents(uidOf(typeName) as UID.ContentType).update({ documentId: source.documentId, locale: toLocale, data } as never),
    ),
  );
}

/** After `locale` of a document was written with relation fields: copy them to its other locales. */
export async function pushRelations(strapi: Core.Strapi, typeName: string, documentId: string, locale: string) {
  const source = await draftOf(strapi, typeName, documentId, locale);
  if (!source) return;
  for (const other of await draftLocales(strapi, typeName, documentId)) {
    if (other !== locale) await copyRelations(strapi, typeName, source, other);
  }
}

/**
 * For a new translation written without relations: the relations of an existing locale
 * (Vietnamese first), as data to merge into the write, so that publishing it at once passes
 * validation of required relations.
 */
export async function relationsForNewTranslation(
  strapi: Core.Strapi,
  typeName: string,
  documentId: string,
  locale: string,
): Promise<Record<string, unknown>> {
  const locales = (await draftLocales(strapi, typeName, documentId)).filter((l) => l !== locale);
  const from = locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0];
  if (!from) return {};
  const source = await draftOf(strapi, typeName, documentId, from);
  return source ? relationDataFor(strapi, typeName, source, locale) : {};
}
