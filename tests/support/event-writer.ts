/**
 * A CMS process that writes while another does the same (tests/cms/listener-leases.test.ts):
 *   CMS_DATABASE_URL=<shared PostgreSQL database> EVENT_WRITER_COUNT=<n> \
 *     node --import tsx tests/support/event-writer.ts
 * It boots the real CMS on that database (its dispatcher delivers to every listener, as in
 * production), then creates and publishes `n` topics and republishes each once, printing
 * `WRITER_DONE` at the end. It keeps delivering until SIGTERM, then stops cleanly.
 */
import type { UID } from '@strapi/strapi';
import { uidOf } from '@cchc/content-types';
import { bootCms } from './strapi';

const count = Number(process.env.EVENT_WRITER_COUNT ?? 20);
const cms = await bootCms('postgres', {}, { databaseUrl: process.env.CMS_DATABASE_URL });
const topics = cms.strapi.documents(uidOf('topic') as UID.ContentType);

for (let i = 0; i < count; i++) {
  const code = `p${process.pid}-${i}`;
  const { documentId } = await topics.create({ locale: 'vi', data: { name: `Chuyên đề ${code}`, code } } as never);
  await topics.publish({ documentId, locale: 'vi' } as never);
  await topics.update({ documentId, locale: 'vi', data: { name: `Chuyên đề ${code} (sửa)` } } as never);
  await topics.publish({ documentId, locale: 'vi' } as never);
}
console.log('WRITER_DONE');

const stop = async () => {
  await cms.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
