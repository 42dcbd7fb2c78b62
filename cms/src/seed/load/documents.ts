/**
 * Writes one document in each of its languages through the Document Service (so that the
 * document middlewares make slugs and normalise text), then publishes each language. Every
 * step first checks what is already there, so a second run writes nothing and an interrupted
 * run is completed rather than duplicated. A language that was live once and is not now was
 * withdrawn by an editor: the seed leaves it withdrawn.
 */
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, uidOf, type Locale, type TypeName } from '@cchc/content-types';
import { readPublishes } from '../../events/log';

type Data = Record<string, unknown>;

/** The few Document Service calls the seed makes, typed loosely: the content types are ours. */
interface DocumentApi {
  findFirst(params: { locale: string; status: 'draft'; filters: Data; fields: string[] }): Promise<{ documentId: string } | null>;
  create(params: { locale: string; data: Data }): Promise<{ documentId: string }>;
  update(params: { documentId: string; locale: string; data: Data }): Promise<unknown>;
  publish(params: { documentId: string; locale: string }): Promise<unknown>;
}

export interface DocumentPlan {
  type: TypeName;
  /** Shown in the progress output. */
  label: string;
  /** Finds the Vietnamese draft of this document on a later run. */
  identity: Data;
  /** The languages to write, Vietnamese first. */
  locales: readonly Locale[];
  /** The data of one language; built only when that language is written. */
  data(locale: Locale): Promise<Data>;
  /** False leaves every language a draft. */
  publish: boolean;
}

export interface DocumentOutcome {
  documentId: string;
  locales: Locale[];
  /** Languages written by this run. */
  created: Locale[];
  /** Languages published by this run. */
  published: Locale[];
}

function documentsOf(strapi: Core.Strapi, type: TypeName): DocumentApi {
  return strapi.documents(uidOf(type) as UID.ContentType) as unknown as DocumentApi;
}

async function hasRow(strapi: Core.Strapi, type: TypeName, documentId: string, locale: Locale, published: boolean) {
  const where = { documentId, locale, publishedAt: published ? { $notNull: true } : { $null: true } };
  return (await strapi.db.query(uidOf(type) as UID.Schema).count({ where })) > 0;
}

export async function ensureDocument(strapi: Core.Strapi, plan: DocumentPlan): Promise<DocumentOutcome> {
  if (plan.locales[0] !== DEFAULT_LOCALE) throw new Error(`[seed] ${plan.label}: Vietnamese must come first`);
  const documents = documentsOf(strapi, plan.type);
  const created: Locale[] = [];
  const published: Locale[] = [];

  const found = await documents.findFirst({ locale: DEFAULT_LOCALE, status: 'draft', filters: plan.identity, fields: ['documentId'] });
  let documentId = found?.documentId;
  if (!documentId) {
    documentId = (await documents.create({ locale: DEFAULT_LOCALE, data: await plan.data(DEFAULT_LOCALE) })).documentId;
    created.push(DEFAULT_LOCALE);
  }

  for (const locale of plan.locales.slice(1)) {
    if (await hasRow(strapi, plan.type, documentId, locale, false)) continue;
    // Updating a locale the document lacks creates that translation (Strapi 5).
    await documents.update({ documentId, locale, data: await plan.data(locale) });
    created.push(locale);
  }

  if (plan.publish) {
    for (const locale of plan.locales) {
      if (await hasRow(strapi, plan.type, documentId, locale, true)) continue;
      if ((await readPublishes(strapi, plan.type, locale, [documentId])).length) continue;
      await documents.publish({ documentId, locale });
      published.push(locale);
    }
  }
  return { documentId, locales: [...plan.locales], created, published };
}
