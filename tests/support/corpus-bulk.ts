/**
 * The bulk path: a planned corpus written in batched inserts, a few hundred documents per
 * transaction, instead of one Document Service call per document. Each transaction writes what
 * those calls would have written (./corpus-rows.ts: content, components, media, relations, a
 * draft and a published row per locale; ./corpus-records.ts: the events and what derives from
 * them), so the database is the same; tests/cms/corpus.test.ts checks that it is.
 *
 * What it writes is what a corpus needs, and it refuses the rest rather than write it wrong: new
 * documents, each created published with its translations, by the system; relations to taxonomy
 * terms (published in every locale used); no image blocks in rich text (the CMS rewrites those
 * from the upload's row); no database with press webhook endpoints (their deliveries are not
 * queued).
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, typeByName, uidOf } from '@cchc/content-types';
import type { CorpusPlan, CorpusSetup, DocumentPlan } from './corpus-plan';
import { recordTranslations, refuseWebhooks } from './corpus-records';
import { insertEntries, type Entry } from './corpus-rows';
import { rowKey, translationsOf, type Lookups, type Translation } from './corpus-translations';

/** Documents per transaction: big enough to batch well, small enough to keep each one short. */
const DOCUMENTS_PER_TRANSACTION = 500;

interface Row {
  id: number;
  documentId: string;
  locale: string;
  publishedAt: string | null;
  [field: string]: unknown;
}

/** Rows of every term the plan links to, the files it uses, and the slugs already taken. */
async function readLookups(strapi: Core.Strapi, plan: CorpusPlan, setup: CorpusSetup): Promise<Lookups> {
  const lookups: Lookups = { rows: new Map(), names: new Map(), files: new Map(), slugs: new Map() };
  for (const type of new Set(plan.terms.map((t) => t.type))) {
    const uid = uidOf(type);
    const titleField = typeByName(type).titleField;
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ select: ['id', 'documentId', 'locale', 'publishedAt', titleField] })) as Row[];
    for (const row of rows) {
      lookups.rows.set(rowKey(uid, row.documentId, row.locale, row.publishedAt !== null), row.id);
      if (row.publishedAt !== null) lookups.names.set(`${row.documentId}|${row.locale}`, String(row[titleField]));
    }
  }
  const files = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: setup.images } }, select: ['id', 'url', 'alternativeText', 'name'] })) as {
    id: number;
    url: string;
    alternativeText: string | null;
    name: string;
  }[];
  for (const file of files) lookups.files.set(file.id, file);
  for (const def of CONTENT_TYPES) {
    const rows = (await strapi.db.query(uidOf(def.name) as UID.Schema).findMany({ select: ['locale', 'slug'] })) as { locale: string; slug: string | null }[];
    for (const row of rows) {
      if (!row.slug) continue;
      const key = `${def.name}|${row.locale}`;
      lookups.slugs.set(key, (lookups.slugs.get(key) ?? new Set()).add(row.slug));
    }
  }
  return lookups;
}

/** Each translation as two rows, its draft and its published version, as a publish leaves them. */
async function writeRows(strapi: Core.Strapi, translations: Translation[], at: Date, lookups: Lookups): Promise<void> {
  const targetRow = (uid: string, documentId: string, locale: string, published: boolean) => {
    const id = lookups.rows.get(rowKey(uid, documentId, locale, published));
    if (id === undefined) throw new Error(`bulk corpus: no ${published ? 'published' : 'draft'} ${uid} ${documentId} in ${locale} to link to`);
    return id;
  };
  for (const type of new Set(translations.map((t) => t.type))) {
    const entries: Entry[] = translations
      .filter((t) => t.type === type)
      .flatMap((t) =>
        [false, true].map((published) => ({
          data: t.data,
          system: { documentId: t.documentId, locale: t.locale, publishedAt: published ? at : null, createdAt: at, updatedAt: at },
          locale: t.locale,
          published,
        })),
      );
    await insertEntries(strapi, uidOf(type), entries, targetRow);
  }
}

/**
 * Writes the planned documents (their terms and images exist: `setup`) in the caller's CMS, in
 * batches, with their events and records. A database with press webhook endpoints is refused.
 */
export async function writeDocumentsInBulk(strapi: Core.Strapi, plan: CorpusPlan, setup: CorpusSetup, log: (line: string) => void): Promise<void> {
  await refuseWebhooks(strapi);
  // Every listener has handled what came before (the set-up's terms), so that the bulk path
  // can move their cursors past its own events.
  await strapi.get<{ idle(): Promise<void> }>('document-events').idle();
  const lookups = await readLookups(strapi, plan, setup);
  const started = Date.now();
  for (let i = 0; i < plan.documents.length; i += DOCUMENTS_PER_TRANSACTION) {
    const batch: DocumentPlan[] = plan.documents.slice(i, i + DOCUMENTS_PER_TRANSACTION);
    await strapi.db.transaction(async ({ trx }: { trx: Parameters<typeof recordTranslations>[1] }) => {
      const at = new Date();
      const translations = batch.flatMap((doc) => translationsOf(strapi, doc, setup, lookups));
      await writeRows(strapi, translations, at, lookups);
      await recordTranslations(strapi, trx, translations, at, lookups);
    });
    const done = Math.min(i + DOCUMENTS_PER_TRANSACTION, plan.documents.length);
    if (done % 2000 === 0 || done === plan.documents.length) log(`corpus (bulk): ${done}/${plan.documents.length} documents (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
