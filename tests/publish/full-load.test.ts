/**
 * The publisher's full load skips no document that a publish moved during the read
 * (site/publisher/full-load.ts), against the real CMS (PostgreSQL, in this process). The list
 * of articles is read in pages sorted by row id; a republish gives the document a new row, at
 * the end. Republishing a document of page 1 after page 1 is read and before page 2 is asked
 * shifts page 2 by one: its first document falls between the pages, and the count still matches.
 * The change is made at that moment by holding page 1's answer until it is done: the CMS, the
 * publish and the reads are all real.
 */
import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { paragraphs, PUBLISHER_CHANGES_SINCE_PATH, uidOf } from '@cchc/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type RunningCms } from '../support/strapi';
import { DEMO_BOOT_TIMEOUT_MS } from '../support/templates';
import { loadWithoutSkips } from '../../site/publisher/full-load.ts';

const ARTICLE = uidOf('article') as UID.ContentType;
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
/** The public API's largest page (PUBLIC_API_LIMITS.maxPageSize): two pages need more. */
const PAGE = 100;

let cms: RunningCms;
let strapi: Core.Strapi;

/** The published Vietnamese articles, by row id (the order the load reads them in). */
async function publishedRows(): Promise<{ id: number; documentId: string }[]> {
  return (await strapi.db.query(ARTICLE).findMany({ where: { locale: 'vi', publishedAt: { $notNull: true } }, select: ['id', 'documentId'], orderBy: { id: 'asc' } })) as {
    id: number;
    documentId: string;
  }[];
}

beforeAll(async () => {
  cms = await bootCms('postgres', { SITE_PUBLISHER_SECRET: SECRET }, { from: 'demo' });
  strapi = cms.strapi;
  process.env.STRAPI_URL = cms.url;
  const [template] = (await strapi.documents(ARTICLE).findMany({ locale: 'vi', status: 'published', populate: { cover: { populate: ['image'] }, agency: true }, limit: 1 } as never)) as unknown as {
    agency: { documentId: string } | null;
    cover: { image: { id: number } } | null;
  }[];
  // Enough articles for two pages.
  const missing = PAGE + 10 - (await publishedRows()).length;
  for (let i = 0; i < missing; i++) {
    await strapi.documents(ARTICLE).create({
      locale: 'vi',
      status: 'published',
      data: {
        title: `Bài để đọc theo trang ${i}`,
        summary: `Tóm tắt ${i}.`,
        body: paragraphs('Nội dung'),
        agency: template!.agency?.documentId,
        cover: template!.cover ? { image: template!.cover.image.id, alt: `Ảnh ${i}` } : undefined,
      },
    } as never);
  }
}, DEMO_BOOT_TIMEOUT_MS + 5 * 60_000);

afterAll(async () => {
  await cms?.stop();
});

describe("the publisher's full load", () => {
  it('reads again a list that a publish shifted during the read: no document is skipped', async () => {
    const before = await publishedRows();
    expect(before.length).toBeGreaterThan(PAGE);
    const moved = before[0]!;
    const realFetch = globalThis.fetch;
    let republished = false;
    globalThis.fetch = async (input, init) => {
      const answer = await realFetch(input, init);
      const url = String(input);
      if (!republished && url.includes('/api/articles?locale=vi&') && url.includes('pagination[page]=1&')) {
        republished = true;
        await strapi.documents(ARTICLE).update({ documentId: moved.documentId, locale: 'vi', data: { summary: 'Sửa trong lúc bộ xuất bản đang tải.' } } as never);
        await strapi.documents(ARTICLE).publish({ documentId: moved.documentId, locale: 'vi' } as never);
      }
      return answer;
    };
    let content;
    try {
      content = await loadWithoutSkips(SECRET);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(republished).toBe(true);
    // The republish gave it a new row, at the end: page 2 shifted.
    const after = await publishedRows();
    expect(after.at(-1)!.documentId).toBe(moved.documentId);

    const loaded = (content.documents.get('article') ?? []).filter((d) => d.locale === 'vi');
    const loadedIds = new Set(loaded.map((d) => d.documentId));
    expect(after.filter((row) => !loadedIds.has(row.documentId)).map((row) => row.documentId)).toEqual([]);
    expect(loaded.length).toBe(after.length);
    expect((loaded.find((d) => d.documentId === moved.documentId) as { summary?: string } | undefined)?.summary).toBe('Sửa trong lúc bộ xuất bản đang tải.');
  });

  it('answers the change position only to the publisher', async () => {
    const unsigned = await fetch(`${cms.url}${PUBLISHER_CHANGES_SINCE_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"after":0}' });
    expect(unsigned.status).toBe(401);
  });
});
