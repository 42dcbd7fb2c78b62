/**
 * Rich-text image blocks name one of our uploads, by id (cms/src/documents/rich-text-images.ts),
 * through the real admin API as an author and through the Document Service: generated bad
 * blocks (foreign and script URLs, ids of missing files, ids as strings, no id, images nested in
 * lists and quotes) are refused in Vietnamese and change nothing; a block naming a real upload
 * is stored with that upload's URL, whatever URL it came with. Seed printed;
 * 40 runs with a fixed seed in `npm test`, 300 with the date's seed in `npm run test:deep`;
 * RICH_TEXT_FUZZ_SEED / RICH_TEXT_FUZZ_RUNS replay a printed run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UID } from '@strapi/strapi';
import { paragraphs, uidOf } from '@cchc/content-types';
import { bootCms, type RunningCms } from '../support/strapi';
import { createTerm, uploadTestImage } from '../support/fixtures';
import { AdminClient, cm, createAdminUser } from '../support/admin-users';
import { generated } from '../support/generated';

const ARTICLE = uidOf('article');
const { seed: SEED, runs: RUNS } = generated('RICH_TEXT_FUZZ', { ci: 40, deep: 300 }, 'rich-text images');

type Block = Record<string, unknown>;
interface Upload {
  id: number;
  url: string;
  name: string;
}

const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const imageBlock = (image: Record<string, unknown>): Block => ({ type: 'image', image, children: [{ type: 'text', text: '' }] });

/** URLs no image block may bring in (the upload's own URL replaces any URL a good block names). */
const foreignUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(document.cookie)',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/uploads/cover.jpg',
    'http://127.0.0.1:4321/status',
    'file:///etc/passwd',
    '/uploads/../../etc/passwd',
  ),
  fc.string(),
);

describe('rich-text image blocks on postgres', () => {
  let cms: RunningCms;
  let author: AdminClient;
  let agency: string;
  let upload: Upload;
  let documentId: string;
  const docs = () => cms.strapi.documents(ARTICLE as UID.ContentType);
  const storedBody = async () => ((await docs().findOne({ documentId, locale: 'vi' } as never)) as unknown as { body: Block[] }).body;

  beforeAll(async () => {
    cms = await bootCms('postgres');
    agency = await createTerm(cms.strapi, 'agency', { vi: 'Sở Tư pháp', km: 'មន្ទីរយុត្តិធម៌', en: 'Department of Justice' }, { code: 'so-tu-phap', agencyKind: 'department' });
    const id = await uploadTestImage(cms.strapi, 'anh-bai.png');
    upload = (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as Upload;
    author = await AdminClient.login(cms.url, await createAdminUser(cms.strapi, 'author@images.test', ['cchc-author'], [agency]));
    const created = await author.post(`${cm(ARTICLE)}?locale=vi`, {
      title: 'Bài có ảnh',
      summary: 'Tóm tắt',
      body: paragraphs('Mở đầu'),
      cover: { image: upload.id, alt: 'Ảnh bìa' },
      agency: { connect: [{ documentId: agency }] },
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
  });
  afterAll(async () => {
    await cms?.stop();
  });

  /** Image blocks that must be refused, whatever else the body holds. */
  const refusedImage = fc.oneof(
    // A URL and no id, or an id that is no upload, or not a number.
    foreignUrl.map((url) => imageBlock({ url, name: 'x.jpg' })),
    fc.tuple(foreignUrl, fc.integer({ min: 1_000_000, max: 2 ** 31 - 1 })).map(([url, id]) => imageBlock({ id, url })),
    fc.tuple(foreignUrl, fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2)).map(([url, id]) => imageBlock({ id, url })),
    fc.constant(null).map(() => imageBlock({ id: String(upload.id), url: upload.url })),
    fc.constant(null).map(() => imageBlock({ id: { $ne: 0 }, url: upload.url })),
    fc.constant(null).map(() => ({ type: 'image', url: upload.url })),
    // Our own upload, nested where no image may be.
    fc.constantFrom('list', 'quote', 'paragraph').map((type) => {
      const image = imageBlock({ id: upload.id, url: upload.url });
      return type === 'list'
        ? { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [image] }] }
        : { type, children: [{ type: 'text', text: 'a' }, image] };
    }),
  );
  const body = (image: fc.Arbitrary<Block>) =>
    fc.tuple(fc.array(fc.string({ minLength: 1 }).map(paragraph), { maxLength: 2 }), image, fc.array(fc.string({ minLength: 1 }).map(paragraph), { maxLength: 2 })).map(([before, block, after]) => [...before, block, ...after]);

  it('refuses, in Vietnamese, image blocks that do not name an upload of ours (admin API and Document Service)', async () => {
    const before = await storedBody();
    await fc.assert(
      fc.asyncProperty(body(refusedImage), async (blocks) => {
        const answer = await author.put(`${cm(ARTICLE)}/${documentId}?locale=vi`, { body: blocks });
        expect(answer.status).toBe(403);
        expect(answer.body.error.message).toMatch(/Ảnh trong nội dung/);
        await expect(docs().update({ documentId, locale: 'vi', data: { body: blocks } } as never)).rejects.toThrow(/Ảnh trong nội dung/);
        await expect(docs().create({ locale: 'vi', data: { title: 'Mới', summary: 's', body: blocks, agency } } as never)).rejects.toThrow(/Ảnh trong nội dung/);
        expect(await storedBody()).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('stores a block naming a real upload with that upload\'s own URL, name and sizes, whatever it came with', async () => {
    await fc.assert(
      fc.asyncProperty(body(fc.tuple(foreignUrl, fc.string(), fc.option(fc.string()), fc.nat()).map(([url, name, caption, size]) =>
        imageBlock({ id: upload.id, url, name, caption, hash: name, width: size, height: size, size, mime: 'image/svg+xml', formats: { evil: { url } } }),
      )), async (blocks) => {
        const answer = await author.put(`${cm(ARTICLE)}/${documentId}?locale=vi`, { body: blocks });
        expect(answer.status).toBe(200);
        const images = (await storedBody()).filter((b) => b.type === 'image');
        expect(images).toHaveLength(1);
        const image = images[0]!.image as Record<string, unknown>;
        expect(image).toMatchObject({ id: upload.id, url: upload.url, name: upload.name, width: 320, height: 180 });
        expect(JSON.stringify(image.formats ?? null)).not.toContain('evil');
        const sent = blocks.find((b) => b.type === 'image')!.image as { caption: string | null };
        expect(image.caption).toBe(sent.caption);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
    // Through the Document Service too.
    await docs().update({ documentId, locale: 'vi', data: { body: [imageBlock({ id: upload.id, url: 'https://evil.example/x.png' })] } } as never);
    expect(((await storedBody())[0]!.image as { url: string }).url).toBe(upload.url);
  });
});
