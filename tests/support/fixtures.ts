/**
 * Small, real fixtures for CMS tests: taxonomy terms in three locales, an uploaded image, and a
 * note of the suite's personal-data type, created through Strapi's own services.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Core, UID } from '@strapi/strapi';
import { LOCALES, uidOf, type Locale } from '@cchc/content-types';

const require = createRequire(import.meta.url);
const sharp = require('sharp') as typeof import('sharp').default;

export type Names = Record<Locale, string>;

export async function createTerm(
  strapi: Core.Strapi,
  type: string,
  names: Names,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const docs = strapi.documents(uidOf(type) as UID.ContentType);
  const created = await docs.create({ locale: 'vi', data: { name: names.vi, ...extra } } as never);
  for (const locale of LOCALES.filter((l) => l !== 'vi')) {
    await docs.update({ documentId: created.documentId, locale, data: { name: names[locale] } } as never);
  }
  for (const locale of LOCALES) await docs.publish({ documentId: created.documentId, locale } as never);
  return created.documentId;
}

export async function uploadTestImage(strapi: Core.Strapi, name = 'test-cover.png'): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-upload-'));
  const filepath = join(dir, name);
  const png = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#1d5e9e' } }).png().toBuffer();
  writeFileSync(filepath, png);
  const [file] = await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name, alternativeText: '', caption: '' } },
    files: { filepath, originalFilename: name, mimetype: 'image/png', size: statSync(filepath).size },
  });
  return file.id as number;
}

export interface Taxonomy {
  agency: string;
  reformArea: string;
  topic: string;
  audience: string;
  locality: string;
}

export async function createTaxonomy(strapi: Core.Strapi): Promise<Taxonomy> {
  return {
    agency: await createTerm(
      strapi,
      'agency',
      { vi: 'Sở Nội vụ', km: 'មន្ទីរកិច្ចការផ្ទៃក្នុង', en: 'Department of Home Affairs' },
      { code: 'so-noi-vu', agencyKind: 'department' },
    ),
    reformArea: await createTerm(
      strapi,
      'reform-area',
      { vi: 'Cải cách thủ tục hành chính', km: 'កំណែទម្រង់នីតិវិធីរដ្ឋបាល', en: 'Administrative procedure reform' },
      { code: 'thu-tuc', order: 2, crossCutting: false },
    ),
    topic: await createTerm(
      strapi,
      'topic',
      { vi: 'Lan tỏa dịch vụ công trực tuyến', km: 'ផ្សព្វផ្សាយសេវាសាធារណៈតាមអនឡាញ', en: 'Spreading online public services' },
      { code: 'lan-toa-dvctt' },
    ),
    audience: await createTerm(
      strapi,
      'audience',
      { vi: 'Người dân', km: 'ប្រជាពលរដ្ឋ', en: 'Citizens' },
      { code: 'nguoi-dan', order: 2 },
    ),
    locality: await createTerm(
      strapi,
      'locality',
      { vi: 'Huyện Kế Sách', km: 'ស្រុកកេសាច', en: 'Ke Sach District' },
      { code: '943', localityType: 'district', validTo: '2025-06-30' },
    ),
  };
}

/**
 * A note of the suite's fixture type `private-note` (staff only, personal data): a citizen's
 * call, with their name and phone, owned by `agency`.
 */
export async function createPrivateNote(
  strapi: Core.Strapi,
  note: { title: string; name: string; phone: string; agency: string; publish: boolean },
): Promise<string> {
  const created = (await strapi.documents(uidOf('private-note') as UID.ContentType).create({
    locale: 'vi',
    status: note.publish ? 'published' : 'draft',
    data: {
      title: note.title,
      summary: `${note.name} gọi hỏi.`,
      noteKind: 'question',
      receivedAt: new Date().toISOString(),
      citizenName: note.name,
      citizenPhone: note.phone,
      agency: note.agency,
    },
  } as never)) as unknown as { documentId: string };
  return created.documentId;
}
