/**
 * A generated corpus for the benchmarks and tests: N documents across the four content types,
 * Vietnamese with a Khmer translation for about one in ten, tagged with a few taxonomy terms and
 * sharing a handful of cover images (as a real archive reuses photos). What it holds is planned
 * first (./corpus-plan.ts); the terms and images are then made through Strapi's services, and
 * the documents are written one of two ways, all as the system doing `corpus`:
 *
 *  - `document-service`, the reference: one Document Service call per document and translation,
 *    through every middleware and hook of the CMS, like any other content. About 12 documents a
 *    second on PostgreSQL here (1,000 in 85 s): a quarter of an hour or more for 10,000.
 *  - `bulk`, the default: batched inserts, a few hundred documents per transaction
 *    (./corpus-bulk.ts). Strapi's rows are laid out from its own metadata and written through its
 *    `createMany`; the event log is appended with the event point's own writer; the workflow's
 *    record, the history's versions, the audit log and the press change feed are derived with the
 *    CMS's own rules (`afterEvent`, `classify`, …) and written beside them. 10,000 documents in
 *    44 s on PostgreSQL here (1,000 in 5 s).
 *
 * Why they are equal: the bulk path writes the state the slow path's writes leave, not a
 * shortcut, and tests/cms/corpus.test.ts proves it on a generated plan, comparing every table
 * either path writes (normalised for ids, documentIds, timestamps and upload hashes) and the
 * public API's answers. A change to the write rules (a new middleware, a new side table) shows
 * there as a difference as soon as the plan's documents reach it; the bulk path must then follow.
 */
import type { Core, UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { asSystem } from './corpus-cms';
import { writeDocumentsInBulk } from './corpus-bulk';
import { planCorpus, resolveRefs, type CorpusPlan, type CorpusSetup, type DocumentPlan } from './corpus-plan';
import { createTerm, uploadTestImage } from './fixtures';

export type CorpusPath = 'bulk' | 'document-service';

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** The plan's terms (in all three locales, published) and images, through Strapi's services. */
async function setUp(strapi: Core.Strapi, plan: CorpusPlan): Promise<CorpusSetup> {
  const terms = new Map<string, string>();
  for (const term of plan.terms) terms.set(term.key, await createTerm(strapi, term.type, term.names, term.extra));
  const images: number[] = [];
  for (const name of plan.images) images.push(await uploadTestImage(strapi, name));
  return { terms, images };
}

/** The reference: each document created published, then its Khmer translation, through the Document Service. */
async function writeThroughDocumentService(strapi: Core.Strapi, plan: CorpusPlan, setup: CorpusSetup, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let done = 0;
  await mapLimit(plan.documents, 6, async (doc: DocumentPlan) => {
    const docs = strapi.documents(uidOf(doc.type) as UID.ContentType);
    const created = await docs.create({ locale: 'vi', data: resolveRefs(doc.vi, setup), status: 'published' } as never);
    if (doc.km) await docs.update({ documentId: created.documentId, locale: 'km', data: resolveRefs(doc.km, setup), status: 'published' } as never);
    done++;
    if (done % 500 === 0) log(`corpus (Document Service): ${done}/${plan.documents.length} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
}

/** Writes `plan` into the booted CMS, its documents the way `path` says. */
export function writeCorpus(strapi: Core.Strapi, plan: CorpusPlan, path: CorpusPath, log: (line: string) => void = () => undefined): Promise<void> {
  return asSystem('corpus', async () => {
    const started = Date.now();
    const setup = await setUp(strapi, plan);
    if (path === 'bulk') await writeDocumentsInBulk(strapi, plan, setup, log);
    else await writeThroughDocumentService(strapi, plan, setup, log);
    log(`corpus: ${plan.documents.length} documents (${path}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

/**
 * The benchmarks' corpus (tests/support/cms-server.ts, `CMS_SEED=corpus:<N>[:<agencies>]`):
 * `total` documents spread over `agencies` owning agencies, written in bulk.
 */
export function generateCorpus(strapi: Core.Strapi, total: number, log: (line: string) => void, agencies = 1, path: CorpusPath = 'bulk'): Promise<void> {
  return writeCorpus(strapi, planCorpus({ documents: total, agencies }), path, log);
}
