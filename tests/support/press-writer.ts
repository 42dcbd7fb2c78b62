/**
 * A second CMS process that edits while a press client syncs (tests/cms/press-changes.test.ts):
 *   CMS_DATABASE_URL=<shared PostgreSQL database> PRESS_WRITER_STEPS=<n> PRESS_WRITER_SEED=<n> \
 *     node --import tsx tests/support/press-writer.ts
 * It boots the real CMS on that database (whose schema the first process made), then makes a
 * seeded sequence of Document Service writes: new articles published in one or two locales,
 * minor and major republishes, withdrawals with a public reason, returns, deletes of live and of
 * never-published documents, each followed by a short random pause. It prints
 * `WRITER_STEP <i>` as it goes and `WRITER_DONE` at the end, then stops.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { createTerm, uploadTestImage } from './fixtures';
import { CMS_DIR } from './paths';
import { bootCms } from './strapi';
import { createRandom } from '../../cms/src/seed/media/random';

// The event point's own module as the booted CMS loaded it (cms/dist, CommonJS): the same instance.
const require = createRequire(import.meta.url);
const { remarked } = require(resolve(CMS_DIR, 'dist/src/events/index.js')) as typeof import('../../cms/src/events');

const steps = Number(process.env.PRESS_WRITER_STEPS ?? 40);
// The project's seeded generator, so that a failing run can be replayed.
const generator = createRandom(Number(process.env.PRESS_WRITER_SEED ?? 1));
const random = generator.next;
const pick = <T>(list: T[]): T => generator.pick(list);

const cms = await bootCms('postgres', {}, { databaseUrl: process.env.CMS_DATABASE_URL });
const s = cms.strapi;
const docs = s.documents(uidOf('article') as UID.ContentType);
const agency = await createTerm(s, 'agency', { vi: `Sở Thông tin ${process.pid}`, km: `មន្ទីរព័ត៌មាន ${process.pid}`, en: `Department of Information ${process.pid}` }, { code: `so-tt-${process.pid}`, agencyKind: 'department' });
const image = await uploadTestImage(s);

interface Doc {
  id: string;
  locales: string[];
  live: Set<string>;
}
const docsMade: Doc[] = [];

async function newArticle(n: number): Promise<Doc> {
  const title = `Bài viết đồng bộ ${process.pid} số ${n}`;
  const created = await docs.create({ locale: 'vi', data: { title, summary: `Tóm tắt ${n}`, body: paragraphs('Nội dung'), agency, cover: { image, alt: 'Ảnh' } } } as never);
  const doc: Doc = { id: created.documentId, locales: ['vi'], live: new Set() };
  if (random() < 0.4) {
    await docs.update({ documentId: doc.id, locale: 'en', data: { title: `Sync article ${n}`, summary: `Summary ${n}`, body: paragraphs('Body'), cover: { image, alt: 'Image' } } } as never);
    doc.locales.push('en');
  }
  docsMade.push(doc);
  return doc;
}

for (let i = 0; i < steps; i++) {
  const live = docsMade.filter((d) => d.live.size);
  const roll = random();
  if (roll < 0.3 || !docsMade.length) {
    const doc = await newArticle(i);
    if (random() < 0.85) {
      const locale = pick(doc.locales);
      await docs.publish({ documentId: doc.id, locale } as never);
      doc.live.add(locale);
    }
  } else if (roll < 0.5 && live.length) {
    const doc = pick(live);
    const locale = pick([...doc.live]);
    await docs.update({ documentId: doc.id, locale, data: { summary: `Sửa ở bước ${i}` } } as never);
    const major = random() < 0.5;
    await docs.publish({ documentId: doc.id, locale, major, ...(major ? { changeNote: `Cập nhật ở bước ${i}` } : {}) } as never);
  } else if (roll < 0.65 && live.length) {
    const doc = pick(live);
    const locale = pick([...doc.live]);
    await remarked({ note: `Gỡ ở bước ${i}` }, () => docs.unpublish({ documentId: doc.id, locale } as never));
    doc.live.delete(locale);
  } else if (roll < 0.8) {
    const doc = pick(docsMade);
    const locale = pick(doc.locales);
    await docs.publish({ documentId: doc.id, locale } as never);
    doc.live.add(locale);
  } else {
    const doc = pick(docsMade);
    await docs.delete({ documentId: doc.id, locale: '*' } as never);
    docsMade.splice(docsMade.indexOf(doc), 1);
  }
  console.log(`WRITER_STEP ${i}`);
  await new Promise((r) => setTimeout(r, Math.floor(random() * 60)));
}

// A draft nobody saw, deleted: no tombstone for it.
const unseen = await newArticle(steps);
await docs.delete({ documentId: unseen.id, locale: '*' } as never);

console.log('WRITER_DONE');
await cms.stop();
process.exit(0);
